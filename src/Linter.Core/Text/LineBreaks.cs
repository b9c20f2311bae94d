namespace Linter.Core.Text;

/// <summary>Counts line breaks the way <see cref="SourceText"/> splits lines: LF, CRLF and a lone CR are one break each.</summary>
internal static class LineBreaks
{
    /// <summary>The number of line breaks in <paramref name="text"/>.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// True when replacing <paramref name="span"/> of <paramref name="text"/> with <paramref name="newText"/> would
    /// change the line breaks at the span's edges: a lone CR before it and an LF after it read as one CRLF once what
    /// lies between is gone, or a CRLF the span starts or ends inside is split in two.
    /// </summary>
    public static bool ChangedAround(string text, TextSpan span, string newText)
    {
        var before = span.Start > 0 ? text.AsSpan(span.Start - 1, 1) : [];
        var after = span.End < text.Length ? text.AsSpan(span.End, 1) : [];
        var old = text.AsSpan(span.Start, span.Length);
        return Count(string.Concat(before, old, after)) - Count(old) != Count(string.Concat(before, newText, after)) - Count(newText);
    }
}
