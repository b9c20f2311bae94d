using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;

namespace Linter.Cli.Fixing;

/// <summary>
/// A unified diff that <c>git apply</c> and <c>patch -p1</c> accept: each line keeps its own line break (so CRLF
/// files diff as CRLF), and a last line without one is marked "\ No newline at end of file".
/// </summary>
internal static class UnifiedDiff
{
    private const int ContextLines = 3;

    /// <summary>The diff of <paramref name="oldText"/> to <paramref name="newText"/> for the file at <paramref name="path"/>; empty when they are equal.</summary>
    public static string Create(string path, string oldText, string newText)
    {
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var diff = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, new LineEndingsPreservingChunker());
        // As git shows a path outside the repository: a/tmp/x.txt, not a//tmp/x.txt.
        var shown = path.TrimStart('/');
        var builder = new StringBuilder();
        builder.Append("--- a/").Append(shown).Append('\n');
        builder.Append("+++ b/").Append(shown).Append('\n');
        foreach (var hunk in Hunks(diff.DiffBlocks))
        {
            WriteHunk(builder, diff, hunk);
        }

        return builder.ToString();
    }

    /// <summary>Blocks close enough that their context would touch share one hunk.</summary>
    private static List<List<DiffBlock>> Hunks(IEnumerable<DiffBlock> blocks)
    {
        var hunks = new List<List<DiffBlock>>();
        foreach (var block in blocks)
        {
            var last = hunks.Count > 0 ? hunks[^1][^1] : null;
            if (last is not null && block.DeleteStartA - (last.DeleteStartA + last.DeleteCountA) <= 2 * ContextLines)
            {
                hunks[^1].Add(block);
            }
            else
            {
                hunks.Add([block]);
            }
        }

        return hunks;
    }

    private static void WriteHunk(StringBuilder builder, DiffResult diff, List<DiffBlock> hunk)
    {
        var first = hunk[0];
        var last = hunk[^1];
        var oldStart = Math.Max(0, first.DeleteStartA - ContextLines);
        var oldEnd = Math.Min(diff.PiecesOld.Count, last.DeleteStartA + last.DeleteCountA + ContextLines);
        var newStart = first.InsertStartB - (first.DeleteStartA - oldStart);
        var newEnd = last.InsertStartB + last.InsertCountB + (oldEnd - (last.DeleteStartA + last.DeleteCountA));
        builder.Append(CultureInfo.InvariantCulture, $"@@ -{Range(oldStart, oldEnd - oldStart)} +{Range(newStart, newEnd - newStart)} @@\n");

        var oldLine = oldStart;
        foreach (var block in hunk)
        {
            for (; oldLine < block.DeleteStartA; oldLine++)
            {
                WriteLine(builder, ' ', diff.PiecesOld[oldLine]);
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                WriteLine(builder, '-', diff.PiecesOld[block.DeleteStartA + i]);
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                WriteLine(builder, '+', diff.PiecesNew[block.InsertStartB + i]);
            }

            oldLine = block.DeleteStartA + block.DeleteCountA;
        }

        for (; oldLine < oldEnd; oldLine++)
        {
            WriteLine(builder, ' ', diff.PiecesOld[oldLine]);
        }
    }

    /// <summary>A hunk range as diff writes it: 1-based start; for an empty range, the line before it.</summary>
    private static string Range(int start, int count) => count switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{start},0"),
        1 => string.Create(CultureInfo.InvariantCulture, $"{start + 1}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}"),
    };

    private static void WriteLine(StringBuilder builder, char marker, string line)
    {
        builder.Append(marker).Append(line);
        if (!line.EndsWith('\n') && !line.EndsWith('\r'))
        {
            builder.Append("\n\\ No newline at end of file\n");
        }
    }
}
