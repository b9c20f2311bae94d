namespace Linter.Core.Corpus;

/// <summary>An item ordered first by a 64-bit key, then, among items of one key, by its comparison.</summary>
/// <typeparam name="T">The item's own type.</typeparam>
internal interface IRadixSortable<T> : IComparable<T>
{
    /// <summary>The item's key. <see cref="IComparable{T}.CompareTo"/> must put a smaller key first.</summary>
    ulong RadixKey { get; }
}

/// <summary>
/// Sorts a span where it is, byte by byte of its items' keys from the top (American flag sort), for the large arrays of
/// hash-keyed structs a corpus state sorts at the end of a run. Hashes are spread evenly, so each byte splits a part
/// into 256 of about equal size: two or three passes over the items leave parts small enough for
/// <see cref="InPlaceSort"/>, where quicksort alone takes about log2(n) passes. Needs no second buffer. On 1.9 million
/// random 16-byte keys: 64 ms, against 163 ms for the framework's Array.Sort (optimized) and 197 ms for quicksort alone.
/// </summary>
internal static class RadixSort
{
    private const int Digits = 256;

    // Below this length a pass over the 256 digits costs more than sorting by comparison (on hashes, any length from
    // 64 to 1,024 sorts as fast).
    private const int ComparisonSortMaximum = 256;

    /// <summary>Sorts <paramref name="items"/> in ascending order. Not stable.</summary>
    public static void Sort<T>(Span<T> items)
        where T : struct, IRadixSortable<T> =>
        Sort(items, 56);

    /// <summary>Sorts <paramref name="items"/>, whose keys agree above bit <paramref name="shift"/> + 8.</summary>
    private static void Sort<T>(Span<T> items, int shift)
        where T : struct, IRadixSortable<T>
    {
        // Past the last byte every item has the same key: the comparison orders the rest.
        if (items.Length <= ComparisonSortMaximum || shift < 0)
        {
            InPlaceSort.Sort(items);
            return;
        }

        Span<int> ends = stackalloc int[Digits];
        foreach (var item in items)
        {
            ends[Digit(item, shift)]++;
        }

        // Where each digit's items start; counted up to where they end as the items are put in place.
        Span<int> next = stackalloc int[Digits];
        var total = 0;
        for (var digit = 0; digit < Digits; digit++)
        {
            next[digit] = total;
            total += ends[digit];
            ends[digit] = total;
        }

        for (var digit = 0; digit < Digits; digit++)
        {
            while (next[digit] < ends[digit])
            {
                // Carries an item to its digit's next free slot, taking the one found there, until one belongs here.
                var item = items[next[digit]];
                for (var its = Digit(item, shift); its != digit; its = Digit(item, shift))
                {
                    (item, items[next[its]]) = (items[next[its]], item);
                    next[its]++;
                }

                items[next[digit]++] = item;
            }
        }

        var start = 0;
        foreach (var end in ends)
        {
            Sort(items[start..end], shift - 8);
            start = end;
        }
    }

    private static int Digit<T>(in T item, int shift)
        where T : struct, IRadixSortable<T> =>
        (int)(item.RadixKey >> shift) & (Digits - 1);
}
