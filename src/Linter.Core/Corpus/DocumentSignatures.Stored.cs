using Linter.Core.State;

namespace Linter.Core.Corpus;

/// <summary>The state in a state file: each document's place, path, text key and signature, in path order.</summary>
public sealed partial class DocumentSignatures : IStoredState
{
    int IStoredState.SchemaVersion => 2;

    void IStoredState.Write(StateWriter writer)
    {
        var entries = _entries.ToArray();
        Array.Sort(entries);
        writer.Count(entries.Length);
        var previous = 0L;
        foreach (var entry in entries)
        {
            writer.Int(entry.Ordinal - previous);
            previous = entry.Ordinal;
            writer.String(entry.Path);
            writer.Fixed64(entry.ExactHigh);
            writer.Fixed64(entry.ExactLow);
            writer.Fixed16(entry.Signature);
        }
    }

    void IStoredState.Read(StateReader reader)
    {
        var count = reader.Count();
        _entries.Capacity = count;
        var ordinal = 0L;
        for (var i = 0; i < count; i++)
        {
            ordinal += reader.Int();
            _entries.Add(new Entry(ordinal, reader.String(), reader.Fixed64(), reader.Fixed64(), reader.Fixed16(MinHash.Length)));
        }
    }
}
