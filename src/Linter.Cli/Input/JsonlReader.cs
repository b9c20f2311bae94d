using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Linter.Cli.Input;

/// <summary>
/// Reads a JSON Lines corpus from a stream, one record a line, holding no more than the line being read: a
/// corpus of many gigabytes is never loaded whole. Blank lines are skipped; a line that is not a record is
/// returned with the reason, so that the run goes on.
/// </summary>
internal static class JsonlReader
{
    private const int InitialBufferSize = 1 << 16;

    /// <summary>The longest line read as a record: a longer one (a corpus of one huge line) is reported, not held.</summary>
    public const int MaxLineBytes = 16 << 20;

    /// <summary>The records of <paramref name="stream"/>, in file order.</summary>
    /// <param name="stream">The corpus, already decompressed.</param>
    /// <param name="displayPath">The corpus's path as shown; records are shown as <c>PATH#ID</c>.</param>
    /// <param name="fields">The fields that hold each record's text and id.</param>
    public static IEnumerable<JsonlRecord> Read(Stream stream, string displayPath, JsonlFields fields)
    {
        var buffer = new byte[InitialBufferSize];
        int start = 0, end = 0, scanned = 0;
        long lineNumber = 0;

        // True while the rest of a line longer than MaxLineBytes is read and dropped.
        var skipping = false;
        while (true)
        {
            var newline = buffer.AsSpan(scanned, end - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = scanned + newline;
                JsonlRecord? record = null;
                if (!skipping)
                {
                    lineNumber++;
                    record = Parse(buffer.AsSpan(start, lineEnd - start), lineNumber, displayPath, fields);
                }

                skipping = false;
                start = scanned = lineEnd + 1;
                if (record is not null)
                {
                    yield return record;
                }

                continue;
            }

            // No whole line left in the buffer: keep the partial line, at the front, and read more.
            if (skipping)
            {
                start = end = 0;
            }
            else if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length && buffer.Length >= MaxLineBytes)
            {
                lineNumber++;
                skipping = true;
                start = end = 0;
                yield return new JsonlRecord(lineNumber, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{displayPath}#L{lineNumber}"), null, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Line {lineNumber} is longer than {MaxLineBytes >> 20} MB; the record was not linted"));
            }
            else if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            scanned = end;
            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                if (end > 0 && !skipping)
                {
                    lineNumber++;
                    if (Parse(buffer.AsSpan(0, end), lineNumber, displayPath, fields) is { } last)
                    {
                        yield return last;
                    }
                }

                yield break;
            }

            end += read;
        }
    }

    /// <summary>One line as a record; null for a blank line.</summary>
    private static JsonlRecord? Parse(ReadOnlySpan<byte> line, long lineNumber, string displayPath, JsonlFields fields)
    {
        if (line.Length > 0 && line[^1] == '\r')
        {
            line = line[..^1];
        }

        if (line.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        var byLine = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{displayPath}#L{lineNumber}");
        if (!Utf8.IsValid(line))
        {
            return new JsonlRecord(lineNumber, byLine, null, $"Line {lineNumber} is not valid UTF-8 (byte {FirstInvalidByte(line) + 1} of the line); the record was not linted");
        }

        string? id = null;
        string? source = null;
        string? text = null;
        string? error = null;
        var textStart = -1;
        byte[]? written = null;
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = "is not a JSON object";
            }
            else
            {
                error = $"has no field '{fields.Text}'";
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isText = reader.ValueTextEquals(fields.Text);
                    var isId = reader.ValueTextEquals(fields.Id);
                    var isSource = fields.Source is not null && reader.ValueTextEquals(fields.Source);
                    reader.Read();
                    if (isText)
                    {
                        (text, error) = reader.TokenType == JsonTokenType.String
                            ? (ReadString(ref reader), null)
                            : ((string?)null, $"has a field '{fields.Text}' that is not a string ({Describe(reader.TokenType)})");
                        textStart = (int)reader.TokenStartIndex;
                        written = reader.TokenType == JsonTokenType.String ? reader.ValueSpan.ToArray() : null;
                    }

                    if (isId)
                    {
                        id = Scalar(ref reader);
                    }

                    if (isSource)
                    {
                        source = Scalar(ref reader);
                    }

                    reader.Skip();
                }

                // A second value on the line is an error here (the reader allows one).
                reader.Read();
            }
        }
        catch (JsonException exception)
        {
            text = null;
            // The reader's message ends with its own position (line 0 of the payload); the byte of the line says it better.
            var message = exception.Message;
            var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            error = $"is not valid JSON at byte {exception.BytePositionInLine + 1} of the line: {(position < 0 ? message : message[..position]).TrimEnd('.', ' ')}";
        }

        var path = id is null ? byLine : $"{displayPath}#{id}";
        return error is null
            ? new JsonlRecord(lineNumber, path, text, null) { TextStart = textStart, Source = source, WrittenText = written, TextColumn = Encoding.UTF8.GetCharCount(line[..(textStart + 1)]) }
            : new JsonlRecord(lineNumber, path, null, $"Line {lineNumber} {error}; the record was not linted");
    }

    /// <summary>A string as it is, a number or boolean as written; null for anything else.</summary>
    private static string? Scalar(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => ReadString(ref reader),
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => Encoding.UTF8.GetString(reader.ValueSpan),
        _ => null,
    };

    /// <summary>
    /// A string token's value. An unpaired surrogate escape (<c>\ud800</c>) is valid JSON but not text, and .NET
    /// will not make a string of it: it is reported as the record's error, at its byte.
    /// </summary>
    private static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException exception)
        {
            throw new JsonException("the string holds an unpaired surrogate escape (\\ud800 to \\udfff), which is not text", null, null, reader.TokenStartIndex, exception);
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };

    private static int FirstInvalidByte(ReadOnlySpan<byte> line)
    {
        var offset = 0;
        while (offset < line.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(line[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }
}
