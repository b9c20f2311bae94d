using Linter.Core.Diagnostics;
using Linter.Core.Text;
using static Linter.Core.Tests.TestSupport;

namespace Linter.Core.Tests.Rules.Kinds;

public class ConsistencyRuleTests
{
    private const string Families = """
        families:
          - name: Pyongyang
            preferred: بيونغ يانغ
            forms: [بيونغ يانغ, بيونج يانج, بيونغيانغ]
          - name: Kim Jong Un
            preferred: كيم جونغ أون
            forms: [كيم جونغ أون, كيم جونج أون, كيم يونغ أون]
        """;

    private const string Mixed = """
        mixed:
          id: CL2002
          message: "the document spells {family} {count} ways: {forms}"
          severity: error
        """;

    private const string Message = "'{match}' is a spelling of {family}; use '{suggestion}'";

    private static readonly string Rules = Rule("consistency", Families + "\n" + Mixed, Message, id: "CL2001", category: "Transliteration");

    private static readonly string RulesWithoutMixed = Rule("consistency", Families, Message, id: "CL2001", category: "Transliteration");

    [Fact]
    public void A_non_preferred_form_is_flagged_with_a_fix_to_the_preferred_one()
    {
        var diagnostic = Assert.Single(Verify(Rules, "وصل الوفد إلى [|بيونج يانج|] أمس", "وصل الوفد إلى بيونغ يانغ أمس"));

        Assert.Equal("CL2001", diagnostic.Id);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal("'بيونج يانج' is a spelling of Pyongyang; use 'بيونغ يانغ'", diagnostic.Message);
        Assert.Equal("Replace with 'بيونغ يانغ'", diagnostic.Fix!.Title);
    }

    [Fact]
    public void The_preferred_form_is_not_flagged()
    {
        Verify(Rules, "وصل الوفد إلى بيونغ يانغ والتقى كيم جونغ أون، ثم غادر بيونغ يانغ");
    }

    [Theory]
    [InlineData("و[|بيونج يانج|] ترفض", "وبيونغ يانغ ترفض")]
    [InlineData("توجه ل[|بيونغيانغ|]", "توجه لبيونغ يانغ")]
    [InlineData("ف[|كيم يونغ أون|] قال", "فكيم جونغ أون قال")]
    public void Forms_match_after_proclitics_and_the_fix_keeps_them(string marked, string expected)
    {
        Verify(Rules, marked, expected);
    }

    [Fact]
    public void The_preferred_form_after_proclitics_is_clean()
    {
        Verify(Rules, "قال إن وبيونغ يانغ ولبيونغ يانغ وفبيونغ يانغ");
    }

    [Fact]
    public void Forms_do_not_match_inside_longer_words()
    {
        Verify(Rules, "بيونج يانجي وبيونغيانغية");
    }

    [Fact]
    public void Tatweel_in_a_form_is_ignored()
    {
        Verify(Rules, "زار [|بيونـج يانج|] أمس", "زار بيونغ يانغ أمس");
    }

    [Fact]
    public void Diacritics_in_a_form_are_ignored_but_a_form_that_carries_them_gets_no_fix()
    {
        // The preferred form is written plain: replacing the form would strip its marks.
        var diagnostic = Assert.Single(Verify(RulesWithoutMixed, "زار [|بِيونـج يانجُ|] أمس"));

        Assert.Null(diagnostic.Fix);
    }

    [Fact]
    public void A_form_inside_a_quranic_quotation_is_neither_flagged_nor_counted_as_mixing()
    {
        Verify(Rules, "زار بيونغ يانغ ثم تلا: ﴿قُلْ سِيرُوا بيونج يانج فِي الْأَرْضِ﴾");
    }

    [Fact]
    public void A_document_mixing_forms_gets_one_mixed_diagnostic_at_the_second_form()
    {
        var mixed = Assert.Single(Verify(Rules, "زار كيم بيونغ يانغ، ثم عاد إلى [|بيونج يانج|] وبعدها إلى بيونغيانغ", id: "CL2002"));

        Assert.Equal(Severity.Error, mixed.Severity);
        Assert.Equal("the document spells Pyongyang 3 ways: بيونغ يانغ ×1, بيونج يانج ×1, بيونغيانغ ×1", mixed.Message);
        Assert.Null(mixed.Fix);
    }

