using System.Text.RegularExpressions;
using Linter.Core.Analysis;

namespace Linter.Core.Tests.Analysis;

public class PatternShortcutsTests
{
    private const string Digits = "0123456789٠١٢٣٤٥٦٧٨٩";

    [Fact]
    public void A_digit_glued_to_a_word_needs_a_digit_on_the_line()
    {
        var shortcuts = PatternShortcuts.From(@"([\u0621-\u063A\u0641-\u064A])([0-9\u0660-\u0669])|([0-9\u0660-\u0669])([\u0621-\u063A\u0641-\u064A])", RegexOptions.None)!;

        Assert.Equal(Digits, Characters(shortcuts.Required));
        Assert.Null(shortcuts.LastCharacters);
        Assert.Equal(13, Next(shortcuts, "أ ب ج\nبتاريخ 5سبتمبر", 0));
        Assert.Equal(-1, Next(shortcuts, "أ ب ج\nبلا أرقام", 0));
    }

    [Fact]
    public void Letters_around_a_rare_character_leave_the_rare_character()
    {
        var shortcuts = PatternShortcuts.From(@"[\u0621-\u063A\u0641-\u064A][\u064B-\u065F]*\u0640+(?=[\u0621-\u063A\u0641-\u064A])", RegexOptions.None)!;

        Assert.Equal("ـ", Characters(shortcuts.Required));
    }

    [Fact]
    public void Trailing_whitespace_is_tested_on_the_last_character_of_the_line()
    {
        var shortcuts = PatternShortcuts.From(@"(?<=\S)\s+$", RegexOptions.None)!;

        Assert.Null(shortcuts.Required);
        Assert.True(shortcuts.LastCharacters!.Contains('\u00A0'));
        Assert.False(shortcuts.LastCharacters.Contains('ب'));
        Assert.Equal(7, Next(shortcuts, "أ ب\nجد\nه \nو", 0));
        Assert.Equal(9, Next(shortcuts, "أ ب\r\nجد\r\nه\t\r\nو", 0));
        Assert.Equal(-1, Next(shortcuts, "أ ب\nجد\nه \nو", 10));

        // Only up to the end asked for: the line that matches lies after it.
        Assert.Equal(-1, shortcuts.NextCandidate("أ ب\nجد\nه \nو", 0, 6));
    }

    [Theory]
    // A rare character in every branch, or in a group repeated at least once.
    [InlineData(@"ب?[0-9\u0660-\u0669]+ (?:تعليق|تعليقات)", Digits)]
    [InlineData(@"(?:اقرأ|شاهد) أيضا ?:.*", ":")]
    [InlineData(@"ب(?:\(|\[)+", "([")]
    [InlineData(@"ب(?:x\(){2}", "(")]
    // Of two rare sets, the smaller.
    [InlineData(@"ب[0-9]+%", "%")]
    // A character class subtracted, and an octal escape of three digits (\041 is '!').
    [InlineData(@"ب[0-9\u0660-\u0669-[1-9]]", "0٠١٢٣٤٥٦٧٨٩")]
    [InlineData(@"ب\041", "!")]
    public void The_rare_characters_every_match_holds(string pattern, string expected)
    {
        Assert.Equal(expected, Characters(PatternShortcuts.From(pattern, RegexOptions.None)!.Required));
    }

    [Theory]
    // Case-insensitively, as .NET reads it: K also matches the Kelvin sign.
    [InlineData(@"(?i)k$", "Kk\u212A")]
    [InlineData(@"(?i:k)$", "Kk\u212A")]
    [InlineData(@"k$", "k")]
    [InlineData(@"(?i)a(?-i:k)$", "k")]
    [InlineData(@"(?:a|b\s*)$", "\t\n\v\f\r ab\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000")]
    public void The_characters_a_match_anchored_to_the_line_end_ends_with(string pattern, string expected)
    {
        Assert.Equal(expected, Characters(PatternShortcuts.From(pattern, RegexOptions.None)!.LastCharacters));
    }

