using System.Text;
using Linter.Core.Diagnostics;

namespace Linter.Core.Fixes;

/// <summary>Applies the fixes of diagnostics to the text they were computed on.</summary>
public static class FixApplier
{
    /// <summary>
    /// Applies every fix whose edits overlap no edit already taken, in order of position (first start, then
    /// first end, then the diagnostics' order). A fix is taken whole or not at all. Returns the new text and
    /// the diagnostics whose fixes were applied.
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

        if (taken.Count == 0)
        {
            return (text, applied);
        }

        taken.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var edit in taken)
        {
            builder.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }

        builder.Append(text, position, text.Length - position);
        return (builder.ToString(), applied);
    }

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
