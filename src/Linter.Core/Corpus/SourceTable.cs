namespace Linter.Core.Corpus;

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