    [Theory]
    [InlineData(@"(\w)\1")] // a backreference
    [InlineData(@"(?(x)a|b)\d")] // a conditional
    [InlineData(@"(?x) \d # a digit")] // whitespace mode
    [InlineData(@"\d*")] // matches the empty string
    [InlineData(@"\d|ب")] // a branch with nothing rare
    [InlineData(@"\d?ب")] // the rare part may be left out
    [InlineData(@"(?!\d)ب")] // a negative lookaround requires nothing
    [InlineData(@"^.+")] // an anchored start of any character
    [InlineData(@"^ب|ج$")] // each branch anchored to another edge
    [InlineData(@"(?i)x\s*$|^ب")]
    // The engine's own search already skips well: to a line's start, or to a rare character a match starts with.
    [InlineData(@"^ *(?:(?:تابعونا|تابعنا) على .{1,60}) *[ :.،؛!؟\-–]*$")]
    [InlineData(@"(?<=[\u0621-\u063A\u0641-\u064A][\u064B-\u065F]*)\u0640+(?=[\u0621-\u063A\u0641-\u064A])")]
    [InlineData(@"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")]
    public void No_shortcuts_where_the_structure_gives_none_or_is_not_read(string pattern)
    {
        Assert.Null(PatternShortcuts.From(pattern, RegexOptions.None));
    }

    [Fact]
    public void No_shortcuts_for_options_the_reader_does_not_follow()
    {
        Assert.NotNull(PatternShortcuts.From(@"ب\d", RegexOptions.None));
        Assert.Null(PatternShortcuts.From(@"ب\d", RegexOptions.RightToLeft));
        Assert.Null(PatternShortcuts.From(@"ب\d", RegexOptions.IgnorePatternWhitespace));
        Assert.Null(PatternShortcuts.From(@"ب\d", RegexOptions.ECMAScript));
    }

    [Theory]
    [InlineData(@"([\u0621-\u063A\u0641-\u064A])([0-9\u0660-\u0669])|([0-9\u0660-\u0669])([\u0621-\u063A\u0641-\u064A])")]
    [InlineData(@"(?<=\S)\s+$")]
    [InlineData(@"\s+$")]
    [InlineData(@"ب?\d[ب-ي]")]
    [InlineData(@"(?<!ب)ي$")]
    [InlineData(@"(?=.*1)ب")]
    [InlineData(@"(?<=1)ب|ـ")]
    [InlineData(@"\Aب\d|ي\d\z")]
    [InlineData(@"(?>ب+1)")]
    [InlineData(@"(?i)X{2,}$")]
    public void The_line_tests_never_skip_a_line_that_matches_on_its_own(string pattern)
    {
        var regex = SafeRegex.Create(pattern);
        SafeRegexTests.Warm(regex);
        Assert.NotNull(PatternShortcuts.From(regex.Regex.ToString(), regex.Regex.Options));
        SafeRegexTests.AssertNoMatchingLineIsSkipped(regex, pattern, "ابب ي xX1 \t\n\r\nـ\u00A0\u064E:");
    }

    [Fact]
    public void Places_tried_one_by_one_cannot_add_up_past_the_budget_of_one_document()
    {
        // After each line break the pattern backtracks for well under its one-second limit, and fails: tried at
        // thousands of line starts, with a limit for each, it would take minutes.
        var regex = SafeRegex.Create(@"(?<=\n)(a|aa)+(?<!x)$");
        SafeRegexTests.Warm(regex);
        Assert.True(PatternShortcuts.From(regex.Regex.ToString(), regex.Regex.Options)!.FollowsRareCharacters);
        var text = string.Join('\n', Enumerable.Repeat(new string('a', 22) + "!", 5000));

        Assert.Throws<RegexMatchTimeoutException>(() => regex.Matches(text, 0, text.Length, regex.StartBudget()).ToList());
    }

    [Theory]
    [InlineData(@"([\u0621-\u063A\u0641-\u064A])([0-9\u0660-\u0669])|([0-9\u0660-\u0669])([\u0621-\u063A\u0641-\u064A])", true)]
    [InlineData(@"(?:(?:الأحد|الاثنين)،? )?\d{1,2} (?:يناير|فبراير) \d{4}", true)]
    [InlineData(@"ب[0-9]+", false)] // unbounded
    [InlineData(@"\bب[0-9]", false)] // a word boundary sees past the match
    [InlineData(@"(?<=ب)ي[0-9]", false)] // so does a lookaround
    [InlineData(@"(?<=\S)\s+$", false)] // no rare character
    public void Matches_are_found_around_rare_characters_only_where_a_match_is_short_and_sees_nothing_around_it(string pattern, bool expected)
    {
        Assert.Equal(expected, PatternShortcuts.From(pattern, RegexOptions.None)!.FindsMatchesAroundRareCharacters);
    }

