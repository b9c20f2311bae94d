using System.Text.RegularExpressions;
using Linter.Core.Analysis;

namespace Linter.Core.Tests.Analysis;

public class LookaroundFreePatternTests
{
    [Theory]
    // The shipped per-line patterns with lookarounds: CL5002, CL5004, CL5005.
    [InlineData(@"(?<=[\u0621-\u063A\u0641-\u064A][\u064B-\u065F]*)\u0640+(?=[\u0621-\u063A\u0641-\u064A])", @"\u0640+")]
    [InlineData(@"(?<=\S)\s+$", @"[^\S\n]+$")]
    [InlineData(@"(?<=\S)[ \t\u00A0]{2,}(?=\S)", @"[ \t\u00A0]{2,}")]
    // \s leaves out the line break, which no line's match holds; an escaped backslash before an s is no \s.
    [InlineData(@"(?<=ا)\s*و\S\s?", @"[^\S\n]*و\S[^\S\n]?")]
    [InlineData(@"\\s(?=x)[\s]", @"\\s[\s]")]
    // Escapes: an escaped parenthesis opens nothing, and \c takes the next character whatever it is.
    [InlineData(@"\((?=\))x", @"\(x")]
    [InlineData(@"\p{L}(?<!\p{Lu})\d", @"\p{L}\d")]
    [InlineData(@"\c[(?=a)b", @"\c[b")]
    [InlineData(@"[\c]](?=a)", @"[\c]]")]
    // Character classes: a ']' first is a character, and parentheses inside are characters.
    [InlineData(@"[](?=]x(?<=a)", @"[](?=]x")]
    [InlineData(@"[^]()]+(?!\))", @"[^]()]+")]
    [InlineData(@"[\]\[(?=]+(?!x)", @"[\]\[(?=]+")]
    // Subtraction, after a range or after a character, with parentheses in the subtracted class.
    [InlineData(@"[ء-ي-[(?=ى]]+(?<=ب)", @"[ء-ي-[(?=ى]]+")]
    [InlineData(@"[a-[(?=)]]y(?=z)", @"[a-[(?=)]]y")]
    [InlineData(@"[a-z-[aeiou-[(?!u]]](?!b)", @"[a-z-[aeiou-[(?!u]]]")]
    // Lookarounds inside lookarounds, anywhere in an alternation.
    [InlineData(@"ب(?=(?<!ا)ج(?!د))ت", "بت")]
    [InlineData(@"(?<=ا)ب|ت(?!ث(?=(ح)))", "ب|ت")]
    // Named and non-capturing groups stay.
    [InlineData(@"(?<word>\w+)(?=،)", @"(?<word>\w+)")]
    [InlineData(@"(?'n'a)(?<=a)(?:b)", "(?'n'a)(?:b)")]
    // Inline options stay, as a setting or as a group.
    [InlineData(@"(?i)x(?=y)", "(?i)x")]
    [InlineData(@"(?i:x(?<!y))z", "(?i:x)z")]
    [InlineData(@"(?s-i:.)(?=a)b", "(?s-i:.)b")]
    // Comments stay, and a comment is not read for parentheses.
    [InlineData(@"a(?#[)(?=b)c", "a(?#[)c")]
    [InlineData(@"a(?=b(?#)c)d", "ad")]
    // Atomic groups become plain groups.
    [InlineData(@"(?>a+)b(?=c)", "(?:a+)b")]
    // A lookaround's quantifier goes with it, with the comments .NET skips before it.
    [InlineData(@"ب(?=ا){2}ت", "بت")]
    [InlineData(@"ب(?=ا)*?ت", "بت")]
    [InlineData(@"ب(?=ا)(?#c)+ت", "بت")]
    [InlineData(@"ب(?=ا){2ت", "ب{2ت")]
    // Where the two sides would read as one token, an empty group stays between them.
    [InlineData(@"\0(?=x)1", @"\0(?:)1")]
    [InlineData(@"a{2(?=x)}", "a{2(?:)}")]
    [InlineData(@"x(?!y),", "x(?:),")]
    public void Lookarounds_are_removed_and_the_rest_is_kept_as_written(string pattern, string expected)
    {
        _ = new Regex(pattern, RegexOptions.CultureInvariant);

        var lookaroundFree = LookaroundFreePattern.From(pattern, RegexOptions.CultureInvariant);

        Assert.Equal(expected, lookaroundFree);
        _ = new Regex(lookaroundFree!, RegexOptions.NonBacktracking);
    }

    [Theory]
    [InlineData(@"(\w)\1(?=x)")]
    [InlineData(@"(?<n>\w)\k<n>")]
    [InlineData(@"(?(?=a)ab|c)")]
    [InlineData(@"(a)?(?(1)b|c)(?=d)")]
    [InlineData(@"(?x) a b (?=c)")]
    [InlineData(@"(?=(?X)a)b")]
    public void Backreferences_conditionals_and_whitespace_mode_give_up(string pattern)
    {
        _ = new Regex(pattern, RegexOptions.CultureInvariant);

        Assert.Null(LookaroundFreePattern.From(pattern, RegexOptions.CultureInvariant));
    }

    [Theory]
    [InlineData(RegexOptions.RightToLeft)]
    [InlineData(RegexOptions.IgnorePatternWhitespace)]
    [InlineData(RegexOptions.ECMAScript)]
    public void Options_that_change_how_the_pattern_reads_give_up(RegexOptions options)
    {
        Assert.Equal("a", LookaroundFreePattern.From("a(?=b)", RegexOptions.None));
        Assert.Null(LookaroundFreePattern.From("a(?=b)", options));
    }
}
