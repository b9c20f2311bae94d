using Linter.Core.Arabic;

namespace Linter.Core.Corpus;

/// <summary>
/// The words of a normalized text and its word shingles: every run of <c>k</c> consecutive words, hashed. Two
/// documents' similarity is the Jaccard similarity of their sets of shingles: how many shingles they share, out of
/// all the shingles either has.
/// </summary>
public static class WordShingles
{
    /// <summary>The hash of each word of <paramref name="normalized"/> (a run of letters and digits), in order.</summary>
    public static List<ulong> WordHashes(string normalized) =>
        WordRanges(normalized).ConvertAll(range => StableHash.Of(normalized.AsSpan(range)));

    /// <summary>Where each word of <paramref name="normalized"/> (a run of letters and digits) stands, in order.</summary>
    public static List<Range> WordRanges(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var words = new List<Range>();
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var inWord = i < normalized.Length && ArabicNormalizer.IsWordChar(normalized[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(start..i);
                start = -1;
            }
        }

        return words;
    }

    /// <summary>
    /// The hash of every shingle of <paramref name="words"/> consecutive words, in order (with repeats); a text of
    /// fewer words has one shingle, all of it, and a text without words none.
    /// </summary>
    public static List<ulong> Hashes(IReadOnlyList<ulong> wordHashes, int words)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(words, 1);
        var count = wordHashes.Count == 0 ? 0 : Math.Max(1, wordHashes.Count - words + 1);
        var shingles = new List<ulong>(count);
        for (var start = 0; start < count; start++)
        {
            var hash = (ulong)words;
            for (var k = start; k < Math.Min(wordHashes.Count, start + words); k++)
            {
                hash = StableHash.Combine(hash, wordHashes[k]);
            }

            shingles.Add(hash);
        }

        return shingles;
    }

    /// <summary>The exact Jaccard similarity of two normalized texts' sets of shingles of <paramref name="words"/> words (1 when both have none).</summary>
    public static double Jaccard(string normalizedA, string normalizedB, int words)
    {
        var a = Hashes(WordHashes(normalizedA), words).ToHashSet();
        var b = Hashes(WordHashes(normalizedB), words).ToHashSet();
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }
}
