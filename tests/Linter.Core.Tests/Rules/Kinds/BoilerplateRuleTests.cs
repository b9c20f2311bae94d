using static Linter.Core.Tests.TestSupport;
using Linter.Core.Pipeline;

namespace Linter.Core.Tests.Rules.Kinds;

public class BoilerplateRuleTests
{
    private static string Boilerplate(string fields) => Rule("boilerplate", fields, "leftover '{match}'", category: "Boilerplate");

    private static readonly string LineScope = Boilerplate("phrases: [اقرأ أيضا, شارك هذا المقال]");

    private static readonly string PhraseScope = Boilerplate("""
        scope: phrase
        phrases: [اقرأ أيضا, تابعونا على فيسبوك]
        """);

    [Fact]
    public void Scope_line_flags_a_line_that_is_only_the_phrase_and_deletes_the_line()
    {
        var diagnostic = Assert.Single(Verify(LineScope, "نص الخبر\n[|اقرأ أيضاً|]:\nخبر آخر", "نص الخبر\nخبر آخر"));

        Assert.Equal("leftover 'اقرأ أيضاً'", diagnostic.Message);
        Assert.Equal("Delete the line", diagnostic.Fix!.Title);
    }

    [Fact]
    public void Scope_line_ignores_the_phrase_inside_a_sentence()
    {
        Verify(LineScope, "ثم اقرأ أيضا الخبر التالي\nيمكنك أن تشارك هذا المقال مع أصدقائك");
    }

    [Fact]
    public void Scope_line_allows_surrounding_spaces_and_trailing_punctuation()
    {
        Verify(LineScope, "  [|اقرأ أيضا|] :  \nنص", "نص");
        Verify(LineScope, "نص\n[|شارك هذا المقال|] -", "نص");
    }

    [Fact]
    public void Scope_line_does_not_take_clitics()
    {
        Verify(LineScope, "نص\nواقرأ أيضا");
    }

    [Fact]
    public void Scope_line_at_the_start_and_end_of_the_text()
    {
        Verify(LineScope, "[|شارك هذا المقال|]\nنص", "نص");
        Verify(LineScope, "نص\n[|شارك هذا المقال|]", "نص");
        Verify(LineScope, "نص\n[|شارك هذا المقال|]\n", "نص\n");
        Verify(LineScope, "[|شارك هذا المقال|]", string.Empty);
    }

    [Fact]
    public void Scope_line_keeps_crlf_breaks()
    {
        var diagnostic = Assert.Single(Verify(LineScope, "نص\r\n[|شارك هذا المقال|]\r\nتتمة\r\n", "نص\r\nتتمة\r\n"));

        Assert.Equal(1, diagnostic.Location.Start.Line);
    }

    [Fact]
    public void Diacritics_and_tatweel_never_stop_a_phrase()
    {
        Verify(LineScope, "[|شــارِك هذا المقالَ|]\nنص", "نص");
    }

    [Fact]
    public void Scope_phrase_flags_the_phrase_anywhere_and_deletes_it_with_one_space()
    {
        Verify(PhraseScope, "ثم [|اقرأ أيضا|] الخبر التالي", "ثم الخبر التالي");
        Verify(PhraseScope, "[|اقرأ أيضا|] الخبر التالي", "الخبر التالي");
        Verify(PhraseScope, "انتهى الخبر [|تابعونا على فيسبوك|]", "انتهى الخبر");
    }

    [Fact]
    public void Scope_phrase_alone_on_a_line_deletes_the_line()
    {
        Verify(PhraseScope, "نص\n  [|اقرأ أيضا|] \nتتمة", "نص\nتتمة");
    }

    [Fact]
    public void Scope_phrase_deletes_the_clitics_attached_to_the_phrase()
    {
        Verify(PhraseScope, "شكرا لكم و[|تابعونا على فيسبوك|]", "شكرا لكم");
        Verify(PhraseScope, "و[|اقرأ أيضا|] الخبر التالي", "الخبر التالي");
    }

    [Fact]
    public void Scope_phrase_does_not_match_inside_a_longer_word()
    {
        Verify(PhraseScope, "تابعونا على فيسبوكنا");
    }

    [Fact]
    public void Patterns_in_scope_line_must_be_the_whole_line()
    {
        var rules = Boilerplate("patterns: ['جميع الحقوق محفوظة.*']");

        Verify(rules, "نص الخبر\n[|جميع الحقوق محفوظة © 2023 صدى نيوز|]\n", "نص الخبر\n");
        Verify(rules, "قال إن جميع الحقوق محفوظة للشعب");
    }

