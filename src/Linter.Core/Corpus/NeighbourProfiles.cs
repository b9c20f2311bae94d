using System.Numerics;

namespace Linter.Core.Corpus;

/// <summary>
/// The neighbour profiles of a <see cref="VariantState"/>'s words, in one pool of integers. A profile counts, per
/// neighbour bucket (2 × <see cref="VariantState.ContextBuckets"/> of them: before and after), how often a word stood
/// beside one. Most words of a corpus occur a few times, so a profile starts as a short segment of its non-empty
/// buckets, each as bucket &lt;&lt; 24 | count, doubled as it fills; one that would hold more than half the buckets
/// turns dense (a count per bucket, the same size), so a common word, most of the occurrences, is counted without a
/// scan. A segment given up for a larger one is reused by the next profile of its size.
/// </summary>
internal sealed class NeighbourProfiles
{
    /// <summary>No profile yet.</summary>
    public const int None = -1;

    private const int DenseLength = 2 * VariantState.ContextBuckets;

    // Segment sizes 2, 4, 8, 16, 32 (sparse) and 64 (dense): a profile is its offset << 3 | its size class.
    private const int DenseClass = 5;
    private const int CountMask = (1 << 24) - 1;

    private readonly int[] _free = [-1, -1, -1, -1, -1, -1];
    private int[] _pool = new int[1024];
    private int _used;

    /// <summary>The integers a profile of <paramref name="entries"/> non-empty buckets takes.</summary>
    public static int SizeFor(int entries) => entries == 0 ? 0 : entries > DenseLength / 2 ? DenseLength : (int)Math.Max(2, BitOperations.RoundUpToPowerOf2((uint)entries));

    /// <summary>Counts <paramref name="count"/> more times a neighbour in <paramref name="bucket"/>; returns the profile, moved if it grew.</summary>
    public int Add(int profile, int bucket, long count)
    {
        if (profile == None)
        {
            profile = Allocate(0);
        }

        var (offset, sizeClass) = (profile >> 3, profile & 7);
        if (sizeClass == DenseClass)
        {
            _pool[offset + bucket] = Saturated(_pool[offset + bucket], count);
            return profile;
        }

        var size = 2 << sizeClass;
        var i = 0;
        while (i < size && _pool[offset + i] != 0 && _pool[offset + i] >> 24 != bucket)
        {
            i++;
        }

        if (i < size)
        {
            _pool[offset + i] = (bucket << 24) | Saturated(_pool[offset + i] & CountMask, count);
            return profile;
        }

        var grown = Allocate(sizeClass + 1);
        var grownOffset = grown >> 3;
        if (sizeClass + 1 == DenseClass)
        {
            for (var entry = 0; entry < size; entry++)
            {
                _pool[grownOffset + (_pool[offset + entry] >> 24)] = _pool[offset + entry] & CountMask;
            }

            _pool[grownOffset + bucket] = Saturated(0, count);
        }
        else
        {
            Array.Copy(_pool, offset, _pool, grownOffset, size);
            _pool[grownOffset + size] = (bucket << 24) | Saturated(0, count);
        }

        _pool[offset] = _free[sizeClass];
        _free[sizeClass] = offset;
        return grown;
    }

    /// <summary>The buckets of a profile that are not empty, with their counts.</summary>
    public IEnumerable<(int Bucket, int Count)> Entries(int profile)
    {
        if (profile == None)
        {
            yield break;
        }

        var (offset, sizeClass) = (profile >> 3, profile & 7);
        if (sizeClass == DenseClass)
        {
            for (var bucket = 0; bucket < DenseLength; bucket++)
            {
                if (_pool[offset + bucket] != 0)
                {
                    yield return (bucket, _pool[offset + bucket]);
                }
            }

            yield break;
        }

        for (var i = 0; i < 2 << sizeClass && _pool[offset + i] != 0; i++)
        {
            yield return (_pool[offset + i] >> 24, _pool[offset + i] & CountMask);
        }
    }

    // A count that would overflow its 24 bits stays at the largest: the profile's shape is what is compared.
    private static int Saturated(int current, long count) => (int)Math.Min(CountMask, current + count);

    private int Allocate(int sizeClass)
    {
        var size = 2 << sizeClass;
        var offset = _free[sizeClass];
        if (offset >= 0)
        {
            _free[sizeClass] = _pool[offset];
            Array.Clear(_pool, offset, size);
        }
        else
        {
            if (_used + size > _pool.Length)
            {
                Array.Resize(ref _pool, Math.Max(2 * _pool.Length, _used + size));
            }

            offset = _used;
            _used += size;
        }

        return (offset << 3) | sizeClass;
    }
}
