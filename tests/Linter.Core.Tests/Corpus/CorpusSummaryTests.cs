using Linter.Core.Analysis;
using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using static Linter.Core.Tests.TestSupport;

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
                preferred: زيلينسكي
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
    public void Form_counts_follow_the_rules_matches_with_clitics_and_count_documents_that_mix()
    {
        var counts = Collect(new SpellingFormCounts(Rules), Documents());

        Assert.Equal(
            [
                "CL3001 Pyongyang preferred=بيونغ يانغ mixing=1: بيونغ يانغ 1/1, بيونج يانج 2/2, بيونغيانغ 1/1",
                "CL3001 Zelensky preferred=زيلينسكي mixing=0: زيلينسكي 1/1, زيلنسكي 2/1",
            ],
            counts.Families.Select(Describe));
    }

    [Fact]
    public void The_tally_counts_findings_per_severity_and_id_and_keeps_the_worst_documents_worst_first()
    {
        var tally = Collect(new FindingTally(new LintEngine(Rules), worstKept: 2), Documents());

        Assert.Equal(5, tally.Documents);
        Assert.Equal(4, tally.DocumentsWithFindings);
        Assert.Equal((3, 1, 5), (tally.Count(Severity.Error), tally.Count(Severity.Warning), tally.Count(Severity.Suggestion)));
        Assert.Equal(
            ["CL3001 5 in 4", "CL3002 1 in 1", "CL5001 3 in 2"],
            tally.Rules.Select(rule => $"{rule.Descriptor.Id} {rule.Total} in {rule.Documents}"));
        Assert.Equal(
            ["doc4.txt 2/0/1 CL5001×2 CL3001×1", "doc2.txt 1/0/1 CL3001×1 CL5001×1"],
            tally.WorstDocuments.Select(d => $"{d.Path} {d.Errors}/{d.Warnings}/{d.Suggestions} {string.Join(' ', d.TopRules.Select(r => $"{r.Id}×{r.Count}"))}"));
    }

    [Fact]
    public void Silent_findings_are_not_counted_and_unreadable_documents_are()
    {
        var engine = new LintEngine(Rules, (_, descriptor) => descriptor.Id == "CL5001" ? Severity.Silent : descriptor.DefaultSeverity);
        var tally = Collect(new FindingTally(engine, worstKept: 10), Documents());
        var unreadable = engine.LintBytes("broken.txt", [0x66, 0x00, 0x67]);
        tally.Add(99, "broken.txt", unreadable);

        Assert.Equal(6, tally.Documents);
        Assert.Equal(1, tally.Count(Severity.Error));
        Assert.DoesNotContain(tally.Rules, rule => rule.Descriptor.Id == "CL5001");
        Assert.Equal("broken.txt", tally.WorstDocuments[0].Path);
    }

    [Fact]
    public void Merging_two_halves_in_either_order_gives_the_summary_of_one_pass()
    {
        var documents = Enumerable.Range(0, 60).Select(i => CorpusDocument.Create(i, $"d{i:00}.txt", "s", Texts[i * 7 % Texts.Length] + $" {i}")).ToList();
        var engine = new LintEngine(Rules);
        var whole = Collect(new CorpusSummary(engine, Rules, worstKept: 5), documents);
        var first = Collect(new CorpusSummary(engine, Rules, worstKept: 5), documents.Where(d => d.Ordinal % 3 == 0));
        var second = Collect(new CorpusSummary(engine, Rules, worstKept: 5), documents.Where(d => d.Ordinal % 3 != 0));
        var secondAgain = Collect(new CorpusSummary(engine, Rules, worstKept: 5), documents.Where(d => d.Ordinal % 3 != 0));
        var firstAgain = Collect(new CorpusSummary(engine, Rules, worstKept: 5), documents.Where(d => d.Ordinal % 3 == 0));
        first.Merge(second);
        secondAgain.Merge(firstAgain);
        var parallel = CorpusAnalysis.Run(() => new CorpusSummary(engine, Rules, worstKept: 5), documents, maxParallelism: 4);

        foreach (var merged in new[] { first, secondAgain, parallel })
        {
            Assert.Equal(Describe(whole), Describe(merged));
        }

        Assert.Equal(5, whole.Findings.WorstDocuments.Count);
    }

    [Fact]
    public void Counts_of_other_rules_cannot_be_merged()
    {
        var counts = new SpellingFormCounts(Rules);

        Assert.Throws<ArgumentException>(() => counts.Merge(new SpellingFormCounts(Load(Spellings))));
    }

    private static List<CorpusDocument> Documents() =>
        [.. Texts.Select((text, i) => CorpusDocument.Create(i, $"doc{i}.txt", "news", text))];

    private static TState Collect<TState>(TState state, IEnumerable<CorpusDocument> documents)
        where TState : ICorpusState<TState>
    {
        foreach (var document in documents)
        {
            state.Collect(document);
        }

        return state;
    }

    private static string Describe(SpellingFamilyCount family) =>
        $"{family.RuleId} {family.Name} preferred={family.Preferred} mixing={family.MixingDocuments}: "
        + string.Join(", ", family.Forms.Select(form => $"{form.Form} {form.Occurrences}/{form.Documents}"));

    private static string Describe(CorpusSummary summary)
    {
        var findings = summary.Findings;
        return string.Join(
            "\n",
            [
                $"{findings.Documents} {findings.DocumentsWithFindings} {findings.Count(Severity.Error)} {findings.Count(Severity.Warning)} {findings.Count(Severity.Suggestion)}",
                .. findings.Rules.Select(rule => $"{rule.Descriptor.Id} {rule.Total} {rule.Documents}"),
                .. findings.WorstDocuments.Select(d => $"{d.Path} {d.Total} {string.Join(',', d.TopRules)}"),
                .. summary.Spellings.Families.Select(Describe),
            ]);
    }
}
