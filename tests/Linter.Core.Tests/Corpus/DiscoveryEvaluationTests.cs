using Linter.Core.Pipeline;
using Linter.Core.Tests.Pipeline;
using Linter.Core.Corpus;
using Linter.Core.Rules.Kinds;
using Linter.CorpusGenerator;
using Linter.Core.Rules;
using Linter.Core.Discovery;

namespace Linter.Core.Tests.Corpus;

/// <summary>
/// Discovery and duplicate detection measured on a generated corpus of 5,000 articles (docs/corpus-analysis.md gives the figures of
/// 10,000): the injected families, leftovers and near-duplicate pairs are in the manifest, and the shipped rules are
/// loaded, as <c>corpuslint discover</c> and <c>check</c> load them.
/// </summary>
public sealed class DiscoveryEvaluationTests(GeneratedCorpus corpus) : IClassFixture<GeneratedCorpus>
{
    [Fact]
    public void Variants_find_at_least_90_percent_of_the_injected_families_at_90_percent_precision_or_better()
    {
        var state = Runs.Collect(() => new VariantState(), corpus.Documents(), maxParallelism: 2);
        var report = VariantDiscovery.Discover(state, new ListedSpellings(TestSupport.LoadShippedRules()));

        var score = DiscoveryScore.Variants(corpus.Manifest, [.. report.Families.Select(family => (IReadOnlyList<string>)[.. family.Forms.Select(form => form.Text)])]);

        Assert.True(score.Recall >= 0.9 && score.Precision >= 0.9, score.ToString());
    }

    [Fact]
    public void Boilerplate_finds_at_least_90_percent_of_the_injected_lines_and_nothing_else_in_its_first_50()
    {
        var state = Runs.Collect(() => new LeftoverCounts(), corpus.Documents(), maxParallelism: 2);
        var report = BoilerplateDiscovery.Discover(state, new RuleCoverage(TestSupport.LoadShippedRules()).Covers);

        // Whole lines only: the generated lead-ins are glued to the second paragraph and its tails start with a
        // punctuation mark, where the leftover rule, taught by real outlets, looks for them on the first line and
        // after the last sentence, starting with two words.
        var score = DiscoveryScore.Boilerplate(
            corpus.Manifest with { Boilerplate = [.. corpus.Manifest.Boilerplate.Where(leftover => leftover.Placement == "line")] },
            [.. report.Candidates.Where(candidate => candidate.Placement == BoilerplatePlacement.Line).Select(candidate => (candidate.Placement.ToString().ToLowerInvariant(), candidate.Text, (IReadOnlyList<string>)[.. candidate.BoilerplateSources.Select(source => source.Source)]))]);

        Assert.True(score.Recall >= 0.9, score.ToString());
        Assert.True(score.Correct == score.Reported, score.ToString());
        Assert.DoesNotContain(report.Candidates.Take(DiscoveryScore.TopLeftovers), candidate => corpus.Manifest.RecurringSentences.Contains(candidate.Text));
        Assert.DoesNotContain(report.Candidates, candidate => candidate.Text == "اظهار أخبار متعلقة");
    }

    [Fact]
    public void Duplicate_documents_find_95_percent_of_the_pairs_at_true_jaccard_0_8_and_report_none_below_0_5()
    {
        var rule = TestSupport.LoadShippedRules().Rules.OfType<DuplicateDocumentRule>().Single();

        var score = ScoreDuplicates(rule);

        Assert.True(score.Score.Recall >= 0.95, score.ToString());
        Assert.True(score.LowestReported is { Jaccard: >= DuplicateScore.ReportFloor }, score.ToString());
        Assert.True(score.Score.Correct == score.Score.Reported, score.ToString());
    }

    [Fact]
    public void A_looser_near_duplicate_rule_is_seen_reporting_pairs_below_the_floor()
    {
        var rule = (DuplicateDocumentRule)TestSupport.Load(TestSupport.Rule("duplicate-document", """
            near:
              id: XX2003
              message: "near {original}"
              severity: suggestion
              min_similarity: 40
            """, message: "same as {original}", id: "XX2002", category: "Duplication")).Rules.Single();

        var score = ScoreDuplicates(rule);

        Assert.True(score.LowestReported is { Jaccard: < DuplicateScore.ReportFloor }, score.ToString());
        Assert.True(score.Score.Recall == 1, score.ToString());
    }

    [Fact]
    public void The_manifest_holds_each_near_duplicate_pair_s_true_jaccard()
    {
        var pair = corpus.Manifest.NearDuplicates[0];

        var jaccard = Shingles.Jaccard(File.ReadAllText(Path.Combine(corpus.Folder, pair.Original)), File.ReadAllText(Path.Combine(corpus.Folder, pair.Copy)), 3);

        Assert.Equal(Math.Round(jaccard, 4), pair.Jaccard["3"]);
        Assert.Equal(corpus.Manifest.Articles / 20, corpus.Manifest.NearDuplicates.Count);
        Assert.Contains(corpus.Manifest.NearDuplicates, near => near.Jaccard["3"] >= 0.8);
        Assert.Contains(corpus.Manifest.NearDuplicates, near => near.Jaccard["3"] < 0.5);
    }

    /// <summary>Lints the corpus with <paramref name="rule"/> alone and scores its findings, as <c>score-duplicates</c> scores check's.</summary>
    private DuplicateScore ScoreDuplicates(DuplicateDocumentRule rule)
    {
        var diagnostics = CorpusRun.LintCorpus(new LintEngine(RuleSet.Create([rule])), corpus.Files());
        var findings = diagnostics.Select(diagnostic => new ReportedDuplicate(diagnostic.Id, diagnostic.Path, diagnostic.RelatedLocations[0].Path)).ToList();
        return DuplicateScore.Measure(corpus.Manifest, corpus.Folder, findings, rule.ShingleWords);
    }
}

/// <summary>A corpus of 5,000 generated articles in a temporary folder, shared by the tests of a class.</summary>
public sealed class GeneratedCorpus : IDisposable
{
    public GeneratedCorpus()
    {
        Folder = Path.Combine(Path.GetTempPath(), "corpuslint-evaluation-" + Guid.NewGuid().ToString("N"));
        var seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        Manifest = EvaluationCorpus.Generate(Folder, seeds, articles: 5_000);
    }

    public string Folder { get; }

    public CorpusManifest Manifest { get; }

    /// <summary>The articles in path order, each from its outlet folder, read as they are enumerated.</summary>
    public IEnumerable<CorpusDocument> Documents() =>
        Paths().Select((path, ordinal) => CorpusDocument.Create(ordinal, path, path.Split('/')[1], File.ReadAllText(Path.Combine(Folder, path))));

    /// <summary>The articles in path order, with their text, as <c>corpuslint check corpus</c> run in the folder sees them.</summary>
    public IReadOnlyList<(string Path, string Text)> Files() => [.. Paths().Select(path => (path, File.ReadAllText(Path.Combine(Folder, path))))];

    private IEnumerable<string> Paths() =>
        Directory.GetFiles(Path.Combine(Folder, CorpusManifest.CorpusFolder), "*.txt", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
