using Linter.Core.Pipeline;
using Linter.Core.Tests.Pipeline;
using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using Linter.Core.Text;
using Xunit.Abstractions;
using static Linter.Core.Tests.TestSupport;

namespace Linter.Core.Tests.Corpus;

public sealed class CorpusPassTests(ITestOutputHelper output)
{
    private const string Footer = "جميع الحقوق محفوظة لموقع الأخبار ولا يجوز نقل أي مادة دون إذن مسبق من إدارة التحرير";

    private static readonly string[] Spellings = ["زيلينسكي", "زيلينسكي", "زيلنسكي", "غوغل", "جوجل", "جوجل"];

    /// <summary>
    /// Generated articles in three outlets' folders: near duplicates at known similarities, exact copies, a footer in
    /// most of one outlet's articles, and names spelled in the corpus-scope families' ways.
    /// </summary>
    private static List<(string Path, string Text)> Corpus()
    {
        var (texts, _) = NearDuplicateCorpus.Generate(originals: 150, copies: 100, seed: 11);
        var random = new Random(5);
        var documents = new List<(string Path, string Text)>();
        for (var i = 0; i < texts.Count; i++)
        {
            var outlet = i % 3;
            var text = texts[i] + "\n" + Spellings[random.Next(Spellings.Length)];
            if (outlet == 0 && i % 2 == 0)
            {
                text += "\n" + Footer;
            }

            documents.Add(($"outlet{outlet}/{i:D4}.txt", text));
            if (i % 40 == 0)
            {
                documents.Add(($"outlet{outlet}/{i:D4}-copy.txt", text));
            }
        }

        return [.. documents.OrderBy(d => d.Path, StringComparer.Ordinal)];
    }

    [Fact]
    public void An_analysis_alongside_the_rules_collects_every_document_even_where_no_rule_looks_across_documents()
    {
        // One pattern rule limited to one folder: no rule has a corpus state, and none runs on b/.
        var engine = new LintEngine(Load("""
            rules:
              - id: XX5001
                kind: pattern
                title: Glued digits
                message: "digits glued to '{match}'"
                category: Formatting
                severity: warning
                files: ['a/*']
                regex: '\d+\p{L}+'
            """));
        var collector = new CorpusCollector<LeftoverCounts>(() => new LeftoverCounts());
        var corpus = engine.StartCorpus(collector);
        var paths = new[] { "a/1.txt", "a/2.txt", "b/3.txt" };
        for (var i = 0; i < paths.Length; i++)
        {
            Runs.Lint(engine, paths[i], "خبر 5رجال\nتابعونا على تلغرام", corpus, i, CorpusDocument.FolderOf(paths[i]));
        }

        Assert.False(corpus.IsEmpty);
        Assert.Empty(engine.FinishCorpus(corpus));
        var state = corpus.StateOf<LeftoverCounts>(collector);
        Assert.Equal(["a 2", "b 1"], state.DocumentsPerSource.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value}"));
        Assert.Throws<ArgumentException>(() => corpus.StateOf<LeftoverCounts>(new CorpusCollector<LeftoverCounts>(() => new LeftoverCounts())));
    }

    [Fact]
    public void Two_half_corpus_states_merged_report_what_one_pass_over_the_whole_does()
    {
        var engine = new LintEngine(LoadShippedRules());
        var documents = Corpus();
        var whole = engine.StartCorpus();
        var even = engine.StartCorpus();
        var odd = engine.StartCorpus();
        for (var i = 0; i < documents.Count; i++)
        {
            var (path, text) = documents[i];
            Runs.Lint(engine, path, text, whole, i, CorpusDocument.FolderOf(path));
            Runs.Lint(engine, path, text, i % 2 == 0 ? even : odd, i, CorpusDocument.FolderOf(path));
        }

        var expected = engine.FinishCorpus(whole).Select(Show).ToList();
        even.Merge(odd);
        var merged = engine.FinishCorpus(even).Select(Show).ToList();

        Assert.Equal(expected, merged);
        Assert.Equal(["CL1008", "CL2002", "CL2003", "CL2004", "CL3003"], expected.Select(line => line.Split(' ')[1]).Distinct().Order(StringComparer.Ordinal));
        output.WriteLine($"{documents.Count} documents: {expected.Count} findings across documents");
    }

    [Fact]
    public void Findings_across_documents_are_the_same_at_any_parallelism()
    {
        var engine = new LintEngine(LoadShippedRules());
        var documents = Corpus().ConvertAll(d => new InputDocument(d.Path, () => System.Text.Encoding.UTF8.GetBytes(d.Text)));

        List<string> Run(int parallelism)
        {
            var corpus = engine.StartCorpus();
            var all = Runs.LintAll(engine, documents[..100], parallelism, corpus).ToList();
            all.AddRange(Runs.LintAll(engine, documents[100..], parallelism, corpus, 100));
            all.AddRange(engine.FinishCorpus(corpus, maxParallelism: parallelism));
            return all.ConvertAll(Show);
        }

        Assert.Equal(Run(1), Run(4));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void A_state_that_fails_to_report_fails_the_finish_with_its_own_exception(int parallelism)
    {
        var engine = new LintEngine(LoadShippedRules());
        var corpus = engine.StartCorpus(new FailingReport());
        Runs.Lint(engine, "a/1.txt", "خبر\n" + Footer, corpus, 0, "a");

        var failure = Assert.Throws<InvalidOperationException>(() => engine.FinishCorpus(corpus, maxParallelism: parallelism));

        Assert.Equal("the report failed", failure.Message);
    }

    [Fact]
    public void A_paragraph_key_is_the_line_key_of_its_line()
    {
        var source = new SourceText(" قمّة  «بوتين» وكيــم \r\nسطر");
        var normalized = Linter.Core.Arabic.ArabicNormalizer.Normalize(source.Text).Text.Split('\n');

        Assert.Equal(DiagnosticFingerprint.LineKey(source.LineText(0)), DiagnosticFingerprint.FormatLineKey(DiagnosticFingerprint.NormalizedLineKey(normalized[0])));
        Assert.Equal(DiagnosticFingerprint.LineKey(source.LineText(1)), DiagnosticFingerprint.FormatLineKey(DiagnosticFingerprint.NormalizedLineKey(normalized[1])));
    }

    private sealed class FailingReport : CorpusAnalyzer<LeftoverCounts>
    {
        public override LeftoverCounts CreateState() => new();

        public override void Report(LeftoverCounts state, CorpusReporter reporter) => throw new InvalidOperationException("the report failed");
    }

    private static string Show(Diagnostic diagnostic) =>
        $"{diagnostic.Path}({diagnostic.Location.Start.Line + 1},{diagnostic.Location.Start.Column + 1}) {diagnostic.Id} {diagnostic.Message} {string.Join(';', diagnostic.RelatedLocations)} {diagnostic.Fix?.Edits.Count}";
}
