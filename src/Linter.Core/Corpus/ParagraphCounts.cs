using System.Runtime.InteropServices;
using Linter.Core.Arabic;
using Linter.Core.Diagnostics;
using Linter.Core.Text;

namespace Linter.Core.Corpus;

/// <summary>One place a paragraph appears.</summary>
/// <param name="Ordinal">The document's place in path order.</param>
/// <param name="Path">The document's path as shown.</param>
/// <param name="Span">The paragraph's span in the document, without surrounding whitespace.</param>
/// <param name="Position">Its line and columns (0-based).</param>
public readonly record struct ParagraphOccurrence(long Ordinal, string Path, TextSpan Span, LinePositionSpan Position);

/// <summary>A paragraph found in many documents of one source.</summary>
/// <param name="Source">The source.</param>
/// <param name="SourceDocuments">How many documents the source has.</param>
/// <param name="LineKey">The key of the paragraph's normalized content (see <see cref="DiagnosticFingerprint.LineKey"/>).</param>
/// <param name="Occurrences">Each document holding it, once, in path order; the first is the first occurrence.</param>
public sealed record RepeatedParagraph(string Source, int SourceDocuments, string LineKey, IReadOnlyList<ParagraphOccurrence> Occurrences);

/// <summary>
/// The state of the repeated-paragraph rule: per source, how many documents it has and, for each long paragraph
/// (a line of at least <c>minWords</c> words), the line key of its normalized content and where it appears. About
/// 45 bytes per long paragraph, never its text: the places are one list of small structs, grouped by key only when
/// the rule reports.
/// </summary>
/// <param name="minWords">Lines with fewer words are not paragraphs worth counting.</param>
public sealed partial class ParagraphCounts(int minWords) : ICorpusState<ParagraphCounts>
{
    private readonly Dictionary<string, int> _documents = new(StringComparer.Ordinal);

    /// <summary>The documents holding a long paragraph; a place names its document by index here, not by its path.</summary>
    private readonly List<Holder> _holders = [];

    private readonly List<Place> _places = [];

    /// <summary>How many places are held: one for each long paragraph of a document, counted once in it.</summary>
    internal int Places => _places.Count;

    /// <summary>How many documents are held: those with a long paragraph.</summary>
    internal int Holders => _holders.Count;

    /// <summary>
    /// The keys of the document being collected, so a paragraph counts once per document; reused, as a state collects
    /// one document at a time, and emptied key by key (see <see cref="Collect"/>).
    /// </summary>
    private readonly HashSet<UInt128> _inDocument = [];

    /// <inheritdoc />
    public void Collect(CorpusDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        CollectionsMarshal.GetValueRefOrAddDefault(_documents, document.Source, out _)++;
        var normalized = document.Normalized.Text;

        // The line key folds letters: slicing the document's folded text (the shared phrase search has folded it
        // already) saves folding and copying each line.
        var folded = document.Normalized.Folded(LetterFolds.All);
        if (_inDocument.Count > 0)
        {
            // Keys left by a document whose collecting failed midway.
            _inDocument.Clear();
        }

        var first = _places.Count;
        var line = 0;
        foreach (var range in normalized.AsSpan().Split('\n'))
        {
            if (HasWords(normalized.AsSpan(range), minWords) && DiagnosticFingerprint.FoldedLineKey(folded.AsSpan(range)) is var key && _inDocument.Add(key))
            {
                var span = document.Text.TrimmedLineSpan(line);
                _places.Add(new Place(key, _holders.Count, span.Start, span.Length, line, span.Start - document.Text.LineStart(line)));
            }

            line++;
        }

        if (_places.Count > first)
        {
            _holders.Add(new Holder(document.Ordinal, document.Path, document.Source));
        }

        // The set forgets this document's keys one by one: clearing it would wipe every bucket it has, and one long
        // document can grow it far beyond what the documents after it need.
        foreach (var place in CollectionsMarshal.AsSpan(_places)[first..])
        {
            _inDocument.Remove(place.Key);
        }
    }

