using System.Globalization;
using Linter.Core.Analysis;
using Linter.Core.Arabic;
using Linter.Core.Diagnostics;
using Linter.Core.Text;

namespace Linter.Core.Rules.Kinds;

/// <summary>
/// A line, or a block of lines, that repeats the one right before it (a caption pasted twice, a masthead pasted
/// twice). Lines compare after normalization; blank lines between the two copies do not hide the repeat, and
/// blank lines themselves never count. A repeat in verse (a refrain) is not reported. The fix deletes the second copy.
/// </summary>
public sealed class RepetitionRule : Rule
{
    /// <summary>The kind's table entry.</summary>
    public static readonly RuleKind Kind = new(
        "repetition",
        "A line or block of lines repeated right after itself; the fix deletes the repeat.",
        [
            new("max_block_lines", FieldType.Integer, "The longest block, in non-blank lines, looked for (default 10).", Minimum: 1),
            new("min_letters", FieldType.Integer, "Lines with fewer letters than this are ignored, like blank lines (default 2).", Minimum: 1),
        ],
        ["match", "original", "count"],
        definition => new RepetitionRule(definition));

    /// <summary>
    /// The content lines of the document this thread analyzes, reused from one document to the next: a thread analyzes
    /// one document at a time, and the lines are read only while it does.
    /// </summary>
    [ThreadStatic]
    private static List<ContentLine>? _contentLines;

    // A verse line is short; a line that holds both hemistichs of a verse may be twice as long.
    private const int MaxVerseLineWords = 10;
    private const int MaxHemistichPairWords = 20;

    private readonly int _maxBlockLines;
    private readonly int _minLetters;

    private RepetitionRule(RuleDefinition definition)
        : base(definition)
    {
        _maxBlockLines = definition.Node.Integer("max_block_lines", 10);
        _minLetters = definition.Node.Integer("min_letters", 2);
    }

    /// <inheritdoc />
    public override string? FixDescription(RuleDescriptor descriptor) => "Deletes the repeated line or block with its line breaks.";

    /// <inheritdoc />
    public override void Analyze(DocumentContext context)
    {
        var normalized = context.Normalized.Text;
        var lines = ContentLines(normalized);
        var i = 1;
        while (i < lines.Count)
        {
            var block = 0;
            for (var size = Math.Min(_maxBlockLines, Math.Min(i, lines.Count - i)); size >= 1; size--)
            {
                if (BlocksEqual(normalized, lines, i - size, i, size))
                {
                    block = size;
                    break;
                }
            }

            if (block == 0)
            {
                i++;
                continue;
            }

            if (!InVerse(normalized, context.Source, lines, i - block, i + block - 1) && !Chanted(normalized, context.Source, lines, i, block))
            {
                Report(context, lines[i - block].Line, lines[i - 1].Line, lines[i].Line, lines[i + block - 1].Line, block);
            }

            i += block;
        }
    }

