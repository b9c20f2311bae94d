using Linter.Core.Diagnostics;
using Linter.Core.Fixes;
using Linter.Core.Text;
using static Linter.Core.Tests.TestSupport;
using Linter.Core.Pipeline;
using Linter.Core.Rules;

namespace Linter.Core.Tests.Rules.Kinds;

public class PatternRuleTests
{
    private const string Message = "'{match}' should be '{suggestion}'";

    private static readonly Lazy<RuleSet> ShippedRules = new(LoadShippedRules);

    private static string Pattern(string fields) => Rule("pattern", fields, Message, category: "Formatting");

    private static readonly string SpaceBeforePunctuation = Pattern("""
        regex: '\s+([،؛؟.!])'
        replacement: '$1'
        """);

    [Fact]
    public void A_match_is_flagged_with_its_replacement_as_the_fix()
    {
        var diagnostics = Verify(
            SpaceBeforePunctuation,
            "قال المتحدث[| ،|] إن الاجتماع انتهى[| .|]",
            "قال المتحدث، إن الاجتماع انتهى.");

        Assert.Equal(["' ،' should be '،'", "' .' should be '.'"], diagnostics.Select(d => d.Message));
        Assert.Equal("Replace with '،'", diagnostics[0].Fix!.Title);
    }

    [Fact]
    public void With_in_vowelled_text_report_a_match_in_verse_has_no_fix_and_one_in_prose_keeps_it()
    {
        var tatweel = Pattern("""
            regex: '(?<=\p{L})\u0640+(?=\p{L})'
            replacement: ''
            in_vowelled_text: report
            """);

        var verse = Assert.Single(Verify(tatweel, "سَنُضيءُ ثَغرَ الفَجرِ بِالبَسَما[|ـ|]تِ وَنَمضي"));
        Assert.Null(verse.Fix);
        Verify(tatweel, "قال أحم[|ـ|]د إن الاجتماع انتهى", "قال أحمد إن الاجتماع انتهى");
    }

    [Fact]
    public void By_default_matches_never_cross_a_line_break()
    {
        Verify(SpaceBeforePunctuation, "انتهى الاجتماع\n، ثم غادر الوفد");
    }

    [Fact]
    public void With_scope_document_matches_may_cross_line_breaks()
    {
        var rules = Pattern("""
            regex: '\s+([،؛؟.!])'
            replacement: '$1'
            scope: document
            """);

        Verify(rules, "انتهى الاجتماع[|\n،|] ثم غادر الوفد", "انتهى الاجتماع، ثم غادر الوفد");
    }

    [Fact]
    public void Caret_anchors_each_line()
    {
        var rules = Pattern("""
            regex: '^[ \t]+'
            replacement: ''
            """);

        var diagnostics = Verify(rules, "أول\n[|  |]ثاني\r\n[|\t|]ثالث", "أول\nثاني\r\nثالث");

        Assert.Equal("Delete it", diagnostics[0].Fix!.Title);
    }

    [Fact]
    public void Dollar_anchors_the_end_of_each_line_before_a_crlf()
    {
        var rules = Pattern("""
            regex: '[ \t]+$'
            replacement: ''
            """);

        var diagnostics = Verify(rules, "سطر[|  |]\r\nآخر[| |]\r\n", "سطر\r\nآخر\r\n");

        Assert.Equal(new LinePositionSpan(new LinePosition(0, 3), new LinePosition(0, 5)), diagnostics[0].Location);
        Assert.Equal(new LinePositionSpan(new LinePosition(1, 3), new LinePosition(1, 4)), diagnostics[1].Location);
    }

    [Fact]
    public void Document_scope_sees_the_whole_text()
    {
        var rules = Pattern("""
            regex: '\n{3,}'
            replacement: "\n\n"
            scope: document
            """);

        var diagnostic = Assert.Single(Verify(rules, "فقرة أولى[|\n\n\n\n|]فقرة ثانية", "فقرة أولى\n\nفقرة ثانية"));

        Assert.Equal(new LinePositionSpan(new LinePosition(0, 9), new LinePosition(4, 0)), diagnostic.Location);
    }

    [Fact]
    public void Replacements_may_use_numbered_and_named_groups()
    {
        var numbered = Pattern("""
            regex: '(\d+) ([%٪])'
            replacement: '$1$2'
            """);
        var named = Pattern("""
            regex: '(?<number>\d+) (?<sign>[%٪])'
            replacement: '${number}${sign}'
            """);

        Verify(numbered, "ارتفع التضخم إلى [|5 %|] والبطالة إلى [|3 ٪|]", "ارتفع التضخم إلى 5% والبطالة إلى 3٪");
        Verify(named, "ارتفع التضخم إلى [|5 %|] والبطالة إلى [|3 ٪|]", "ارتفع التضخم إلى 5% والبطالة إلى 3٪");
    }

    [Fact]
    public void Dollar_zero_is_the_whole_match()
    {
        var rules = Pattern("""
            regex: '\d+'
            replacement: '($0)'
            """);

        Verify(rules, "عام [|2023|]", "عام (2023)");
    }