    [Fact]
    public void The_mixed_diagnostic_comes_with_the_non_preferred_ones()
    {
        var diagnostics = Lint(Rules, "زار بيونغ يانغ، ثم عاد إلى بيونج يانج");

        Assert.Equal(["CL2001", "CL2002"], diagnostics.Select(d => d.Id));
        Assert.All(diagnostics, d => Assert.Equal(TextSpan.FromBounds(27, 37), d.Span));
    }

    [Fact]
    public void Mixing_counts_forms_used_after_proclitics()
    {
        var mixed = Assert.Single(Verify(Rules, "توجه الوفد لبيونغ يانغ، و[|بيونج يانج|] ترحب بالوفد", id: "CL2002"));

        Assert.Equal("the document spells Pyongyang 2 ways: بيونغ يانغ ×1, بيونج يانج ×1", mixed.Message);
    }

    [Fact]
    public void Forms_are_listed_in_order_of_first_use_with_their_counts()
    {
        var mixed = Assert.Single(Verify(Rules, "بيونج يانج ترد على [|بيونغ يانغ|]؛ بيونج يانج تصعد", id: "CL2002"));

        Assert.Equal("the document spells Pyongyang 2 ways: بيونج يانج ×2, بيونغ يانغ ×1", mixed.Message);
    }

    [Fact]
    public void A_document_using_one_non_preferred_form_throughout_is_not_mixed()
    {
        Verify(Rules, "[|بيونج يانج|] ترد على [|بيونج يانج|]", "بيونغ يانغ ترد على بيونغ يانغ");
    }

    [Fact]
    public void Each_mixed_family_gets_its_own_diagnostic()
    {
        var diagnostics = Verify(
            Rules,
            "كيم جونغ أون في بيونغ يانغ\n[|كيم جونج أون|] يغادر [|بيونغيانغ|]",
            id: "CL2002");

        Assert.Equal(
            ["the document spells Kim Jong Un 2 ways: كيم جونغ أون ×1, كيم جونج أون ×1", "the document spells Pyongyang 2 ways: بيونغ يانغ ×1, بيونغيانغ ×1"],
            diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void Without_mixed_only_the_non_preferred_forms_are_flagged()
    {
        Verify(RulesWithoutMixed, "زار بيونغ يانغ، ثم عاد إلى [|بيونج يانج|]", "زار بيونغ يانغ، ثم عاد إلى بيونغ يانغ");
        Assert.Equal(["CL2001"], Load(RulesWithoutMixed).Descriptors.Select(d => d.Id));
    }

    [Fact]
    public void The_mixed_id_is_a_descriptor_of_the_rule_set()
    {
        var descriptors = Load(Rules).Descriptors;

        Assert.Equal(["CL2001", "CL2002"], descriptors.Select(d => d.Id));
        Assert.Equal(Severity.Error, descriptors[1].DefaultSeverity);
        Assert.Equal("Transliteration", descriptors[1].Category);
        Assert.Equal("Document mixes spellings of one name", descriptors[1].Title);
    }

    [Fact]
    public void The_mixed_severity_is_its_own()
    {
        var rules = Rule("consistency", Families + "\nmixed: { id: CL2002, message: 'mixed {family}', severity: suggestion }", id: "CL2001");

        var mixed = Assert.Single(Lint(rules, "بيونغ يانغ وبيونغيانغ"), d => d.Id == "CL2002");

        Assert.Equal(Severity.Suggestion, mixed.Severity);
        Assert.Equal("mixed Pyongyang", mixed.Message);
    }

    [Fact]
    public void With_fold_alef_a_form_matches_whatever_alef_it_is_written_with()
    {
        var folded = Rule("consistency", "fold: [alef]\n" + Families, Message, id: "CL2001");

        Verify(folded, "قال [|كيم جونج اون|]", "قال كيم جونغ أون");
        Verify(folded, "قال كيم جونغ اون");
        Verify(RulesWithoutMixed, "قال كيم جونج اون");
    }
}
