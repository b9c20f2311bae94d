using System.Text;
using Linter.Core.Diagnostics;

namespace Linter.Core.Fixes;

/// <summary>Applies the fixes of diagnostics to the text they were computed on.</summary>
public static class FixApplier
{
    /// <summary>
    /// Applies every fix whose edits overlap no edit already taken, in order of position (first start, then
    /// first end, then the diagnostics' order). A fix is taken whole or not at all. Fixes that are safe one by
    /// one but not together wait for the next pass: those that would bring a CR and an LF together into one CRLF
    /// break, and the last of those that would change whether the text ends with a line break. Returns the new
    /// text and the diagnostics whose fixes were applied.
    /// </summary>
    public static (string Text, IReadOnlyList<Diagnostic> Applied) ApplyOnce(string text, IEnumerable<Diagnostic> diagnostics)
    {
        var taken = new List<TextEdit>();
        var applied = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics.Where(d => d.Fix is not null)
                     .OrderBy(d => d.Fix!.Edits.Min(e => e.Span.Start))
                     .ThenBy(d => d.Fix!.Edits.Max(e => e.Span.End)))
        {
            var edits = diagnostic.Fix!.Edits;
            if (edits.Any(edit => taken.Any(other => Conflicts(edit, other))) || HasConflictWithin(edits))
            {
                continue;
            }

            taken.AddRange(edits);
            applied.Add(diagnostic);
        }

        while (true)
        {
            var (result, joinedBy) = Apply(text, applied);
            if (joinedBy is not null)
            {
                // Several deletions in a row can leave a lone CR right before an LF: two lines would become one.
                applied.Remove(joinedBy);
                continue;
            }

            if (applied.Count > 1 && result.Length > 0 && EndsWithLineBreak(result) != EndsWithLineBreak(text))
            {
                // One fix empties a line, the next deletes the lines after it: the text would gain or lose its final break.
                applied.RemoveAt(applied.Count - 1);
                continue;
            }

            return (result, applied);
        }
    }

    /// <summary>
    /// The text with the fixes of <paramref name="applied"/> made; or, when two pieces of it would put a CR and an
    /// LF together that were apart, the diagnostic whose edit comes last before them.
    /// </summary>
    private static (string Text, Diagnostic? JoinedBy) Apply(string text, List<Diagnostic> applied)
    {
        if (applied.Count == 0)
        {
            return (text, null);
        }

        var edits = applied.SelectMany(d => d.Fix!.Edits.Select(edit => (Edit: edit, Owner: d))).OrderBy(e => e.Edit.Span.Start).ToList();
        var builder = new StringBuilder(text.Length);
        var position = 0;
        var inputEnd = 0;
        Diagnostic? lastOwner = null;
        foreach (var (edit, owner) in edits)
        {
            if (Joins(builder, text, position, edit.Span.Start, inputEnd))
            {
                return (text, lastOwner);
            }

            builder.Append(text, position, edit.Span.Start - position);
            inputEnd = edit.Span.Start > position ? edit.Span.Start : inputEnd;
            if (Joins(builder, edit.NewText, 0, edit.NewText.Length, -1))
            {
                return (text, owner);
            }

            builder.Append(edit.NewText);
            inputEnd = edit.NewText.Length > 0 ? -1 : inputEnd;
            position = edit.Span.End;
            lastOwner = owner;
        }

        if (Joins(builder, text, position, text.Length, inputEnd))
        {
            return (text, lastOwner);
        }

        builder.Append(text, position, text.Length - position);
        return (builder.ToString(), null);
    }

    /// <summary>
    /// True when appending <paramref name="piece"/>[<paramref name="start"/>..<paramref name="end"/>) would put an LF
    /// right after a CR that was not right before it in the input (<paramref name="inputEnd"/> is where the input
    /// copied last ends, or -1 when the builder ends with new text).
    /// </summary>
    private static bool Joins(StringBuilder builder, string piece, int start, int end, int inputEnd) =>
        end > start && piece[start] == '\n' && builder.Length > 0 && builder[^1] == '\r' && inputEnd != start;

    private static bool EndsWithLineBreak(string text) => text.Length > 0 && text[^1] is '\n' or '\r';

    private static bool HasConflictWithin(IReadOnlyList<TextEdit> edits)
    {
        for (var i = 0; i < edits.Count; i++)
        {
            for (var j = i + 1; j < edits.Count; j++)
            {
                if (Conflicts(edits[i], edits[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Conflicts(TextEdit a, TextEdit b) =>
        a.Span.OverlapsWith(b.Span) || (a.Span.Start == b.Span.Start && (a.Span.Length == 0 || b.Span.Length == 0));
}
