using System.Buffers;
using Linter.Core.Diagnostics;

namespace Linter.Cli.Output;

/// <summary>
/// Writes a report in one output format, as a stream of UTF-8: the start, each diagnostic as it comes, then the end
/// with the totals, so a corpus of millions of documents is reported without holding its diagnostics. One instance
/// writes one report.
/// </summary>
/// <remarks>
/// A diagnostic is rendered (<see cref="Render"/>) apart from being written (<see cref="WriteRendered"/>), so that
/// the threads that lint the documents render their findings and the thread that writes the reports only copies
/// bytes in output order.
/// </remarks>
internal abstract class DiagnosticFormatter : IDisposable
{
    /// <summary>Writes what comes before the first diagnostic.</summary>
    public abstract void Begin(IBufferWriter<byte> output);

    /// <summary>
    /// Renders one diagnostic as the format shows it, or nothing when the format does not show it. Safe to call from
    /// several threads at once once <see cref="Begin"/> has run.
    /// </summary>
    public abstract void Render(Diagnostic diagnostic, IBufferWriter<byte> output);

    /// <summary>Writes the next diagnostic in output order, as <see cref="Render"/> rendered it (never an empty rendering).</summary>
    public virtual void WriteRendered(ReadOnlySpan<byte> rendered, IBufferWriter<byte> output) => output.Write(rendered);

    /// <summary>Writes what comes after the last diagnostic: the summary.</summary>
    public abstract void End(ReportTotals totals, IBufferWriter<byte> output);

    /// <summary>What the report left out or its readers will refuse, for the log; null when all is well. Set by <see cref="End"/>.</summary>
    public virtual string? Notice => null;

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the writers of formats that write through one.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
