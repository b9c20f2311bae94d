using System.Text;

namespace Linter.Core.Diagnostics;

/// <summary>
/// A message with named placeholders such as <c>{match}</c>; <c>{{</c> and <c>}}</c> stand for braces.
/// Placeholders are checked when a rule loads, so a typo never reaches the output.
/// </summary>
public sealed class MessageTemplate
{
    private readonly List<(string Literal, string? Name)> _parts;

    private MessageTemplate(string text, List<(string Literal, string? Name)> parts)
    {
        Text = text;
        _parts = parts;
    }

    /// <summary>The template as written.</summary>
    public string Text { get; }

    /// <summary>Parses <paramref name="text"/>, allowing only <paramref name="allowedNames"/>.</summary>
    /// <param name="text">The template.</param>
    /// <param name="allowedNames">Placeholder names the rule supplies.</param>
    /// <param name="error">Why the template is invalid, with the 0-based offset of the problem.</param>
    public static MessageTemplate? TryParse(string text, IReadOnlyCollection<string> allowedNames, out (int Offset, string Message)? error)
    {
        error = null;
        var parts = new List<(string, string?)>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                error = (i, "a lone '}' in the message; write '}}' for a brace");
                return null;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var close = text.IndexOf('}', i + 1);
            if (close < 0)
            {
                error = (i, "a '{' in the message is never closed; write '{{' for a brace");
                return null;
            }

            var name = text[(i + 1)..close];
            if (!allowedNames.Contains(name))
            {
                error = (i, $"unknown placeholder '{{{name}}}'; this rule offers {string.Join(", ", allowedNames.Select(n => "{" + n + "}"))}");
                return null;
            }

            parts.Add((literal.ToString(), name));
            literal.Clear();
            i = close;
        }

        parts.Add((literal.ToString(), null));
        return new MessageTemplate(text, parts);
    }

    /// <summary>Parses a template known to be valid (the engine's own messages).</summary>
    public static MessageTemplate Parse(string text, params string[] allowedNames) =>
        TryParse(text, allowedNames, out var error) ?? throw new FormatException(error?.Message);

    /// <summary>Fills the placeholders.</summary>
    public string Format(IReadOnlyDictionary<string, string> arguments)
    {
        var builder = new StringBuilder();
        foreach (var (literal, name) in _parts)
        {
            builder.Append(literal);
            if (name is not null)
            {
                builder.Append(arguments.TryGetValue(name, out var value) ? value : string.Empty);
            }
        }

        return builder.ToString();
    }
}
