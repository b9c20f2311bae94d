using System.Buffers.Binary;

namespace Linter.Cli.Input;

/// <summary>What a path names, as the file system tells it.</summary>
internal enum FileKind
{
    /// <summary>Nothing, or nothing this process may see.</summary>
    Missing,

    /// <summary>A regular file: the only kind the linter reads.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link, when links are not followed.</summary>
    SymbolicLink,

    /// <summary>A FIFO (named pipe): opening it waits for a writer.</summary>
    Fifo,

    /// <summary>A character device such as /dev/zero, which never ends.</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A Unix socket.</summary>
    Socket,
}

/// <summary>
/// The type, identity and owner of a path, from <c>statx</c> on Linux. .NET tells a folder from a file but not a
/// FIFO or a device from a regular file, and opening those blocks or never ends. Elsewhere every file is taken as
/// regular.
/// </summary>
/// <param name="Kind">What the path names.</param>
/// <param name="Device">The device of the file system holding it; with <paramref name="Inode"/>, the file's identity.</param>
/// <param name="Inode">The file's number on its device.</param>
/// <param name="Owner">The owning user's id.</param>
/// <param name="Group">The owning group's id.</param>
/// <param name="Size">The file's size in bytes; 0 off Linux.</param>
internal readonly record struct FileStatus(FileKind Kind, ulong Device, ulong Inode, uint Owner, uint Group, long Size = 0)
{
    private const int AtCurrentFolder = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint BasicStats = 0x7ff;

    /// <summary>The status of <paramref name="path"/>, or of what it links to when <paramref name="followLinks"/>.</summary>
    public static FileStatus Of(string path, bool followLinks = true)
    {
        if (!OperatingSystem.IsLinux())
        {
            return Portable(path, followLinks);
        }

        // struct statx is the same on every Linux architecture: 256 bytes, fields at fixed offsets.
        Span<byte> buffer = stackalloc byte[256];
        return Posix.Statx(AtCurrentFolder, path, followLinks ? 0 : AtSymlinkNoFollow, BasicStats, ref buffer[0]) == 0 ? Read(buffer) : default;
    }

    /// <summary>The status of the file open as <paramref name="descriptor"/> (Linux only).</summary>
    public static FileStatus OfOpen(int descriptor)
    {
        Span<byte> buffer = stackalloc byte[256];
        return Posix.Statx(descriptor, string.Empty, AtEmptyPath, BasicStats, ref buffer[0]) == 0 ? Read(buffer) : default;
    }

    private static FileStatus Read(ReadOnlySpan<byte> buffer)
    {
        var mode = BinaryPrimitives.ReadUInt16LittleEndian(buffer[28..]);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            _ => FileKind.Socket,
        };
        var device = ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(buffer[136..]) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(buffer[140..]);
        return new FileStatus(
            kind,
            device,
            BinaryPrimitives.ReadUInt64LittleEndian(buffer[32..]),
            BinaryPrimitives.ReadUInt32LittleEndian(buffer[20..]),
            BinaryPrimitives.ReadUInt32LittleEndian(buffer[24..]),
            (long)BinaryPrimitives.ReadUInt64LittleEndian(buffer[40..]));
    }

    /// <summary>What the kind is, for a message: "a named pipe (FIFO)".</summary>
    public string Description => Describe(Kind);

    /// <summary>What <paramref name="kind"/> is, for a message: "a named pipe (FIFO)".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        _ => "a socket",
    };

    private static FileStatus Portable(string path, bool followLinks)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        var kind = !info.Exists ? FileKind.Missing
            : !followLinks && info.LinkTarget is not null ? FileKind.SymbolicLink
            : info is DirectoryInfo ? FileKind.Directory
            : FileKind.Regular;
        return new FileStatus(kind, 0, 0, 0, 0);
    }
}
