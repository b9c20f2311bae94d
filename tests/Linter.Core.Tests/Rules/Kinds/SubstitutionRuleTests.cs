using Linter.Core.Diagnostics;
using Linter.Core.Text;
using static Linter.Core.Tests.TestSupport;

namespace Linter.Core.Tests.Rules.Kinds;

public class SubstitutionRuleTests
{
    private static readonly string Rules = Rule(
        "substitution",
        """
        swap:
          بوينغ يانغ: بيونغ يانغ
          مسئول: مسؤول
          الامم المتحدة: الأمم المتحدة
          الامم: الأمم
          قمة العشرين: قمة مجموعة العشرين
          أحمد ابو الغيط: أحمد أبو الغيط
        """,
        message: "'{match}' should be '{suggestion}'");

    [Fact]
    public void Flags_the_wrong_form_and_fixes_it()
    {
        var diagnostic = Assert.Single(Verify(Rules, "زار الوفد [|بوينغ يانغ|] أمس", "زار الوفد بيونغ يانغ أمس"));

        Assert.Equal("CL1001", diagnostic.Id);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal("'بوينغ يانغ' should be 'بيونغ يانغ'", diagnostic.Message);
        Assert.Equal(new LinePositionSpan(new LinePosition(0, 10), new LinePosition(0, 20)), diagnostic.Location);
        Assert.Equal("Replace with 'بيونغ يانغ'", diagnostic.Fix!.Title);
        var edit = Assert.Single(diagnostic.Fix.Edits);
        Assert.Equal(TextSpan.FromBounds(10, 20), edit.Span);
        Assert.Equal("بيونغ يانغ", edit.NewText);
    }

    [Theory]
    [InlineData("و[|بوينغ يانغ|] وسيول", "وبيونغ يانغ وسيول")]
    [InlineData("وصلت الطائرة ل[|بوينغ يانغ|]", "وصلت الطائرة لبيونغ يانغ")]
    [InlineData("ف[|بوينغ يانغ|] ترفض", "فبيونغ يانغ ترفض")]
    [InlineData("قال ال[|مسئول|] إن", "قال المسؤول إن")]
    [InlineData("وال[|مسئول|] عن الملف", "والمسؤول عن الملف")]
    [InlineData("فبال[|مسئول|] نفسه", "فبالمسؤول نفسه")]
    [InlineData("لل[|مسئول|] الأول", "للمسؤول الأول")]
    [InlineData("وَ[|بوينغ يانغ|]", "وَبيونغ يانغ")]
    public void Matches_after_proclitics_and_the_fix_keeps_them(string marked, string expected)
    {
        Verify(Rules, marked, expected);
    }

    [Theory]
    [InlineData("تحدث عن المسئولية")]
    [InlineData("اجتمع المسئولون")]
    [InlineData("بمسئوليته")]
    [InlineData("لامسئول")]
    [InlineData("طائرات بوينغ")]
    [InlineData("بوينغ يانغي")]
    public void Does_not_match_inside_a_longer_word(string text)
    {
        Verify(Rules, text);
    }

    [Theory]
    [InlineData("صرح [|أحمــد ابو الغيط|] للصحفيين", "صرح أحمد أبو الغيط للصحفيين")]
    [InlineData("ال[|مسـئـول|] قال", "المسؤول قال")]
    public void Tatweel_never_stops_a_match_and_the_span_covers_it(string marked, string expected)
    {
        Verify(Rules, marked, expected);
    }

    [Theory]
    [InlineData("انعقدت [|قمّة العشرين|] في نيودلهي")]
    [InlineData("زار [|بُوينــغ يانغَ|] أمس")]
    [InlineData("ال[|مسـئـولُ|] قال")]
    public void Diacritics_never_stop_a_match_but_a_span_that_carries_them_gets_no_fix(string marked)
    {
        // The correction is written plain: replacing the span would strip its marks.
        var diagnostic = Assert.Single(Verify(Rules, marked));

        Assert.Null(diagnostic.Fix);
    }

    [Theory]
    [InlineData("بِوِيْنْغْ يَانْغْ")]
    [InlineData("قال تعالى: (إِنَّ السَّمْعَ وَالْبَصَرَ وَالْفُؤَادَ كُلُّ أُولَٰئِكَ كَانَ عَنْهُ مَسْئُولًا) [الإسراء: 36]")]
    public void A_word_written_with_its_vowels_throughout_keeps_its_spelling(string text)
    {
        Verify(Rules, text);
    }

    [Fact]
    public void A_plain_word_in_vowelled_text_gets_no_fix()
    {
        var diagnostic = Assert.Single(Verify(Rules, "قَالَ الشَّاعِرُ: زُرْتُ [|بوينغ يانغ|] فَرَأَيْتُ الْمَدِينَةَ"));

        Assert.Null(diagnostic.Fix);
    }

    [Theory]
    [InlineData("قال تعالى: ﴿وَاعْتَصِمُوا بِحَبْلِ اللَّهِ مسئول جَمِيعًا﴾ صدق الله العظيم")]
    [InlineData("قال تعالى: ﴾ الامم المتحدة ﴿ وقال")]
    public void A_quranic_quotation_is_never_flagged(string text)
    {
        Verify(Rules, text);
    }

