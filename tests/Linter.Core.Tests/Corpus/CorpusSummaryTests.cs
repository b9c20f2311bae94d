using Linter.Core.Pipeline;
using Linter.Core.Tests.Pipeline;
using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using Linter.Core.Rules.Kinds;
using static Linter.Core.Tests.TestSupport;
using Linter.Core.Rules;
using Linter.Core.Discovery;

namespace Linter.Core.Tests.Corpus;

public sealed class CorpusSummaryTests
{
    private const string Spellings = """
        rules:
          - id: CL3001
            kind: consistency
            title: Transliteration
            message: "'{match}' is written '{suggestion}'"
            category: Transliteration
            severity: suggestion
            families:
              - name: Pyongyang
                preferred: بيونغ يانغ
                forms: [بيونغ يانغ, بيونج يانج, بيونغيانغ]
              - name: Zelensky
                scope: corpus
                forms: [زيلينسكي, زيلنسكي]
            mixed:
              id: CL3002
              message: "{family}: {forms}"
              severity: warning
          - id: CL5001
            kind: pattern
            title: Glued digits
            message: "digits glued to '{match}'"
            category: Formatting
            severity: error
            regex: '\d+\p{L}+'
          - id: CL2002
            kind: duplicate-document
            title: Duplicate document
            message: "same as {original}"
            category: Duplication
            severity: warning
            min_words: 5
            near:
              id: CL2003
              message: "near {original}"
              severity: suggestion
              min_similarity: 70
        """;

    private static readonly RuleSet Rules = Load(Spellings);

    private static readonly string[] Texts =
    [
        "وصل الوفد إلى بيونج يانج ثم عاد إلى بيونغ يانغ",
        "قال زيلنسكي إن زيلنسكي لن يسافر",
        "غادر 3رجال وبيونغيانغ صامتة",
        "نص بلا شيء",
        "زيلينسكي في لبيونج يانج و5أيام و7ساعات",
    ];

    [Fact]
    public void Spelling_counts_give_each_forms_documents_and_the_documents_that_mix_forms_and_a_corpus_family_prefers_the_majority()
    {
        var summary = Summarize(Documents());

        Assert.Equal(
            [
                "Pyongyang preferred=بيونغ يانغ mixing=1: بيونغ يانغ 1/1, بيونج يانج 2/2, بيونغيانغ 1/1",
                "Zelensky preferred=زيلنسكي mixing=0: زيلينسكي 1/1, زيلنسكي 2/1",
            ],
            Consistency.Counts(summary.Pass).Select(Describe));
    }

    [Fact]
    public void The_tally_counts_findings_per_severity_and_id_findings_across_documents_included_and_keeps_the_worst_documents()
    {
        var summary = Summarize(Documents(), worstKept: 2);
        var tally = summary.Findings;

        // doc4's minority spelling زيلينسكي is flagged across documents; doc4 has a CL3001 of its own already, so it
        // counts once among the documents of CL3001. doc1 writes the majority's spelling: no finding.
        Assert.Equal(5, tally.Documents);
        Assert.Equal(3, tally.DocumentsWithFindings);
        Assert.Equal((3, 1, 4), (tally.Count(Severity.Error), tally.Count(Severity.Warning), tally.Count(Severity.Suggestion)));
        Assert.Equal(8, tally.Total);
        Assert.Equal(
            ["CL3001 4 in 3", "CL3002 1 in 1", "CL5001 3 in 2"],
            tally.Rules.Select(rule => $"{rule.Descriptor.Id} {rule.Total} in {rule.Documents}"));
        Assert.Equal(
            ["doc4.txt 2/0/2 CL3001×2 CL5001×2", "doc2.txt 1/0/1 CL3001×1 CL5001×1"],
            tally.WorstDocuments.Select(Describe));
    }

    [Fact]
    public void A_document_with_findings_only_across_documents_counts_as_a_document_with_findings()
    {
        const string Article = "أكد الكرملين الجمعة عدم توقيع روسيا وكوريا الشمالية أي اتفاقيات";
        var summary = Summarize([Document(0, "a.txt", Article), Document(1, "b.txt", Article + "\n"), Document(2, "c.txt", "خبر آخر")]);

        Assert.Equal((3, 1), (summary.Findings.Documents, summary.Findings.DocumentsWithFindings));
        Assert.Equal(["CL2002 1 in 1"], summary.Findings.Rules.Select(rule => $"{rule.Descriptor.Id} {rule.Total} in {rule.Documents}"));
        Assert.Equal(["b.txt 0/1/0 CL2002×1"], summary.Findings.WorstDocuments.Select(Describe));
    }

