using System.Buffers;
using System.Globalization;
using System.Text;
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

    /// <summary>The workflow command of one diagnostic.</summary>
    public static string Command(Diagnostic diagnostic)
    {
        var command = diagnostic.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var (start, end) = (diagnostic.Location.Start, diagnostic.Location.End);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"::{command} file={EscapeProperty(diagnostic.Path)},line={start.Line + 1},col={start.Column + 1},endLine={end.Line + 1},endColumn={end.Column + 1},title={EscapeProperty(diagnostic.Id)}::{EscapeData(diagnostic.Message)}");
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
