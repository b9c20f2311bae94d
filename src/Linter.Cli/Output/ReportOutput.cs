using System.Buffers;
using System.Text;

namespace Linter.Cli.Output;

/// <summary>
/// A report's UTF-8 on its way to its writer: collected in a block and moved to the writer a block at a time. A
/// stream writer in UTF-8 gets the bytes on its stream as they are; any other writer gets them decoded.
/// </summary>
/// <param name="writer">Where the report goes.</param>
/// <param name="interactive">True for a terminal, which gets each document's findings as soon as they are written.</param>
internal sealed class ReportOutput(TextWriter writer, bool interactive) : IBufferWriter<byte>
{
    // A move per finding cost as much as writing the finding; a write of 16 KB cost the kernel twice what one of 256 KB does per byte.
    private const int BlockBytes = 256 * 1024;

    private readonly ArrayBufferWriter<byte> _block = new(BlockBytes);

    /// <inheritdoc />
    public void Advance(int count) => _block.Advance(count);

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0) => _block.GetMemory(sizeHint);

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0) => _block.GetSpan(sizeHint);

    /// <summary>Moves the block to the writer once it is full, or at once on a terminal.</summary>
    public void FlushWhenFull()
    {
        if (_block.WrittenCount >= BlockBytes || (interactive && _block.WrittenCount > 0))
        {
            Flush();
        }
    }

    /// <summary>Moves what was written so far to the writer.</summary>
    public void Flush()
    {
        var bytes = _block.WrittenSpan;
        if (writer is StreamWriter { Encoding: UTF8Encoding { Preamble.Length: 0 } } streamWriter)
        {
            // Text written to the writer directly comes first.
            streamWriter.Flush();
            streamWriter.BaseStream.Write(bytes);
        }
        else
        {
            var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(bytes.Length));
            writer.Write(chars, 0, Encoding.UTF8.GetChars(bytes, chars));
            ArrayPool<char>.Shared.Return(chars);
        }

        _block.ResetWrittenCount();
    }
}
