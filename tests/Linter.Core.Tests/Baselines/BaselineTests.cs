using Linter.Core.Baselines;
using Linter.Core.Diagnostics;
using static Linter.Core.Tests.TestSupport;
using Linter.Core.Pipeline;

namespace Linter.Core.Tests.Baselines;

public class BaselineTests
{
    private const string Typo = "بوينغ يانغ";
    private const string TypoLine = "قد تحصل بوينغ يانغ على النفط";

    private static readonly string TypoRule = Rule("substitution", "swap:\n  بوينغ يانغ: بيونغ يانغ");

    private static string Same(string path) => path;

    private static Baseline BaselineOf(string text) => Baseline.Create(Lint(TypoRule, text), Same);

    private static (IReadOnlyList<Diagnostic> New, int Baselined) Check(Baseline baseline, string text) =>
        baseline.Filter(Lint(TypoRule, text), Same);

    private static IReadOnlyList<Diagnostic> LintAs(string path, string text) =>
        new LintEngine(Load(TypoRule)).LintText(path, text);

    [Fact]
    public void Identical_findings_on_lines_of_the_same_content_are_one_entry_with_a_count()
    {
        var diagnostics = Lint(TypoRule, $"{TypoLine}\nمقدمة\n{TypoLine}\nبوينغ يانغ في سطر آخر");

        var baseline = Baseline.Create(diagnostics, Same);

        Assert.Equal(3, diagnostics.Count);
        Assert.Equal(2, baseline.Entries.Count);
        var twice = Assert.Single(baseline.Entries, e => e.Count == 2);
        Assert.Equal(diagnostics[1].Fingerprint, twice.Fingerprint);
        Assert.Equal(new BaselineEntry(diagnostics[0].Fingerprint, "CL1001", DocumentPath, Typo, 2), twice);
        Assert.Equal(new BaselineEntry(diagnostics[2].Fingerprint, "CL1001", DocumentPath, Typo, 1), Assert.Single(baseline.Entries, e => e.Count == 1));
    }

    [Fact]
    public void Paths_are_written_as_the_relative_path_gives_them_with_forward_slashes()
    {
        var diagnostics = LintAs("corpus\\news\\a.txt", TypoLine);

        var baseline = Baseline.Create(diagnostics, path => "..\\" + path);

        Assert.Equal("../corpus/news/a.txt", Assert.Single(baseline.Entries).Path);
        Assert.Equal(DiagnosticFingerprint.Compute(diagnostics[0], "../corpus/news/a.txt"), baseline.Entries[0].Fingerprint);
    }

    [Fact]
    public void Filter_holds_back_as_many_findings_as_counted_and_reports_the_extra_copies()
    {
        var baseline = BaselineOf($"{TypoLine}\n{TypoLine}");

        var (reported, baselined) = Check(baseline, $"{TypoLine}\nمقدمة\n{TypoLine}\n{TypoLine}");

        Assert.Equal(2, baselined);
        var extra = Assert.Single(reported);
        Assert.Equal(3, extra.Location.Start.Line);
    }

    [Fact]
    public void Filter_reports_nothing_when_fewer_copies_than_counted_remain()
    {
        var baseline = BaselineOf($"{TypoLine}\n{TypoLine}\n{TypoLine}");

        var (reported, baselined) = Check(baseline, TypoLine);

        Assert.Empty(reported);
        Assert.Equal(1, baselined);
    }

    [Fact]
    public void Filter_keeps_the_order_of_the_findings_it_reports()
    {
        var baseline = BaselineOf("سطر فيه بوينغ يانغ");
        var diagnostics = Lint(TypoRule, "بوينغ يانغ أولا\nسطر فيه بوينغ يانغ\nبوينغ يانغ أخيرا\nبوينغ يانغ بعده");

        var (reported, baselined) = baseline.Filter(diagnostics, Same);

        Assert.Equal(1, baselined);
        Assert.Equal([0, 2, 3], reported.Select(d => d.Location.Start.Line));
    }

    [Fact]
    public void Inserting_and_removing_other_lines_does_not_bring_a_baselined_finding_back()
    {
        var baseline = BaselineOf($"مقدمة\nسطر يحذف\n{TypoLine}\nخاتمة");

        var (reported, baselined) = Check(baseline, $"سطر جديد\n\nمقدمة أخرى\nمقدمة\n{TypoLine}\nخاتمة\nسطر أخير");

        Assert.Empty(reported);
        Assert.Equal(1, baselined);
    }

    [Fact]
    public void Diacritics_tatweel_and_spacing_on_its_own_line_do_not_bring_a_baselined_finding_back()
    {
        var baseline = BaselineOf(TypoLine);

        var (reported, baselined) = Check(baseline, "  قَدْ تحصـــل  بوينغ يانغ على النِّفط ");

        Assert.Empty(reported);
        Assert.Equal(1, baselined);
    }

