using Linter.Core.State;

namespace Linter.Core.Corpus;

/// <summary>
/// The state in a state file: whether it holds leftover counts of its own; each document's words, in path order; then
/// the variant state and, if held, the leftover counts.
/// </summary>
public sealed partial class DiscoveryState : IStoredState
{
    int IStoredState.SchemaVersion => 1;

    void IStoredState.Write(StateWriter writer)
    {
        writer.Bool(Leftovers is not null);
        writer.Count(Words.Count);
        var previous = 0L;
        foreach (var (ordinal, words) in Words.OrderBy(pair => pair.Key))
        {
            writer.Int(ordinal - previous);
            previous = ordinal;
            writer.Count(words);
        }

        ((IStoredState)Variants).Write(writer);
        if (Leftovers is not null)
        {
            ((IStoredState)Leftovers).Write(writer);
        }
    }

    void IStoredState.Read(StateReader reader)
    {
        if (reader.Bool() != Leftovers is not null)
        {
            throw new CorpusStateException(Leftovers is null
                ? $"{reader.File}: its discovery state holds leftover counts of its own, which this run reads from its leftover rule"
                : $"{reader.File}: its discovery state holds no leftover counts, which this run collects for discovery");
        }

        var ordinal = 0L;
        for (var documents = reader.Count(); documents > 0; documents--)
        {
            ordinal += reader.Int();
            Words[ordinal] = reader.Int32();
        }

        ((IStoredState)Variants).Read(reader);
        if (Leftovers is not null)
        {
            ((IStoredState)Leftovers).Read(reader);
        }
    }
}
