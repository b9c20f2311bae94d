using System.Buffers;
using System.Globalization;
using Linter.Core.Diagnostics;

namespace Linter.Cli.Output;

/// <summary>
/// The default format: MSBuild canonical lines, <c>path(line,col): severity ID: message</c>, which editors and
/// CI log parsers already understand, each followed by its related places (indented), then one summary line
/// (left out with <c>--quiet</c>). Silent diagnostics are not shown. On a terminal the path is bold and the
/// severity coloured.
/// </summary>
internal sealed class ConsoleFormatter(ConsoleStyle style) : DiagnosticFormatter
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
            // A line break in a file name or an escape sequence in a quoted text must not reach the terminal as it is.
            if (style.Color)
            {
                var place = ConsoleText.Escape(Place(diagnostic));
                output.WriteLine($"{style.Paint(place, "1")} {style.Paint(diagnostic.Severity.ToName(), SeverityColor(diagnostic.Severity))} {diagnostic.Id}: {ConsoleText.Escape(diagnostic.Message)}");
            }
            else
            {
                output.WriteLine(ConsoleText.Escape(CanonicalLine(diagnostic)));
            }

            // Indented, and without a severity, so log parsers do not take a related place for another finding.
            foreach (var related in diagnostic.RelatedLocations)
            {
                var at = related.Location.Start;
                output.WriteLine(style.Paint(ConsoleText.Escape(string.Create(CultureInfo.InvariantCulture, $"    {related.Path}({at.Line + 1},{at.Column + 1}): {related.Message}")), "2"));
            }
        }
    }

    /// <summary>A finding as one MSBuild canonical line, <c>path(line,col): severity ID: message</c>, not escaped.</summary>
    public static string CanonicalLine(Diagnostic diagnostic) =>
        $"{Place(diagnostic)} {diagnostic.Severity.ToName()} {diagnostic.Id}: {diagnostic.Message}";

    /// <summary>A finding's place as MSBuild writes it, <c>path(line,col):</c>, 1-based.</summary>
    private static string Place(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.Start;
        return string.Create(CultureInfo.InvariantCulture, $"{diagnostic.Path}({start.Line + 1},{start.Column + 1}):");
    }

    /// <inheritdoc />
    public override void End(ReportTotals totals, IBufferWriter<byte> output)
    {
        if (!style.Quiet)
        {
            output.WriteLine(Summary(totals));
        }
    }

    /// <summary>The closing line: files, counts by severity, and what the baseline held back.</summary>
    public static string Summary(LintReport report) => Summary(ReportTotals.Of(report));

    /// <summary>The closing line of <paramref name="report"/>'s totals.</summary>
    public static string Summary(ReportTotals report) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Plurals.Of(report.FileCount, "file")} linted: {Plurals.Of(report.Count(Severity.Error), "error")}, {Plurals.Of(report.Count(Severity.Warning), "warning")}, {Plurals.Of(report.Count(Severity.Suggestion), "suggestion")}{(report.Baselined > 0 ? $" ({report.Baselined} more in the baseline)" : string.Empty)}");

    /// <summary>The SGR colour of a severity: red, yellow, cyan.</summary>
    public static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Error => "1;31",
        Severity.Warning => "1;33",
        _ => "1;36",
    };
}
