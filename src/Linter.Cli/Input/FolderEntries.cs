using System.Buffers;
using System.Buffers.Binary;
using System.IO.Enumeration;
using System.Runtime.InteropServices;
using System.Text;

namespace Linter.Cli.Input;

/// <summary>An entry of a folder: its name, its full path, and what it names (links not followed).</summary>
internal readonly record struct FolderEntry(string Name, string FullName, FileKind Kind);

/// <summary>
/// A folder's entries with their kinds. On Linux one listing tells each entry's type (<c>getdents64</c>), so a corpus
/// file costs the walk no system call of its own: .NET's listing does not tell a FIFO or a device from a regular file,
/// and a status of every entry was half the walk's time on a corpus of 20,000 files. Elsewhere, and for an entry whose
/// type the file system does not tell, the status of the entry is taken.
/// </summary>
internal static class FolderEntries
{
    // open(2) flags, the same on x64 and Arm64 Linux: O_RDONLY | O_NONBLOCK | O_DIRECTORY | O_CLOEXEC. O_DIRECTORY
    // refuses anything but a folder, and O_NONBLOCK keeps a FIFO put in its place from blocking the open.
    private const int OpenFolder = 0x800 | 0x10000 | 0x80000;
    private const int ListingSize = 1 << 16;

    /// <summary>False where the C library has no <c>getdents64</c> (glibc before 2.30, musl): the portable listing is used.</summary>
    private static bool _listsTypes = OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    // d_type values of struct linux_dirent64.
    private const byte TypeUnknown = 0;
    private const byte TypeFifo = 1;
    private const byte TypeCharacterDevice = 2;
    private const byte TypeDirectory = 4;
    private const byte TypeBlockDevice = 6;
    private const byte TypeRegular = 8;
    private const byte TypeSymbolicLink = 10;
    private const byte TypeSocket = 12;

    /// <summary>The entries of <paramref name="folder"/>, in the order the folder lists them.</summary>
    /// <exception cref="IOException">The folder could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be read.</exception>
    public static List<FolderEntry> List(string folder)
    {
        if (_listsTypes)
        {
            var descriptor = Posix.Open(folder, OpenFolder);
            if (descriptor >= 0)
            {
                try
                {
                    return Listed(descriptor, folder);
                }
                catch (EntryPointNotFoundException)
                {
                    _listsTypes = false;
                }
                finally
                {
                    _ = Posix.Close(descriptor);
                }
            }

            // .NET names the failure (missing, denied), as for every other folder the linter reads.
        }

        return [.. new FileSystemEnumerable<FolderEntry>(folder, (ref entry) => Entry(entry.FileName.ToString(), entry.ToFullPath(), TypeUnknown))];
    }

    private static List<FolderEntry> Listed(int descriptor, string folder)
    {
        var entries = new List<FolderEntry>();
        var prefix = folder.EndsWith('/') ? folder : folder + "/";
        var buffer = ArrayPool<byte>.Shared.Rent(ListingSize);
        try
        {
            nint length;
            while ((length = Posix.GetDirectoryEntries(descriptor, ref buffer[0], ListingSize)) > 0)
            {
                // struct linux_dirent64: inode (8 bytes), offset (8), record length (2), type (1), name ending in NUL.
                for (var offset = 0; offset < length;)
                {
                    var record = buffer.AsSpan(offset, BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(offset + 16)));
                    var nameBytes = record[19..];
                    nameBytes = nameBytes[..nameBytes.IndexOf((byte)0)];
                    offset += record.Length;
                    if (nameBytes is [(byte)'.'] or [(byte)'.', (byte)'.'])
                    {
                        continue;
                    }

                    var name = Encoding.UTF8.GetString(nameBytes);
                    entries.Add(Entry(name, prefix + name, record[18]));
                }
            }

            if (length < 0)
            {
                throw new IOException(Marshal.GetLastPInvokeErrorMessage());
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return entries;
    }

    /// <summary>
    /// The entry, its kind from the listing's <paramref name="type"/>, else from its status. A name that is not UTF-8
    /// reads with U+FFFD in place of the bad bytes and cannot be opened: its status then says it is missing.
    /// </summary>
    private static FolderEntry Entry(string name, string fullName, byte type)
    {
        var listed = name.Contains('\uFFFD', StringComparison.Ordinal) ? TypeUnknown : type;
        var kind = listed switch
        {
            TypeRegular => FileKind.Regular,
            TypeDirectory => FileKind.Directory,
            TypeSymbolicLink => FileKind.SymbolicLink,
            TypeFifo => FileKind.Fifo,
            TypeCharacterDevice => FileKind.CharacterDevice,
            TypeBlockDevice => FileKind.BlockDevice,
            TypeSocket => FileKind.Socket,
            _ => (FileKind?)null,
        };
        return new FolderEntry(name, fullName, kind ?? FileStatus.Of(fullName, followLinks: false).Kind);
    }
}
