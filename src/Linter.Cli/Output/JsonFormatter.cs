using System.Text.Encodings.Web;
using System.Text.Json;
using Linter.Core.Diagnostics;
using Linter.Core.Text;

namespace Linter.Cli.Output;

/// <summary>
/// <c>--format json</c>: one JSON document, the contract documented in README.md. Lines and columns are 1-based,
/// columns count UTF-16 code units and end positions are exclusive.
/// </summary>
internal sealed class JsonFormatter(string toolVersion) : IDiagnosticFormatter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc />
    public void Write(LintReport report, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteString("name", "corpuslint");
            json.WriteString("version", toolVersion);
            json.WriteEndObject();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in report.Diagnostics)
            {
                WriteDiagnostic(json, diagnostic);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", report.FileCount);
            foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Suggestion, Severity.Silent })
            {
                json.WriteNumber(severity.ToName(), report.Count(severity));
            }

            json.WriteNumber("baselined", report.Baselined);

            json.WriteEndObject();
            json.WriteEndObject();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.WriteLine();
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
