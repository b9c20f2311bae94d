using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Linter.Core.Paths;

/// <summary>
/// An EditorConfig section name as a matcher of paths relative to the folder of its .editorconfig file:
/// <c>*</c>, <c>**</c>, <c>?</c>, <c>[abc]</c>, <c>[!abc]</c>, <c>{a,b}</c>, <c>{1..9}</c> and <c>\</c> escapes.
/// A name without <c>/</c> matches a file name in any folder below.
/// </summary>
public sealed class EditorConfigGlob
{
    private readonly Regex _regex;
    private readonly List<(int Low, int High)> _numberRanges = [];

    /// <summary>Compiles <paramref name="section"/>.</summary>
    /// <exception cref="FormatException">The glob is too large to match (thousands of wildcards).</exception>
    public EditorConfigGlob(string section)
    {
        Section = section;
        var pattern = section.Contains('/', StringComparison.Ordinal) ? section.TrimStart('/') : "**/" + section;
        var builder = new StringBuilder("^");
        Translate(pattern, builder);
        try
        {
            // Without backtracking, matching takes time linear in the path whatever the glob: "*a*a*a…" or
            // "**/**/…/x" would otherwise backtrack past any time limit.
            _regex = new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException exception)
        {
            throw new FormatException($"the glob '{(section.Length > 60 ? section[..60] + "…" : section)}' is too large to match", exception);
        }
    }

    /// <summary>The section name as written.</summary>
    public string Section { get; }

    /// <summary>True when <paramref name="relativePath"/> ('/'-separated, relative to the .editorconfig's folder) matches.</summary>
    public bool IsMatch(string relativePath)
    {
        var match = _regex.Match(relativePath);
        if (!match.Success)
        {
            return false;
        }

        for (var i = 0; i < _numberRanges.Count; i++)
        {
            var group = match.Groups[i + 1];
            if (!group.Success)
            {
                continue;
            }

            // EditorConfig ranges hold plain integers: "060" is not 60.
            if (group.Value.TrimStart('+', '-') is { Length: > 1 } digits && digits[0] == '0')
            {
                return false;
            }

            if (!int.TryParse(group.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                || number < _numberRanges[i].Low || number > _numberRanges[i].High)
            {
                return false;
            }
        }

        return true;
    }

    private void Translate(string pattern, StringBuilder builder)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\' when i + 1 < pattern.Length:
                    builder.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    // "**/" also matches no folder at all, so "**/x.txt" matches a top-level x.txt; "**/**/" is "**/".
                    if (i + 2 < pattern.Length && pattern[i + 2] == '/')
                    {
                        builder.Append("(?:.*/)?");
                        i += 2;
                        while (string.CompareOrdinal(pattern, i + 1, "**/", 0, 3) == 0)
                        {
                            i += 3;
                        }
                    }
                    else
                    {
                        builder.Append(".*");
                        i++;
                    }

                    break;
                case '*':
                    builder.Append("[^/]*");
                    break;
                case '?':
                    builder.Append("[^/]");
                    break;
                case '[':
                    i = TranslateClass(pattern, i, builder);
                    break;
                case '{':
                    i = TranslateBraces(pattern, i, builder);
                    break;
                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
    }

    /// <summary>A <c>[set]</c>; one that is not a valid set (unclosed, empty, a reversed range, holding '/') is literal text.</summary>
    private static int TranslateClass(string pattern, int open, StringBuilder builder)
    {
        var set = new StringBuilder("[");
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '!')
        {
            set.Append('^');
            i++;
        }

        var members = 0;
        for (; i < pattern.Length && pattern[i] != ']'; i++, members++)
        {
            var c = pattern[i] == '\\' && i + 1 < pattern.Length ? pattern[++i] : pattern[i];
            if (c == '/')
            {
                break;
            }

            set.Append(c is '\\' or '[' or ']' or '^' ? "\\" + c : c.ToString());
        }

        if (i >= pattern.Length || pattern[i] != ']' || members == 0 || !IsValidSet(set.Append(']').ToString()))
        {
            builder.Append(@"\[");
            return open;
        }

        builder.Append(set);
        return i;
    }

    private static bool IsValidSet(string set)
    {
        try
        {
            _ = new Regex(set, RegexOptions.CultureInvariant);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private int TranslateBraces(string pattern, int open, StringBuilder builder)
    {
        var close = MatchingBrace(pattern, open);
        if (close < 0)
        {
            builder.Append(@"\{");
            return open;
        }

        var body = pattern[(open + 1)..close];
        var range = Regex.Match(body, @"^([+-]?\d+)\.\.([+-]?\d+)$", RegexOptions.CultureInvariant);
        if (range.Success)
        {
            var low = int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture);
            var high = int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture);
            _numberRanges.Add((Math.Min(low, high), Math.Max(low, high)));
            builder.Append(@"([+-]?[0-9]+)");
            return close;
        }

        var alternatives = SplitTopLevel(body);
        if (alternatives.Count < 2)
        {
            builder.Append(@"\{");
            Translate(body, builder);
            builder.Append(@"\}");
            return close;
        }

        builder.Append("(?:");
        for (var i = 0; i < alternatives.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('|');
            }

            Translate(alternatives[i], builder);
        }

        builder.Append(')');
        return close;
    }

    private static int MatchingBrace(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when --depth == 0:
                    return i;
            }
        }

        return -1;
    }

    private static List<string> SplitTopLevel(string body)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            switch (body[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}':
                    depth--;
                    break;
                case ',' when depth == 0:
                    parts.Add(body[start..i]);
                    start = i + 1;
                    break;
            }
        }

        parts.Add(body[start..]);
        return parts;
    }
}
