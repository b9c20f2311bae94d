using Linter.Core.Diagnostics;

namespace Linter.Core.Pipeline;

/// <summary>One document linted by a run.</summary>
/// <param name="Ordinal">Its place in the run's order (path order in the whole corpus).</param>
/// <param name="Document">The document as its source gave it.</param>
/// <param name="Diagnostics">Its own diagnostics, sorted, or why it could not be read.</param>
/// <param name="Size">The size in bytes of the file read for it, for progress; 0 for a text given decoded (a record, a buffer).</param>
/// <param name="Prepared">What the sink's <see cref="RunSink.Prepare"/> made of the diagnostics on the linting thread.</param>
public sealed record LintedDocument(long Ordinal, InputDocument Document, IReadOnlyList<Diagnostic> Diagnostics, long Size, object? Prepared)
{
    /// <summary>Its path as shown.</summary>
    public string Path => Document.Path;
}

/// <summary>
/// Where a run's results go: the report formats, the baseline writer, the corpus report's tally, discovery's
/// warnings, the language server's publisher. The run calls <see cref="Document"/> once per document, in the
/// documents' order, then <see cref="AcrossDocuments"/> once when the corpus rules have reported.
/// </summary>
public abstract class RunSink
{
    /// <summary>
    /// Work on a document's diagnostics that can run in parallel, such as rendering them; called on the thread that
    /// linted the document, and its result travels with it (<see cref="LintedDocument.Prepared"/>).
    /// </summary>
    public virtual object? Prepare(IReadOnlyList<Diagnostic> diagnostics) => null;

    /// <summary>Takes one document's results, in the documents' order, on the run's thread.</summary>
    public abstract void Document(LintedDocument document);

    /// <summary>Takes the findings of the rules across documents, in output order; not called when the run has no corpus.</summary>
    public virtual void AcrossDocuments(IReadOnlyList<Diagnostic> diagnostics)
    {
    }
}

/// <summary>A sink that keeps every diagnostic: each document's, then those across documents, as <c>check</c> reports them.</summary>
public sealed class CollectingSink : RunSink
{
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>Every diagnostic taken, in output order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <inheritdoc />
    public override void Document(LintedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _diagnostics.AddRange(document.Diagnostics);
    }

    /// <inheritdoc />
    public override void AcrossDocuments(IReadOnlyList<Diagnostic> diagnostics) => _diagnostics.AddRange(diagnostics);
}
