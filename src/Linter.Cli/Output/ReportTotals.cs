using Linter.Core.Diagnostics;

namespace Linter.Cli.Output;

/// <summary>What a report's summary counts: documents, diagnostics by severity, and what the baseline held back.</summary>
internal sealed class ReportTotals
{
    private readonly int[] _bySeverity = new int[Enum.GetValues<Severity>().Length];

    /// <summary>How many documents were linted.</summary>
    public int FileCount { get; set; }

    /// <summary>How many findings the baseline held back; they are not reported.</summary>
    public int Baselined { get; set; }

    /// <summary>The totals of a whole report.</summary>
    public static ReportTotals Of(LintReport report)
    {
        var totals = new ReportTotals { FileCount = report.FileCount, Baselined = report.Baselined };
        foreach (var diagnostic in report.Diagnostics)
        {
            totals.Add(diagnostic);
        }

        return totals;
    }

    /// <summary>Counts one reported diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => _bySeverity[(int)diagnostic.Severity]++;

    /// <summary>How many diagnostics have <paramref name="severity"/>.</summary>
    public int Count(Severity severity) => _bySeverity[(int)severity];
}