    [Fact]
    public void Patterns_in_scope_line_allow_spaces_before_and_spaces_or_punctuation_after()
    {
        var rules = Boilerplate(@"patterns: ['\d{4}-\d{2}-\d{2}', 'التعليقات \(\d+\)']");

        Verify(rules, "نص\n  [|2023-09-15|] :\n[|التعليقات (12)|]. -\nفي 2023-09-15 قال", "نص\nفي 2023-09-15 قال");
    }

    [Fact]
    public void Patterns_in_scope_line_keep_their_own_anchors_and_inline_options()
    {
        Verify(Boilerplate(@"patterns: ['^(?i)PHOTO: \w+$']"), "[|Photo: Reuters|]\nنص", "نص");
        // A comment that runs to the end of the pattern cannot be wrapped; the pattern still works.
        Verify(Boilerplate(@"patterns: ['(?x) \d{4} - \d{2}  # a year and a month']"), "[|2023-09|]\nفي 2023-09 قال", "في 2023-09 قال");
    }

    [Fact]
    public void Patterns_in_scope_line_find_every_whole_line_of_a_long_document()
    {
        // Long enough for the line-by-line test, then the whole-line filter, then its one-scan line finder to take over in turn.
        var rules = Boilerplate(@"patterns: ['\d{4}-\d{2}-\d{2}']");
        var lines = Enumerable.Range(0, 16_000)
            .Select(i => i % 97 == 0 ? $"2023-09-{i % 28 + 1:00}" : $"قال المتحدث في 2023-09-{i % 28 + 1:00} إن الزيارة {i} انتهت")
            .ToList();
        var text = string.Join('\n', lines);

        var reported = Lint(rules, text).Select(diagnostic => diagnostic.Span.Start).ToList();

        var expected = lines.Select((line, i) => (line, i)).Where(pair => pair.i % 97 == 0)
            .Select(pair => lines.Take(pair.i).Sum(line => line.Length + 1)).ToList();
        Assert.True(text.Length > 600_000);
        Assert.Equal(expected, reported);
    }

    [Theory]
    [InlineData(@"patterns: ['\d{4}-\d{2}-\d{2}', '(?i)PHOTO: \w+', 'التعليقات \(\d+\)|\d+ تعليقات?']")]
    [InlineData(@"patterns: ['\d{4}-\d{2}-\d{2}', '(?i)PHOTO: (?=\w)\w+', 'التعليقات \(\d+\)|\d+ تعليقات?']")]
    public void Several_patterns_in_scope_line_find_every_whole_line_of_a_long_document(string patterns)
    {
        // The first document is long enough for the filters to be built; on the second, with linear-time patterns, one
        // scan finds the lines any of them fills (the second set has a lookahead, so each pattern scans on its own).
        // The same lines either way.
        var rules = Boilerplate(patterns);
        string[] wholeLines = ["2023-09-15", "Photo: Reuters", "التعليقات (12)", "7 تعليقات", "photo: AFP :"];
        var lines = Enumerable.Range(0, 16_000)
            .Select(i => i % 89 == 0 ? wholeLines[i / 89 % wholeLines.Length] : $"قال المتحدث في 2023-09-{i % 28 + 1:00} إن التعليقات (12) و photo: x {i} انتهت")
            .ToList();
        var text = string.Join('\n', lines);

        var engine = new LintEngine(Load(rules));
        var first = engine.LintText("a.txt", text).Select(diagnostic => (diagnostic.Span.Start, diagnostic.Span.Length)).ToList();
        var second = engine.LintText("b.txt", text).Select(diagnostic => (diagnostic.Span.Start, diagnostic.Span.Length)).ToList();

        var expected = lines.Select((line, i) => (line, i)).Where(pair => pair.i % 89 == 0)
            .Select(pair => (lines.Take(pair.i).Sum(line => line.Length + 1), pair.line.TrimEnd(' ', ':').Length)).ToList();
        Assert.True(text.Length > 600_000);
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
    }

    [Fact]
    public void Patterns_match_the_normalized_line()
    {
        var rules = Boilerplate(@"patterns: ['^تصوير: \w+ \w+$']");

        Verify(rules, "[|تصويـر:   أحمدُ  علي|]\nنص", "نص");
    }

