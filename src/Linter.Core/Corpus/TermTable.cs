namespace Linter.Core.Corpus;

/// <summary>
/// Terms interned with ids 0, 1, 2…: their characters in one pool, found by an open-addressing table of hashes and ids.
/// It stands in for a dictionary of strings on <see cref="VariantState"/>'s hot path, where every word of a corpus is
/// looked up: a word is looked up by its characters in the text with the hash its neighbour bucket is taken from, the
/// table holds each hash beside its id so that most probes touch one array, and no term is an object of its own.
/// </summary>
internal sealed class TermTable
{
    // Each slot: the term's hash << 32 | (its id + 1); 0 is empty. At most half the slots are taken.
    private ulong[] _slots = new ulong[1024];
    private int _shift = 32 - 10;
    private char[] _chars = new char[4096];
    private int[] _starts = new int[513];

    /// <summary>The terms interned.</summary>
    public int Count { get; private set; }

    /// <summary>The bytes the table takes per term, beyond the term's characters: its start and two slots.</summary>
    public const int BytesPerTerm = sizeof(int) + (2 * sizeof(ulong));

    /// <summary>The characters of term <paramref name="id"/>.</summary>
    public ReadOnlySpan<char> this[int id] => _chars.AsSpan(_starts[id], _starts[id + 1] - _starts[id]);

    /// <summary>The hash of a term (FNV-1a over its characters): the same on every machine and run.</summary>
    public static uint Hash(ReadOnlySpan<char> term)
    {
        var hash = 2_166_136_261u;
        foreach (var c in term)
        {
            hash = (hash ^ c) * 16_777_619u;
        }

        return hash;
    }

    /// <summary>The id of <paramref name="term"/>, whose hash is <paramref name="hash"/>; -1 when it is not interned.</summary>
    public int Find(ReadOnlySpan<char> term, uint hash)
    {
        var mask = _slots.Length - 1;
        for (var slot = Home(hash, _shift); _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            if ((uint)(_slots[slot] >> 32) == hash)
            {
                var id = (int)(uint)_slots[slot] - 1;
                if (this[id].SequenceEqual(term))
                {
                    return id;
                }
            }
        }

        return -1;
    }

    /// <summary>Interns <paramref name="term"/>, which is not interned yet, and returns its id.</summary>
    public int Add(ReadOnlySpan<char> term, uint hash)
    {
        if (2 * (Count + 1) > _slots.Length)
        {
            Grow();
        }

        var id = Count;
        if (id + 2 > _starts.Length)
        {
            Array.Resize(ref _starts, 2 * _starts.Length);
        }

        var start = _starts[id];
        if (start + term.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(2 * _chars.Length, start + term.Length));
        }

        term.CopyTo(_chars.AsSpan(start));
        _starts[id + 1] = start + term.Length;
        Place(_slots, _shift, ((ulong)hash << 32) | (uint)(id + 1));
        Count++;
        return id;
    }

    // Fibonacci hashing: the top bits of the product, so that hashes alike in their low bits spread.
    private static int Home(uint hash, int shift) => (int)((hash * 2_654_435_769u) >> shift);

    private static void Place(ulong[] slots, int shift, ulong entry)
    {
        var mask = slots.Length - 1;
        var slot = Home((uint)(entry >> 32), shift);
        while (slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        slots[slot] = entry;
    }

    private void Grow()
    {
        var slots = new ulong[2 * _slots.Length];
        _shift--;
        foreach (var entry in _slots)
        {
            if (entry != 0)
            {
                Place(slots, _shift, entry);
            }
        }

        _slots = slots;
    }
}
