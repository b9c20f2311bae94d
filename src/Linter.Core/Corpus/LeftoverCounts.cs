using System.Runtime.InteropServices;
using Linter.Core.Analysis;
using Linter.Core.Arabic;
using Linter.Core.Diagnostics;
using Linter.Core.Text;

namespace Linter.Core.Corpus;

/// <summary>How often leftovers must recur in a source before the rule believes them.</summary>
/// <param name="MinDocuments">The fewest documents of the source that must hold the shape.</param>
/// <param name="MinShare">The smallest share (0 to 1) of the source's documents that must hold it.</param>
/// <param name="MinSourceDocuments">A source with fewer documents gives no evidence: nothing is reported in it.</param>
public readonly record struct LeftoverThresholds(int MinDocuments, double MinShare, int MinSourceDocuments)
{
    /// <summary>True when a shape held by <paramref name="documents"/> of a source of <paramref name="sourceDocuments"/> recurs enough.</summary>
    public bool Recurs(int documents, int sourceDocuments) =>
        sourceDocuments >= MinSourceDocuments && documents >= MinDocuments && documents >= MinShare * sourceDocuments;
}

/// <summary>A leftover found across a source's documents.</summary>
/// <param name="Ordinal">The document's place in path order.</param>
/// <param name="Kind">Whole line, lead-in or tail.</param>
/// <param name="Path">The document's path as shown.</param>
/// <param name="Span">The leftover's span.</param>
/// <param name="Position">Its line and columns (0-based).</param>
/// <param name="Deletion">What the fix deletes.</param>
/// <param name="DeletionPosition">The line and columns of <paramref name="Deletion"/> (0-based).</param>
/// <param name="Text">The leftover's text.</param>
/// <param name="LineKey">The key of its line, for baselines.</param>
/// <param name="Source">The document's source.</param>
/// <param name="Documents">How many documents of the source hold its shape.</param>
/// <param name="SourceDocuments">How many documents the source has.</param>
public sealed record RecurringLeftover(long Ordinal, LeftoverKind Kind, string Path, TextSpan Span, LinePositionSpan Position, TextSpan Deletion, LinePositionSpan DeletionPosition, string Text, string LineKey, string Source, int Documents, int SourceDocuments);

/// <summary>
/// A shape of leftover that recurs in a source, as discovery reports it: every leftover of the source whose most
/// specific recurring key (the one that spells out the most words) is the same.
/// </summary>
/// <param name="Kind">Whole line, lead-in or tail.</param>
/// <param name="Source">The source.</param>
/// <param name="Pattern">What the key stands for, as a regular expression over the folded normalized line.</param>
/// <param name="Literals">How many words the pattern spells out.</param>
/// <param name="Example">The leftover's text in the earliest document (in path order) that holds it.</param>
/// <param name="Documents">How many documents of the source hold a leftover of this shape.</param>
/// <param name="SourceDocuments">How many documents the source has.</param>
public sealed record RecurringShape(LeftoverKind Kind, string Source, string Pattern, int Literals, string Example, int Documents, int SourceDocuments);

/// <summary>What the leftover rule learned from a corpus: the shapes that recur, and each document's source.</summary>
/// <param name="Recurring">The keys that recur, each with how many documents hold it.</param>
/// <param name="SourceDocuments">How many documents each source has.</param>
/// <param name="SourceOfPath">The source of each document, by path.</param>
public sealed record LearnedLeftovers(IReadOnlyDictionary<ulong, int> Recurring, IReadOnlyDictionary<string, int> SourceDocuments, IReadOnlyDictionary<string, string> SourceOfPath);

/// <summary>
/// The state of the leftover rule: per source, how many documents it has; for each document with candidates, its path
/// and source; for each candidate (a short line, a lead-in, a tail) where it is and its text; and each candidate's
/// keys with the identity of its document. A key counts the distinct documents that hold it once grouped, when the
/// rule reports. Short lines only keep their text, never a document's; a long one (most of the text kept, and
/// hardly ever reported: a line recurs as a whole far more often when it is short) is kept compressed.
/// </summary>
public sealed partial class LeftoverCounts : ICorpusState<LeftoverCounts>
{
    /// <summary>A candidate's text this long or longer is kept compressed; a shorter one as it is.</summary>
    private const int PackedLength = 96;

    private readonly Dictionary<string, int> _documents = new(StringComparer.Ordinal);
    private readonly List<Holder> _holders = [];
    private readonly ChunkedList<Place> _places = new();
    private readonly List<KeyEntry> _keys = [];
    private readonly PackedTexts _texts = new(PackedLength);

    // The key of a lead-in's or tail's line, by place: a whole line's is its text's, and most candidates are whole lines.
    private readonly Dictionary<int, UInt128> _lineKeys = [];
    private readonly LeftoverShapes _shapes = new();

