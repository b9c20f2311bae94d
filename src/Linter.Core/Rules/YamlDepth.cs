namespace Linter.Core.Rules;

/// <summary>
/// Guards the YAML parser, which recurses once per level of flow nesting (<c>[[[…</c>): a file nested deeper than
/// the stack can hold would end the process, which no handler can catch. Rule files need a handful of levels.
/// </summary>
internal static class YamlDepth
{
    /// <summary>The deepest flow nesting read.</summary>
    public const int Limit = 256;

    /// <summary>
    /// The line and column (1-based) where flow collections in <paramref name="text"/> first nest deeper than
    /// <see cref="Limit"/>, or null. Brackets in quoted strings and comments are not counted; those in block
    /// scalars are, which can only err towards a limit no rule file comes near.
    /// </summary>
    public static (int Line, int Column)? FirstTooDeep(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int depth = 0, line = 1, column = 0;
        var quote = '\0';
        var comment = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            column++;
            if (c == '\n')
            {
                (line, column, comment) = (line + 1, 0, false);
                continue;
            }

            if (comment)
            {
                continue;
            }

            if (quote != '\0')
            {
                if (c == '\\' && quote == '"')
                {
                    i++;
                    column++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '#' when i == 0 || char.IsWhiteSpace(text[i - 1]):
                    comment = true;
                    break;
                case '[' or '{':
                    if (++depth > Limit)
                    {
                        return (line, column);
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return null;
    }
}
