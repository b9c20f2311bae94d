using System.Runtime.InteropServices;
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
    public static List<ulong> WordHashes(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var hashes = new List<ulong>();
        for (var position = 0; NextWord(normalized, ref position) is { } word;)
        {
            hashes.Add(StableHash.Of(normalized.AsSpan(word)));
        }

        return hashes;
    }

    /// <summary>Where each word of <paramref name="normalized"/> (a run of letters and digits) stands, in order.</summary>
    public static List<Range> WordRanges(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var words = new List<Range>();
        for (var position = 0; NextWord(normalized, ref position) is { } word;)
        {
            words.Add(word);
        }

        return words;
    }

    /// <summary>
    /// The hash of every shingle of <paramref name="words"/> consecutive words, in order (with repeats); a text of
    /// fewer words has one shingle, all of it, and a text without words none.
    /// </summary>
    public static List<ulong> Hashes(ReadOnlySpan<ulong> wordHashes, int words)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(words, 1);
        var count = wordHashes.Length == 0 ? 0 : Math.Max(1, wordHashes.Length - words + 1);
        var shingles = new List<ulong>(count);
        for (var start = 0; start < count; start++)
        {
            var hash = (ulong)words;
            foreach (var word in wordHashes.Slice(start, Math.Min(words, wordHashes.Length - start)))
            {
                hash = StableHash.Combine(hash, word);
            }

            shingles.Add(hash);
        }

        return shingles;
    }

    /// <summary>The exact Jaccard similarity of two normalized texts' sets of shingles of <paramref name="words"/> words (1 when both have none).</summary>
    public static double Jaccard(string normalizedA, string normalizedB, int words)
    {
        var a = Hashes(CollectionsMarshal.AsSpan(WordHashes(normalizedA)), words).ToHashSet();
        var b = Hashes(CollectionsMarshal.AsSpan(WordHashes(normalizedB)), words).ToHashSet();
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>The next word at or after <paramref name="position"/>, which moves past it; null when no word is left.</summary>
    private static Range? NextWord(string text, ref int position)
    {
        var start = position;
        while (start < text.Length && !ArabicNormalizer.IsWordChar(text[start]))
        {
            start++;
        }

        if (start == text.Length)
        {
            position = start;
            return null;
        }

        var end = start + 1;
        while (end < text.Length && ArabicNormalizer.IsWordChar(text[end]))
        {
            end++;
        }

        position = end;
        return start..end;
    }
}
