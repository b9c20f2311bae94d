using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace Linter.Core.Corpus;

/// <summary>Where <see cref="PackedTexts"/> keeps a text: its block, and where its UTF-8 bytes are in the block.</summary>
/// <param name="Block">The block.</param>
/// <param name="Start">The offset of its first byte in the block, uncompressed.</param>
/// <param name="Length">Its length in UTF-8 bytes.</param>
internal readonly record struct PackedText(int Block, int Start, int Length);

/// <summary>
/// Texts kept to the end of a run but seldom read: appended in UTF-8 to a block, which is compressed with Brotli once
/// full, and decompressed only when one of its texts is read. The leftover rule keeps the line of every candidate, and
/// reports few of them: Arabic news compresses about threefold in UTF-8 (docs/corpus-state.md).
/// </summary>
internal sealed class PackedTexts
{
    // Large enough for Brotli to find a source's repeated phrases, small enough that reading one text costs little.
    private const int BlockBytes = 64 * 1024;

    // Quality 1 compresses real news 10% smaller than 0 and half as fast as it, and still far faster than the run reads.
    private const int Quality = 1;
    private const int Window = 16;

    private readonly List<byte[]> _blocks = [];
    private readonly List<int> _blockLengths = [];
    private byte[] _open = [];
    private int _openLength;

    /// <summary>Keeps <paramref name="text"/>.</summary>
    public PackedText Add(ReadOnlySpan<char> text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        if (_openLength + length > _open.Length)
        {
            Seal();
            _open = new byte[Math.Max(BlockBytes, length)];
        }

        var start = _openLength;
        _openLength += Encoding.UTF8.GetBytes(text, _open.AsSpan(start));
        return new PackedText(_blocks.Count, start, length);
    }

    /// <summary>
    /// Takes in the texts of <paramref name="other"/>, which is not used afterwards, and returns how far the blocks of
    /// its <see cref="PackedText"/> moved.
    /// </summary>
    public int Append(PackedTexts other)
    {
        Seal();
        other.Seal();
        var moved = _blocks.Count;
        _blocks.AddRange(other._blocks);
        _blockLengths.AddRange(other._blockLengths);
        return moved;
    }

    /// <summary>A reader of the texts, which keeps the last block it decompressed: read texts in the order they were added.</summary>
    public Reader Read() => new(this);

    /// <summary>Compresses the open block; the next text opens a new one.</summary>
    private void Seal()
    {
        if (_openLength == 0)
        {
            return;
        }

        var compressed = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(_openLength));
        if (!BrotliEncoder.TryCompress(_open.AsSpan(0, _openLength), compressed, out var written, Quality, Window))
        {
            throw new InvalidOperationException("a block of texts could not be compressed");
        }

        _blocks.Add(compressed[..written]);
        _blockLengths.Add(_openLength);
        ArrayPool<byte>.Shared.Return(compressed);
        _open = [];
        _openLength = 0;
    }

    /// <summary>Reads texts of one <see cref="PackedTexts"/>; one reader per thread.</summary>
    internal sealed class Reader(PackedTexts texts)
    {
        private int _block = -1;
        private byte[] _raw = [];

        /// <summary>The text kept at <paramref name="text"/>.</summary>
        public string this[PackedText text]
        {
            get
            {
                if (text.Block == texts._blocks.Count)
                {
                    return Encoding.UTF8.GetString(texts._open, text.Start, text.Length);
                }

                if (text.Block != _block)
                {
                    _raw = new byte[texts._blockLengths[text.Block]];
                    if (!BrotliDecoder.TryDecompress(texts._blocks[text.Block], _raw, out var written) || written != _raw.Length)
                    {
                        throw new InvalidOperationException("a block of texts did not decompress to its length");
                    }

                    _block = text.Block;
                }

                return Encoding.UTF8.GetString(_raw, text.Start, text.Length);
            }
        }
    }
}
