using Linter.Core.State;

namespace Linter.Core.Corpus;

/// <summary>
/// The state in a state file: its documents and words; its sources, by name; then every term in ordinal order, each
/// written against the one before (a sorted vocabulary shares most of its letters), with its counts, its counts per
/// source and its neighbour profile.
/// </summary>
public sealed partial class VariantState : IStoredState
{
    int IStoredState.SchemaVersion => 1;

    void IStoredState.Write(StateWriter writer)
    {
        writer.UInt((ulong)Documents);
        writer.UInt((ulong)Words);

        // Sources by name, whatever order the merged states met them in.
        var names = Sources.Names;
        var byName = Enumerable.Range(0, names.Count).OrderBy(id => names[id], StringComparer.Ordinal).ToArray();
        var sortedId = new int[names.Count];
        writer.Count(names.Count);
        for (var i = 0; i < byName.Length; i++)
        {
            sortedId[byName[i]] = i;
            writer.String(names[byName[i]]);
        }

        var terms = _terms.Keys.ToArray();
        Array.Sort(terms, StringComparer.Ordinal);
        writer.Count(terms.Length);
        var previous = string.Empty;
        foreach (var term in terms)
        {
            writer.SortedString(previous, term);
            previous = term;
            _terms[term].Write(writer, sortedId);
        }
    }

    void IStoredState.Read(StateReader reader)
    {
        Documents = (long)reader.UInt();
        Words = (long)reader.UInt();
        var sources = reader.Count();
        for (var id = 0; id < sources; id++)
        {
            if (Sources.IdOf(reader.String()) != id)
            {
                throw reader.Damaged("a source named twice");
            }
        }

        var previous = string.Empty;
        for (var terms = reader.Count(); terms > 0; terms--)
        {
            var term = reader.SortedString(previous);
            if (string.CompareOrdinal(term, previous) <= 0 && _terms.Count > 0)
            {
                throw reader.Damaged("terms out of order");
            }

            _terms[term] = TermCounts.Read(reader, sources);
            previous = term;
        }
    }
}

/// <summary>A term's counts in a state file.</summary>
public sealed partial class TermCounts
{
    /// <summary>Writes the counts, source ids mapped through <paramref name="sortedId"/>.</summary>
    /// <remarks>Without a collection or an enumerator per term: a corpus has millions of terms.</remarks>
    internal void Write(StateWriter writer, int[] sortedId)
    {
        writer.Bool(Known);
        writer.UInt((ulong)Occurrences);
        writer.UInt((ulong)Documents);
        WriteSources(writer, sortedId);

        // A sparse entry holds its bucket in its high bits, so sorting the entries sorts them by bucket; a dense profile
        // is in bucket order already.
        var neighbours = _neighbours ?? [];
        Span<int> sparse = stackalloc int[DenseLength];
        var dense = neighbours.Length == DenseLength;
        if (!dense)
        {
            var used = neighbours.AsSpan().IndexOf(0) is var end && end >= 0 ? end : neighbours.Length;
            neighbours.AsSpan(0, used).CopyTo(sparse);
            sparse = sparse[..used];
            sparse.Sort();
        }

        writer.Count(dense ? neighbours.Count(count => count != 0) : sparse.Length);
        for (var i = 0; i < (dense ? DenseLength : sparse.Length); i++)
        {
            var (bucket, count) = dense ? (i, neighbours[i]) : (sparse[i] >> 24, sparse[i] & CountMask);
            if (count != 0)
            {
                writer.Count(bucket);
                writer.Count(count);
            }
        }
    }

    /// <summary>Writes the counts per source, by source id once mapped through <paramref name="sortedId"/>.</summary>
    private void WriteSources(StateWriter writer, int[] sortedId)
    {
        Span<(int Id, long Count)> entries = Sources.Length <= 16 ? stackalloc (int, long)[Sources.Length] : new (int, long)[Sources.Length];
        var i = 0;
        foreach (var (id, count) in Sources.Entries())
        {
            entries[i++] = (sortedId[id], count);
        }

        entries.Sort();
        writer.Count(entries.Length);
        foreach (var (id, count) in entries)
        {
            writer.Count(id);
            writer.UInt((ulong)count);
        }
    }

    /// <summary>Reads counts written by <see cref="Write"/>, in a state of <paramref name="sources"/> sources.</summary>
    internal static TermCounts Read(StateReader reader, int sources)
    {
        var counts = new TermCounts { Known = reader.Bool(), Occurrences = (long)reader.UInt(), Documents = (long)reader.UInt() };
        for (var i = reader.Count(); i > 0; i--)
        {
            var id = reader.Int32();
            counts.Sources.Add(id < sources ? id : throw reader.Damaged($"source {id} of {sources}"), (long)reader.UInt());
        }

        for (var i = reader.Count(); i > 0; i--)
        {
            var bucket = reader.Int32();
            counts.AddNeighbour(bucket < DenseLength ? bucket : throw reader.Damaged($"neighbour bucket {bucket}"), reader.Int32());
        }

        return counts;
    }
}
