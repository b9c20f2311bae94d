using System.Globalization;
using Linter.Core.Diagnostics;

namespace Linter.Cli.Output;

/// <summary>
/// The default format: MSBuild canonical lines, <c>path(line,col): severity ID: message</c>, which editors and
/// CI log parsers already understand, then one summary line. Silent diagnostics are not shown.
/// </summary>
internal sealed class ConsoleFormatter : IDiagnosticFormatter
{
    /// <inheritdoc />
    public void Write(LintReport report, TextWriter writer)
    {
        foreach (var diagnostic in report.Diagnostics.Where(d => d.Severity >= Severity.Suggestion))
        {
            var start = diagnostic.Location.Start;
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{diagnostic.Path}({start.Line + 1},{start.Column + 1}): {diagnostic.Severity.ToName()} {diagnostic.Id}: {diagnostic.Message}"));
        }

        writer.WriteLine(Summary(report));
    }

    /// <summary>The closing line: files, counts by severity, and what the baseline held back.</summary>
    public static string Summary(LintReport report) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Plural(report.FileCount, "file")} linted: {Plural(report.Count(Severity.Error), "error")}, {Plural(report.Count(Severity.Warning), "warning")}, {Plural(report.Count(Severity.Suggestion), "suggestion")}{(report.Baselined > 0 ? $" ({report.Baselined} more in the baseline)" : string.Empty)}");

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
