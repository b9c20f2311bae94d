using System.Globalization;
using System.IO.Hashing;
using System.Text;
using System.Text.RegularExpressions;
using Linter.Core.State;

namespace Linter.Cli.Input;

/// <summary>
/// Cuts a corpus into shares for <c>check --shard K/N</c>: contiguous runs of its files in path order, of about equal
/// size in bytes, so that every task of a job array computes the same cut from the same files without talking to the
/// others, and document ordinals stay those of a whole run.
/// </summary>
internal static partial class CorpusSharding
{
    /// <summary>The suffix of state files in a state folder.</summary>
    public const string StateFileSuffix = ".clstate";

    /// <summary>Parses <c>K/N</c> (1 ≤ K ≤ N), or throws a usage error.</summary>
    public static (int Index, int Count) Parse(string text)
    {
        var match = ShardPattern().Match(text);
        if (!match.Success
            || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || index < 1 || index > count)
        {
            throw new UsageException($"--shard '{text}': expected K/N with 1 <= K <= N, such as 2/8");
        }

        return (index, count);
    }

    /// <summary>The share <paramref name="index"/> of <paramref name="count"/> of <paramref name="files"/>, with the key of the whole corpus, and where its files start.</summary>
    public static (CorpusShare Share, int FirstFile, List<CorpusFile> Files) Cut(IReadOnlyList<CorpusFile> files, int index, int count)
    {
        var sizes = files.Select(file => file.Size()).ToArray();
        var total = sizes.Sum();
        var first = -1;
        var taken = new List<CorpusFile>();
        long before = 0;
        for (var i = 0; i < files.Count; i++)
        {
            // A file belongs to the share its first byte falls in; by count when every file is empty.
            var share = total > 0 ? (int)((decimal)before * count / total) + 1 : (int)((long)i * count / files.Count) + 1;
            before += sizes[i];
            if (share == index)
            {
                first = first < 0 ? i : first;
                taken.Add(files[i]);
            }
        }

        return (new CorpusShare(index, count, KeyOf(files, sizes)), first < 0 ? files.Count : first, taken);
    }

    /// <summary>The name of a share's state file in the state folder.</summary>
    public static string FileName(CorpusShare share) => $"corpus.{share.Index}-of-{share.Count}{StateFileSuffix}";

    /// <summary>The key of a corpus: its files' paths as shown and their sizes, hashed.</summary>
    private static string KeyOf(IReadOnlyList<CorpusFile> files, long[] sizes)
    {
        var hash = new XxHash128();
        for (var i = 0; i < files.Count; i++)
        {
            hash.Append(Encoding.UTF8.GetBytes($"{files[i].DisplayPath}\0{sizes[i]}\n"));
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    [GeneratedRegex(@"^\s*(\d+)\s*/\s*(\d+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ShardPattern();
}
