namespace Linter.Core.Analysis;

/// <summary>
/// Reads .NET regular expression syntax token by token, as .NET's parser reads it, for what derives patterns and facts
/// from a user's pattern: escapes, character classes (a ']' first is a character, "-[" opens a subtracted class),
/// comments, option settings and group kinds are told apart, and what this reader does not follow is reported as
/// unsupported rather than guessed at.
/// </summary>
internal static class RegexSyntax
{
    public enum Token
    {
        Other,
        GroupOpen,
        AtomicOpen,
        LookaroundOpen,
        GroupClose,

        // A backreference or a conditional, whose meaning depends on what another part of the pattern matched, or
        // whitespace mode (x), in which spaces and '#' read differently than this reader reads them.
        Unsupported,
    }

    /// <summary>The kind and end of the token at <paramref name="position"/>.</summary>
    public static (Token Token, int End) Read(string pattern, int position)
    {
        switch (pattern[position])
        {
            case '\\':
                var code = position + 1 < pattern.Length ? pattern[position + 1] : '\0';
                return code is (>= '1' and <= '9') or 'k' or '<' or '\''
                    ? (Token.Unsupported, pattern.Length)
                    : (Token.Other, EscapeEnd(pattern, position));
            case '[':
                var classEnd = ClassEnd(pattern, position + 1);
                return classEnd < 0 ? (Token.Unsupported, pattern.Length) : (Token.Other, classEnd);
            case ')':
                return (Token.GroupClose, position + 1);
            case '(':
                return ReadGroupOpen(pattern, position);
            default:
                return (Token.Other, position + 1);
        }
    }

    /// <summary>What a '(' at <paramref name="position"/> opens: a group of some kind, a comment or an option setting.</summary>
    private static (Token Token, int End) ReadGroupOpen(string pattern, int position)
    {
        if (position + 2 >= pattern.Length || pattern[position + 1] != '?')
        {
            return (Token.GroupOpen, position + 1);
        }

        var kind = pattern[position + 2];
        var next = position + 3 < pattern.Length ? pattern[position + 3] : '\0';
        switch (kind)
        {
            case '#':
                var commentEnd = pattern.IndexOf(')', position);
                return commentEnd < 0 ? (Token.Unsupported, pattern.Length) : (Token.Other, commentEnd + 1);
            case '=' or '!':
                return (Token.LookaroundOpen, position + 3);
            case '<' when next is '=' or '!':
                return (Token.LookaroundOpen, position + 4);
            case '>':
                return (Token.AtomicOpen, position + 3);
            case ':':
                return (Token.GroupOpen, position + 3);
            case '(':
                return (Token.Unsupported, pattern.Length);
            case '<' or '\'':
                var nameEnd = pattern.IndexOf(kind == '<' ? '>' : '\'', position + 3);
                return nameEnd < 0 ? (Token.Unsupported, pattern.Length) : (Token.GroupOpen, nameEnd + 1);
            default:
                // Inline options: (?i) sets them for the rest of the group, (?i:...) opens a group with them.
                var end = position + 2;
                while (end < pattern.Length && pattern[end] is 'i' or 'I' or 'm' or 'M' or 'n' or 'N' or 's' or 'S' or '+' or '-')
                {
                    end++;
                }

                return end >= pattern.Length ? (Token.Unsupported, pattern.Length) : pattern[end] switch
                {
                    ')' => (Token.Other, end + 1),
                    ':' => (Token.GroupOpen, end + 1),
                    _ => (Token.Unsupported, pattern.Length),
                };
        }
    }

    /// <summary>The end of the escape whose backslash is at <paramref name="position"/>.</summary>
    private static int EscapeEnd(string pattern, int position)
    {
        var end = position + 1 < pattern.Length
            ? pattern[position + 1] switch
            {
                'c' => position + 3,

                // \0 starts an octal escape of up to three digits, the 0 included.
                '0' => OctalEnd(pattern, position + 1),
                'x' => position + 4,
                'u' => position + 6,
                'p' or 'P' when pattern.IndexOf('}', position) is var close && close > 0 => close + 1,
                _ => position + 2,
            }
            : position + 1;
        return Math.Min(end, pattern.Length);
    }

