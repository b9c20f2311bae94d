using Linter.Core.Text;

namespace Linter.Cli.LanguageServer;

/// <summary>
/// The text of an open document at one version, with the protocol's positions: 0-based lines broken at LF, CRLF or
/// a lone CR, as <see cref="SourceText"/> breaks them, and columns in UTF-16 code units.
/// </summary>
internal sealed class TextBuffer
{
    /// <summary>Indexes <paramref name="text"/>.</summary>
    public TextBuffer(string text)
    {
        Source = new SourceText(text);
    }

    /// <summary>The text.</summary>
    public string Text => Source.Text;

    /// <summary>The text with its lines.</summary>
    public SourceText Source { get; }

    /// <summary>
    /// The offset of a position. A line past the last is the end of the text, and a column past the line's content
    /// is its end, as the protocol says a client may send.
    /// </summary>
    public int OffsetOf(LspPosition position)
    {
        if (position.Line >= Source.LineCount)
        {
            return Text.Length;
        }

        var line = Math.Max(0, position.Line);
        var start = Source.LineStart(line);
        return start + Math.Clamp(position.Character, 0, Source.LineContentEnd(line) - start);
    }

    /// <summary>The position of an offset.</summary>
    public LspPosition PositionOf(int offset)
    {
        var position = Source.PositionOf(Math.Clamp(offset, 0, Text.Length));
        return new LspPosition(position.Line, position.Column);
    }

    /// <summary>The range of a span.</summary>
    public LspRange RangeOf(int start, int end) => new(PositionOf(start), PositionOf(end));

    /// <summary>The text after <paramref name="changes"/>, applied in order, each to the text the one before left.</summary>
    public TextBuffer Apply(IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        var buffer = this;
        foreach (var change in changes)
        {
            if (change.Range is not { } range)
            {
                buffer = new TextBuffer(change.Text);
                continue;
            }

            var start = buffer.OffsetOf(range.Start);
            var end = Math.Max(start, buffer.OffsetOf(range.End));
            buffer = new TextBuffer(string.Concat(buffer.Text.AsSpan(0, start), change.Text, buffer.Text.AsSpan(end)));
        }

        return buffer;
    }

    /// <summary>
    /// The one replacement that turns <paramref name="before"/> into <paramref name="after"/>: the part between their
    /// common start and common end, so that an editor moves no cursor or mark outside what changed. A surrogate pair
    /// is never split.
    /// </summary>
    public static (int Start, int End, string NewText) Difference(string before, string after)
    {
        var prefix = before.AsSpan().CommonPrefixLength(after);
        if (prefix > 0 && char.IsHighSurrogate(before[prefix - 1]))
        {
            prefix--;
        }

        var maxSuffix = Math.Min(before.Length, after.Length) - prefix;
        var suffix = 0;
        while (suffix < maxSuffix && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        if (suffix > 0 && char.IsLowSurrogate(before[before.Length - suffix]))
        {
            suffix--;
        }

        return (prefix, before.Length - suffix, after[prefix..(after.Length - suffix)]);
    }
}
