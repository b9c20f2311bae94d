using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace Linter.Core.Corpus;

/// <summary>Where <see cref="PackedTexts"/> keeps a text.</summary>
/// <param name="Block">A long text's compressed block; for a short one, the complement (<c>~</c>) of its block of characters.</param>
/// <param name="Start">Where the text starts in its block, uncompressed: in UTF-8 bytes for a long one, in characters for a short one.</param>
/// <param name="Length">Its length in the same unit.</param>
internal readonly record struct PackedText(int Block, int Start, int Length)
{
    /// <summary>Where this text is once its <see cref="PackedTexts"/> is appended to another (see <see cref="PackedTexts.Append"/>).</summary>
    public PackedText After((int Compressed, int Characters) moved) =>
        this with { Block = Block < 0 ? Block - moved.Characters : Block + moved.Compressed };
}

/// <summary>
/// Texts kept to the end of a run but seldom read, with no object per text: a short one in a block of characters, a
/// long one in UTF-8 in a block that is compressed with Brotli once full, and decompressed only when one of its texts
/// is read. The leftover rule keeps the line of every candidate, and reports few of them, nearly all short; Arabic news
/// compresses about threefold in UTF-8 (docs/corpus-state.md).
/// </summary>
/// <param name="packedLength">A text this long (in UTF-16 code units) or longer is compressed.</param>
internal sealed class PackedTexts(int packedLength)
{
    // Large enough for Brotli to find a source's repeated phrases, small enough that reading one text costs little;
    // and a block of characters of the same size stays off the large object heap.
    private const int BlockBytes = 64 * 1024;

    // Quality 1 compresses real news 10% smaller than 0 at half its speed, still far faster than the run reads.
    private const int Quality = 1;
    private const int Window = 16;

    private readonly List<char[]> _characters = [];
    private readonly List<byte[]> _blocks = [];
    private readonly List<int> _blockLengths = [];
    private int _charactersUsed;
    private byte[] _open = [];
    private int _openLength;

    /// <summary>Keeps <paramref name="text"/>.</summary>
    public PackedText Add(ReadOnlySpan<char> text) => text.Length < packedLength ? AddShort(text) : AddLong(text);

    /// <summary>
    /// Takes in the texts of <paramref name="other"/>, which is not used afterwards, and returns how far its blocks
    /// moved (see <see cref="PackedText.After"/>).
    /// </summary>
    public (int Compressed, int Characters) Append(PackedTexts other)
    {
        Seal();
        other.Seal();
        var moved = (_blocks.Count, _characters.Count);
        _blocks.AddRange(other._blocks);
        _blockLengths.AddRange(other._blockLengths);
        _characters.AddRange(other._characters);
        // The last block of characters is the other's, and has only the room it left.
        _charactersUsed = other._characters.Count > 0 ? other._charactersUsed : _charactersUsed;
        return moved;
    }

    /// <summary>A reader of the texts, which keeps the last block it decompressed: read texts in the order they were added.</summary>
    public Reader Read() => new(this);

    private PackedText AddShort(ReadOnlySpan<char> text)
    {
        if (_characters.Count == 0 || _charactersUsed + text.Length > _characters[^1].Length)
        {
            _characters.Add(new char[Math.Max(BlockBytes / sizeof(char), text.Length)]);
            _charactersUsed = 0;
        }

        text.CopyTo(_characters[^1].AsSpan(_charactersUsed));
        _charactersUsed += text.Length;
        return new PackedText(~(_characters.Count - 1), _charactersUsed - text.Length, text.Length);
    }

    private PackedText AddLong(ReadOnlySpan<char> text)
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

    /// <summary>Compresses the open block; the next long text opens a new one.</summary>
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
                if (text.Block < 0)
                {
                    return new string(texts._characters[~text.Block], text.Start, text.Length);
                }

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
