using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Linter.Core.Corpus;

/// <summary>
/// MinHash signatures: <see cref="Length"/> numbers per document from which the Jaccard similarity of two
/// documents' shingle sets can be estimated without their text, and LSH bands that find the pairs worth estimating
/// without comparing every pair. Each number is the smallest value of one hash function over the document's
/// shingles, kept as 16 bits of it once mixed (b-bit MinHash): 512 bytes a document.
/// </summary>
public static class MinHash
{
    /// <summary>The numbers in a signature.</summary>
    public const int Length = 256;

    /// <summary>The chance that two different minima agree in their 16 kept bits, which the estimate takes out.</summary>
    private const double ChanceAgreement = 1.0 / 65536;

    /// <summary>The smallest chance of becoming a candidate that banding gives a pair at the acceptance level.</summary>
    private const double CandidateRecall = 0.99;

    // The hash functions x -> a*x + b (mod 2^64), a odd: fixed for ever, so signatures made anywhere compare.
    private static readonly ulong[] Multipliers = new ulong[Length];
    private static readonly ulong[] Offsets = new ulong[Length];

#pragma warning disable CA1810 // The tables are filled in a loop; an initializer per field would repeat it.
    static MinHash()
#pragma warning restore CA1810
    {
        var state = 0x5eed_c0de_2024_0001UL;
        for (var i = 0; i < Length; i++)
        {
            Multipliers[i] = StableHash.Mix(state += 0x9e3779b97f4a7c15) | 1;
            Offsets[i] = StableHash.Mix(state += 0x9e3779b97f4a7c15);
        }
    }

    /// <summary>The signature of a set of shingle hashes (repeats do not matter); it must not be empty.</summary>
    // Compiled optimized from the first call: a run calls it once per document, each call a long loop, and
    // tiered compilation would start every call's loop unoptimized before moving it to optimized code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ushort[] Signature(ReadOnlySpan<ulong> shingles)
    {
        ArgumentOutOfRangeException.ThrowIfZero(shingles.Length);
        var signature = new ushort[Length];
        var multipliers = MemoryMarshal.Cast<ulong, Vector<ulong>>(Multipliers);
        var offsets = MemoryMarshal.Cast<ulong, Vector<ulong>>(Offsets);

        // Every shingle goes through all 256 functions, most of the cost of a document's state, so a vector of
        // functions at a time. Four vectors of functions go through all the shingles with their minima held in
        // registers, rather than each shingle through all the functions with every minimum loaded and stored again.
        // 256 functions make a whole number of four vectors at any vector width up to 4,096 bits.
        for (var first = 0; first < multipliers.Length; first += 4)
        {
            Vector<ulong> multiplier0 = multipliers[first], multiplier1 = multipliers[first + 1], multiplier2 = multipliers[first + 2], multiplier3 = multipliers[first + 3];
            Vector<ulong> offset0 = offsets[first], offset1 = offsets[first + 1], offset2 = offsets[first + 2], offset3 = offsets[first + 3];
            Vector<ulong> minimum0 = Vector<ulong>.AllBitsSet, minimum1 = minimum0, minimum2 = minimum0, minimum3 = minimum0;
            foreach (var shingle in shingles)
            {
                var broadcast = new Vector<ulong>(shingle);
                minimum0 = Vector.Min(minimum0, (broadcast * multiplier0) + offset0);
                minimum1 = Vector.Min(minimum1, (broadcast * multiplier1) + offset1);
                minimum2 = Vector.Min(minimum2, (broadcast * multiplier2) + offset2);
                minimum3 = Vector.Min(minimum3, (broadcast * multiplier3) + offset3);
            }

            Keep(minimum0, first, signature);
            Keep(minimum1, first + 1, signature);
            Keep(minimum2, first + 2, signature);
            Keep(minimum3, first + 3, signature);
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

    /// <summary>Keeps the minima of the <paramref name="vector"/>th vector of functions in the signature.</summary>
    private static void Keep(Vector<ulong> minima, int vector, ushort[] signature)
    {
        for (var lane = 0; lane < Vector<ulong>.Count; lane++)
        {
            // The top bits of a product depend on every bit of the minimum.
            signature[(vector * Vector<ulong>.Count) + lane] = (ushort)((minima[lane] * 0x9e3779b97f4a7c15) >> 48);
        }
    }
}
