using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Linter.Core.Arabic;

namespace Linter.Core.Corpus;

/// <summary>
/// The words of a normalized text and its word shingles: every run of <c>k</c> consecutive words, hashed. Two
/// documents' similarity is the Jaccard similarity of their sets of shingles: how many shingles they share, out of
/// all the shingles either has. Read with the words, a key of the whole text tells exact duplicates.
/// </summary>
public static class WordShingles
{
    // The key of Read is two FNV-1a-like hashes of the text's characters, with different multipliers.
    private const ulong HighKeyMultiplier = 0x100000001b3;
    private const ulong LowKeyMultiplier = 0x100000001b3 * 31;

    /// <summary>
    /// Reads <paramref name="normalized"/> once for both things a duplicate-document state keeps of a text: the hash of
    /// each of its words (a run of letters and digits, hashed by <see cref="StableHash.Of"/>), in order, put in
    /// <paramref name="wordHashes"/> in place of what it held; and, returned, a 128-bit key of its characters apart
    /// from spacing (a run of spaces and line breaks counts as one space, and none at either end), the same for two
    /// texts that differ in spacing alone.
    /// </summary>
    /// <remarks>
    /// One pass rather than one for the words and one for the key: each character costs a multiplication that waits
    /// on the one before, and in one loop the words' and the key's run side by side.
    /// </remarks>
    // Optimized from the first call, as MinHash.Signature is.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static UInt128 Read(ReadOnlySpan<char> normalized, List<ulong> wordHashes)
    {
        ArgumentNullException.ThrowIfNull(wordHashes);
        wordHashes.Clear();
        var word = StableHash.Start;
        var wordLength = 0;
        ulong high = 0x243f6a8885a308d3, low = 0x13198a2e03707344;
        bool started = false, spaceBefore = false;
        foreach (var c in normalized)
        {
            if (ArabicNormalizer.IsWordChar(c))
            {
                word = StableHash.Add(word, c);
                wordLength++;
            }
            else
            {
                if (wordLength > 0)
                {
                    wordHashes.Add(StableHash.Finish(word, wordLength));
                    (word, wordLength) = (StableHash.Start, 0);
                }

                if (c is ' ' or '\n')
                {
                    // A run of spacing counts once, before the character after it, and not before the first.
                    spaceBefore = started;
                    continue;
                }
            }

            if (spaceBefore)
            {
                high = (high ^ ' ') * HighKeyMultiplier;
                low = (low ^ ' ') * LowKeyMultiplier;
                spaceBefore = false;
            }

            high = (high ^ c) * HighKeyMultiplier;
            low = (low ^ c) * LowKeyMultiplier;
            started = true;
        }

        if (wordLength > 0)
        {
            wordHashes.Add(StableHash.Finish(word, wordLength));
        }

        return new UInt128(StableHash.Mix(high), StableHash.Mix(low));
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
    /// The hash of every shingle of <paramref name="words"/> consecutive words, in order (with repeats), put in
    /// <paramref name="shingles"/> in place of what it held; a text of fewer words has one shingle, all of it, and a
    /// text without words none.
    /// </summary>
    // Optimized from the first call, as MinHash.Signature is.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Hashes(ReadOnlySpan<ulong> wordHashes, int words, List<ulong> shingles)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(words, 1);
        ArgumentNullException.ThrowIfNull(shingles);
        var count = wordHashes.Length == 0 ? 0 : Math.Max(1, wordHashes.Length - words + 1);

        // Emptied first, so that growing it copies nothing over: every hash is written below.
        shingles.Clear();
        CollectionsMarshal.SetCount(shingles, count);
        var hashes = CollectionsMarshal.AsSpan(shingles);
        var start = 0;
        if (Vector.IsHardwareAccelerated && wordHashes.Length >= words)
        {
            // A vector of consecutive shingles at a time, one in each lane: at each step, lane i takes the word after
            // those it has, so the words of all lanes are one vector read from the word hashes.
            for (; start + Vector<ulong>.Count <= count; start += Vector<ulong>.Count)
            {
                var hash = new Vector<ulong>((ulong)words);
                for (var word = 0; word < words; word++)
                {
                    hash = StableHash.Combine(hash, new Vector<ulong>(wordHashes[(start + word)..]));
                }

                hash.CopyTo(hashes[start..]);
            }
        }

        for (; start < count; start++)
        {
            var hash = (ulong)words;
            foreach (var word in wordHashes.Slice(start, Math.Min(words, wordHashes.Length - start)))
            {
                hash = StableHash.Combine(hash, word);
            }

            hashes[start] = hash;
        }
    }

    /// <summary>The exact Jaccard similarity of two normalized texts' sets of shingles of <paramref name="words"/> words (1 when both have none).</summary>
    public static double Jaccard(string normalizedA, string normalizedB, int words)
    {
        var a = ShingleSet(normalizedA, words);
        var b = ShingleSet(normalizedB, words);
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private static HashSet<ulong> ShingleSet(string normalized, int words)
    {
        List<ulong> wordHashes = [], shingles = [];
        Read(normalized, wordHashes);
        Hashes(CollectionsMarshal.AsSpan(wordHashes), words, shingles);
        return [.. shingles];
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