    [Fact]
    public void Changing_the_line_breaks_does_not_bring_a_baselined_finding_back()
    {
        var baseline = BaselineOf($"مقدمة\n{TypoLine}\nخاتمة\n");

        var (reported, baselined) = Check(baseline, $"مقدمة\r\n{TypoLine}\r\nخاتمة\r\n");

        Assert.Empty(reported);
        Assert.Equal(1, baselined);
    }

    [Fact]
    public void A_finding_on_a_line_whose_words_changed_is_new()
    {
        var baseline = BaselineOf(TypoLine);

        var (reported, baselined) = Check(baseline, "قد تحصل بوينغ يانغ على الغذاء");

        Assert.Single(reported);
        Assert.Equal(0, baselined);
    }

    [Fact]
    public void A_finding_of_another_rule_is_new()
    {
        var baseline = BaselineOf(TypoLine);
        var otherRule = Rule("substitution", "swap:\n  بوينغ يانغ: بيونغ يانغ", id: "CL1002");

        var (reported, baselined) = baseline.Filter(Lint(otherRule, TypoLine), Same);

        Assert.Equal("CL1002", Assert.Single(reported).Id);
        Assert.Equal(0, baselined);
    }

    [Fact]
    public void A_finding_in_another_document_is_new()
    {
        var baseline = BaselineOf(TypoLine);

        var (reported, baselined) = baseline.Filter(LintAs("other.txt", TypoLine), Same);

        Assert.Equal("other.txt", Assert.Single(reported).Path);
        Assert.Equal(0, baselined);
    }

    [Fact]
    public void Update_drops_vanished_entries_and_lowers_counts_but_adds_nothing()
    {
        var previous = BaselineOf($"{TypoLine}\n{TypoLine}\n{TypoLine}\nبوينغ يانغ يختفي");
        var current = BaselineOf($"{TypoLine}\nبوينغ يانغ جديد");

        var updated = previous.Update(current, _ => true);

        var kept = Assert.Single(updated.Entries);
        Assert.Equal(previous.Entries.Single(e => e.Count == 3) with { Count = 1 }, kept);
    }

    [Fact]
    public void Update_never_raises_a_count()
    {
        var previous = BaselineOf(TypoLine);
        var current = BaselineOf($"{TypoLine}\n{TypoLine}\n{TypoLine}");

        var updated = previous.Update(current, _ => true);

        Assert.Equal(1, Assert.Single(updated.Entries).Count);
        Assert.Equal(previous.ToJson(), updated.ToJson());
    }

    [Fact]
    public void Update_with_no_current_findings_empties_the_baseline()
    {
        var previous = BaselineOf($"{TypoLine}\nبوينغ يانغ");

        var updated = previous.Update(BaselineOf("نص سليم"), _ => true);

        Assert.Empty(updated.Entries);
    }

    [Fact]
    public void ToJson_then_Parse_gives_the_same_baseline()
    {
        var baseline = Baseline.Create(
            [.. LintAs("b/doc.txt", $"{TypoLine}\n{TypoLine}"), .. LintAs("a.txt", "بوينغ يانغ\nسطر آخر فيه بوينغ يانغ")],
            Same);

        var parsed = Baseline.Parse(baseline.ToJson());

        Assert.Equal(baseline.Entries, parsed.Entries);
        Assert.Equal(baseline.ToJson(), parsed.ToJson());
    }

    [Fact]
    public void ToJson_is_sorted_indented_utf8_with_arabic_unescaped_and_ends_with_a_newline()
    {
        var diagnostics = Lint(TypoRule, $"{TypoLine}\n{TypoLine}");

        var json = Baseline.Create(diagnostics, Same).ToJson();

        Assert.Equal(
            $$"""
            {
              "version": 1,
              "fingerprint": "corpuslint/v2",
              "findings": [
                {
                  "fingerprint": "{{diagnostics[0].Fingerprint}}",
                  "id": "CL1001",
                  "path": "doc.txt",
                  "text": "بوينغ يانغ",
                  "count": 2
                }
              ]
            }

            """,
            json);
        Assert.DoesNotContain('\r', json);
    }

    [Fact]
    public void ToJson_is_the_same_whatever_the_order_of_the_findings()
    {
        List<Diagnostic> diagnostics =
        [
            .. LintAs("b.txt", $"{TypoLine}\nبوينغ يانغ\n{TypoLine}"),
            .. Lint(Rule("substitution", "swap:\n  بوينغ يانغ: بيونغ يانغ", id: "CL1002"), "بوينغ يانغ"),
            .. LintAs("a.txt", "بوينغ يانغ\nثم بوينغ يانغ"),
            .. LintAs("a/z.txt", TypoLine),
        ];
        var expected = Baseline.Create(diagnostics, Same).ToJson();
        var random = new Random(1234);

        var orders = Enumerable.Range(0, 20)
            .Select(run => diagnostics.OrderBy(d => random.Next()).ToList())
            .Append(Enumerable.Reverse(diagnostics).ToList())
            .ToList();

        Assert.All(orders, order => Assert.Equal(expected, Baseline.Create(order, Same).ToJson()));
        Assert.Equal(
            ["a.txt", "a.txt", "a/z.txt", "b.txt", "b.txt", "doc.txt"],
            Baseline.Parse(expected).Entries.Select(e => e.Path));
    }

