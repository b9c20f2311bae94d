using Linter.Core.Diagnostics;

namespace Linter.Cli.Output;

/// <summary>
/// Writes a report in one output format, as a stream: the start, each diagnostic as it comes, then the end with the
/// totals, so a corpus of millions of documents is reported without holding its diagnostics. One instance writes
/// one report.
/// </summary>
internal abstract class DiagnosticFormatter : IDisposable
{
    /// <summary>Writes what comes before the first diagnostic.</summary>
    public abstract void Begin(TextWriter writer);

    /// <summary>Writes one diagnostic.</summary>
    public abstract void Write(Diagnostic diagnostic, TextWriter writer);

    /// <summary>Writes what comes after the last diagnostic: the summary.</summary>
    public abstract void End(ReportTotals totals, TextWriter writer);

    /// <summary>Writes a whole report.</summary>
    public virtual void Write(LintReport report, TextWriter writer)
    {
        Begin(writer);
        foreach (var diagnostic in report.Diagnostics)
        {
            Write(diagnostic, writer);
        }

        End(ReportTotals.Of(report), writer);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the buffers of formats that write through one.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
