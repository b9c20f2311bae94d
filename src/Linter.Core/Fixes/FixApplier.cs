using System.Text;
using Linter.Core.Diagnostics;

namespace Linter.Core.Fixes;

/// <summary>Applies the fixes of diagnostics to a text.</summary>
public static class FixApplier
{
    /// <summary>
    /// Applies every fix whose edits overlap no edit already taken, in order of position. A fix is taken
    /// whole or not at all. Returns the new text and how many fixes were applied.
    /// </summary>
    public static (string Text, int Applied) ApplyOnce(string text, IEnumerable<Diagnostic> diagnostics)
    {
        var taken = new List<TextEdit>();
        var applied = 0;
        foreach (var fix in diagnostics.Select(d => d.Fix).OfType<Fix>()
                     .OrderBy(f => f.Edits.Min(e => e.Span.Start))
                     .ThenBy(f => f.Edits.Max(e => e.Span.End)))
        {
            if (fix.Edits.Any(edit => taken.Any(other => Conflicts(edit, other))))
            {
                continue;
            }

            taken.AddRange(fix.Edits);
            applied++;
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

    private static bool Conflicts(TextEdit a, TextEdit b) =>
        a.Span.OverlapsWith(b.Span) || (a.Span.Start == b.Span.Start && (a.Span.Length == 0 || b.Span.Length == 0));
}