    [Fact]
    public void Silent_findings_are_not_counted_and_unreadable_documents_are()
    {
        var engine = new LintEngine(Rules, (_, descriptor) => descriptor.Id == "CL5001" ? Severity.Silent : descriptor.DefaultSeverity);
        var summary = Summarize(Documents(), engine: engine);
        summary.Findings.Add(99, "broken.txt", Runs.LintBytes(engine, "broken.txt", [0x66, 0x00, 0x01, 0x67]));

        Assert.Equal(6, summary.Findings.Documents);
        Assert.Equal(1, summary.Findings.Count(Severity.Error));
        Assert.DoesNotContain(summary.Findings.Rules, rule => rule.Descriptor.Id == "CL5001");
        Assert.Contains("broken.txt 1/0/0 CL0002×1", summary.Findings.WorstDocuments.Select(Describe));
    }

    [Fact]
    public void Documents_rank_by_their_findings_whatever_their_severity_and_by_findings_per_1000_words()
    {
        var engine = new LintEngine(Rules, (_, descriptor) => descriptor.Id == "CL5001" ? Severity.Silent : descriptor.DefaultSeverity);
        var summary = Summarize(Documents(), engine: engine);
        summary.Findings.Add(99, "broken.txt", Runs.LintBytes(engine, "broken.txt", [0x66, 0x00, 0x01, 0x67]));
        var words = new Dictionary<long, int> { [0] = 400, [2] = 100, [4] = 50, [99] = 10 };

        // Two findings of lesser severities come before one error; a document of fewer words than asked is not ranked.
        Assert.Equal(
            ["doc0.txt 0/1/1 CL3001×1 CL3002×1", "broken.txt 1/0/0 CL0002×1"],
            summary.Findings.WorstDocuments.Select(Describe).Where(document => document.StartsWith("doc0", StringComparison.Ordinal) || document.StartsWith("broken", StringComparison.Ordinal)));
        Assert.Equal(
            ["doc2.txt 0/0/1 CL3001×1 10.0", "doc0.txt 0/1/1 CL3001×1 CL3002×1 5.0"],
            summary.Findings.DensestDocuments(words, minWords: 60).Select(document => $"{Describe(document)} {document.PerThousandWords:0.0}"));
    }

    [Fact]
    public void A_finding_across_documents_on_a_path_the_tally_never_counted_is_refused()
    {
        var tally = new FindingTally(worstKept: 1);
        tally.Add(0, "a.txt", []);
        var elsewhere = Runs.LintBytes(new LintEngine(Rules), "b.txt", [0x00, 0x01]);

        var error = Assert.Throws<ArgumentException>(() => tally.AddAcrossDocuments(elsewhere));
        Assert.StartsWith("a finding across documents is on b.txt, which is not a document of this tally", error.Message, StringComparison.Ordinal);
    }

    private static readonly string[] Verbs = ["استقبل", "هاتف", "زار", "التقى"];
    private static readonly string[] Guests = ["وزير الخارجية", "سفير فرنسا", "وفدا أوروبيا", "رئيس الحكومة", "قائد الجيش"];

    [Fact]
    public void Merging_two_halves_in_either_order_gives_the_summary_of_one_pass_at_any_parallelism()
    {
        // Short texts told apart by a number: near duplicates of one another (at most 0.77 alike, so near at 0.7),
        // spread over both halves; outlet a ends its articles with a widget line, and the two outlets spell one name
        // two ways.
        var documents = Enumerable.Range(0, 60).Select(i => Document(
            i,
            $"d{i:00}.txt",
            Texts[i * 7 % Texts.Length] + $" خبر رقم {i}\n{Verbs[i % 4]} {(i % 3 == 0 ? "نتنياهو" : "نتانياهو")} {Guests[i % 5]} في القدس" + (i % 2 == 0 ? "\nتابعونا على قناة الأخبار في تلغرام" : string.Empty),
            i % 2 == 0 ? "a" : "b")).ToList();
        var whole = Summarize(documents);
        var first = Collect(documents.Where(d => d.Ordinal % 3 == 0));
        var second = Collect(documents.Where(d => d.Ordinal % 3 != 0));
        var secondAgain = Collect(documents.Where(d => d.Ordinal % 3 != 0));
        var firstAgain = Collect(documents.Where(d => d.Ordinal % 3 == 0));
        first.Merge(second);
        secondAgain.Merge(firstAgain);
        var parallel = new CorpusSummary(Engine, worstKept: 5, Leftover);
        var inputs = documents.Select(d => new InputDocument(d.Path, () => System.Text.Encoding.UTF8.GetBytes(d.Text.Text)) { Source = d.Source });
        CorpusRun.Run(Engine, inputs, new TallySink(parallel.Findings), new RunOptions { MaxParallelism = 4, Corpus = parallel.Pass });
        Finish(first);
        Finish(secondAgain);
        foreach (var merged in new[] { first, secondAgain, parallel })
        {
            Assert.Equal(Describe(whole), Describe(merged));
        }

        Assert.Equal(5, whole.Findings.WorstDocuments.Count);
        Assert.Contains(whole.Findings.Rules, rule => rule.Descriptor.Id == "CL2003");
        Assert.NotEmpty(Duplicates.Clusters(whole.Pass));
        Assert.Equal(["نتانياهو 40 a 20 b 20; نتنياهو 20 a 10 b 10"], Families(whole).Select(Describe));
        Assert.Contains("تابعونا على قناة الأخبار في تلغرام widget a 30/30 boilerplate", Leftovers(whole).Select(Describe));
    }

