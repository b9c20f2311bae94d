using System.Runtime.InteropServices;
using Linter.Core.Text;

namespace Linter.Cli.Input;

/// <summary>Reads a corpus file's bytes, stopping at its head when the head already shows a binary file.</summary>
internal static class DocumentBytes
{
    /// <summary>Files up to this size are read whole at once; a larger one is read from its head, which may show a binary file.</summary>
    private const int ReadWholeUpTo = 1 << 20;

    // open(2) flags, the same on x64 and Arm64 Linux. O_NONBLOCK opens a FIFO at once instead of waiting for a
    // writer, so that its status can refuse it; it changes nothing for a regular file.
    private const int ReadOnlyNonBlocking = 0x800 | 0x100 | 0x80000; // O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC
    private const int Interrupted = 4; // EINTR

    /// <summary>
    /// The bytes of the file at <paramref name="path"/>; only its first <see cref="DocumentDecoder.BinaryProbeLength"/>
    /// when they show a binary file, since the decoder then calls the file binary from them alone, so a large binary
    /// is never read whole.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read, is not a regular file, or is too large to hold.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[] Read(string path) =>
        OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64 ? ReadOpened(path) : ReadStream(path);

    /// <summary>
    /// Reads with four system calls (open, status, read, close) where a <see cref="FileStream"/> makes a dozen (a status
    /// before opening, a lock, three statuses, three reads): a corpus of small files costs about as much in system calls
    /// as in decoding. The status of the open file, not of the path, decides that it is regular, so that nothing
    /// can be put in its place between the two; up to its size, it is read in one call into an array that is not zeroed first.
    /// </summary>
    private static byte[] ReadOpened(string path)
    {
        var descriptor = Posix.Open(path, ReadOnlyNonBlocking);
        if (descriptor < 0)
        {
            // .NET names the failure (missing, denied) as every other file the linter reads.
            return ReadStream(path);
        }

        try
        {
            var status = FileStatus.OfOpen(descriptor);
            if (status.Kind != FileKind.Regular)
            {
                throw new IOException($"{status.Description}, not a regular file");
            }

            // A file that tells no size (as in /proc) is read as a stream, to its end.
            if (status.Size == 0)
            {
                return ReadStream(path);
            }

            if (status.Size > Array.MaxLength)
            {
                throw new IOException($"the file is too large to lint ({status.Size} bytes)");
            }

            var size = (int)status.Size;
            var bytes = GC.AllocateUninitializedArray<byte>(size <= ReadWholeUpTo ? size : DocumentDecoder.BinaryProbeLength);
            var length = ReadInto(descriptor, bytes);
            if (length >= DocumentDecoder.BinaryProbeLength && DocumentDecoder.LooksBinary(bytes.AsSpan(0, DocumentDecoder.BinaryProbeLength)))
            {
                return length == DocumentDecoder.BinaryProbeLength ? bytes : bytes[..DocumentDecoder.BinaryProbeLength];
            }

            if (length == bytes.Length && bytes.Length < size)
            {
                var whole = GC.AllocateUninitializedArray<byte>(size);
                bytes.CopyTo(whole, 0);
                length += ReadInto(descriptor, whole.AsSpan(length));
                bytes = whole;
            }

            // A file that shrank since its status was taken ends where reading did.
            return length == bytes.Length ? bytes : bytes[..length];
        }
        finally
        {
            _ = Posix.Close(descriptor);
        }
    }

    /// <summary>Fills <paramref name="buffer"/> from <paramref name="descriptor"/>, or as much of it as the file holds; returns how much was read.</summary>
    private static int ReadInto(int descriptor, Span<byte> buffer)
    {
        var length = 0;
        while (length < buffer.Length)
        {
            var read = Posix.Read(descriptor, ref buffer[length], buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            if (read < 0)
            {
                if (Marshal.GetLastPInvokeError() == Interrupted)
                {
                    continue;
                }

                throw new IOException($"the file could not be read ({Marshal.GetLastPInvokeErrorMessage()})");
            }

            length += (int)read;
        }

        return length;
    }

    private static byte[] ReadStream(string path)
    {
        RegularFile.Require(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var head = new byte[DocumentDecoder.BinaryProbeLength];
        var headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (headLength < head.Length)
        {
            return head[..headLength];
        }

        if (DocumentDecoder.LooksBinary(head))
        {
            return head;
        }

        var length = stream.CanSeek ? stream.Length : 0;
        if (length > Array.MaxLength)
        {
            throw new IOException($"the file is too large to lint ({length} bytes)");
        }

        using var all = new MemoryStream((int)Math.Max(length, head.Length));
        all.Write(head);
        stream.CopyTo(all);

        // Sized to the file, the buffer is the file: no second copy.
        return all.Length == all.Capacity ? all.GetBuffer() : all.ToArray();
    }
}
