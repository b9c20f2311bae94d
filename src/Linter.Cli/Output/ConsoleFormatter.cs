using System.Buffers;
using System.Globalization;
using Linter.Core.Diagnostics;

namespace Linter.Cli.Output;

/// <summary>
/// The default format: MSBuild canonical lines, <c>path(line,col): severity ID: message</c>, which editors and
/// CI log parsers already understand, each followed by its related places (indented), then one summary line.
/// Silent diagnostics are not shown.
/// </summary>
internal sealed class ConsoleFormatter : DiagnosticFormatter
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
            var start = diagnostic.Location.Start;
            // A line break in a file name or an escape sequence in a quoted text must not reach the terminal as it is.
            output.WriteLine(ConsoleText.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"{diagnostic.Path}({start.Line + 1},{start.Column + 1}): {diagnostic.Severity.ToName()} {diagnostic.Id}: {diagnostic.Message}")));

            // Indented, and without a severity, so log parsers do not take a related place for another finding.
            foreach (var related in diagnostic.RelatedLocations)
            {
                var at = related.Location.Start;
                output.WriteLine(ConsoleText.Escape(string.Create(CultureInfo.InvariantCulture, $"    {related.Path}({at.Line + 1},{at.Column + 1}): {related.Message}")));
            }
        }
    }

    /// <inheritdoc />
    public override void End(ReportTotals totals, IBufferWriter<byte> output) => output.WriteLine(Summary(totals));

    /// <summary>The closing line: files, counts by severity, and what the baseline held back.</summary>
    public static string Summary(LintReport report) => Summary(ReportTotals.Of(report));

    /// <summary>The closing line of <paramref name="report"/>'s totals.</summary>
    public static string Summary(ReportTotals report) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Plurals.Of(report.FileCount, "file")} linted: {Plurals.Of(report.Count(Severity.Error), "error")}, {Plurals.Of(report.Count(Severity.Warning), "warning")}, {Plurals.Of(report.Count(Severity.Suggestion), "suggestion")}{(report.Baselined > 0 ? $" ({report.Baselined} more in the baseline)" : string.Empty)}");
}
