using Linter.Core.State;

namespace Linter.Core.Corpus;

/// <summary>What several states write alike: their documents per source, and their documents in path order.</summary>
internal static class StoredCounts
{
    /// <summary>Writes how many documents each source has, by source.</summary>
    public static void WriteSources(StateWriter writer, Dictionary<string, int> documents)
    {
        writer.Count(documents.Count);
        foreach (var (source, count) in documents.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.String(source);
            writer.Count(count);
        }
    }

    /// <summary>Reads what <see cref="WriteSources"/> wrote into an empty dictionary.</summary>
    public static void ReadSources(StateReader reader, Dictionary<string, int> documents)
    {
        for (var i = reader.Count(); i > 0; i--)
        {
            var at = reader.String();
            if (!documents.TryAdd(at, reader.Int32()))
            {
                throw reader.Damaged($"the source '{at}' twice");
            }
        }
    }

    /// <summary>The indexes 0 to <paramref name="count"/> − 1 ordered by their document's place, then path.</summary>
    public static int[] PathOrder(int count, Func<int, (long Ordinal, string Path)> document)
    {
        var order = Enumerable.Range(0, count).ToArray();
        var keys = order.Select(document).ToArray();
        Array.Sort(order, (a, b) => keys[a].Ordinal != keys[b].Ordinal ? keys[a].Ordinal.CompareTo(keys[b].Ordinal) : string.CompareOrdinal(keys[a].Path, keys[b].Path) is var byPath && byPath != 0 ? byPath : a.CompareTo(b));
        return order;
    }
}
