using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using Linter.Core.Pipeline;
using Linter.Core.Rules;

namespace Linter.Core.Tests.Pipeline;

/// <summary>Single documents and in-memory corpora through the one run, as the tests need them.</summary>
internal static class Runs
{
    /// <summary>Lints one text at <paramref name="ordinal"/> of <paramref name="pass"/>, leaving the pass open.</summary>
    public static IReadOnlyList<Diagnostic> Lint(LintEngine engine, string path, string text, CorpusPass pass, long ordinal, string source) =>
        Run(engine, [InputDocument.FromText(path, text) with { Source = source }], new RunOptions { Corpus = pass, FirstOrdinal = ordinal, ReportAcrossDocuments = false });

    /// <summary>Collects one text into <paramref name="pass"/> without linting it.</summary>
    public static void Collect(LintEngine engine, string path, string text, CorpusPass pass, long ordinal, string source) =>
        Run(engine, [InputDocument.FromText(path, text) with { Source = source }], new RunOptions { Corpus = pass, FirstOrdinal = ordinal, CollectOnly = true, ReportAcrossDocuments = false });

    /// <summary>Decodes and lints one document's bytes.</summary>
    public static IReadOnlyList<Diagnostic> LintBytes(LintEngine engine, string path, byte[] bytes) =>
        LintDocument(engine, new InputDocument(path, () => bytes));

    /// <summary>Reads, decodes and lints one document.</summary>
    public static IReadOnlyList<Diagnostic> LintDocument(LintEngine engine, InputDocument document) =>
        Run(engine, [document], new RunOptions());

    /// <summary>Lints documents in parallel; every diagnostic, sorted in output order.</summary>
    public static List<Diagnostic> LintAll(LintEngine engine, IEnumerable<InputDocument> documents, int parallelism, CorpusPass? corpus = null, long firstOrdinal = 0)
    {
        var all = Run(engine, documents, new RunOptions { MaxParallelism = parallelism, Corpus = corpus, FirstOrdinal = firstOrdinal, ReportAcrossDocuments = false });
        all.Sort(Diagnostic.Compare);
        return all;
    }

    /// <summary>Collects decoded documents into a state of <paramref name="createState"/> through the run, in parallel, and returns the merge.</summary>
    public static TState Collect<TState>(Func<TState> createState, IEnumerable<CorpusDocument> documents, int maxParallelism)
        where TState : ICorpusState<TState>
    {
        var engine = new LintEngine(RuleSet.Create([]));
        var collector = new CorpusCollector<TState>(createState);
        var pass = engine.StartCorpus(collector);
        var list = documents.ToList();
        Run(engine, list.Select(document => InputDocument.FromText(document.Path, document.Text.Text) with { Source = document.Source }), new RunOptions { MaxParallelism = maxParallelism, Corpus = pass, FirstOrdinal = list.Count == 0 ? 0 : list[0].Ordinal, CollectOnly = true, ReportAcrossDocuments = false });
        return pass.StateOf<TState>(collector);
    }

    private static List<Diagnostic> Run(LintEngine engine, IEnumerable<InputDocument> documents, RunOptions options)
    {
        var sink = new CollectingSink();
        CorpusRun.Run(engine, documents, sink, options);
        return [.. sink.Diagnostics];
    }
}