    [Fact]
    public void Patterns_in_scope_phrase_are_folded_like_the_text()
    {
        var rules = Boilerplate(@"
scope: phrase
fold: [alef]
patterns: ['\((أ ف ب|رويترز)\)']");

        Verify(rules, "موسكو [|(أ ف ب)|] - أعلن الكرملين", "موسكو - أعلن الكرملين");
        Verify(rules, "موسكو [|(ا ف ب)|] - أعلن الكرملين", "موسكو - أعلن الكرملين");
    }

    [Fact]
    public void Patterns_with_capital_latin_letters_match_whatever_the_case()
    {
        var rules = Boilerplate(@"
scope: phrase
patterns: ['\(AFP\)']");

        Verify(rules, "موسكو [|(AFP)|] - أعلن الكرملين", "موسكو - أعلن الكرملين");
    }

    [Fact]
    public void Latin_phrases_match_whatever_the_case()
    {
        var rules = Boilerplate("phrases: [Share this article]");

        Verify(rules, "[|SHARE this Article|]\nنص", "نص");
    }

    [Fact]
    public void Within_first_lines_limits_phrases_and_patterns_to_the_top()
    {
        var rules = Boilerplate("""
            phrases: [أخبار محلية]
            patterns: ['^قسم \w+$']
            within_first_lines: 2
            """);

        Verify(rules, "[|أخبار محلية|]\n[|قسم الاقتصاد|]\nنص\nأخبار محلية\nقسم الرياضة", "نص\nأخبار محلية\nقسم الرياضة");
    }

    [Fact]
    public void Next_line_max_words_takes_a_short_name_line_under_the_phrase()
    {
        var rules = Boilerplate("""
            phrases: [بقلم]
            next_line_max_words: 3
            """);

        var diagnostic = Assert.Single(Verify(rules, "[|بقلم:\nأحمد عبد الله|]  \nقال الرئيس الروسي إن", "قال الرئيس الروسي إن"));

        Assert.Equal("Delete the lines", diagnostic.Fix!.Title);
        Assert.Equal("leftover 'بقلم: أحمد عبد الله'", diagnostic.Message);
    }

    [Theory]
    [InlineData("[|بقلم|]\nأحمد محمد عبد الله الشامي\nنص", "أحمد محمد عبد الله الشامي\nنص")] // too many words
    [InlineData("[|بقلم|]\nقال إنه سيحضر.\nنص", "قال إنه سيحضر.\nنص")] // a sentence
    [InlineData("[|بقلم|]\n15 أيلول 2023\nنص", "15 أيلول 2023\nنص")] // a date
    [InlineData("[|بقلم|]\n١٥ أيلول ٢٠٢٣\nنص", "١٥ أيلول ٢٠٢٣\nنص")] // a date in Arabic-Indic digits
    [InlineData("[|بقلم|]\n\nأحمد علي", "\nأحمد علي")] // a blank line
    [InlineData("[|بقلم|]\n[|بقلم|]\nقال الرئيس إن الزيارة مستمرة.", "قال الرئيس إن الزيارة مستمرة.")] // the next line is a leftover itself
    public void Next_line_max_words_leaves_other_lines(string marked, string expected)
    {
        var rules = Boilerplate("""
            phrases: [بقلم]
            next_line_max_words: 3
            """);

        Verify(rules, marked, expected);
    }

    [Fact]
    public void Next_line_max_words_at_the_end_of_the_text()
    {
        var rules = Boilerplate("""
            phrases: [بقلم]
            next_line_max_words: 3
            """);

        Verify(rules, "نص\n[|بقلم:\r\nأحمد علي|]", "نص");
    }

    [Theory]
    [InlineData("alef", "اقرا ايضا", "اقرأ أيضاً")]
    [InlineData("alef-maqsura", "تابعونا علي فيسبوك", "تابعونا على فيسبوك")]
    [InlineData("ta-marbuta", "الصفحه الرئيسيه", "الصفحة الرئيسية")]
    public void A_fold_makes_letters_equal_for_that_rule(string fold, string phrase, string line)
    {
        Verify(Boilerplate($"fold: [{fold}]\nphrases: [{phrase}]"), $"[|{line}|]\nنص", "نص");
        Verify(Boilerplate($"phrases: [{phrase}]"), $"{line}\nنص");
    }

    [Fact]
    public void A_masthead_with_punctuation_is_a_phrase()
    {
        var rules = Boilerplate("""
            scope: phrase
            phrases: ['صدى نيوز -(أ ف ب) -']
            """);

        Verify(rules, "[|صدى نيوز -(أ ف ب) -|]أعلن الكرملين", "أعلن الكرملين");
    }
}