    private void Report(DocumentContext context, int originalFirst, int originalLast, int first, int last, int count)
    {
        var source = context.Source;
        var span = TextSpan.FromBounds(source.TrimmedLineSpan(first).Start, source.TrimmedLineSpan(last).End);
        var original = originalFirst == originalLast
            ? $"line {originalFirst + 1}"
            : $"lines {originalFirst + 1}–{originalLast + 1}";
        context.Report(
            Descriptor,
            span,
            new Fix(count == 1 ? "Delete the repeated line" : "Delete the repeated lines", [new TextEdit(source.LinesDeletionSpan(first, last), string.Empty)]),
            ("original", original),
            ("count", count.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// Lines with enough letters: each one's 0-based index and where its trimmed content is in the normalized text.
    /// The list is this thread's, good until the next call.
    /// </summary>
    private List<ContentLine> ContentLines(string normalized)
    {
        var lines = _contentLines ??= [];
        lines.Clear();
        var line = 0;
        foreach (var range in normalized.AsSpan().Split('\n'))
        {
            var (start, length) = range.GetOffsetAndLength(normalized.Length);
            var content = normalized.AsSpan(start, length);
            var trimmedStart = start + (content.Length - content.TrimStart(' ').Length);
            content = content.Trim(' ');
            var letters = 0;
            foreach (var c in content)
            {
                if (char.IsLetter(c) && ++letters >= _minLetters)
                {
                    lines.Add(new ContentLine(line, trimmedStart, content.Length));
                    break;
                }
            }

            line++;
        }

        return lines;
    }

    /// <summary>
    /// True when the repeat that runs from content line <paramref name="first"/> (the original's first) to
    /// <paramref name="last"/> (the copy's last) is verse, where a refrain is sung again rather than pasted twice: its
    /// lines are short lines that end no sentence, and either one of them holds the two hemistichs of a verse, or the
    /// lines right before and right after it are other verse lines that rhyme with it (at the end of the text, the two
    /// lines before it).
    /// </summary>
    private static bool InVerse(string normalized, SourceText source, List<ContentLine> lines, int first, int last)
    {
        var hemistichs = false;
        for (var k = first; k <= last; k++)
        {
            var line = source.LineText(lines[k].Line).Trim();
            if (!IsVerseLine(line))
            {
                return false;
            }

            hemistichs |= HasHemistichs(line);
        }

        if (hemistichs)
        {
            return true;
        }

        // A refrain of several verse lines is sung again after a line that rhymes with it; a refrain closing a poem
        // has verse only before it: two lines that rhyme with it.
        var rhyme = source.LineText(lines[last].Line).Trim();
        var before = first > 0 && RhymingVerse(normalized, source, lines, first - 1, last, rhyme);
        return before && ((last - first + 1) / 2 > 1 || (last + 1 < lines.Count
            ? RhymingVerse(normalized, source, lines, last + 1, last, rhyme)
            : first > 1 && RhymingVerse(normalized, source, lines, first - 2, last, rhyme)));
    }

    /// <summary>
    /// True when the line copied at content line <paramref name="copy"/> is said three times or more in a row among
    /// other short lines (one right before and one right after), as a prayer or a chant repeats an invocation on
    /// purpose: a paste gives two copies.
    /// </summary>
    private static bool Chanted(string normalized, SourceText source, List<ContentLine> lines, int copy, int block)
    {
        if (block != 1 || !IsVerseLine(source.LineText(lines[copy].Line).Trim()))
        {
            return false;
        }

        // A copy said again may be typed with a space more or less (و أنت / وأنت).
        var (start, end) = (copy - 1, copy);
        while (start > 0 && SameWithoutSpaces(normalized, lines[start - 1], lines[copy]))
        {
            start--;
        }

        while (end + 1 < lines.Count && SameWithoutSpaces(normalized, lines[end + 1], lines[copy]))
        {
            end++;
        }

        return end - start >= 2
            && start > 0 && IsVerseLine(source.LineText(lines[start - 1].Line).Trim())
            && end + 1 < lines.Count && IsVerseLine(source.LineText(lines[end + 1].Line).Trim());
    }

    /// <summary>True when content line <paramref name="neighbor"/> is a verse line other than a copy of content line <paramref name="copy"/>, ending in the same two letters as <paramref name="rhyme"/>.</summary>
    private static bool RhymingVerse(string normalized, SourceText source, List<ContentLine> lines, int neighbor, int copy, ReadOnlySpan<char> rhyme)
    {
        var line = source.LineText(lines[neighbor].Line).Trim();
        if (!IsVerseLine(line) || BlocksEqual(normalized, lines, neighbor, copy, 1))
        {
            return false;
        }

        // Rhyming lines end in different words: the same last word ends every line of a list, not of a poem.
        if (line[(line.LastIndexOf(' ') + 1)..].SequenceEqual(rhyme[(rhyme.LastIndexOf(' ') + 1)..]))
        {
            return false;
        }

        Span<char> a = stackalloc char[2], b = stackalloc char[2];
        return LastLetters(line, a) == 2 && LastLetters(rhyme, b) == 2 && a.SequenceEqual(b);
    }

    /// <summary>A line as verse writes it: a few words (a hemistich pair at most), not a list item, ending no sentence.</summary>
    private static bool IsVerseLine(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line[0] is '•' or '-' or '*' or '·' or '▪' || char.IsDigit(line[0]))
        {
            return false;
        }

        var words = line.Count(' ') + 1;
        if (words > (HasHemistichs(line) ? MaxHemistichPairWords : MaxVerseLineWords))
        {
            return false;
        }

        // An ellipsis trails off, as verse lines do; a single full stop, a question or a colon ends a sentence.
        return line[^1] is not ('!' or '?' or '؟' or ':') && !(line[^1] == '.' && (line.Length < 2 || line[^2] != '.'));
    }

    /// <summary>Two halves of a verse on one line, split by an asterisk, an ellipsis or a tab.</summary>
    private static bool HasHemistichs(ReadOnlySpan<char> line)
    {
        var middle = line.TrimEnd(".…*").TrimStart("*");
        return middle.Contains(" * ", StringComparison.Ordinal) || middle.Contains('…') || middle.Contains("...", StringComparison.Ordinal) || middle.Contains('\t');
    }

    /// <summary>Writes the last letter of <paramref name="line"/>, then the one before it, into <paramref name="letters"/>, passing over marks; returns how many it found.</summary>
    private static int LastLetters(ReadOnlySpan<char> line, Span<char> letters)
    {
        var found = 0;
        for (var index = line.Length - 1; index >= 0 && found < letters.Length; index--)
        {
            if (char.IsLetter(line[index]) && line[index] != ArabicNormalizer.Tatweel)
            {
                letters[found++] = line[index];
            }
            else if (found > 0 && !ArabicNormalizer.IsIgnorableMark(line[index]))
            {
                break;
            }
        }

        return found;
    }

    private static bool BlocksEqual(string normalized, List<ContentLine> lines, int first, int second, int size)
    {
        for (var k = 0; k < size; k++)
        {
            var (a, b) = (lines[first + k], lines[second + k]);
            if (a.Length != b.Length || !normalized.AsSpan(a.Start, a.Length).SequenceEqual(normalized.AsSpan(b.Start, b.Length)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameWithoutSpaces(string normalized, ContentLine a, ContentLine b)
    {
        var x = normalized.AsSpan(a.Start, a.Length);
        var y = normalized.AsSpan(b.Start, b.Length);
        int i = 0, j = 0;
        while (true)
        {
            while (i < x.Length && x[i] == ' ')
            {
                i++;
            }

            while (j < y.Length && y[j] == ' ')
            {
                j++;
            }

            if (i == x.Length || j == y.Length)
            {
                return i == x.Length && j == y.Length;
            }

            if (x[i++] != y[j++])
            {
                return false;
            }
        }
    }

    /// <param name="Line">The line's 0-based index.</param>
    /// <param name="Start">Where its content, without the spaces around it, starts in the normalized text.</param>
    /// <param name="Length">The content's length.</param>
    private readonly record struct ContentLine(int Line, int Start, int Length);
}