    [Fact]
    public void A_verse_quoted_without_brackets_is_flagged_but_not_fixed_and_prose_beside_it_is_fixed()
    {
        // A real article's lines (arabic-newspapers, MRP15): Ibrahim 14:20 then al-Ma'arij 70:6-7, quoted bare.
        var rules = Rule("substitution", "swap:\n  ذالك: ذلك\n", message: "'{match}' should be '{suggestion}'");

        var diagnostics = Verify(
            rules,
            "ضف إلى [|ذالك|] تدهور قطاع الصحة\nو ما [|ذالك|] على الله بعــــزيز ، إنهم يرونه بعيدا ونراه قريبا.",
            "ضف إلى ذلك تدهور قطاع الصحة\nو ما ذالك على الله بعــــزيز ، إنهم يرونه بعيدا ونراه قريبا.");

        Assert.NotNull(diagnostics[0].Fix);
        Assert.Null(diagnostics[1].Fix);
    }

    [Fact]
    public void Text_after_a_quranic_quotation_is_flagged()
    {
        Verify(Rules, "﴿وَاعْتَصِمُوا بِحَبْلِ اللَّهِ﴾ وقال ال[|مسئول|] إن", "﴿وَاعْتَصِمُوا بِحَبْلِ اللَّهِ﴾ وقال المسؤول إن");
    }

    [Fact]
    public void The_message_quotes_the_text_as_written()
    {
        var diagnostic = Assert.Single(Lint(Rules, "زار بُوينــغ يانغ أمس"));

        Assert.Equal("'بُوينــغ يانغ' should be 'بيونغ يانغ'", diagnostic.Message);
    }

    [Theory]
    [InlineData("[|بوينغ   يانغ|]")]
    [InlineData("[|بوينغ\tيانغ|]")]
    [InlineData("[|بوينغ\u00A0يانغ|]")]
    [InlineData("[|بوي\u200Cنغ يانغ|]")]
    public void Spacing_and_invisible_characters_never_stop_a_match(string marked)
    {
        Verify(Rules, marked, "بيونغ يانغ");
    }

    [Fact]
    public void A_phrase_does_not_match_across_a_line_break()
    {
        Verify(Rules, "بوينغ\nيانغ");
    }

    [Fact]
    public void Matches_at_the_very_start_and_the_very_end_of_the_text()
    {
        Verify(Rules, "[|مسئول|] يزور [|بوينغ يانغ|]", "مسؤول يزور بيونغ يانغ");
        Verify(Rules, "[|بوينغ يانغ|]", "بيونغ يانغ");
    }

    [Fact]
    public void Crlf_text_gets_right_columns_and_keeps_its_breaks()
    {
        var diagnostics = Verify(
            Rules,
            "سطر أول\r\nزار [|بوينغ يانغ|] أمس\r\nقال ال[|مسئول|]\r\n",
            "سطر أول\r\nزار بيونغ يانغ أمس\r\nقال المسؤول\r\n");

        Assert.Equal(
            [
                new LinePositionSpan(new LinePosition(1, 4), new LinePosition(1, 14)),
                new LinePositionSpan(new LinePosition(2, 6), new LinePosition(2, 11)),
            ],
            diagnostics.Select(d => d.Location));
    }

    [Fact]
    public void Empty_text_has_no_diagnostics()
    {
        Verify(Rules, string.Empty);
    }

    [Fact]
    public void The_longest_wrong_form_wins()
    {
        Verify(Rules, "قالت [|الامم المتحدة|] إن [|الامم|] الأفريقية", "قالت الأمم المتحدة إن الأمم الأفريقية");
    }

    [Fact]
    public void The_correct_form_is_clean()
    {
        Verify(Rules, "زار الأمين العام للأمم المتحدة بيونغ يانغ والتقى المسؤول");
    }

    [Fact]
    public void Without_a_fold_alef_forms_differ()
    {
        var rules = Rule("substitution", "swap: { انجيلا ميركل: أنغيلا ميركل }");

        Verify(rules, "قالت [|انجيلا ميركل|]", "قالت أنغيلا ميركل");
        Verify(rules, "قالت أنجيلا ميركل وإنجيلا ميركل");
    }

    [Theory]
    [InlineData("alef", "انجيلا ميركل: أنغيلا ميركل", "قالت [|أنجيلا ميركل|] و[|إنجيلا ميركل|]", "قالت أنغيلا ميركل وأنغيلا ميركل")]
    [InlineData("alef-maqsura", "مستشفي الشفاء: مجمع الشفاء الطبي", "في [|مستشفى الشفاء|]", "في مجمع الشفاء الطبي")]
    [InlineData("ta-marbuta", "الجامعه العربيه: جامعة الدول العربية", "أعلنت [|الجامعة العربية|]", "أعلنت جامعة الدول العربية")]
    public void A_fold_makes_letters_equal_for_that_rule(string fold, string swap, string marked, string expected)
    {
        Verify(Rule("substitution", $"fold: [{fold}]\nswap: {{ {swap} }}"), marked, expected);

        var (text, _) = Linter.Core.Rules.RuleExamples.ParseMarkers(marked);
        Verify(Rule("substitution", $"swap: {{ {swap} }}"), text);
    }

    [Fact]
    public void One_fold_does_not_bring_the_others()
    {
        Verify(Rule("substitution", "fold: [alef]\nswap: { مستشفي الشفاء: مجمع الشفاء الطبي }"), "في مستشفى الشفاء");
    }
}