    // The keys are sorted once every document is in, and stay sorted until another comes.
    private bool _keysSorted;

    /// <summary>How many documents each source has.</summary>
    public IReadOnlyDictionary<string, int> DocumentsPerSource => _documents;

    /// <inheritdoc />
    public void Collect(CorpusDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        CollectionsMarshal.GetValueRefOrAddDefault(_documents, document.Source, out _)++;
        _shapes.Find(document.Text, document.Normalized, document.Source);
        if (_shapes.Candidates.Count == 0)
        {
            return;
        }

        _keysSorted = false;
        var holder = _holders.Count;
        _holders.Add(new Holder(document.Ordinal, document.Path, document.Source));
        foreach (var candidate in _shapes.Candidates)
        {
            var place = _places.Count;
            var position = document.Text.PositionOf(candidate.Span);
            var text = _texts.Add(document.Text.Text.AsSpan(candidate.Span.Start, candidate.Span.Length));
            _places.Add(new Place(holder, candidate.Kind, candidate.Span, position, candidate.Deletion, document.Text.PositionOf(candidate.Deletion), text));
            if (candidate.Kind != LeftoverKind.Line)
            {
                _lineKeys[place] = FoldedLineKey(document.Normalized.Folded(LetterFolds.All), position.Start.Line);
            }

            for (var k = candidate.KeyStart; k < candidate.KeyStart + candidate.KeyCount; k++)
            {
                _keys.Add(new KeyEntry(_shapes.Keys[k], (uint)candidate.Identity, place));
            }
        }
    }

