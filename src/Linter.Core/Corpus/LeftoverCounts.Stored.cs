using Linter.Core.Diagnostics;
using Linter.Core.State;

namespace Linter.Core.Corpus;

/// <summary>
/// The state in a state file: documents per source, by source; then each document with candidates, in path order,
/// with its candidates in the order they were found, each with its keys in order.
/// </summary>
public sealed partial class LeftoverCounts : IStoredState
{
    int IStoredState.SchemaVersion => 2;

    void IStoredState.Write(StateWriter writer)
    {
        // Each place's keys, in order: the keys sorted by place, then key, and where each place's run starts.
        var keys = _keys.ToArray();
        Array.Sort(keys, (a, b) => a.Place != b.Place ? a.Place.CompareTo(b.Place) : a.CompareTo(b));
        var firstKey = new int[_places.Count + 1];
        foreach (var key in keys)
        {
            firstKey[key.Place + 1]++;
        }

        for (var p = 0; p < _places.Count; p++)
        {
            firstKey[p + 1] += firstKey[p];
        }

        // Each document's places in the order its candidates were found, which is the same however documents are merged;
        // and their texts, read in the order they were kept, since the file's table of strings holds them all anyway.
        var placesOf = new List<int>?[_holders.Count];
        var texts = new string[_places.Count];
        var packed = _texts.Read();
        for (var p = 0; p < _places.Count; p++)
        {
            (placesOf[_places[p].Holder] ??= []).Add(p);
            texts[p] = packed[_places[p].Text];
        }

        StoredCounts.Write(writer, _documents, _holders.Count, h => (_holders[h].Ordinal, _holders[h].Path, _holders[h].Source), h =>
        {
            var places = placesOf[h] ?? [];
            writer.Count(places.Count);
            foreach (var p in places)
            {
                WritePlace(writer, _places[p], texts[p], _lineKeys.TryGetValue(p, out var lineKey) ? lineKey : null, keys.AsSpan(firstKey[p]..firstKey[p + 1]));
            }
        });
    }

    void IStoredState.Read(StateReader reader) =>
        StoredCounts.Read(reader, _documents, (ordinal, path, source) => _holders.Add(new Holder(ordinal, path, source)), holder =>
        {
            for (var places = reader.Count(); places > 0; places--)
            {
                var kind = reader.Int32();
                if (!Enum.IsDefined((LeftoverKind)kind))
                {
                    throw reader.Damaged($"a leftover of kind {kind}");
                }

                var place = _places.Count;
                _places.Add(new Place(holder, (LeftoverKind)kind, reader.Span(), reader.Position(), reader.Span(), reader.Position(), _texts.Add(reader.String())));
                if (reader.Bool())
                {
                    _lineKeys[place] = ReadLineKey(reader);
                }
                var keys = reader.Count();
                uint? identity = reader.Bool() ? reader.Fixed32() : null;
                for (; keys > 0; keys--)
                {
                    _keys.Add(new KeyEntry(reader.Fixed64(), identity ?? reader.Fixed32(), place));
                }
            }
        });

    private static void WritePlace(StateWriter writer, Place place, string text, UInt128? lineKey, ReadOnlySpan<KeyEntry> keys)
    {
        writer.Count((int)place.Kind);
        writer.Span(place.Span);
        writer.Position(place.Position);
        writer.Span(place.Deletion);
        writer.Position(place.DeletionPosition);
        writer.String(text);
        writer.Bool(lineKey is not null);
        if (lineKey is { } line)
        {
            writer.LineKey(DiagnosticFingerprint.FormatLineKey(line));
        }

        // A candidate's keys share its document's identity, written once; the format allows each its own.
        var shared = keys.Length > 0 && SharesIdentity(keys);
        writer.Count(keys.Length);
        writer.Bool(shared);
        if (shared)
        {
            writer.Fixed32(keys[0].Identity);
        }

        foreach (var key in keys)
        {
            writer.Fixed64(key.Key);
            if (!shared)
            {
                writer.Fixed32(key.Identity);
            }
        }
    }

    private static UInt128 ReadLineKey(StateReader reader)
    {
        var key = reader.LineKey();
        return LineKeys.TryParse(key, out var high, out var low) ? new UInt128(high, low) : throw reader.Damaged($"the line key '{key}'");
    }

    private static bool SharesIdentity(ReadOnlySpan<KeyEntry> keys)
    {
        foreach (var key in keys)
        {
            if (key.Identity != keys[0].Identity)
            {
                return false;
            }
        }

        return true;
    }
}
