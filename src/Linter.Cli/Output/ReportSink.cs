using Linter.Core.Analysis;
using Linter.Core.Diagnostics;
using Linter.Core.Pipeline;

namespace Linter.Cli.Output;

/// <summary>
/// The sink of <c>check</c>: each document's findings rendered for every report on the thread that linted it, then
/// written in the documents' order; the findings across documents last.
/// </summary>
/// <param name="session">The reports being written.</param>
/// <param name="progress">The progress display of the files (records are not counted), or null.</param>
/// <param name="maxParallelism">The most threads that render the findings across documents.</param>
internal sealed class ReportSink(ReportSession session, ProgressDisplay? progress, int maxParallelism) : RunSink
{
    /// <summary>Findings across documents rendered at once by one thread: small enough that the chunks in flight stay a few megabytes.</summary>
    private const int AcrossDocumentsChunk = 512;

    /// <summary>How many documents were written.</summary>
    public long Documents { get; private set; }

    /// <inheritdoc />
    public override object? Prepare(IReadOnlyList<Diagnostic> diagnostics) => session.Render(diagnostics);

    /// <inheritdoc />
    public override void Document(LintedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Documents++;
        if (document.Document.ScopePath is null)
        {
            progress?.DocumentDone(document.Size);
        }

        using var rendered = (RenderedDiagnostics)document.Prepared!;
        session.Emit(document.Diagnostics, rendered);
    }

    /// <inheritdoc />
    /// <remarks>
    /// They come all at once at the end of the run, when nothing else keeps the other threads busy: they are rendered
    /// in chunks on every thread while the chunks before are written.
    /// </remarks>
    public override void AcrossDocuments(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var (chunk, rendered) in OrderedParallel.Select(diagnostics.Chunk(AcrossDocumentsChunk), chunk => (chunk, session.Render(chunk)), maxParallelism))
        {
            using (rendered)
            {
                session.Emit(chunk, rendered);
            }
        }
    }
}
