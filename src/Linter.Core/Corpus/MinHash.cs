using System.Numerics;
using System.Runtime.InteropServices;

namespace Linter.Core.Corpus;

/// <summary>
/// MinHash signatures: <see cref="Length"/> numbers per document from which the Jaccard similarity of two
/// documents' shingle sets can be estimated without their text, and LSH bands that find the pairs worth estimating
/// without comparing every pair. Each number is the smallest value of one hash function over the document's
/// shingles, kept as its 16 lowest bits once mixed (b-bit MinHash): 512 bytes a document.
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
    public static ushort[] Signature(IReadOnlyList<ulong> shingles)
    {
        ArgumentOutOfRangeException.ThrowIfZero(shingles.Count);
        Span<ulong> minima = stackalloc ulong[Length];
        minima.Fill(ulong.MaxValue);

        // Every shingle goes through all 256 functions: done a vector of functions at a time, it is most of the cost of
        // a document's state, so it runs on as many lanes as the processor has.
        var lanes = MemoryMarshal.Cast<ulong, Vector<ulong>>(minima);
        var multipliers = MemoryMarshal.Cast<ulong, Vector<ulong>>(Multipliers);
        var offsets = MemoryMarshal.Cast<ulong, Vector<ulong>>(Offsets);
        foreach (var shingle in shingles)
        {
            var broadcast = new Vector<ulong>(shingle);
            for (var i = 0; i < lanes.Length; i++)
            {
                lanes[i] = Vector.Min(lanes[i], (broadcast * multipliers[i]) + offsets[i]);
            }
        }

        var signature = new ushort[Length];
        for (var i = 0; i < Length; i++)
        {
            // The top bits of a product depend on every bit of the minimum.
            signature[i] = (ushort)((minima[i] * 0x9e3779b97f4a7c15) >> 48);
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
}