    /// <inheritdoc />
    public void Merge(LeftoverCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (source, count) in other._documents)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_documents, source, out _) += count;
        }

        _keysSorted = false;
        var holders = _holders.Count;
        var places = _places.Count;
        var texts = _texts.Append(other._texts);
        _holders.AddRange(other._holders);
        _places.TakeFrom(other._places, place => place with { Holder = place.Holder + holders, Text = place.Text.After(texts) });
        foreach (var (place, key) in other._lineKeys)
        {
            _lineKeys[place + places] = key;
        }

        // Grown to the size merged, not doubled: the keys are the state's largest list but for its places.
        _keys.Capacity = Math.Max(_keys.Capacity, _keys.Count + other._keys.Count);
        foreach (var key in other._keys)
        {
            _keys.Add(key with { Place = key.Place + places });
        }
    }

    /// <summary>The leftovers: every candidate with a key that recurs enough in its source, in path order.</summary>
    /// <param name="thresholds">How often a key must recur.</param>
    /// <param name="maxParallelism">The most threads that sort the keys and read the leftovers' texts.</param>
    public IReadOnlyList<RecurringLeftover> Leftovers(LeftoverThresholds thresholds, int maxParallelism = 1)
    {
        var best = new int[_places.Count];
        ForEachRecurring(thresholds, maxParallelism, (_, documents, places) =>
        {
            foreach (var place in places)
            {
                best[place] = Math.Max(best[place], documents);
            }
        });

        // Each thread reads the texts of a run of the places found, and works out their lines' keys.
        var found = Enumerable.Range(0, best.Length).Where(p => best[p] > 0).ToArray();
        var parts = new RecurringLeftover[Math.Max(1, maxParallelism)][];
        ParallelLoop.For(parts.Length, maxParallelism, part =>
        {
            var texts = _texts.Read();
            parts[part] =
            [
                .. found[(part * found.Length / parts.Length)..((part + 1) * found.Length / parts.Length)].Select(p =>
                {
                    var place = _places[p];
                    var holder = _holders[place.Holder];
                    var text = texts[place.Text];
                    var lineKey = _lineKeys.TryGetValue(p, out var key) ? DiagnosticFingerprint.FormatLineKey(key) : DiagnosticFingerprint.LineKey(text);
                    return new RecurringLeftover(holder.Ordinal, place.Kind, holder.Path, place.Span, place.Position, place.Deletion, place.DeletionPosition, text, lineKey, holder.Source, best[p], _documents[holder.Source]);
                }),
            ];
        });

        return [.. parts.SelectMany(part => part).OrderBy(l => l.Ordinal).ThenBy(l => l.Span.Start).ThenBy(l => l.Kind)];
    }

    /// <summary>
    /// The leftovers that recur enough, grouped by shape: each leftover under its recurring key that spells out the
    /// most words (then the one most documents hold), so that a line that recurs word for word is its own shape and a
    /// dateline whose city changes shares one. A line whose most specific shape no other document shares (a time stamp
    /// of the one article of its month, beside others grouped by weekday and month) goes under its key that most
    /// documents hold instead, and that shape counts them all, so that every such line has a shape that recurs.
    /// Ordered by source, kind and pattern.
    /// </summary>
    public IReadOnlyList<RecurringShape> Shapes(LeftoverThresholds thresholds)
    {
        var keysOfPlace = new Dictionary<int, List<(ulong Key, int Documents)>>();
        ForEachRecurring(thresholds, 1, (key, documents, places) =>
        {
            foreach (var place in places)
            {
                ref var keys = ref CollectionsMarshal.GetValueRefOrAddDefault(keysOfPlace, place, out _);
                (keys ??= []).Add((key, documents));
            }
        });

        var described = new Dictionary<(LeftoverKind, string, string), IReadOnlyList<KeyPattern>>();
        var choices = new List<(Place Place, Holder Holder, string Text, List<(KeyPattern Pattern, int Documents)> Patterns)>();
        var sharing = new Dictionary<(string Source, LeftoverKind Kind, string Pattern), HashSet<long>>();
        var texts = _texts.Read();
        foreach (var (p, keys) in keysOfPlace.OrderBy(pair => pair.Key))
        {
            var place = _places[p];
            var holder = _holders[place.Holder];
            var text = texts[place.Text];
            if (!described.TryGetValue((place.Kind, text, holder.Source), out var patterns))
            {
                described[(place.Kind, text, holder.Source)] = patterns = LeftoverShapes.Describe(place.Kind, text, holder.Source);
            }

            var recurring = patterns
                .Select(pattern => (Pattern: pattern, Documents: keys.FirstOrDefault(key => key.Key == pattern.Key).Documents))
                .Where(pattern => pattern.Documents > 0)
                .OrderByDescending(pattern => pattern.Pattern.Literals)
                .ThenByDescending(pattern => pattern.Documents)
                .ToList();
            if (recurring.Count > 0)
            {
                choices.Add((place, holder, text, recurring));
                ref var documents = ref CollectionsMarshal.GetValueRefOrAddDefault(sharing, (holder.Source, place.Kind, recurring[0].Pattern.Pattern), out _);
                (documents ??= []).Add(holder.Ordinal);
            }
        }

        var shapes = new Dictionary<(string Source, LeftoverKind Kind, string Pattern), Shape>();
        foreach (var (place, holder, text, recurring) in choices)
        {
            var best = recurring[0];
            // A lead-in's key is one of its words, while its pattern spells out its punctuation: the documents that hold
            // the key do not hold the pattern, so a lead-in keeps its own shape.
            var alone = place.Kind == LeftoverKind.Line && sharing[(holder.Source, place.Kind, best.Pattern.Pattern)].Count == 1;
            if (alone)
            {
                best = recurring.MaxBy(pattern => pattern.Documents);
            }

            ref var shape = ref CollectionsMarshal.GetValueRefOrAddDefault(shapes, (holder.Source, place.Kind, best.Pattern.Pattern), out _);
            shape ??= new Shape(best.Pattern.Literals);
            shape.Add(holder.Ordinal, text, alone ? best.Documents : 0);
        }

        return
        [
            .. shapes
                .Select(pair => new RecurringShape(pair.Key.Kind, pair.Key.Source, pair.Key.Pattern, pair.Value.Literals, pair.Value.Example, pair.Value.DocumentCount, _documents[pair.Key.Source]))
                .OrderBy(shape => shape.Source, StringComparer.Ordinal)
                .ThenBy(shape => shape.Kind)
                .ThenBy(shape => shape.Pattern, StringComparer.Ordinal),
        ];
    }

    /// <summary>What the corpus teaches: the keys that recur, with their documents, and each document's source.</summary>
    public LearnedLeftovers Learn(LeftoverThresholds thresholds)
    {
        var recurring = new Dictionary<ulong, int>();
        ForEachRecurring(thresholds, 1, (key, documents, _) => recurring[key] = documents);
        var sourceOfPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var holder in _holders)
        {
            sourceOfPath[holder.Path] = holder.Source;
        }

        return new LearnedLeftovers(recurring, new Dictionary<string, int>(_documents, StringComparer.Ordinal), sourceOfPath);
    }

    /// <summary>
    /// Calls <paramref name="recurs"/> for each key held by enough distinct documents of its source (copies of one
    /// article count once), with the places that have it.
    /// </summary>
    private void ForEachRecurring(LeftoverThresholds thresholds, int maxParallelism, Action<ulong, int, IEnumerable<int>> recurs)
    {
        SortKeys(maxParallelism);
        var keys = CollectionsMarshal.AsSpan(_keys);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            var documents = 1;
            while (end < keys.Length && keys[end].Key == keys[start].Key)
            {
                documents += keys[end].Identity != keys[end - 1].Identity ? 1 : 0;
                end++;
            }

            // The key mixes in the source, so every place of one key is of one source. Most keys are of one document,
            // too few to recur in any source: their source is not looked up.
            if (documents >= thresholds.MinDocuments && thresholds.Recurs(documents, _documents[_holders[_places[keys[start].Place].Holder].Source]))
            {
                recurs(keys[start].Key, documents, keys[start..end].ToArray().Select(entry => entry.Place));
            }

            start = end;
        }
    }

    /// <summary>Sorts the keys where they are, on up to <paramref name="maxParallelism"/> threads: their order means nothing to the state.</summary>
    private void SortKeys(int maxParallelism)
    {
        if (_keysSorted)
        {
            return;
        }

        // The keys are hashes, spread evenly: split by their top bits, the parts are of about equal size, and each
        // sorted on a thread of its own makes the whole sorted. Twice as many parts as threads evens out the rest.
        var bits = maxParallelism <= 1 ? 0 : (int)Math.Ceiling(Math.Log2(maxParallelism)) + 1;
        var parts = new List<Range>();
        Split(0, _keys.Count, 0, bits, parts);
        ParallelLoop.For(parts.Count, maxParallelism, i => RadixSort.Sort(CollectionsMarshal.AsSpan(_keys)[parts[i]]));
        _keysSorted = true;
    }

    /// <summary>Puts the keys from <paramref name="start"/> on with bit <paramref name="bit"/> (from the top) clear before those with it set, down to bit <paramref name="bits"/>, adding each part to <paramref name="parts"/>.</summary>
    private void Split(int start, int length, int bit, int bits, List<Range> parts)
    {
        if (bit == bits)
        {
            parts.Add(new Range(start, start + length));
            return;
        }

        var keys = CollectionsMarshal.AsSpan(_keys).Slice(start, length);
        var mask = 1UL << (63 - bit);
        int clear = 0, set = keys.Length - 1;
        while (clear <= set)
        {
            if ((keys[clear].Key & mask) == 0)
            {
                clear++;
            }
            else
            {
                (keys[clear], keys[set]) = (keys[set], keys[clear]);
                set--;
            }
        }

        Split(start, clear, bit + 1, bits, parts);
        Split(start + clear, length - clear, bit + 1, bits, parts);
    }

    /// <summary>
    /// The key of line <paramref name="line"/> (see <see cref="DiagnosticFingerprint.LineKey"/>) from its document's
    /// folded text, whose lines are the text's: the same key as the line normalized again on its own.
    /// </summary>
    private static UInt128 FoldedLineKey(string folded, int line)
    {
        var start = 0;
        for (var i = 0; i < line; i++)
        {
            start = folded.IndexOf('\n', start) + 1;
        }

        var end = folded.IndexOf('\n', start);
        return DiagnosticFingerprint.FoldedLineKey(folded.AsSpan(start, (end < 0 ? folded.Length : end) - start));
    }

    private readonly record struct Holder(long Ordinal, string Path, string Source);

    /// <summary>The documents that hold leftovers of one shape, and the earliest one's text.</summary>
    private sealed class Shape(int literals)
    {
        private readonly HashSet<long> _documents = [];
        private long _exampleOrdinal = long.MaxValue;
        private int _keyDocuments;

        public int Literals => literals;

        /// <summary>The documents put under the shape, or all that hold its key when a leftover fell back to it.</summary>
        public int DocumentCount => Math.Max(_documents.Count, _keyDocuments);

        public string Example { get; private set; } = string.Empty;

        /// <param name="ordinal">The document's ordinal.</param>
        /// <param name="text">The leftover's text.</param>
        /// <param name="keyDocuments">When the leftover fell back to the shape's key, how many documents hold that key; else 0.</param>
        public void Add(long ordinal, string text, int keyDocuments)
        {
            _documents.Add(ordinal);
            _keyDocuments = Math.Max(_keyDocuments, keyDocuments);
            if (ordinal < _exampleOrdinal)
            {
                (_exampleOrdinal, Example) = (ordinal, text);
            }
        }
    }

    /// <summary>A candidate: its document, where it is, and where its text is kept; no reference, so the collector has none of them to trace.</summary>
    private readonly record struct Place(int Holder, LeftoverKind Kind, TextSpan Span, LinePositionSpan Position, TextSpan Deletion, LinePositionSpan DeletionPosition, PackedText Text);

    /// <summary>
    /// A key of a candidate, with 32 bits of its document's identity: enough to tell apart the few documents that share
    /// a key, and a third smaller than the whole identity, in the state's longest list.
    /// </summary>
    private readonly record struct KeyEntry(ulong Key, uint Identity, int Place) : IRadixSortable<KeyEntry>
    {
        public ulong RadixKey => Key;

        public int CompareTo(KeyEntry other) => Key != other.Key ? Key.CompareTo(other.Key) : Identity.CompareTo(other.Identity);
    }
}
