using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Linter.Cli.Output;

/// <summary>
/// One value of an indented JSON report written on its own, with the line break and indentation before it, to be
/// passed to <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/> later: indented as the report's
/// writer would write it at its depth (<see cref="Write"/>), or on one line (<see cref="WriteLine"/>).
/// </summary>
internal static class JsonFragment
{
    /// <summary>The writer options of every JSON report: indented, with non-ASCII text as it is.</summary>
    public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the <c>tool</c> object every JSON report of the tool opens with.</summary>
    public static void WriteTool(Utf8JsonWriter json, string version)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject("tool");
        json.WriteString("name", "corpuslint");
        json.WriteString("version", version);
        json.WriteEndObject();
    }

    /// <summary>The writer options of a value on one line.</summary>
    private static readonly JsonWriterOptions OneLine = Options with { Indented = false };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_oneLineWriter;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Writes the value <paramref name="write"/> writes, as an element of an array at <paramref name="depth"/>, to <paramref name="output"/>.</summary>
    /// <param name="depth">How many objects and arrays enclose the value in the report.</param>
    /// <param name="state">What <paramref name="write"/> writes.</param>
    /// <param name="write">Writes one value.</param>
    /// <param name="output">Takes the value's bytes.</param>
    public static void Write<TState>(int depth, TState state, Action<Utf8JsonWriter, TState> write, IBufferWriter<byte> output)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>();
        buffer.ResetWrittenCount();
        var json = t_writer ??= new Utf8JsonWriter(buffer, Options);
        json.Reset(buffer);

        // Enclosing arrays give the value the report's indentation; the writer writes the line break before it.
        for (var level = 0; level < depth; level++)
        {
            json.WriteStartArray();
        }

        json.Flush();
        var start = buffer.WrittenCount;
        write(json, state);
        json.Flush();
        output.Write(buffer.WrittenSpan[start..]);
    }

    /// <summary>
    /// Writes the value <paramref name="write"/> writes on one line of its own, indented as an element of an array at
    /// <paramref name="depth"/>, to <paramref name="output"/>: a report of many values keeps one per line.
    /// </summary>
    /// <param name="depth">How many objects and arrays enclose the value in the report.</param>
    /// <param name="state">What <paramref name="write"/> writes.</param>
    /// <param name="write">Writes one value.</param>
    /// <param name="output">Takes the value's bytes.</param>
    public static void WriteLine<TState>(int depth, TState state, Action<Utf8JsonWriter, TState> write, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);

        // The report's own line break and indentation (both ASCII), as its indented writer writes them.
        var lineBreak = Options.NewLine.Length;
        var indentation = Options.IndentSize * depth;
        var start = output.GetSpan(lineBreak + indentation);
        for (var i = 0; i < lineBreak; i++)
        {
            start[i] = (byte)Options.NewLine[i];
        }

        start.Slice(lineBreak, indentation).Fill((byte)Options.IndentCharacter);
        output.Advance(lineBreak + indentation);
        var json = t_oneLineWriter ??= new Utf8JsonWriter(output, OneLine);
        json.Reset(output);
        write(json, state);
        json.Flush();
    }
}
