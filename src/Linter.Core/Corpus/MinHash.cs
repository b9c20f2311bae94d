using System.Runtime.CompilerServices;

namespace Linter.Core.Corpus;

/// <summary>
/// MinHash signatures: <see cref="Length"/> numbers per document from which the Jaccard similarity of two
/// documents' shingle sets can be estimated without their text, and LSH bands that find the pairs worth estimating
/// without comparing every pair. Made by fast similarity sketching (Dahlgaard, Knudsen and Thorup, FOCS 2017), a
/// one-permutation MinHash that densifies by hashing again: in round r, one hash of each shingle picks a bin and a
/// value that is larger than every value of the rounds before, and each number is the smallest value of its bin;
/// rounds go on until every bin has one. A set of a few hundred shingles needs a few rounds, one of a thousand or
/// more one hash a shingle; the estimates spread no more than those of 256 independent hash functions. Each number
/// is kept as 16 bits of it once mixed (b-bit MinHash): 512 bytes a document.
/// </summary>
public static class MinHash
{
    /// <summary>The numbers in a signature.</summary>
    public const int Length = 256;

    /// <summary>The chance that two different minima agree in their 16 kept bits, which the estimate takes out.</summary>
    private const double ChanceAgreement = 1.0 / 65536;

    /// <summary>The smallest chance of becoming a candidate that banding gives a pair at the acceptance level.</summary>
    private const double CandidateRecall = 0.99;

    // A shingle's hash in a round: its top 8 bits are its bin (Length is 2^8), its low 48 bits its value, above which
    // the round is put so that a later round never beats an earlier one. Fixed for ever, so signatures made anywhere
    // compare.
    private const int BinShift = 64 - 8;
    private const int RoundShift = 48;
    private const ulong ValueMask = (1UL << RoundShift) - 1;
    private const ulong Seed = 0x5eed_c0de_2024_0002;
    private const ulong RoundStep = 0x9e3779b97f4a7c15;

    /// <summary>The signature of a set of shingle hashes (repeats do not matter); it must not be empty.</summary>
    // Compiled optimized from the first call: a run calls it once per document, each call a loop over the shingles,
    // and tiered compilation would start every call's loop unoptimized before moving it to optimized code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ushort[] Signature(ReadOnlySpan<ulong> shingles)
    {
        ArgumentOutOfRangeException.ThrowIfZero(shingles.Length);
        Span<ulong> minima = stackalloc ulong[Length];
        minima.Fill(ulong.MaxValue);
        var filled = 0;

        // Rounds of random bins: once every bin has a value, later rounds cannot lower any.
        for (var round = 0UL; round < Length && filled < Length; round++)
        {
            foreach (var shingle in shingles)
            {
                var hash = RoundHash(shingle, round);
                ref var minimum = ref minima[(int)(hash >> BinShift)];
                filled += minimum == ulong.MaxValue ? 1 : 0;
                minimum = Math.Min(minimum, (round << RoundShift) | (hash & ValueMask));
            }
        }

        // Rounds Length to 2 x Length - 1 put every shingle in one bin each, in turn, so that every bin is filled
        // whatever the set's size; only a set of a few shingles gets here.
        for (var bin = 0; filled < Length && bin < Length; bin++)
        {
            if (minima[bin] == ulong.MaxValue)
            {
                var round = (ulong)(Length + bin);
                foreach (var shingle in shingles)
                {
                    minima[bin] = Math.Min(minima[bin], (round << RoundShift) | (RoundHash(shingle, round) & ValueMask));
                }

                filled++;
            }
        }

        var signature = new ushort[Length];
        for (var bin = 0; bin < Length; bin++)
        {
            // The top bits of a product depend on every bit of the minimum.
            signature[bin] = (ushort)((minima[bin] * 0x9e3779b97f4a7c15) >> 48);
        }

        return signature;
    }

    /// <summary>The estimated Jaccard similarity of the shingle sets two signatures were made from.</summary>
    public static double Similarity(ReadOnlySpan<ushort> a, ReadOnlySpan<ushort> b)
    {
        var agree = 0;
        for (var i = 0; i < Length; i++)
        {
            if (a[i] == b[i])
            {
                agree++;
            }
        }

        return Math.Clamp(((double)agree / Length - ChanceAgreement) / (1 - ChanceAgreement), 0, 1);
    }

    /// <summary>
    /// The lowest estimate at which a pair counts as similar at <paramref name="threshold"/>: two standard errors
    /// of the estimate below it, so that a pair right at the threshold is found 98% of the time rather than half.
    /// </summary>
    public static double AcceptanceLevel(double threshold) =>
        Math.Max(0, threshold - (2 * Math.Sqrt(threshold * (1 - threshold) / Length)));

    /// <summary>
    /// The rows per LSH band: the most (the fewest chance candidates) that still make a pair of similarity
    /// <paramref name="acceptance"/> a candidate with 99% chance.
    /// </summary>
    public static int BandRows(double acceptance)
    {
        var rows = 1;
        for (var r = 2; r <= Length; r++)
        {
            var bands = Length / r;
            if (1 - Math.Pow(1 - Math.Pow(acceptance, r), bands) >= CandidateRecall)
            {
                rows = r;
            }
        }

        return rows;
    }

    /// <summary>The key of band <paramref name="band"/> of a signature: pairs that agree in one whole band are candidates.</summary>
    public static ulong BandKey(ReadOnlySpan<ushort> signature, int band, int rows)
    {
        var key = (ulong)band;
        foreach (var value in signature.Slice(band * rows, rows))
        {
            key = StableHash.Combine(key, value);
        }

        return key;
    }

    /// <summary>The hash of <paramref name="shingle"/> in <paramref name="round"/>: a new random number for each round.</summary>
    private static ulong RoundHash(ulong shingle, ulong round) => StableHash.Mix((shingle ^ Seed) + (round * RoundStep));
}