    /// <inheritdoc />
    public void Merge(ParagraphCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (source, count) in other._documents)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_documents, source, out _) += count;
        }

        var offset = _holders.Count;
        _holders.AddRange(other._holders);
        _places.EnsureCapacity(_places.Count + other._places.Count);
        foreach (var place in other._places)
        {
            _places.Add(place with { Holder = place.Holder + offset });
        }
    }

    /// <summary>How many documents each source has.</summary>
    public IReadOnlyDictionary<string, int> DocumentsPerSource => _documents;

    /// <summary>
    /// The paragraphs found in at least <paramref name="minDocuments"/> documents of one source and at least
    /// <paramref name="minShare"/> (0 to 1) of its documents, by source, then by first occurrence.
    /// </summary>
    /// <remarks>Sorts the places by key where they are: their order means nothing to the state, and a copy would double it.</remarks>
    public IReadOnlyList<RepeatedParagraph> Repeated(int minDocuments, double minShare)
    {
        var places = CollectionsMarshal.AsSpan(_places);
        RadixSort.Sort(places);
        var repeated = new List<RepeatedParagraph>();
        for (var start = 0; start < places.Length;)
        {
            var end = start + 1;
            while (end < places.Length && places[end].CompareTo(places[start]) == 0)
            {
                end++;
            }

            // No source can hold a paragraph more often than all of them together: most paragraphs stop here.
            if (end - start >= minDocuments)
            {
                foreach (var inSource in places[start..end].ToArray().GroupBy(place => _holders[place.Holder].Source, StringComparer.Ordinal))
                {
                    var count = inSource.Count();
                    if (count >= minDocuments && count >= minShare * _documents[inSource.Key])
                    {
                        repeated.Add(new RepeatedParagraph(
                            inSource.Key,
                            _documents[inSource.Key],
                            places[start].FormattedKey,
                            [.. inSource.Select(Occurrence).OrderBy(o => o.Ordinal)]));
                    }
                }
            }

            start = end;
        }

        return
        [
            .. repeated
                .OrderBy(p => p.Source, StringComparer.Ordinal)
                .ThenBy(p => p.Occurrences[0].Ordinal)
                .ThenBy(p => p.Occurrences[0].Position.Start),
        ];
    }

    private ParagraphOccurrence Occurrence(Place place)
    {
        var holder = _holders[place.Holder];
        return new ParagraphOccurrence(
            holder.Ordinal,
            holder.Path,
            new TextSpan(place.Start, place.Length),
            new LinePositionSpan(new LinePosition(place.Line, place.Column), new LinePosition(place.Line, place.Column + place.Length)));
    }

    /// <summary>True when <paramref name="line"/> has at least <paramref name="words"/> words; stops counting there.</summary>
    private static bool HasWords(ReadOnlySpan<char> line, int words)
    {
        var counted = 0;
        var inWord = false;
        for (var i = 0; i < line.Length && counted < words; i++)
        {
            var isWordChar = ArabicNormalizer.IsWordChar(line[i]);
            if (isWordChar && !inWord)
            {
                counted++;
            }

            inWord = isWordChar;
        }

        return counted >= words;
    }

    /// <summary>A document holding a long paragraph.</summary>
    private readonly record struct Holder(long Ordinal, string Path, string Source);

    /// <summary>
    /// One place a paragraph appears: its key, its document (an index into the holders) and where it is on its line,
    /// a paragraph being one line. Places are ordered by key. The key is kept as two halves: a <see cref="UInt128"/>
    /// field would align the struct to 16 bytes and pad it from 36 to 48, and code that handles UInt128 values is not
    /// compiled ahead of time, so sorting by the halves runs optimized from the start.
    /// </summary>
    private readonly record struct Place(ulong KeyHigh, ulong KeyLow, int Holder, int Start, int Length, int Line, int Column) : IRadixSortable<Place>
    {
        public Place(UInt128 key, int holder, int start, int length, int line, int column)
            : this((ulong)(key >> 64), (ulong)key, holder, start, length, line, column)
        {
        }

        public UInt128 Key => new(KeyHigh, KeyLow);

        public ulong RadixKey => KeyHigh;

        /// <summary>The key as a fingerprint's line key.</summary>
        public string FormattedKey => DiagnosticFingerprint.FormatLineKey(Key);

        public int CompareTo(Place other) => KeyHigh != other.KeyHigh ? KeyHigh.CompareTo(other.KeyHigh) : KeyLow.CompareTo(other.KeyLow);
    }
}
