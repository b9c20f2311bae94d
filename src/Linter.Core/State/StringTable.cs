namespace Linter.Core.State;

/// <summary>
/// The strings of a state file that recur (paths, sources, leftover texts), each written once: a part of the file
/// names one by its index. Indexes are given in order of first use, and the parts are written in a fixed order with
/// sorted contents, so the table is the same for the same documents. Paths in path order share their folders with the
/// one before, so each entry is written as what it shares with the previous entry and the rest.
/// </summary>
internal sealed class StringTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    /// <summary>The index of <paramref name="value"/>, added if new.</summary>
    public int IdOf(string value)
    {
        if (!_ids.TryGetValue(value, out var id))
        {
            _ids[value] = id = _strings.Count;
            _strings.Add(value);
        }

        return id;
    }

    /// <summary>Writes the table: its count, then each string against the one before.</summary>
    public void WriteTo(StateWriter writer)
    {
        writer.Count(_strings.Count);
        var previous = string.Empty;
        foreach (var value in _strings)
        {
            writer.SortedString(previous, value);
            previous = value;
        }
    }

    /// <summary>Reads a table written by <see cref="WriteTo"/>.</summary>
    public static string[] ReadFrom(StateReader reader)
    {
        var strings = new string[reader.Count()];
        var previous = string.Empty;
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = previous = reader.SortedString(previous);
        }

        return strings;
    }
}
