using System.Buffers;
using System.Text.Json;
using Linter.Cli.Input;
using Linter.Core.Diagnostics;
using Linter.Core.Text;

namespace Linter.Cli.Output;

/// <summary>
/// <c>--format json</c>: one JSON document, the contract documented in docs/output-formats.md. Lines and columns are 1-based,
/// columns count UTF-16 code units and end positions are exclusive.
/// </summary>
internal sealed class JsonFormatter(string toolVersion) : DiagnosticFormatter
{
    // The diagnostics are the elements of an array in an object.
    private const int DiagnosticDepth = 2;

    private Utf8JsonWriter? _json;

    /// <inheritdoc />
    public override void Begin(IBufferWriter<byte> output)
    {
        var json = _json = new Utf8JsonWriter(output, JsonFragment.Options);
        json.WriteStartObject();
        JsonFragment.WriteTool(json, toolVersion);
        json.WriteStartArray("diagnostics");
        json.Flush();
    }

    /// <inheritdoc />
    public override void Render(Diagnostic diagnostic, IBufferWriter<byte> output) =>
        JsonFragment.WriteLine(DiagnosticDepth, diagnostic, WriteDiagnostic, output);

    /// <inheritdoc />
    public override void WriteRendered(ReadOnlySpan<byte> rendered, IBufferWriter<byte> output)
    {
        var json = _json!;
        json.WriteRawValue(rendered, skipInputValidation: true);
        json.Flush();
    }

    /// <inheritdoc />
    public override void End(ReportTotals totals, IBufferWriter<byte> output)
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
        json.Flush();
        output.WriteLine([]);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _json?.Dispose();
        }

        base.Dispose(disposing);
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

        // A record's place in its corpus file, where SARIF and GitHub annotations put it.
        if (diagnostic.FileLocation is { } fileLocation && JsonlCorpus.SplitRecordPath(diagnostic.Path) is (var file, not null))
        {
            json.WriteStartObject("file");
            json.WriteString("path", file);
            WritePosition(json, fileLocation);
            json.WriteEndObject();
        }

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
