namespace Linter.Core.Corpus;

/// <summary>
/// Counts per source (outlet) for one corpus item, held as short parallel arrays of source ids and counts: most
/// items occur in one or two sources. Ids index the owning state's source table.
/// </summary>
public sealed class SourceCounts
{
    private int[] _ids = new int[1];
    private long[] _counts = new long[1];

    /// <summary>How many sources have a count.</summary>
    public int Length { get; private set; }

    /// <summary>Adds <paramref name="count"/> to source <paramref name="id"/>.</summary>
    public void Add(int id, long count)
    {
        for (var i = 0; i < Length; i++)
        {
            if (_ids[i] == id)
            {
                _counts[i] += count;
                return;
            }
        }

        if (Length == _ids.Length)
        {
            Array.Resize(ref _ids, Length * 2);
            Array.Resize(ref _counts, Length * 2);
        }

        _ids[Length] = id;
        _counts[Length] = count;
        Length++;
    }

    /// <summary>Adds every count of <paramref name="other"/>, whose ids go through <paramref name="idMap"/>.</summary>
    public void Add(SourceCounts other, IReadOnlyList<int> idMap)
    {
        for (var i = 0; i < other.Length; i++)
        {
            Add(idMap[other._ids[i]], other._counts[i]);
        }
    }

    /// <summary>The count of source <paramref name="id"/>; 0 when it has none.</summary>
    public long this[int id]
    {
        get
        {
            for (var i = 0; i < Length; i++)
            {
                if (_ids[i] == id)
                {
                    return _counts[i];
                }
            }

            return 0;
        }
    }

    /// <summary>Every (id, count) pair, in no particular order.</summary>
    public IEnumerable<(int Id, long Count)> Entries()
    {
        for (var i = 0; i < Length; i++)
        {
            yield return (_ids[i], _counts[i]);
        }
    }

    /// <summary>The bytes these counts take, roughly: arrays and their headers.</summary>
    public long EstimatedBytes => 48 + (_ids.Length * 12L) + 32;
}

/// <summary>
/// The sources a state has seen, each with a small id, so that per-source counts hold ids, not names. Merging
/// two states maps the other's ids onto this table's.
/// </summary>
public sealed class SourceTable
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>The sources, by id.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The id of <paramref name="source"/>, added if new.</summary>
    public int IdOf(string source)
    {
        if (!_ids.TryGetValue(source, out var id))
        {
            _ids[source] = id = _names.Count;
            _names.Add(source);
        }

        return id;
    }

    /// <summary>For each id of <paramref name="other"/>, the id of the same source here (added if new).</summary>
    public int[] Absorb(SourceTable other) => [.. other._names.Select(IdOf)];
}
