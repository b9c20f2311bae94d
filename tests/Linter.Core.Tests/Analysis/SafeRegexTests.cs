using System.Text.RegularExpressions;
using Linter.Core.Analysis;
using Linter.Core.Diagnostics;
using Linter.Core.Text;
using static Linter.Core.Tests.TestSupport;

namespace Linter.Core.Tests.Analysis;

public class SafeRegexTests
{
    /// <summary>50,000 a's and a '!': the classic input that makes nested quantifiers backtrack exponentially.</summary>
    private static readonly string Evil = new string('a', 50_000) + "!";

    [Theory]
    [InlineData(@"(a+)+$")]
    [InlineData(@"\s+([،؛؟.])")]
    [InlineData(@"(?<number>\d+) ?%")]
    [InlineData(@"^[ \t]+")]
    public void Expressions_without_backtracking_features_run_non_backtracking(string pattern)
    {
        var regex = SafeRegex.Create(pattern);

        Assert.True(regex.IsNonBacktracking);
        Assert.True((regex.Regex.Options & RegexOptions.NonBacktracking) != 0);
        Assert.True((regex.Regex.Options & RegexOptions.CultureInvariant) != 0);
    }

    [Theory]
    [InlineData(@"(?<=\d) +(?=%)")]
    [InlineData(@"(?<!ال)كيم")]
    [InlineData(@"(\w+) \1")]
    [InlineData(@"(?>a+)b")]
    public void Lookarounds_backreferences_and_atomic_groups_fall_back_to_backtracking_with_a_timeout(string pattern)
    {
        var regex = SafeRegex.Create(pattern);

        Assert.False(regex.IsNonBacktracking);
        Assert.Equal(RegexOptions.None, regex.Regex.Options & RegexOptions.NonBacktracking);
        Assert.Equal(SafeRegex.MatchTimeout, regex.Regex.MatchTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), SafeRegex.MatchTimeout);
    }

    [Fact]
    public void First_match_reads_the_range_as_the_whole_input()
    {
        var regex = SafeRegex.Create(@"(?<=\S)\s+$");
        const string text = "أ  \nب \n  \n";

        var first = regex.FirstMatch(text, 0, 3);
        var none = regex.FirstMatch(text, 6, 2);

        Assert.NotNull(first);
        Assert.Equal((1, 2), (first.Index, first.Length));
        Assert.Null(none);
        Assert.Null(SafeRegex.Create("x").FirstMatch(text, 0, text.Length));
    }

    [Fact]
    public void A_backtracking_pattern_is_compiled_once_it_has_scanned_enough_text_and_finds_the_same_matches()
    {
        var regex = SafeRegex.Create(@"(?<=[\u0621-\u064A])\u0640+(?=[\u0621-\u064A])");
        var line = "كلمـة وأخرى " + new string('ب', 2_000);
        var before = Matches(regex, line);

        for (var scanned = 0; scanned <= 1_000_000; scanned += line.Length)
        {
            _ = regex.FirstMatch(line, 0, line.Length);
        }

        Assert.Equal(RegexOptions.Compiled, regex.Regex.Options & RegexOptions.Compiled);
        Assert.Equal(SafeRegex.MatchTimeout, regex.Regex.MatchTimeout);
        Assert.Equal([(3, 1)], before);
        Assert.Equal(before, Matches(regex, line));

        static List<(int, int)> Matches(SafeRegex regex, string text)
        {
            var found = new List<(int, int)>();
            for (var match = regex.FirstMatch(text, 0, text.Length); match is { Success: true }; match = match.NextMatch())
            {
                found.Add((match.Index, match.Length));
            }

            return found;
        }
    }

    [Fact]
    public void A_linear_time_pattern_has_no_timeout_and_is_never_compiled()
    {
        var regex = SafeRegex.Create(@"\s+$");
        var line = new string('ب', 10_000) + " ";

        for (var scanned = 0; scanned <= 1_100_000; scanned += line.Length)
        {
            Assert.NotNull(regex.FirstMatch(line, 0, line.Length));
        }

        Assert.Equal(Regex.InfiniteMatchTimeout, regex.Regex.MatchTimeout);
        Assert.Equal(RegexOptions.None, regex.Regex.Options & RegexOptions.Compiled);
    }

    [Theory]
    [InlineData(@"^\s+")]
    [InlineData(@"\s+$")]
    [InlineData(@"^$")]
    [InlineData(@"\bب\w*")]
    [InlineData(@"[^ا]+$")]
    [InlineData(@"^.{3}$")]
    [InlineData(@"(?i)x\s*$|^ب")]
    [InlineData(@"\d[ب-ي]")]
    // Backtracking patterns, searched for without their lookarounds; in the whole text a lookbehind at a line's
    // start would see the line break and the line before it, which the line read alone does not have.
    [InlineData(@"(?<=[\u0621-\u063A\u0641-\u064A][\u064B-\u065F]*)\u0640+(?=[\u0621-\u063A\u0641-\u064A])")]
    [InlineData(@"(?<=\S)\s+$")]
    [InlineData(@"(?<=\S)[ \t\u00A0]{2,}(?=\S)")]
    [InlineData(@"(?<!\S)ب")]
    [InlineData(@"(?<![ي\n])ب+")]
    [InlineData(@"(?<!ب)ي$")]
    [InlineData(@"^(?!ب).(?<!ا)")]
    [InlineData(@"(?<=^|\s)ب+(?=\s|$)")]
    [InlineData(@"ب(?!ا)")]
    [InlineData(@"ب(?=ي){2}")]
    [InlineData(@"(?>ب+)ي")]
    [InlineData(@"(?i)X(?<!\s)1")]
    [InlineData(@"(?<![0-9])[0-9][ب-ي]")]
    public void The_line_finder_never_skips_a_line_that_matches_on_its_own(string pattern)
    {
        var regex = SafeRegex.Create(pattern);
        Warm(regex);
        Assert.NotNull(SafeRegex.LineFinder(regex.Regex));
        AssertNoMatchingLineIsSkipped(regex, pattern, "ابب ي x1 \t\nـ\u00A0\u064E");
    }

    /// <summary>On random texts over <paramref name="alphabet"/>, every line that NextPossibleLineMatch skips has no match when read alone.</summary>
    internal static void AssertNoMatchingLineIsSkipped(SafeRegex regex, string pattern, string alphabet)
    {
        var random = new Random(pattern.Length);
        for (var sample = 0; sample < 300; sample++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var source = new SourceText(text);
            for (var from = 0; from < source.LineCount; from++)
            {
                var next = regex.NextPossibleLineMatch(text, source.LineSpan(from).Start, source.LinesEndInLineFeed);
                for (var line = from; line < source.LineCount; line++)
                {
                    var span = source.LineSpan(line);
                    if (next < 0 || span.End < next)
                    {
                        Assert.True(regex.FirstMatch(text, span.Start, span.Length) is null, $"'{pattern}' skipped line {line} of {Escape(text)} from line {from}");
                    }
                }
            }
        }
    }

    [Theory]
    // A second branch that is neither anchored nor rare leaves no shortcuts, so only the line finder could skip.
    [InlineData(@"\Aب|ي")]
    [InlineData(@"ب\z|ي")]
    [InlineData(@"(?-m:^)ب|ي")]
    [InlineData(@"(?<=\S)\s+\z|ي")]
    public void The_line_finder_is_not_used_where_a_line_and_a_text_differ(string pattern)
    {
        var regex = SafeRegex.Create(pattern);
        Warm(regex);

        Assert.Equal(4, regex.NextPossibleLineMatch("أ\nب\nج\n", 4, linesEndInLineFeed: true));
    }

    [Fact]
    public void A_backtracking_pattern_skips_the_lines_its_pattern_without_lookarounds_cannot_match()
    {
        // Not anchored and holding no rare character, the pattern has no prefilter: the finder skips for it.
        var regex = SafeRegex.Create(@"(?<=\S)\s+ب");
        Warm(regex);

        Assert.Equal(@"[^\S\n]+ب", SafeRegex.LineFinder(regex.Regex)!.ToString());
        Assert.Equal(5, regex.NextPossibleLineMatch("أ\nب\nج ب\nد", 0, linesEndInLineFeed: true));
        Assert.Equal(-1, regex.NextPossibleLineMatch("أ\nب\nج\nد ", 0, linesEndInLineFeed: true));
        Assert.Equal(3, regex.NextPossibleLineMatch("أ\n\n ب\nد", 0, linesEndInLineFeed: true));
    }

    [Fact]
    public void A_backtracking_pattern_that_holds_a_rare_character_is_skipped_by_its_finder_past_lines_that_only_hold_the_character()
    {
        // Every match holds a digit, but a digit glued to a letter is what the finder looks for.
        var regex = SafeRegex.Create(@"(?<![0-9])(?:[0-9][ب-ي]|[ب-ي][0-9])");
        Warm(regex);

        Assert.Equal(8, regex.NextPossibleLineMatch("أ 5\nب 5\nج5ب", 0, linesEndInLineFeed: true));
        Assert.Equal(2, regex.NextPossibleLineMatch("أ 5\r\nب 5\r\nج5ب", 0, linesEndInLineFeed: false));
    }

    [Theory]
    [InlineData(@"(\w)\1(?=x)")] // a backreference
    [InlineData(@"(?<a>x)(?<-a>y)(?=z)")] // a balancing group, which the linear-time engine lacks
    [InlineData(@"(?<=\S)(?=\s)")] // lookarounds alone: what remains matches everywhere
    [InlineData(@"(?=ب)|(?<=ا)ج")] // so does one branch of lookarounds alone
    public void A_backtracking_pattern_has_no_line_finder_where_none_can_be_derived_or_it_would_stop_everywhere(string pattern)
    {
        var regex = SafeRegex.Create(pattern);
        Warm(regex);

        Assert.False(regex.IsNonBacktracking);
        Assert.Null(SafeRegex.LineFinder(regex.Regex));
        Assert.Equal(4, regex.NextPossibleLineMatch("أ\nب\nج\n", 4, linesEndInLineFeed: true));
    }

    [Fact]
    public void The_line_finder_is_not_used_on_a_text_with_carriage_returns()
    {
        var regex = SafeRegex.Create(@"ب$");
        Warm(regex);

        Assert.Equal(3, regex.NextPossibleLineMatch("أ\r\nب\r\nج", 3, linesEndInLineFeed: false));
        Assert.Equal(-1, regex.NextPossibleLineMatch("أ\nا\nج", 2, linesEndInLineFeed: true));
        Assert.Equal(2, regex.NextPossibleLineMatch("أ\nب\nج", 0, linesEndInLineFeed: true));
    }

    [Fact]
    public void A_linear_time_pattern_in_multi_line_mode_is_its_own_line_finder_from_the_first_line()
    {
        var regex = SafeRegex.Create("ب$", RegexOptions.Multiline);

        Assert.Same(regex.Regex, SafeRegex.LineFinder(regex.Regex));
        Assert.Equal(4, regex.NextPossibleLineMatch("أ\nا\nب\nج", 0, linesEndInLineFeed: true));
    }

    [Fact]
    public void The_line_finder_searches_no_further_than_the_lines_it_is_given()
    {
        var regex = SafeRegex.Create("ب$", RegexOptions.Multiline);
        const string text = "أ\nب\nب";

        Assert.Equal(2, regex.NextPossibleLineMatch(text, 0, linesEndInLineFeed: true, linesEnd: 3));
        Assert.Equal(-1, regex.NextPossibleLineMatch(text, 0, linesEndInLineFeed: true, linesEnd: 1));
        Assert.Equal(4, regex.NextPossibleLineMatch(text, 4, linesEndInLineFeed: true));
    }

    [Fact]
    public void The_lines_a_pattern_skips_as_its_own_line_finder_count_as_scanned()
    {
        var regex = SafeRegex.Create("ب$", RegexOptions.Multiline);
        var text = string.Concat(Enumerable.Repeat("أ\n", 100_001));

        Assert.False(regex.WorthFindingLines);
        Assert.Equal(-1, regex.NextPossibleLineMatch(text, 0, linesEndInLineFeed: true));
        Assert.True(regex.WorthFindingLines);
    }

    [Theory]
    [InlineData("ب$", RegexOptions.None)]
    [InlineData(@"(?<=\S)ب$", RegexOptions.Multiline)]
    public void A_line_finder_that_must_be_built_waits_until_the_pattern_has_scanned_enough_text(string pattern, RegexOptions options)
    {
        var regex = SafeRegex.Create(pattern, options);

        Assert.Equal(0, regex.NextPossibleLineMatch("أ\nا\nب\nج", 0, linesEndInLineFeed: true));
        Warm(regex);
        Assert.Equal(4, regex.NextPossibleLineMatch("أ\nا\nب\nج", 0, linesEndInLineFeed: true));
    }

    [Theory]
    [InlineData(@"(?<![ء-ي])(ال)?([0-9])(?=[ء-ي])")]
    [InlineData(@"(?=[0-9][ء-ي])([0-9])([ء-ي])|(?=[ء-ي][0-9])([ء-ي])(?<=[ء-ي]{2})([0-9])")]
    [InlineData(@"(?<=\d)(ب+)(?!ي)|^ا|ي$")]
    [InlineData(@"(?<!ب)(ب)(ي)?(?=\s|$)")]
    public void A_backtracking_pattern_tried_only_where_its_finder_matches_finds_what_a_scan_finds(string pattern)
    {
        var regex = SafeRegex.Create(pattern, RegexOptions.Multiline);
        Warm(regex);
        Assert.False(regex.IsNonBacktracking);
        Assert.NotNull(SafeRegex.LineFinder(regex.Regex));
        var random = new Random(pattern.Length);
        const string alphabet = "ابي 12:\n";
        const string replacement = "$1[$`|$']";
        for (var sample = 0; sample < 500; sample++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var start = random.Next(0, text.Length + 1);
            var length = random.Next(0, text.Length - start + 1);
            var expected = new List<string>();
            for (var match = regex.Regex.Match(text, start, length); match.Success; match = match.NextMatch())
            {
                expected.Add($"{match.Index}+{match.Length}:{string.Join(',', match.Groups.Values.Select(group => group.Value))}={match.Result(replacement)}");
            }

            var actual = regex.Matches(text, start, length, regex.StartBudget())
                .Select(match => $"{match.Index}+{match.Length}:{string.Join(',', match.Match.Groups.Values.Select(group => group.Value))}={regex.Result(match, replacement)}");
            Assert.True(expected.SequenceEqual(actual), $"'{pattern}' on '{Escape(text)}' from {start} for {length}: [{string.Join(' ', expected)}] but found [{string.Join(' ', actual)}]");
        }
    }

    internal static void Warm(SafeRegex regex)
    {
        var filler = new string('-', 10_000);
        for (var scanned = 0; scanned <= 300_000; scanned += filler.Length)
        {
            _ = regex.FirstMatch(filler, 0, filler.Length);
        }
    }

    private static string Escape(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    [Fact]
    public void Options_are_kept()
    {
        var regex = SafeRegex.Create("afp", RegexOptions.IgnoreCase);

        Assert.Matches(regex.Regex, "(AFP)");
    }

    [Fact]
    public void Syntax_errors_throw()
    {
        Assert.Throws<RegexParseException>(() => SafeRegex.Create("(ab"));
        Assert.Throws<RegexParseException>(() => SafeRegex.Create("(?<=ab"));
    }

    [Fact]
    public void A_nested_quantifier_runs_in_linear_time()
    {
        Assert.DoesNotMatch(SafeRegex.Create("(a+)+$").Regex, Evil);
    }

    [Fact]
    public void A_pattern_rule_with_a_nested_quantifier_finishes_on_a_long_line()
    {
        var rules = Rule("pattern", "regex: '(a+)+$'", category: "Formatting");

        Assert.Empty(Lint(rules, "سطر أول\n" + Evil + "\nسطر أخير"));
    }

    [Theory]
    [InlineData(@"^(a+)+(?<!x)$")] // a lookbehind forces the backtracking engine
    [InlineData(@"^(\w+)+\1$")] // so does a backreference
    public void A_catastrophic_backtracking_regex_is_stopped_and_reported_as_CL0003(string pattern)
    {
        var rules = Rule("pattern", $"regex: '{pattern}'", category: "Formatting");

        var diagnostic = Assert.Single(Lint(rules, "سطر أول\n" + Evil));

        Assert.Equal("CL0003", diagnostic.Id);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(new TextSpan(0, 0), diagnostic.Span);
        Assert.Equal(
            "the regular expression of rule CL1001 ran past 1 s on this document and was stopped; its findings here are incomplete",
            diagnostic.Message);
        Assert.Null(diagnostic.Fix);
    }

    [Theory]
    [InlineData("pattern", @"regex: '^(a|aa)+(?<!x)$'", "Formatting")]
    [InlineData("boilerplate", @"patterns: ['^(a|aa)+(?<!x)$']", "Boilerplate")]
    public void Many_slow_lines_cannot_add_up_past_the_budget_of_one_document(string kind, string fields, string category)
    {
        // Each line backtracks for well under the one-second limit; thousands of them would take minutes.
        var slowLine = new string('a', 22) + "!";
        var rules = Rule(kind, fields, category: category);

        var diagnostic = Assert.Single(Lint(rules, string.Join('\n', Enumerable.Repeat(slowLine, 5000))));

        Assert.Equal("CL0003", diagnostic.Id);
    }

    [Fact]
    public void A_timed_out_rule_keeps_its_earlier_findings_and_does_not_stop_other_rules()
    {
        var rules = """
            rules:
              - id: CL1001
                kind: pattern
                title: Catastrophic
                message: "'{match}'"
                category: Formatting
                severity: warning
                regex: '^(a+)+(?<!x)$|^aa$'
              - id: CL1002
                kind: substitution
                title: Pyongyang
                message: "'{match}' should be '{suggestion}'"
                category: Spelling
                severity: warning
                swap: { بوينغ يانغ: بيونغ يانغ }
            """;

        var diagnostics = Lint(rules, "aa\n" + Evil + "\nزار بوينغ يانغ");

        Assert.Equal(["CL0003", "CL1001", "CL1002"], diagnostics.Select(d => d.Id));
        Assert.Equal(new TextSpan(0, 2), diagnostics[1].Span);
        Assert.Equal("بوينغ يانغ", diagnostics[2].MatchedText);
    }

    [Fact]
    public void A_linear_time_match_captures_no_unnamed_group_yet_a_replacement_reads_every_group()
    {
        var regex = SafeRegex.Create(@"(\d)(?<letter>[ء-ي])");
        const string text = "رقم 5س";

        var match = regex.FirstMatch(text, 0, text.Length);

        Assert.NotNull(match);
        Assert.Equal(["0", "letter"], match.Groups.Keys);
        Assert.Equal("س 5", regex.Result(new RegexMatch(match), "${letter} $1"));
    }

    [Theory]
    [InlineData(@"(\n)\n*\z", "x\n\n\n", "$1", "\n")]
    [InlineData(@"(?:(\n)\n+|\n +)\z", "x\n \n  ", "[$1]", "[]")]
    [InlineData(@"([0-9])([ء-ي])", "15سبتمبر", "$1 $2", "5 س")]
    public void Replacement_groups_are_those_the_backtracking_engine_captures(string pattern, string input, string replacement, string expected)
    {
        var regex = SafeRegex.Create(pattern);
        var match = regex.Regex.Match(input);

        Assert.True(regex.IsNonBacktracking);
        Assert.Equal(expected, regex.Result(new RegexMatch(match), replacement));
    }
}
