using System.Globalization;
using Linter.Core.Analysis;
using Linter.Core.Diagnostics;
using Linter.Core.Text;

namespace Linter.Core.Rules.Kinds;

/// <summary>
/// A line, or a block of lines, that repeats the one right before it (a caption pasted twice, a masthead pasted
/// twice). Lines compare after normalization; blank lines between the two copies do not hide the repeat, and
/// blank lines themselves never count. The fix deletes the second copy.
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

            Report(context, lines[i - block].Line, lines[i - 1].Line, lines[i].Line, lines[i + block - 1].Line, block);
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

    /// <param name="Line">The line's 0-based index.</param>
    /// <param name="Start">Where its content, without the spaces around it, starts in the normalized text.</param>
    /// <param name="Length">The content's length.</param>
    private readonly record struct ContentLine(int Line, int Start, int Length);
}
