using Linter.Core.Text;

namespace Linter.Cli.Input;

/// <summary>Reads a corpus file's bytes, stopping at its head when the head already shows a binary file.</summary>
internal static class DocumentBytes
{
    /// <summary>
    /// The bytes of the file at <paramref name="path"/>; only its first <see cref="DocumentDecoder.BinaryProbeLength"/>
    /// when they show a binary file, since the decoder then calls the file binary from them alone, so a large binary
    /// is never read whole.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read, is not a regular file, or is too large to hold.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[] Read(string path)
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