    [Fact]
    public void Parse_rejects_text_that_is_not_json_with_its_position()
    {
        var exception = Assert.Throws<FormatException>(() => Baseline.Parse("{\n  \"version\": 1,\n  oops\n}\n"));

        Assert.StartsWith("not a valid baseline at line 3, column 3: ", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"version\": 1, \"fingerprint\": \"corpuslint/v1\"}")]
    [InlineData("{\"version\": 1, \"fingerprint\": \"corpuslint/v1\", \"findings\": null}")]
    [InlineData("null")]
    public void Parse_rejects_json_without_a_findings_list(string json)
    {
        var exception = Assert.Throws<FormatException>(() => Baseline.Parse(json));

        Assert.Equal("not a valid baseline: it has no findings list", exception.Message);
    }

    [Fact]
    public void Parse_rejects_json_of_another_shape()
    {
        var exception = Assert.Throws<FormatException>(() => Baseline.Parse("[1, 2, 3]"));

        Assert.StartsWith("not a valid baseline at line 1, column ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_rejects_another_format_version()
    {
        var exception = Assert.Throws<FormatException>(() => Baseline.Parse("{\"version\": 2, \"fingerprint\": \"corpuslint/v1\", \"findings\": []}"));

        Assert.Equal(
            "the baseline has version 2 and fingerprints corpuslint/v1; this corpuslint reads version 1 with corpuslint/v2 or corpuslint/v1; write it again with 'corpuslint baseline'",
            exception.Message);
    }

    [Fact]
    public void Parse_rejects_another_fingerprint_version()
    {
        var exception = Assert.Throws<FormatException>(() => Baseline.Parse("{\"version\": 1, \"fingerprint\": \"corpuslint/v3\", \"findings\": []}"));

        Assert.Equal(
            "the baseline has version 1 and fingerprints corpuslint/v3; this corpuslint reads version 1 with corpuslint/v2 or corpuslint/v1; write it again with 'corpuslint baseline'",
            exception.Message);
    }

    [Fact]
    public void Parse_reads_an_empty_baseline()
    {
        var baseline = Baseline.Parse("{\"version\": 1, \"fingerprint\": \"corpuslint/v2\", \"findings\": []}");

        var (reported, baselined) = Check(baseline, TypoLine);

        Assert.Empty(baseline.Entries);
        Assert.Single(reported);
        Assert.Equal(0, baselined);
    }

    [Fact]
    public void A_fingerprint_listed_twice_as_a_merge_leaves_it_counts_both_times()
    {
        var fingerprint = Assert.Single(Lint(TypoRule, TypoLine)).Fingerprint;
        var entry = $$"""{"fingerprint": "{{fingerprint}}", "id": "CL1001", "path": "doc.txt", "text": "{{Typo}}", "count": 1}""";
        var json = $$"""{"version": 1, "fingerprint": "corpuslint/v2", "findings": [{{entry}}, {{entry}}]}""";

        var baseline = Baseline.Parse(json);
        var (reported, baselined) = baseline.Filter(Lint(TypoRule, $"{TypoLine}\n{TypoLine}\n{TypoLine}"), Same);

        Assert.Equal(2, Assert.Single(baseline.Entries).Count);
        Assert.Equal(2, baselined);
        Assert.Single(reported);
    }

    [Fact]
    public void A_version_1_baseline_holds_back_by_version_1_fingerprints_and_a_version_2_one_by_version_2()
    {
        var diagnostic = Assert.Single(Lint(TypoRule, TypoLine));
        var version1 = DiagnosticFingerprint.Compute(diagnostic, DocumentPath, DiagnosticFingerprint.Version1);
        string Json(string version, string fingerprint) =>
            $$"""{"version": 1, "fingerprint": "{{version}}", "findings": [{"fingerprint": "{{fingerprint}}", "id": "CL1001", "path": "doc.txt", "text": "{{Typo}}", "count": 1}]}""";

        Assert.NotEqual(diagnostic.Fingerprint, version1);
        Assert.Equal(1, Check(Baseline.Parse(Json("corpuslint/v1", version1)), TypoLine).Baselined);
        Assert.Equal(0, Check(Baseline.Parse(Json("corpuslint/v1", diagnostic.Fingerprint)), TypoLine).Baselined);
        Assert.Equal(1, Check(Baseline.Parse(Json("corpuslint/v2", diagnostic.Fingerprint)), TypoLine).Baselined);
        Assert.Equal(0, Check(Baseline.Parse(Json("corpuslint/v2", version1)), TypoLine).Baselined);
    }

    [Fact]
    public void Update_keeps_the_entries_of_documents_that_were_not_linted()
    {
        var previous = BaselineOf(TypoLine);

        var updated = previous.Update(BaselineOf("نص سليم"), path => path != DocumentPath);

        Assert.Equal(previous.ToJson(), updated.ToJson());
    }
}
