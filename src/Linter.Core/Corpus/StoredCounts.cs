using Linter.Core.State;

namespace Linter.Core.Corpus;

/// <summary>
/// What the per-source states (paragraph and leftover counts) write alike: how many documents each source has, then the
/// documents they hold something of, in path order, each followed by what the state holds of it.
/// </summary>
internal static class StoredCounts
{
    /// <summary>
    /// Writes <paramref name="documents"/> by source, then each of the <paramref name="holders"/> documents in path
    /// order: its ordinal (from the previous one's), path and source, then what <paramref name="writeItems"/> writes of it.
    /// </summary>
    public static void Write(StateWriter writer, Dictionary<string, int> documents, int holders, Func<int, (long Ordinal, string Path, string Source)> holder, Action<int> writeItems)
    {
        writer.Count(documents.Count);
        foreach (var (source, count) in documents.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.String(source);
            writer.Count(count);
        }

        var order = Enumerable.Range(0, holders).ToArray();
        var keys = order.Select(holder).ToArray();
        Array.Sort(order, (a, b) => keys[a].Ordinal != keys[b].Ordinal ? keys[a].Ordinal.CompareTo(keys[b].Ordinal) : string.CompareOrdinal(keys[a].Path, keys[b].Path) is var byPath && byPath != 0 ? byPath : a.CompareTo(b));
        writer.Count(order.Length);
        var previous = 0L;
        foreach (var h in order)
        {
            writer.Int(keys[h].Ordinal - previous);
            previous = keys[h].Ordinal;
            writer.String(keys[h].Path);
            writer.String(keys[h].Source);
            writeItems(h);
        }
    }

    /// <summary>
    /// Reads what <see cref="Write"/> wrote into an empty <paramref name="documents"/>, giving each document to
    /// <paramref name="add"/>, then its index to <paramref name="readItems"/>.
    /// </summary>
    public static void Read(StateReader reader, Dictionary<string, int> documents, Action<long, string, string> add, Action<int> readItems)
    {
        for (var i = reader.Count(); i > 0; i--)
        {
            var source = reader.String();
            if (!documents.TryAdd(source, reader.Int32()))
            {
                throw reader.Damaged($"the source '{source}' twice");
            }
        }

        var ordinal = 0L;
        var holders = reader.Count();
        for (var h = 0; h < holders; h++)
        {
            ordinal += reader.Int();
            add(ordinal, reader.String(), reader.String());
            readItems(h);
        }
    }
}
