using System.Globalization;

namespace Linter.Core.Text;

/// <summary>
/// A document's decoded text with its line starts. Line breaks are LF, CRLF or a lone CR;
/// a line's content never includes its break.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>Indexes <paramref name="text"/> into lines.</summary>
    public SourceText(string text)
    {
        Text = text;
        // Breaks are found with a vectorized search; a text of LF or CRLF breaks has as many lines as LFs, plus one.
        var starts = new List<int>(text.AsSpan().Count('\n') + 1) { 0 };
        var styles = LineBreakStyles.None;
        for (var i = text.AsSpan().IndexOfAny('\r', '\n'); i >= 0; i = NextBreak(text, i + 1))
        {
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                    styles |= LineBreakStyles.CrLf;
                }
                else
                {
                    styles |= LineBreakStyles.Cr;
                }
            }
            else
            {
                styles |= LineBreakStyles.Lf;
            }

            starts.Add(i + 1);
        }

        _lineStarts = [.. starts];
        LinesEndInLineFeed = (styles & (LineBreakStyles.CrLf | LineBreakStyles.Cr)) == 0;
        NewLine = styles switch
        {
            LineBreakStyles.Lf => "\n",
            LineBreakStyles.CrLf => "\r\n",
            LineBreakStyles.Cr => "\r",
            _ => null,
        };
    }

    private static int NextBreak(string text, int from)
    {
        var found = text.AsSpan(from).IndexOfAny('\r', '\n');
        return found < 0 ? -1 : from + found;
    }

    [Flags]
    private enum LineBreakStyles
    {
        None = 0,
        Lf = 1,
        CrLf = 2,
        Cr = 4,
    }

    /// <summary>True when the text has no CR: every line break is a lone LF.</summary>
    public bool LinesEndInLineFeed { get; }

    /// <summary>The one line break the whole text uses, or null when it mixes styles or has no break.</summary>
    public string? NewLine { get; }

    /// <summary>
    /// <paramref name="inserted"/> with its line breaks written in this text's style, so a fix never brings
    /// LF into a CRLF file. Left as it is when this text has no single style.
    /// </summary>
    public string InStyle(string inserted)
    {
        if (NewLine is null || inserted.AsSpan().IndexOfAny('\r', '\n') < 0)
        {
            return inserted;
        }

        // Not ReplaceLineEndings: it would also rewrite U+0085, U+2028 and form feeds, which are text here.
        return inserted.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\n", NewLine, StringComparison.Ordinal);
    }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length => Text.Length;

    /// <summary>Number of lines; a text ending in a line break has an empty last line.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Offset where line <paramref name="line"/> (0-based) starts.</summary>
    public int LineStart(int line) => _lineStarts[line];

    /// <summary>Offset just past the content of a line, before its break.</summary>
    public int LineContentEnd(int line)
    {
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        if (end > _lineStarts[line] && line + 1 < _lineStarts.Length)
        {
            end--;
            if (Text[end] == '\n' && end > _lineStarts[line] && Text[end - 1] == '\r')
            {
                end--;
            }
        }

        return end;
    }

    /// <summary>Offset where the next line starts, or the end of the text for the last line.</summary>
    public int LineEndIncludingBreak(int line) =>
        line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;

    /// <summary>The content span of a line, without its break.</summary>
    public TextSpan LineSpan(int line) => TextSpan.FromBounds(_lineStarts[line], LineContentEnd(line));

    /// <summary>The content span of a line without its break and without leading or trailing whitespace.</summary>
    public TextSpan TrimmedLineSpan(int line)
    {
        var start = _lineStarts[line];
        var end = LineContentEnd(line);
        while (start < end && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The content of a line, without its break.</summary>
    public ReadOnlySpan<char> LineText(int line) => Text.AsSpan(_lineStarts[line], LineContentEnd(line) - _lineStarts[line]);

    /// <summary>0-based line containing <paramref name="offset"/>.</summary>
    public int LineIndexOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Line and column of an offset.</summary>
    public LinePosition PositionOf(int offset)
    {
        var line = LineIndexOf(offset);
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    /// <summary>Line positions of a span.</summary>
    public LinePositionSpan PositionOf(TextSpan span) => new(PositionOf(span.Start), PositionOf(span.End));

    /// <summary>
    /// The span that removes whole lines <paramref name="first"/>..<paramref name="last"/> with their breaks.
    /// When the last of them is the text's final line (the text has no final line break), the break before them
    /// goes instead, with any blank lines before them, so the text still ends right after its last words, without a
    /// line break, as it did.
    /// </summary>
    public TextSpan LinesDeletionSpan(int first, int last)
    {
        if (last + 1 < _lineStarts.Length)
        {
            var next = _lineStarts[last + 1];
            if (first > 0 && Text[_lineStarts[first] - 1] == '\r' && next < Text.Length && Text[next] == '\n')
            {
                // The break before the lines is a lone CR and the next line is empty with an LF: deleting the lines
                // with their own break would join those two into one CRLF. The CR goes instead; the break stays.
                return TextSpan.FromBounds(_lineStarts[first] - 1, LineContentEnd(last));
            }

            return TextSpan.FromBounds(_lineStarts[first], next);
        }

        var kept = first - 1;
        while (kept >= 0 && IsBlankLine(kept))
        {
            kept--;
        }

        return TextSpan.FromBounds(kept >= 0 ? LineContentEnd(kept) : 0, Text.Length);
    }

    /// <summary>
    /// True when a line holds nothing but whitespace and invisible format characters (zero-width space, byte
    /// order mark, direction marks): a line that looks empty, as the whitespace-only line rule sees it.
    /// </summary>
    public bool IsBlankLine(int line)
    {
        foreach (var c in LineText(line))
        {
            if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                return false;
            }
        }

        return true;
    }
}
