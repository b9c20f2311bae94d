using Linter.Core.Analysis;
using Linter.Core.Diagnostics;

namespace Linter.Core.Pipeline;

/// <summary>How a run goes.</summary>
public sealed record RunOptions
{
    /// <summary>The most documents linted at once.</summary>
    public int MaxParallelism { get; init; } = 1;

    /// <summary>The pass that collects every document for the rules across documents (and analyses alongside them); null for none.</summary>
    public CorpusPass? Corpus { get; init; }

    /// <summary>True to collect documents into <see cref="Corpus"/> without running the rules on each: the sink gets only why a document could not be read.</summary>
    public bool CollectOnly { get; init; }

    /// <summary>False to leave the corpus pass open when the documents are done, for the caller to read or merge; the findings across documents are then not reported.</summary>
    public bool ReportAcrossDocuments { get; init; } = true;

    /// <summary>
    /// The lowest ordinal of the documents the findings across documents are reported on: with a corpus pass that holds
    /// saved states, the documents judged against them are reported on, and the saved documents are not.
    /// </summary>
    public long ReportAcrossDocumentsFrom { get; init; } = long.MinValue;

    /// <summary>
    /// The effective severity of a descriptor in a document, for the findings across documents (whose documents may
    /// be records, which take their corpus file's settings); the engine's when null.
    /// </summary>
    public Func<string, RuleDescriptor, Severity>? CorpusSeverity { get; init; }

    /// <summary>The place of the first document in path order in the whole corpus, for documents that carry no <see cref="InputDocument.Ordinal"/>.</summary>
    public long FirstOrdinal { get; init; }

    /// <summary>Stops the run.</summary>
    public CancellationToken CancellationToken { get; init; }
}

/// <summary>
/// The one corpus run every command makes: documents from a source, in order, linted in parallel with a bounded
/// number in flight, each one's results handed to the sink in the documents' order while the next are linted;
/// every document collected into the corpus pass at its place; then the findings across documents.
/// </summary>
public static class CorpusRun
{
    /// <summary>Runs <paramref name="engine"/> over <paramref name="documents"/> into <paramref name="sink"/>; returns how many documents were linted.</summary>
    /// <param name="engine">The rules and settings.</param>
    /// <param name="documents">The documents, read lazily as the run goes, in path order.</param>
    /// <param name="sink">Where the results go.</param>
    /// <param name="options">Parallelism, the corpus pass, progress.</param>
    public static long Run(LintEngine engine, IEnumerable<InputDocument> documents, RunSink sink, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(sink);
        options ??= new RunOptions();
        var numbered = documents.Select((document, index) => (Document: document, Ordinal: document.Ordinal ?? options.FirstOrdinal + index));
        long count = 0;
        foreach (var linted in OrderedParallel.Select(
            numbered,
            item =>
            {
                var corpus = options.Corpus is { } pass ? new CorpusEntry(pass, item.Ordinal, item.Document.Source) : (CorpusEntry?)null;
                var (diagnostics, size) = engine.Lint(item.Document, corpus, options.CollectOnly, options.CancellationToken);
                return new LintedDocument(item.Ordinal, item.Document, diagnostics, size, sink.Prepare(diagnostics));
            },
            options.MaxParallelism,
            options.CancellationToken))
        {
            sink.Document(linted);
            count++;
        }

        if (options.Corpus is { } corpusPass && options.ReportAcrossDocuments)
        {
            sink.AcrossDocuments(engine.FinishCorpus(corpusPass, options.CorpusSeverity, options.MaxParallelism, options.ReportAcrossDocumentsFrom));
        }

        return count;
    }

    /// <summary>
    /// Lints a whole corpus held in memory (rule examples, tests, small tools) on one thread: every document's findings,
    /// then the findings across documents, in output order. Documents are in path order; each one's source is its folder.
    /// </summary>
    public static IReadOnlyList<Diagnostic> LintCorpus(LintEngine engine, IReadOnlyList<(string Path, string Text)> documents)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var sink = new CollectingSink();
        Run(engine, documents.Select(document => InputDocument.FromText(document.Path, document.Text)), sink, new RunOptions { Corpus = engine.StartCorpus() });
        return sink.Diagnostics;
    }
}
