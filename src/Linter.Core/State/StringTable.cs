using System.Buffers;
using System.IO.Compression;

namespace Linter.Core.State;

/// <summary>
/// The strings of a state file (paths, sources, leftover texts), each written once: a part of the file names one by
/// its index. Indexes are given in order of first use, and the parts are written in a fixed order with sorted
/// contents, so the table is the same for the same documents. Paths in path order share their folders with the one
/// before, so each entry is written as what it shares with the previous entry and the rest.
/// </summary>
internal sealed class StringTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    /// <summary>The index of <paramref name="value"/>, added if new.</summary>
    public int IdOf(string value)
    {
        if (!_ids.TryGetValue(value, out var id))
        {
            _ids[value] = id = _strings.Count;
            _strings.Add(value);
        }

        return id;
    }

    /// <summary>
    /// Writes the table: its count, then its entries, each against the one before, compressed with Brotli. Most of a
    /// state's text is in the table (the leftover rule keeps its candidates' lines), and Arabic text in UTF-8 shrinks
    /// about threefold, where the rest of a state (hashes, signatures, small numbers) would hardly shrink at all.
    /// </summary>
    public void WriteTo(StateWriter writer)
    {
        var entries = new StateWriter(this);
        var previous = string.Empty;
        foreach (var value in _strings)
        {
            entries.SortedString(previous, value);
            previous = value;
        }

        var raw = entries.Written.Span;
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(raw.Length)];
        if (!BrotliEncoder.TryCompress(raw, compressed, out var length, Quality, Window))
        {
            throw new InvalidOperationException("the string table could not be compressed");
        }

        writer.Count(_strings.Count);
        writer.Count(raw.Length);
        writer.Count(length);
        writer.Bytes(compressed.AsSpan(0, length));
    }

    /// <summary>Reads a table written by <see cref="WriteTo"/>.</summary>
    public static string[] ReadFrom(StateReader reader)
    {
        var count = reader.Int32();
        var rawLength = reader.Int32();
        var compressed = reader.Bytes(reader.Count());
        if (count > rawLength || rawLength > Array.MaxLength)
        {
            throw reader.Damaged($"a string table of {count} strings in {rawLength} bytes");
        }

        var raw = Decompress(compressed, rawLength) ?? throw reader.Damaged("a string table that does not decompress to its length");
        var entries = new StateReader(reader.File, raw, 0, rawLength, 0, [], "the string table");
        var strings = new string[count];
        var previous = string.Empty;
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = previous = entries.SortedString(previous);
        }

        entries.ExpectEnd("the strings");
        return strings;
    }

    /// <summary>
    /// The <paramref name="length"/> bytes <paramref name="compressed"/> holds, or null. Memory grows with what is
    /// decompressed, not with the length the file claims.
    /// </summary>
    private static byte[]? Decompress(ReadOnlySpan<byte> compressed, int length)
    {
        using var decoder = new BrotliDecoder();
        using var raw = new MemoryStream();
        Span<byte> chunk = stackalloc byte[16 * 1024];
        while (true)
        {
            var status = decoder.Decompress(compressed, chunk, out var consumed, out var written);
            compressed = compressed[consumed..];
            raw.Write(chunk[..written]);
            if (raw.Length > length || status == OperationStatus.InvalidData || (status == OperationStatus.NeedMoreData && written == 0))
            {
                return null;
            }

            if (status == OperationStatus.Done)
            {
                return raw.Length == length && compressed.IsEmpty ? raw.ToArray() : null;
            }
        }
    }

    // On real news (docs/corpus-state.md) quality 5 made the file 0.2% smaller and saving 1.4 times as slow; quality 3, 3% larger.
    private const int Quality = 4;
    private const int Window = 22;
}
