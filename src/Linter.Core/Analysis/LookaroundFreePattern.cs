using System.Text;
using System.Text.RegularExpressions;

namespace Linter.Core.Analysis;

/// <summary>
/// From a pattern that needs the backtracking engine, a pattern for the linear-time engine that matches wherever the
/// original matches on a line (a text without line breaks), at the same start, for a line finder to search a whole
/// text with: every lookaround is removed (dropping a condition only adds matches), every atomic group becomes a
/// plain group (a group that may give characters back has only more ways to match), and \s leaves out the line
/// break, which no line's match holds (whitespace would otherwise carry a match over every blank line). The pattern
/// is read as .NET reads it, so that only whole lookarounds are removed: escapes, character classes (a ']' first is
/// a character, "-[" opens a subtracted class), comments and group kinds are told apart; the rest is copied as
/// written.
/// </summary>
internal static class LookaroundFreePattern
{
    /// <summary>
    /// <paramref name="pattern"/> without lookarounds and atomic groups, its \s without the line break; null when it
    /// has a backreference or a conditional, or is read right to left, in whitespace mode or as ECMAScript.
    /// </summary>
    /// <param name="pattern">A pattern that compiles with <paramref name="options"/>.</param>
    /// <param name="options">The pattern's options.</param>
    public static string? From(string pattern, RegexOptions options)
    {
        if ((options & (RegexOptions.RightToLeft | RegexOptions.IgnorePatternWhitespace | RegexOptions.ECMAScript)) != 0)
        {
            return null;
        }

        var result = new StringBuilder(pattern.Length);
        var position = 0;
        while (position < pattern.Length)
        {
            var (token, end) = RegexSyntax.Read(pattern, position);
            switch (token)
            {
                case RegexSyntax.Token.Unsupported:
                    return null;
                case RegexSyntax.Token.LookaroundOpen:
                    var close = RegexSyntax.GroupEnd(pattern, end);
                    if (close < 0)
                    {
                        return null;
                    }

                    // A quantifier of the lookaround goes with it, or it would apply to what comes before.
                    end = RegexSyntax.AfterQuantifier(pattern, close);

                    // An empty group keeps the two sides from reading as one token: \0 and 1 as one octal
                    // escape, or a literal "{2" and "}" as a quantifier.
                    if (end < pattern.Length && (char.IsAsciiDigit(pattern[end]) || pattern[end] is ',' or '}'))
                    {
                        result.Append("(?:)");
                    }

                    break;
                case RegexSyntax.Token.AtomicOpen:
                    result.Append("(?:");
                    break;
                case RegexSyntax.Token.Other when pattern.AsSpan(position, end - position) is @"\s":
                    result.Append(@"[^\S\n]");
                    break;
                default:
                    result.Append(pattern, position, end - position);
                    break;
            }

            position = end;
        }

        return result.ToString();
    }
}
