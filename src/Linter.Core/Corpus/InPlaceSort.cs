namespace Linter.Core.Corpus;

/// <summary>
/// Sorts a span where it is, for the large arrays a corpus state sorts once, at the end of a run. Being generic code
/// of this assembly, its instances for this assembly's structs are compiled ahead of time with it: the framework's
/// sort over such a struct is compiled only when the run reaches it, and starts unoptimized, which costs a large
/// array most of a second while the other threads are idle.
/// </summary>
internal static class InPlaceSort
{
    // Below this length insertion sort is faster than partitioning.
    private const int InsertionSortMaximum = 16;

    /// <summary>Sorts <paramref name="items"/> in ascending order. Not stable.</summary>
    /// <remarks>
    /// Quicksort around a median of three, splitting three ways since many items may be equal (the places of one
    /// repeated paragraph), and turning to heapsort past twice the depth a balanced split needs, so no input takes
    /// more than n log n.
    /// </remarks>
    public static void Sort<T>(Span<T> items)
        where T : struct, IComparable<T> =>
        Sort(items, 2 * (int)Math.Log2(Math.Max(items.Length, 1)) + 1);

    /// <summary>Sorts <paramref name="items"/>, turning to heapsort after <paramref name="depthLimit"/> partitions on one path.</summary>
    internal static void Sort<T>(Span<T> items, int depthLimit)
        where T : struct, IComparable<T>
    {
        while (items.Length > InsertionSortMaximum)
        {
            if (depthLimit-- == 0)
            {
                HeapSort(items);
                return;
            }

            // [0, less) is below the pivot, [less, greater] equal to it, (greater, end) above it.
            var pivot = MedianOfThree(items[0], items[items.Length / 2], items[^1]);
            int less = 0, i = 0, greater = items.Length - 1;
            while (i <= greater)
            {
                var order = items[i].CompareTo(pivot);
                if (order < 0)
                {
                    Swap(ref items[less++], ref items[i++]);
                }
                else if (order > 0)
                {
                    Swap(ref items[i], ref items[greater--]);
                }
                else
                {
                    i++;
                }
            }

            // Recursing into the shorter side and looping on the longer one keeps the stack shallow.
            var below = items[..less];
            var above = items[(greater + 1)..];
            if (below.Length < above.Length)
            {
                Sort(below, depthLimit);
                items = above;
            }
            else
            {
                Sort(above, depthLimit);
                items = below;
            }
        }

        InsertionSort(items);
    }

    private static T MedianOfThree<T>(in T a, in T b, in T c)
        where T : struct, IComparable<T>
    {
        if (a.CompareTo(b) > 0)
        {
            return b.CompareTo(c) >= 0 ? b : a.CompareTo(c) <= 0 ? a : c;
        }

        return b.CompareTo(c) <= 0 ? b : a.CompareTo(c) >= 0 ? a : c;
    }

    private static void InsertionSort<T>(Span<T> items)
        where T : struct, IComparable<T>
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && items[j].CompareTo(item) > 0)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }
    }

    private static void HeapSort<T>(Span<T> items)
        where T : struct, IComparable<T>
    {
        for (var root = (items.Length / 2) - 1; root >= 0; root--)
        {
            SiftDown(items, root, items.Length);
        }

        for (var end = items.Length - 1; end > 0; end--)
        {
            Swap(ref items[0], ref items[end]);
            SiftDown(items, 0, end);
        }
    }

    private static void SiftDown<T>(Span<T> items, int root, int length)
        where T : struct, IComparable<T>
    {
        for (var child = (2 * root) + 1; child < length; root = child, child = (2 * root) + 1)
        {
            if (child + 1 < length && items[child].CompareTo(items[child + 1]) < 0)
            {
                child++;
            }

            if (items[root].CompareTo(items[child]) >= 0)
            {
                return;
            }

            Swap(ref items[root], ref items[child]);
        }
    }

    private static void Swap<T>(ref T a, ref T b) => (a, b) = (b, a);
}
