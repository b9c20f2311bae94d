using BenchmarkDotNet.Attributes;
using Linter.Cli.Output;
using Linter.Core.Analysis;
using Linter.Core.Arabic;
using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using Linter.Core.Matching;
using Linter.Core.Pipeline;

namespace Linter.Benchmarks;

/// <summary>Normalization of the longest seed article.</summary>
[MemoryDiagnoser]
public class NormalizerBenchmarks
{
    private string _text = string.Empty;

    /// <summary>Loads the article.</summary>
    [GlobalSetup]
    public void Setup() => _text = BenchData.Seeds().MaxBy(text => text.Length)!;

    /// <summary>Normalizes it.</summary>
    [Benchmark]
    public NormalizedText Normalize() => ArabicNormalizer.Normalize(_text);

    /// <summary>Folds its letters every way, as the phrase search and the paragraph keys read it.</summary>
    [Benchmark]
    public string FoldLetters() => LetterFolding.Fold(_text, LetterFolds.All);
}

/// <summary>
/// A pattern whose matches each hold a digit (CL5001, digits glued to letters) over a generated 100 KB document, once
/// the pattern has scanned enough to run only around the digits.
/// </summary>
[MemoryDiagnoser]
public class RareCharacterPatternBenchmarks
{
    private SafeRegex _regex = null!;
    private string _text = string.Empty;

    /// <summary>Builds the pattern and the document, and scans enough for the shortcuts to be built.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _regex = SafeRegex.Create(@"([\u0621-\u063A\u0641-\u064A])([0-9\u0660-\u0669])|([0-9\u0660-\u0669])([\u0621-\u063A\u0641-\u064A])", System.Text.RegularExpressions.RegexOptions.Multiline);
        _text = ArabicNormalizer.Normalize(CorpusGenerator.Document(new Random(1), 100_000)).Text;
        for (var i = 0; i < 5; i++)
        {
            Matches();
        }
    }

    /// <summary>Finds every match in the document.</summary>
    [Benchmark]
    public int Matches() => _regex.Matches(_text, 0, _text.Length, _regex.StartBudget()).Count();
}

/// <summary>The shared phrase search over a generated 10 KB document, with the shipped phrases or with 1,000 name variants.</summary>
[MemoryDiagnoser]
public class PhraseMatcherBenchmarks
{
    private PhraseMatcher _matcher = null!;
    private NormalizedText _text = null!;

    /// <summary>Which phrases: <c>shipped</c> (the rule pack's) or <c>names1000</c> (generated).</summary>
    [Params("shipped", "names1000")]
    public string Phrases { get; set; } = "shipped";

    /// <summary>Builds the matcher and the document.</summary>
    [GlobalSetup]
    public void Setup()
    {
        IEnumerable<PhraseRegistration> registrations = Phrases == "shipped"
            ? BenchData.Load(BenchData.ShippedRuleFiles()).Rules.SelectMany(rule => rule.Phrases)
            : NameVariants.Phrases(250).Select(phrase => new PhraseRegistration(this, phrase, LetterFolds.None, true, null));
        _matcher = new PhraseMatcher(registrations);
        _text = ArabicNormalizer.Normalize(CorpusGenerator.Document(new Random(1), 10_000));
    }

    /// <summary>Finds every phrase.</summary>
    [Benchmark]
    public int FindAll() => _matcher.FindAll(_text).Count;
}

/// <summary>
/// Linting a generated 10 KB document with the shipped rules of one kind, none (text model and normalization
/// only), all of them, or all of them and 1,000 generated patterns.
/// </summary>
[MemoryDiagnoser]
public class LintEngineBenchmarks
{
    private LintEngine _engine = null!;
    private string _text = string.Empty;

    /// <summary>The rule kind, <c>none</c>, <c>all</c> or <c>all+1000</c>.</summary>
    [Params("none", "boilerplate", "substitution", "consistency", "repetition", "pattern", "pairing", "all", "all+1000")]
    public string Kind { get; set; } = "all";