    [Theory]
    [InlineData(@"([\u0621-\u063A\u0641-\u064A])([0-9\u0660-\u0669])|([0-9\u0660-\u0669])([\u0621-\u063A\u0641-\u064A])")]
    [InlineData(@"ب{0,3}1ب{0,3}")]
    [InlineData(@"ب{0,3}?1ب{0,3}?")]
    [InlineData(@"(?:ب 1|1)ي?")]
    [InlineData(@"ي{2}1|1{2}|ب1ي")]
    [InlineData(@"(?i)x{0,2}(?:1|:)X?")]
    [InlineData(@"(?>ب?1)ب")]
    [InlineData(@"ب.?1|1.ي")]
    public void Matches_found_around_rare_characters_are_those_a_scan_finds(string pattern)
    {
        var regex = SafeRegex.Create(pattern);
        SafeRegexTests.Warm(regex);
        Assert.True(PatternShortcuts.From(regex.Regex.ToString(), regex.Regex.Options)!.FindsMatchesAroundRareCharacters);
        var random = new Random(pattern.Length);
        const string alphabet = "ابب ي xX1 1	ـ:";
        for (var sample = 0; sample < 500; sample++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var start = random.Next(0, text.Length + 1);
            var length = random.Next(0, text.Length - start + 1);
            var expected = regex.Regex.Matches(text.Substring(start, length)).Select(match => $"{match.Index + start}+{match.Length}:{string.Join(',', match.Groups.Values.Select(group => group.Value))}");
            var actual = regex.Matches(text, start, length, regex.StartBudget()).Select(match => $"{match.Index}+{match.Length}:{string.Join(',', match.Match.Groups.Values.Select(group => group.Value))}");
            Assert.True(expected.SequenceEqual(actual), $"'{pattern}' on '{text}' from {start} for {length}: [{string.Join(' ', expected)}] but found [{string.Join(' ', actual)}]");
        }
    }

    [Fact]
    public void A_match_found_after_the_rare_character_it_was_sought_for_waits_for_an_earlier_one()
    {
        // Around the first 1, which no match holds, the window ends inside the match at 2 and holds the shorter one at 3.
        var regex = SafeRegex.Create(@"ب1ي{3}|1ي|x{5}1");
        SafeRegexTests.Warm(regex);

        Assert.Equal(["ب1ييي"], regex.Matches("1 ب1ييي", 0, 7, regex.StartBudget()).Select(match => match.Value));
    }

    [Theory]
    [InlineData(@"(?<![^\r\n])[\s\u200B\uFEFF-[\r\n]]+(?=[\r\n])", true)] // CL5003: a line of whitespace only
    [InlineData(@"(?<=\n)ب", true)]
    [InlineData(@"(?<=\nا)ب", false)] // two characters
    [InlineData(@"(?<=[\n،])ب", false)] // a common character
    [InlineData(@"ي(?<=\n)ب", false)] // not at the start
    [InlineData(@"(?<=\n)ب|ي", false)] // a branch without one
    public void Matches_are_tried_only_after_a_rare_character_a_lookbehind_opening_the_pattern_needs(string pattern, bool expected)
    {
        Assert.Equal(expected, PatternShortcuts.From(pattern, RegexOptions.None)?.FollowsRareCharacters ?? false);
    }

    [Theory]
    [InlineData(@"(?<![^\r\n])[\s\u200B\uFEFF-[\r\n]]+(?=[\r\n])")]
    [InlineData(@"(?<=\n)ب+")]
    [InlineData(@"(?<![^\n])ي|(?<=\r)ب")]
    [InlineData(@"(?<=[\r\n])(?:ب|\s)+?ي")]
    public void Matches_tried_after_rare_characters_are_those_a_scan_finds(string pattern)
    {
        var regex = SafeRegex.Create(pattern);
        SafeRegexTests.Warm(regex);
        Assert.True(PatternShortcuts.From(pattern, RegexOptions.None)!.FollowsRareCharacters);
        var random = new Random(pattern.Length);
        const string alphabet = "ابب ي \t\n\r\n\u00A0\u200B";
        for (var sample = 0; sample < 500; sample++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var expected = regex.Regex.Matches(text).Select(match => $"{match.Index}+{match.Length}");
            var actual = regex.Matches(text, 0, text.Length, regex.StartBudget()).Select(match => $"{match.Index}+{match.Length}");
            Assert.True(expected.SequenceEqual(actual), $"'{pattern}' on '{text}': [{string.Join(' ', expected)}] but found [{string.Join(' ', actual)}]");
        }
    }

    private static int Next(PatternShortcuts shortcuts, string text, int lineStart) => shortcuts.NextCandidate(text, lineStart, text.Length);

    private static string Characters(CharRanges? set) =>
        set is null ? "(none)" : new string([.. Enumerable.Range(0, 65536).Select(code => (char)code).Where(set.Contains)]);
}
