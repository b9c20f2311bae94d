using Linter.Core.State;

namespace Linter.Core.Corpus;

/// <summary>
/// The state in a state file: documents per source, by source; then each document holding a long paragraph, in path
/// order, with its paragraphs in line order (key, and where it is, each position written from the one before).
/// </summary>
public sealed partial class ParagraphCounts : IStoredState
{
    string IStoredState.Kind => nameof(ParagraphCounts);

    int IStoredState.SchemaVersion => 1;

    void IStoredState.Write(StateWriter writer)
    {
        StoredCounts.WriteSources(writer, _documents);
        var holders = StoredCounts.PathOrder(_holders.Count, h => (_holders[h].Ordinal, _holders[h].Path));
        var rank = new int[holders.Length];
        for (var r = 0; r < holders.Length; r++)
        {
            rank[holders[r]] = r;
        }

        var places = _places.ToArray();
        Array.Sort(places, (a, b) =>
            rank[a.Holder] != rank[b.Holder] ? rank[a.Holder].CompareTo(rank[b.Holder])
            : a.Line != b.Line ? a.Line.CompareTo(b.Line)
            : a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.CompareTo(b));

        writer.Count(holders.Length);
        var previousOrdinal = 0L;
        var p = 0;
        foreach (var h in holders)
        {
            var holder = _holders[h];
            writer.Int(holder.Ordinal - previousOrdinal);
            previousOrdinal = holder.Ordinal;
            writer.String(holder.Path);
            writer.String(holder.Source);
            var end = p;
            while (end < places.Length && places[end].Holder == h)
            {
                end++;
            }

            writer.Count(end - p);
            var (line, start) = (0, 0);
            for (; p < end; p++)
            {
                var place = places[p];
                writer.Fixed64(place.KeyHigh);
                writer.Fixed64(place.KeyLow);
                writer.Count(place.Line - line);
                writer.Int(place.Start - start);
                writer.Count(place.Length);
                writer.Count(place.Column);
                (line, start) = (place.Line, place.Start);
            }
        }
    }

    void IStoredState.Read(StateReader reader)
    {
        StoredCounts.ReadSources(reader, _documents);
        var holders = reader.Count();
        var ordinal = 0L;
        for (var h = 0; h < holders; h++)
        {
            ordinal += reader.Int();
            _holders.Add(new Holder(ordinal, reader.String(), reader.String()));
            var (line, start) = (0, 0);
            for (var p = reader.Count(); p > 0; p--)
            {
                var (high, low) = (reader.Fixed64(), reader.Fixed64());
                line = Add(reader, line, reader.Int32());
                start = Add(reader, start, reader.Int());
                _places.Add(new Place(high, low, h, start, reader.Int32(), line, reader.Int32()));
            }
        }
    }

    /// <summary>A position from the previous one and a difference, refusing one outside a text.</summary>
    private static int Add(StateReader reader, int previous, long difference) =>
        previous + difference is var position && position is >= 0 and <= int.MaxValue ? (int)position : throw reader.Damaged($"a position of {position}");
}