    [Fact]
    public void Without_a_replacement_there_is_no_fix()
    {
        var rules = Pattern("regex: '!{2,}'");

        var diagnostic = Assert.Single(Verify(rules, "عاجل[|!!!|]", "عاجل!!!"));

        Assert.Null(diagnostic.Fix);
        Assert.Equal("'!!!' should be ''", diagnostic.Message);
    }

    [Fact]
    public void Decode_html_fixes_a_character_reference_to_its_character_and_leaves_what_encodes_nothing()
    {
        var rules = Pattern("""
            regex: '&(?:#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});'
            decode: html
            """);

        var diagnostics = Verify(rules, "منطقة [|&#39;|]عطاروت[|&#39;|] وشركة AT&T; و[|&nbsp;|]", "منطقة 'عطاروت' وشركة AT&T; و\u00A0");

        Assert.Equal("Replace with '''", diagnostics[0].Fix!.Title);
        Assert.Equal("'&#39;' should be '''", diagnostics[0].Message);
    }

    [Fact]
    public void Decode_and_replacement_together_are_an_error_at_decode()
    {
        var error = SingleError(Pattern("regex: '&amp;'\nreplacement: '&'\ndecode: html"));

        Assert.Contains("decode and replacement both say what a match becomes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regex_with_lookarounds_falls_back_to_backtracking_and_works()
    {
        var rules = Pattern("""
            regex: '(?<=\d) +(?=[%٪])'
            replacement: ''
            """);

        Verify(rules, "ارتفع إلى 5[| |]% أمس و3[|  |]٪ اليوم و% وحده", "ارتفع إلى 5% أمس و3٪ اليوم و% وحده");
    }

    [Fact]
    public void A_regex_with_a_backreference_falls_back_to_backtracking_and_works()
    {
        var rules = Pattern("""
            regex: '\b(\w+) \1\b'
            replacement: '$1'
            """);

        Verify(rules, "قال [|إن إن|] الاجتماع انتهى", "قال إن الاجتماع انتهى");
    }

    [Fact]
    public void Lookbehind_does_not_see_the_previous_line()
    {
        var rules = Pattern("regex: '(?<=\\d)%'");

        Verify(rules, "5\n% فقط، و5[|%|]");
    }

    [Fact]
    public void Empty_matches_are_not_reported()
    {
        Verify(Pattern("regex: '(?=قال)'"), "قال الرئيس");
        Verify(Pattern("regex: '\\b'"), "قال الرئيس");
    }

    [Fact]
    public void The_regex_runs_on_the_original_text_with_its_tatweel()
    {
        var rules = Pattern("""
            regex: 'ـ+'
            replacement: ''
            """);

        Verify(rules, "قال أحم[|ــ|]د", "قال أحمد");
    }

    [Fact]
    public void Match_at_the_start_and_end_of_the_text()
    {
        var rules = Pattern("regex: '\\d+'");

        Verify(rules, "[|12|] شهرا و[|3|]");
    }

    [Fact]
    public void Empty_text_has_no_diagnostics()
    {
        Verify(Pattern("regex: '.*'"), string.Empty);
    }

    [Theory]
    [InlineData("نحن ندرس جميع الخيارات.\r\n")]
    [InlineData("نحن ندرس\nجميع الخيارات.\r\n")]
    public void Shipped_end_of_document_rule_takes_a_final_CRLF_for_one_break(string text)
    {
        // The CRLF was read as a lone CR and an LF, and "fixed" to a CR: no change in a CRLF file, a lone CR in a mixed one.
        var diagnostics = new LintEngine(ShippedRules.Value).LintText(DocumentPath, text);

        Assert.DoesNotContain(diagnostics, d => d.Id == "CL5010");
    }

    [Theory]
    [InlineData("نحن ندرس جميع الخيارات.\n \u00A0", "نحن ندرس جميع الخيارات.")]
    [InlineData("نحن ندرس جميع الخيارات.\r\n\u200B", "نحن ندرس جميع الخيارات.")]
    [InlineData("نحن ندرس جميع الخيارات.\n\n\uFEFF\n\n\u200B ", "نحن ندرس جميع الخيارات.")]
    [InlineData("نحن ندرس جميع الخيارات.\n \n\uFEFF\n", "نحن ندرس جميع الخيارات.\n")]
    public void Shipped_blank_line_rules_keep_the_final_line_break_or_its_absence(string text, string expected)
    {
        // The whitespace-only line rule used to empty the last line too, leaving the text ending in a break; and it
        // emptied lines of U+200B or U+FEFF that the end-of-document rule did not count as blank.
        var result = new DocumentFixer(new LintEngine(ShippedRules.Value)).FixText(DocumentPath, text);

        Assert.Equal(expected, result.Text);
    }

    [Fact]
    public void Severity_comes_from_the_rule()
    {
        var rules = Rule("pattern", "regex: '!!'", severity: "suggestion", category: "Formatting");

        Assert.Equal(Severity.Suggestion, Assert.Single(Lint(rules, "عاجل!!")).Severity);
    }
}
