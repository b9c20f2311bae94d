using Linter.Core.Diagnostics;
using Linter.Core.Pipeline;

namespace Linter.Cli.Output;

/// <summary>
/// The sink of <c>check</c>: each document's findings rendered for every report on the thread that linted it, then
/// written in the documents' order; the findings across documents last.
/// </summary>
/// <param name="session">The reports being written.</param>
/// <param name="progress">The progress display of the files (records are not counted), or null.</param>
internal sealed class ReportSink(ReportSession session, ProgressDisplay? progress) : RunSink
{
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
    public override void AcrossDocuments(IReadOnlyList<Diagnostic> diagnostics) => session.Emit(diagnostics);
}