    private static int OctalEnd(string pattern, int position)
    {
        var end = position;
        while (end < pattern.Length && end < position + 3 && pattern[end] is >= '0' and <= '7')
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// The end of the character class whose contents start at <paramref name="position"/>, just after its '['; -1
    /// when it does not end. As in .NET's parser: a ']' first (after an optional '^') is a character, and a '['
    /// after an unescaped '-' that follows a character or a range opens a class to subtract, which ends before the
    /// outer class does.
    /// </summary>
    private static int ClassEnd(string pattern, int position)
    {
        if (position < pattern.Length && pattern[position] == '^')
        {
            position++;
        }

        var first = true;
        var inRange = false;
        for (; position < pattern.Length; first = false)
        {
            var character = pattern[position++];
            var escaped = false;
            if (character == ']' && !first)
            {
                return position;
            }

            if (character == '\\' && position < pattern.Length)
            {
                var code = pattern[position];
                position = EscapeEnd(pattern, position - 1);

                // A class shorthand or an escaped '-' is never the start of a range.
                if (code is 'd' or 'D' or 's' or 'S' or 'w' or 'W' or 'p' or 'P' or '-')
                {
                    inRange = false;
                    continue;
                }

                escaped = true;
            }

            if (inRange)
            {
                inRange = false;
                if (character == '[' && !escaped && !first)
                {
                    position = ClassEnd(pattern, position);
                }
            }
            else if (position + 1 < pattern.Length && pattern[position] == '-' && pattern[position + 1] != ']')
            {
                inRange = true;
                position++;
            }
            else if (position < pattern.Length && character == '-' && !escaped && pattern[position] == '[' && !first)
            {
                position = ClassEnd(pattern, position + 1);
            }

            if (position < 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The end of the group whose contents start at <paramref name="position"/>, after its ')'; -1 when it does not end or holds what cannot be read.</summary>
    public static int GroupEnd(string pattern, int position)
    {
        var depth = 1;
        while (position < pattern.Length)
        {
            var (token, end) = Read(pattern, position);
            switch (token)
            {
                case Token.Unsupported:
                    return -1;
                case Token.GroupOpen or Token.AtomicOpen or Token.LookaroundOpen:
                    depth++;
                    break;
                case Token.GroupClose:
                    depth--;
                    if (depth == 0)
                    {
                        return end;
                    }

                    break;
            }

            position = end;
        }

        return -1;
    }

    /// <summary>
    /// Past the quantifier (with a lazy '?') that follows a group ending at <paramref name="position"/>, and past the
    /// comments before it, which .NET skips there; <paramref name="position"/> itself when no quantifier follows.
    /// </summary>
    public static int AfterQuantifier(string pattern, int position)
    {
        var start = AfterComments(pattern, position);
        var end = QuantifierEnd(pattern, start);
        if (end == start)
        {
            return position;
        }

        end = AfterComments(pattern, end);
        return end < pattern.Length && pattern[end] == '?' ? end + 1 : end;
    }

    public static int AfterComments(string pattern, int position)
    {
        while (pattern.AsSpan(position).StartsWith("(?#", StringComparison.Ordinal) && pattern.IndexOf(')', position) is var close && close > 0)
        {
            position = close + 1;
        }

        return position;
    }

    /// <summary>The end of a quantifier (*, +, ?, {n}, {n,} or {n,m}) at <paramref name="position"/>; <paramref name="position"/> when there is none.</summary>
    public static int QuantifierEnd(string pattern, int position)
    {
        if (position >= pattern.Length)
        {
            return position;
        }

        if (pattern[position] is '*' or '+' or '?')
        {
            return position + 1;
        }

        if (pattern[position] != '{')
        {
            return position;
        }

        var end = AfterDigits(pattern, position + 1);
        if (end == position + 1 || end >= pattern.Length)
        {
            return position;
        }

        if (pattern[end] == ',')
        {
            end = AfterDigits(pattern, end + 1);
        }

        return end < pattern.Length && pattern[end] == '}' ? end + 1 : position;
    }

    private static int AfterDigits(string pattern, int position)
    {
        while (position < pattern.Length && char.IsAsciiDigit(pattern[position]))
        {
            position++;
        }

        return position;
    }
}