    /// <summary>Loads the rules and makes the document.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var files = BenchData.ShippedRuleFiles().ToList();
        if (Kind == "all+1000")
        {
            files.Add(new Linter.Core.Rules.RuleFile("generated.yaml", RuleGenerator.Generate(1000).Yaml));
        }

        var rules = BenchData.Load(files);
        _engine = new LintEngine(Kind.StartsWith("all", StringComparison.Ordinal) ? rules : BenchData.OfKind(rules, Kind));
        _text = CorpusGenerator.Document(new Random(1), 10_000);
    }

    /// <summary>Lints the document.</summary>
    [Benchmark]
    public int LintText() => _engine.LintText("doc.txt", _text).Count;
}

/// <summary>
/// Collecting 100 generated 10 KB documents (1 MB) into an empty state of a rule across documents: the duplicate
/// documents' signatures, or the repeated paragraphs' counts. The documents are normalized and folded beforehand,
/// as a lint run hands them over.
/// </summary>
[MemoryDiagnoser]
public class CorpusStateBenchmarks
{
    private List<CorpusDocument> _documents = [];

    /// <summary>The state: <c>signatures</c> or <c>paragraphs</c>.</summary>
    [Params("signatures", "paragraphs")]
    public string State { get; set; } = "signatures";

    /// <summary>Makes the documents.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _documents = [.. Enumerable.Range(0, 100).Select(i => CorpusDocument.Create(i, $"corpus/doc-{i:000}.txt", "corpus", CorpusGenerator.Document(random, 10_000)))];
        foreach (var document in _documents)
        {
            document.Normalized.Folded(LetterFolds.All);
        }
    }

    /// <summary>Collects every document into a new state, with the shipped rules' settings.</summary>
    [Benchmark]
    public int Collect() => State == "signatures" ? Collect(new DocumentSignatures(3, 10)).Count : Collect(new ParagraphCounts(12)).DocumentsPerSource.Count;

    private TState Collect<TState>(TState state)
        where TState : ICorpusState<TState>
    {
        foreach (var document in _documents)
        {
            state.Collect(document);
        }

        return state;
    }
}

/// <summary>Writing the report of 100 generated documents' diagnostics (about 2,000) as JSON and for the console.</summary>
[MemoryDiagnoser]
public class OutputBenchmarks
{
    private IReadOnlyList<Diagnostic> _diagnostics = [];

    /// <summary>Lints the documents once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var engine = new LintEngine(BenchData.Load([.. BenchData.ShippedRuleFiles(), new("generated.yaml", RuleGenerator.Generate(1000).Yaml)]));
        var random = new Random(1);
        var documents = Enumerable.Range(0, 100)
            .Select(i => new InputDocument($"corpus/doc-{i:000}.txt", () => System.Text.Encoding.UTF8.GetBytes(CorpusGenerator.Document(random, 10_000))))
            .ToList();
        var sink = new CollectingSink();
        CorpusRun.Run(engine, documents, sink);
        _diagnostics = sink.Diagnostics;
    }

    /// <summary>The number of diagnostics written.</summary>
    public int Count => _diagnostics.Count;

    /// <summary>The JSON report.</summary>
    [Benchmark]
    public long Json()
    {
        using var formatter = new JsonFormatter("0.1.0");
        return Write(formatter);
    }

    /// <summary>The console report.</summary>
    [Benchmark]
    public long Console()
    {
        using var formatter = new ConsoleFormatter(ConsoleStyle.Plain);
        return Write(formatter);
    }

    /// <summary>Renders each finding and writes it, as a report session does on one thread.</summary>
    private long Write(DiagnosticFormatter formatter)
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        var rendered = new System.Buffers.ArrayBufferWriter<byte>();
        formatter.Begin(output);
        foreach (var diagnostic in _diagnostics)
        {
            rendered.ResetWrittenCount();
            formatter.Render(diagnostic, rendered);
            if (rendered.WrittenCount > 0)
            {
                formatter.WriteRendered(rendered.WrittenSpan, output);
            }
        }

        formatter.End(ReportTotals.Of(new LintReport(_diagnostics, 100)), output);
        return output.WrittenCount;
    }
}
