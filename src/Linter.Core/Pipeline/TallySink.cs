using Linter.Core.Corpus;
using Linter.Core.Diagnostics;

namespace Linter.Core.Pipeline;

/// <summary>The sink of <c>report</c>: every document's findings, and those across documents, counted for the page.</summary>
/// <param name="tally">The counts.</param>
public sealed class TallySink(FindingTally tally) : RunSink
{
    /// <inheritdoc />
    public override void Document(LintedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        tally.Add(document.Ordinal, document.Path, document.Diagnostics);
    }

    /// <inheritdoc />
    public override void AcrossDocuments(IReadOnlyList<Diagnostic> diagnostics) => tally.AddAcrossDocuments(diagnostics);
}
