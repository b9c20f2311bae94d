using Linter.Core.State;

namespace Linter.Core.Corpus;

/// <summary>
/// The state in a state file: its documents and words; its sources, by name; then every counted term in ordinal order,
/// each written against the one before (a sorted vocabulary shares most of its letters), with whether the lexicon
/// knows it, its counts, its counts per source and its neighbour profile. Function words, which the state keeps only
/// to know them again, are not written.
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

        var ids = Enumerable.Range(0, _table.Count).Where(id => _terms[id].Kind != Kind.FunctionWord).ToArray();
        Array.Sort(ids, (a, b) => _table[a].SequenceCompareTo(_table[b]));
        writer.Count(ids.Length);
        var previous = ReadOnlySpan<char>.Empty;
        Span<(int Id, long Count)> sources = stackalloc (int, long)[16];
        Span<(int Bucket, int Count)> profile = stackalloc (int, int)[2 * ContextBuckets];
        foreach (var id in ids)
        {
            writer.SortedString(previous, _table[id]);
            previous = _table[id];
            ref var term = ref _terms[id];
            writer.Bool(term.Kind == Kind.KnownWord);
            writer.UInt((ulong)term.Occurrences);
            writer.UInt((ulong)term.Documents);

            var count = SourceEntryCount(id);
            var entries = count <= sources.Length ? sources[..count] : new (int, long)[count];
            count = 0;
            for (var entry = term.FirstSource; entry != NoEntry; entry = _sourceEntries[entry].Next)
            {
                entries[count++] = (sortedId[_sourceEntries[entry].Source], _sourceEntries[entry].Count);
            }

            entries.Sort();
            writer.Count(entries.Length);
            foreach (var (source, occurrences) in entries)
            {
                writer.Count(source);
                writer.UInt((ulong)occurrences);
            }

            count = 0;
            foreach (var neighbour in _profiles.Entries(term.Profile))
            {
                profile[count++] = neighbour;
            }

            profile[..count].Sort();
            writer.Count(count);
            foreach (var (bucket, neighbours) in profile[..count])
            {
                writer.Count(bucket);
                writer.Count(neighbours);
            }
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
            var text = reader.SortedString(previous);
            var hash = TermTable.Hash(text);
            if (text.Length == 0 || _table.Find(text, hash) >= 0)
            {
                throw reader.Damaged($"the term '{text}' empty or twice");
            }

            var known = reader.Bool();
            var id = Add(text, hash, known ? Kind.KnownWord : text.Contains(' ', StringComparison.Ordinal) ? Kind.Sequence : Kind.Word);
            _terms[id].Occurrences = (long)reader.UInt();
            _terms[id].Documents = (long)reader.UInt();
            for (var i = reader.Count(); i > 0; i--)
            {
                var source = reader.Int32();
                AddToSource(id, source < sources ? source : throw reader.Damaged($"source {source} of {sources}"), (long)reader.UInt());
            }

            for (var i = reader.Count(); i > 0; i--)
            {
                var bucket = reader.Int32();
                _terms[id].Profile = _profiles.Add(_terms[id].Profile, bucket < 2 * ContextBuckets ? bucket : throw reader.Damaged($"neighbour bucket {bucket}"), reader.Int32());
            }

            previous = text;
        }
    }
}
