using System.Numerics;
using System.Runtime.CompilerServices;

namespace Linter.Core.Corpus;

/// <summary>
/// A list of structs in chunks small enough to stay off the large object heap: it grows without copying what it holds
/// or keeping room it does not use past its last chunk, and takes in another's items chunk by chunk, letting each go
/// once copied, so that merging two large corpus states never holds both beside a copy of either.
/// </summary>
/// <typeparam name="T">The items.</typeparam>
internal sealed class ChunkedList<T>
    where T : struct
{
    // The most items of a power of two that fit in 64 KB, below the large object heap's 85,000 bytes.
    private static readonly int ChunkShift = BitOperations.Log2((uint)Math.Max(1, 64 * 1024 / Unsafe.SizeOf<T>()));
    private static readonly int ChunkMask = (1 << ChunkShift) - 1;

    private readonly List<T[]> _chunks = [];

    /// <summary>How many items the list holds.</summary>
    public int Count { get; private set; }

    /// <summary>The item at <paramref name="index"/>.</summary>
    public T this[int index] => _chunks[index >> ChunkShift][index & ChunkMask];

    /// <summary>Adds <paramref name="item"/> at the end.</summary>
    public void Add(T item)
    {
        if ((Count & ChunkMask) == 0)
        {
            _chunks.Add(new T[ChunkMask + 1]);
        }

        _chunks[^1][Count & ChunkMask] = item;
        Count++;
    }

    /// <summary>Adds every item of <paramref name="other"/> as <paramref name="map"/> makes it, and empties <paramref name="other"/>.</summary>
    public void TakeFrom(ChunkedList<T> other, Func<T, T> map)
    {
        for (var c = 0; c < other._chunks.Count; c++)
        {
            var items = Math.Min(other.Count - (c << ChunkShift), ChunkMask + 1);
            foreach (var item in other._chunks[c].AsSpan(0, items))
            {
                Add(map(item));
            }

            other._chunks[c] = [];
        }

        other._chunks.Clear();
        other.Count = 0;
    }
}
