using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Linter.Cli.Input;

namespace Linter.Cli.LanguageServer;

/// <summary>
/// One record of an open JSON Lines document, read as <c>check</c> reads a corpus, with the way back from its text
/// field's value (unescaped, where diagnostics point) to the buffer (escaped, where the editor points).
/// </summary>
/// <param name="Record">The record as <see cref="JsonlReader"/> reads it.</param>
/// <param name="LineStart">The offset in the buffer of the record's line.</param>
/// <param name="ValueOffsets">
/// For each offset in the unescaped text, and its end, the offset in the buffer of the character or escape that
/// makes it; null for a malformed record.
/// </param>
internal sealed record JsonlBufferRecord(JsonlRecord Record, int LineStart, int[]? ValueOffsets)
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>The buffer offset of an offset in the record's text.</summary>
    public int BufferOffset(int textOffset) => ValueOffsets![textOffset];

    /// <summary>Text to put inside the JSON string of the text field: quotes, backslashes and control characters escaped.</summary>
    public static string Escape(string text) => JsonEncodedText.Encode(text, Encoder).ToString();

    /// <summary>Every record of a JSON Lines buffer, in line order; blank lines have none.</summary>
    public static IEnumerable<JsonlBufferRecord> Read(string text, string displayPath, JsonlFields fields)
    {
        // Lines are cut at LF, as the reader cuts them, whatever the editor counts as a line.
        var lineStarts = new List<int> { 0 };
        for (var at = text.IndexOf('\n', StringComparison.Ordinal); at >= 0; at = text.IndexOf('\n', at + 1))
        {
            lineStarts.Add(at + 1);
        }

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        foreach (var record in JsonlReader.Read(stream, displayPath, fields))
        {
            var lineStart = lineStarts[(int)record.LineNumber - 1];
            yield return new JsonlBufferRecord(record, lineStart, record.Text is null ? null : MapValue(text, lineStart, record));
        }
    }

    /// <summary>Walks the JSON string of the record's text field, character by character and escape by escape.</summary>
    private static int[] MapValue(string text, int lineStart, JsonlRecord record)
    {
        var first = lineStart + record.TextColumn;
        var offsets = JsonStringOffsets.Of(text.AsSpan(first), record.Text!.Length);
        for (var unit = 0; unit < offsets.Length; unit++)
        {
            offsets[unit] += first;
        }

        return offsets;
    }
}
