using System.Buffers;
using System.Globalization;
using System.Text;
using Linter.Cli.Input;
using Linter.Core.Diagnostics;

namespace Linter.Cli.Output;

/// <summary>
/// <c>--format github</c>: GitHub Actions workflow commands, one line per diagnostic shown to people
/// (<c>::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=ID::message</c>), which the runner turns into
/// annotations on the pull request's files; then the summary line, as plain log text.
/// </summary>
internal sealed class GitHubFormatter : DiagnosticFormatter
{
    /// <inheritdoc />
    public override void Begin(IBufferWriter<byte> output)
    {
    }

    /// <inheritdoc />
    public override void Render(Diagnostic diagnostic, IBufferWriter<byte> output)
    {
        if (diagnostic.Severity >= Severity.Suggestion)
        {
            output.WriteLine(Command(diagnostic));
        }
    }

    /// <inheritdoc />
    public override void End(ReportTotals totals, IBufferWriter<byte> output) => output.WriteLine(ConsoleFormatter.Summary(totals));

    /// <summary>
    /// The workflow command of one diagnostic. A record of a JSON Lines corpus is annotated on its corpus file, at the
    /// record's line and the columns that write the span, as in SARIF, and its title names the record; on the file
    /// alone when its place there is not known.
    /// </summary>
    public static string Command(Diagnostic diagnostic)
    {
        var command = diagnostic.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var (file, record) = JsonlCorpus.SplitRecordPath(diagnostic.Path);
        var location = record is null ? diagnostic.Location : diagnostic.FileLocation;
        var position = location is var (start, end)
            ? string.Create(CultureInfo.InvariantCulture, $",line={start.Line + 1},col={start.Column + 1},endLine={end.Line + 1},endColumn={end.Column + 1}")
            : string.Empty;
        var title = record is null ? diagnostic.Id : $"{diagnostic.Id} (record {record})";
        return $"::{command} file={EscapeProperty(file)}{position},title={EscapeProperty(title)}::{EscapeData(diagnostic.Message)}";
    }

    /// <summary>The runner's escaping of a command's message: <c>%</c>, CR and LF.</summary>
    public static string EscapeData(string text) => new StringBuilder(text)
        .Replace("%", "%25")
        .Replace("\r", "%0D")
        .Replace("\n", "%0A")
        .ToString();

    /// <summary>The runner's escaping of a property value: as a message, and <c>:</c> and <c>,</c>, which delimit properties.</summary>
    public static string EscapeProperty(string text) => new StringBuilder(EscapeData(text))
        .Replace(":", "%3A")
        .Replace(",", "%2C")
        .ToString();
}
