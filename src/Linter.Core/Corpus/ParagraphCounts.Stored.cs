using Linter.Core.State;

namespace Linter.Core.Corpus;

/// <summary>
/// The state in a state file: documents per source, by source; then each document holding a long paragraph, in path
/// order, with its paragraphs in line order (key, and where it is, each position written from the one before).
/// </summary>
public sealed partial class ParagraphCounts : IStoredState
{
    int IStoredState.SchemaVersion => 2;

    void IStoredState.Write(StateWriter writer)
    {
        // The places by document, then line: each document's in one run.
        var places = _places.ToArray();
        Array.Sort(places, (a, b) =>
            a.Holder != b.Holder ? a.Holder.CompareTo(b.Holder)
            : a.Line != b.Line ? a.Line.CompareTo(b.Line)
            : a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.CompareTo(b));
        var firstPlace = new int[_holders.Count + 1];
        foreach (var place in places)
        {
            firstPlace[place.Holder + 1]++;
        }

        for (var h = 0; h < _holders.Count; h++)
        {
            firstPlace[h + 1] += firstPlace[h];
        }

        StoredCounts.Write(writer, _documents, _holders.Count, h => (_holders[h].Ordinal, _holders[h].Path, _holders[h].Source), h =>
        {
            writer.Count(firstPlace[h + 1] - firstPlace[h]);
            var (line, start) = (0, 0);
            foreach (var place in places.AsSpan(firstPlace[h]..firstPlace[h + 1]))
            {
                writer.Fixed64(place.KeyHigh);
                writer.Fixed64(place.KeyLow);
                writer.Count(place.Line - line);
                writer.Int(place.Start - start);
                writer.Count(place.Length);
                writer.Count(place.Column);
                (line, start) = (place.Line, place.Start);
            }
        });
    }

    void IStoredState.Read(StateReader reader) =>
        StoredCounts.Read(reader, _documents, (ordinal, path, source) => _holders.Add(new Holder(ordinal, path, source)), h =>
        {
            var (line, start) = (0, 0);
            for (var p = reader.Count(); p > 0; p--)
            {
                var (high, low) = (reader.Fixed64(), reader.Fixed64());
                line = Add(reader, line, reader.Int32());
                start = Add(reader, start, reader.Int());
                _places.Add(new Place(high, low, h, start, reader.Int32(), line, reader.Int32()));
            }
        });

    /// <summary>A position from the previous one and a difference, refusing one outside a text.</summary>
    private static int Add(StateReader reader, int previous, long difference) =>
        previous + difference is var position && position is >= 0 and <= int.MaxValue ? (int)position : throw reader.Damaged($"a position of {position}");
}