    private static readonly LintEngine Engine = new(Rules);

    private static ConsistencyRule Consistency => Rules.Rules.OfType<ConsistencyRule>().Single();

    private static DuplicateDocumentRule Duplicates => Rules.Rules.OfType<DuplicateDocumentRule>().Single();

    private static CorpusDocument Document(long ordinal, string path, string text, string source = "news") => CorpusDocument.Create(ordinal, path, source, text);

    /// <summary>The leftover rule of the rules, whose counts boilerplate discovery reads; null when there is none.</summary>
    private static LeftoverRule? Leftover => Rules.Rules.OfType<LeftoverRule>().FirstOrDefault();

    private static IReadOnlyList<VariantFamily> Families(CorpusSummary summary) => VariantDiscovery.Discover(summary.Discovery.Variants, new ListedSpellings(Rules)).Families;

    private static IReadOnlyList<BoilerplateCandidate> Leftovers(CorpusSummary summary) => BoilerplateDiscovery.Discover(summary.Leftovers, new RuleCoverage(Rules).Covers).Candidates;

    private static List<CorpusDocument> Documents() => [.. Texts.Select((text, i) => Document(i, $"doc{i}.txt", text))];

    /// <summary>Lints the documents into one summary, as a report does, without finishing it.</summary>
    private static CorpusSummary Collect(IEnumerable<CorpusDocument> documents, int worstKept = 5, LintEngine? engine = null)
    {
        engine ??= Engine;
        var summary = new CorpusSummary(engine, worstKept, Leftover);
        foreach (var document in documents)
        {
            summary.Findings.Add(document.Ordinal, document.Path, Runs.Lint(engine, document.Path, document.Text.Text, summary.Pass, document.Ordinal, document.Source));
        }

        return summary;
    }

    private static CorpusSummary Summarize(IEnumerable<CorpusDocument> documents, int worstKept = 5, LintEngine? engine = null)
    {
        var summary = Collect(documents, worstKept, engine);
        Finish(summary, engine);
        return summary;
    }

    /// <summary>Counts the findings across documents, as the run does once every document is linted.</summary>
    private static void Finish(CorpusSummary summary, LintEngine? engine = null) =>
        summary.Findings.AddAcrossDocuments((engine ?? Engine).FinishCorpus(summary.Pass));

    private static string Describe(FamilyCounts family) =>
        $"{family.Family} preferred={family.Preferred} mixing={family.MixingDocuments}: "
        + string.Join(", ", family.Forms.Select(form => $"{form.Form} {form.Count}/{form.Documents}"));

    private static string Describe(DocumentFindings document) =>
        $"{document.Path} {document.Errors}/{document.Warnings}/{document.Suggestions} {string.Join(' ', document.TopRules.Select(rule => $"{rule.Id}×{rule.Count}"))}";

    private static string Describe(CorpusSummary summary)
    {
        var findings = summary.Findings;
        return string.Join(
            "\n",
            [
                $"{findings.Documents} {findings.DocumentsWithFindings} {findings.Count(Severity.Error)} {findings.Count(Severity.Warning)} {findings.Count(Severity.Suggestion)}",
                .. findings.Rules.Select(rule => $"{rule.Descriptor.Id} {rule.Total} {rule.Documents}"),
                .. findings.WorstDocuments.Select(Describe),
                .. Consistency.Counts(summary.Pass).Select(Describe),
                .. Duplicates.Clusters(summary.Pass).Select(cluster => $"{cluster.First.Path}: {string.Join(", ", cluster.Members.Select(member => $"{member.Document.Path} {member.Similarity:0.00}"))}"),
                $"{summary.Discovery.Variants.Documents} documents, {summary.Discovery.Variants.Words} words",
                .. Families(summary).Select(family => $"{Describe(family)} {family.ContextSimilarity}"),
                .. Leftovers(summary).Select(candidate => $"{Describe(candidate)} {candidate.Placement} {candidate.Score}"),
            ]);
    }

    private static string Describe(VariantFamily family) =>
        string.Join("; ", family.Forms.Select(form => $"{form.Text} {form.Occurrences} {string.Join(' ', form.Sources.Select(source => $"{source.Source} {source.Count}"))}"));

    private static string Describe(BoilerplateCandidate candidate) =>
        $"{candidate.Text} {candidate.Kind} {string.Join(", ", candidate.Sources.Select(source => $"{source.Source} {source.Documents}/{source.SourceDocuments}{(source.Boilerplate ? " boilerplate" : string.Empty)}"))}";
}
