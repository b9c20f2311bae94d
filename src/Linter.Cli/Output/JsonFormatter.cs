using System.Text.Encodings.Web;
using System.Text.Json;
using Linter.Core.Diagnostics;
using Linter.Core.Text;

namespace Linter.Cli.Output;

/// <summary>
/// <c>--format json</c>: one JSON document, the contract documented in README.md. Lines and columns are 1-based,
/// columns count UTF-16 code units and end positions are exclusive.
/// </summary>
internal sealed class JsonFormatter(string toolVersion) : DiagnosticFormatter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly MemoryStream _buffer = new();
    private Utf8JsonWriter? _json;

    /// <inheritdoc />
    public override void Begin(TextWriter writer)
    {
        _json = new Utf8JsonWriter(_buffer, Options);
        _json.WriteStartObject();
        _json.WriteStartObject("tool");
        _json.WriteString("name", "corpuslint");
        _json.WriteString("version", toolVersion);
        _json.WriteEndObject();
        _json.WriteStartArray("diagnostics");
        Flush(writer);
    }

    /// <inheritdoc />
    public override void Write(Diagnostic diagnostic, TextWriter writer)
    {
        WriteDiagnostic(_json!, diagnostic);
        Flush(writer);
    }

    /// <inheritdoc />
    public override void End(ReportTotals totals, TextWriter writer)
    {
        var json = _json!;
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("files", totals.FileCount);
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Suggestion, Severity.Silent })
        {
            json.WriteNumber(severity.ToName(), totals.Count(severity));
        }

        json.WriteNumber("baselined", totals.Baselined);

        json.WriteEndObject();
        json.WriteEndObject();
        Flush(writer);
        writer.WriteLine();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _json?.Dispose();
            _buffer.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Moves what the JSON writer has written so far to <paramref name="writer"/>, so the buffer stays small.</summary>
    private void Flush(TextWriter writer)
    {
        _json!.Flush();
        writer.Write(System.Text.Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        _buffer.SetLength(0);
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", diagnostic.Severity.ToName());
        json.WriteString("category", diagnostic.Descriptor.Category);
        json.WriteString("path", diagnostic.Path);
        WritePosition(json, diagnostic.Location);
        json.WriteString("message", diagnostic.Message);
        json.WriteString("text", diagnostic.MatchedText);
        if (diagnostic.Fix is { } fix)
        {
            json.WriteStartObject("fix");
            json.WriteString("title", fix.Title);
            json.WriteStartArray("edits");
            foreach (var edit in fix.Edits)
            {
                json.WriteStartObject();
                WritePosition(json, edit.Location);
                json.WriteString("newText", edit.NewText);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("fix");
        }

        if (diagnostic.RelatedLocations.Count > 0)
        {
            json.WriteStartArray("related");
            foreach (var related in diagnostic.RelatedLocations)
            {
                json.WriteStartObject();
                json.WriteString("path", related.Path);
                WritePosition(json, related.Location);
                json.WriteString("message", related.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter json, LinePositionSpan location)
    {
        json.WriteNumber("line", location.Start.Line + 1);
        json.WriteNumber("column", location.Start.Column + 1);
        json.WriteNumber("endLine", location.End.Line + 1);
        json.WriteNumber("endColumn", location.End.Column + 1);
    }
}
