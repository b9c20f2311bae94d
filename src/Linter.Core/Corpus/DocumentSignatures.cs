using System.Numerics;
using System.Runtime.InteropServices;

namespace Linter.Core.Corpus;

/// <summary>A document of a corpus, by its place in path order and its path.</summary>
/// <param name="Ordinal">Its place in path order.</param>
/// <param name="Path">Its path as shown.</param>
public sealed record DocumentRef(long Ordinal, string Path);

/// <summary>A document that duplicates an earlier one.</summary>
/// <param name="Document">The duplicate.</param>
/// <param name="Similarity">The Jaccard similarity with the first occurrence: 1 for an exact duplicate, else estimated from signatures.</param>
/// <param name="Exact">True when its normalized text is the first occurrence's, apart from spacing and line breaks.</param>
public sealed record DuplicateMember(DocumentRef Document, double Similarity, bool Exact);

/// <summary>A document and the later documents that duplicate it.</summary>
/// <param name="First">The first occurrence, by path order.</param>
/// <param name="Members">The duplicates, in path order.</param>
public sealed record DuplicateCluster(DocumentRef First, IReadOnlyList<DuplicateMember> Members);

/// <summary>
/// The state of duplicate-document detection: for each document its place, its path, a 128-bit hash of its
/// normalized text (spacing and line breaks aside) and, for a document long enough, its MinHash signature over word
/// shingles. About 560 bytes a document besides the path; never the text.
/// </summary>
/// <param name="shingleWords">Words per shingle.</param>
/// <param name="minWords">Documents with fewer words are left out; below it, a few shared words make two documents look alike.</param>
public sealed partial class DocumentSignatures(int shingleWords, int minWords) : ICorpusState<DocumentSignatures>
{
    private readonly List<Entry> _entries = [];

    // The words' and the shingles' hashes of the document being collected: reused from one document to the next, as a
    // state collects one document at a time.
    private readonly List<ulong> _wordHashes = [];
    private readonly List<ulong> _shingleHashes = [];

    /// <summary>How many documents were collected (long enough to compare).</summary>
    public int Count => _entries.Count;

    /// <summary>How many signature values are held: <see cref="MinHash.Length"/> a document, whatever its length.</summary>
    internal long SignatureValues => _entries.Sum(entry => (long)entry.Signature.Length);

    /// <inheritdoc />
    public void Collect(CorpusDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var exact = WordShingles.Read(document.Normalized.Text, _wordHashes);
        if (_wordHashes.Count < minWords || _wordHashes.Count == 0)
        {
            return;
        }

        WordShingles.Hashes(CollectionsMarshal.AsSpan(_wordHashes), shingleWords, _shingleHashes);
        _entries.Add(new Entry(document.Ordinal, document.Path, (ulong)(exact >> 64), (ulong)exact, MinHash.Signature(CollectionsMarshal.AsSpan(_shingleHashes))));
    }

    /// <inheritdoc />
    public void Merge(DocumentSignatures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _entries.AddRange(other._entries);
    }

    /// <summary>
    /// The duplicates: every document whose text is an earlier one's (exact), grouped under the first with that text,
    /// or whose estimated similarity with an earlier one reaches <paramref name="threshold"/> (near), grouped under
    /// the earlier one it is most similar to (the earliest of equals). Pairs are compared directly, never through a
    /// chain, so a document is never called a duplicate of one it does not resemble, and no similarity stated is
    /// below the threshold. With a null threshold only exact duplicates are looked for.
    /// </summary>
    public IReadOnlyList<DuplicateCluster> Clusters(double? threshold)
    {
        var entries = _entries.ToArray();
        InPlaceSort.Sort(entries.AsSpan());
        var original = new int[entries.Length];
        var similarity = new double[entries.Length];
        Array.Fill(original, -1);

        // Exact duplicates point at the first document with their text: ordered by text, then by place, a text's
        // copies follow its first. The rest are compared for near duplicates.
        var byText = new TextOf[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            byText[i] = new TextOf(entries[i].ExactHigh, entries[i].ExactLow, i);
        }

        InPlaceSort.Sort(byText.AsSpan());
        for (var i = 1; i < byText.Length; i++)
        {
            if (byText[i].SameText(byText[i - 1]))
            {
                original[byText[i].Entry] = original[byText[i - 1].Entry] < 0 ? byText[i - 1].Entry : original[byText[i - 1].Entry];
                similarity[byText[i].Entry] = 1;
            }
        }

        var distinct = Enumerable.Range(0, entries.Length).Where(i => original[i] < 0).ToList();
        if (threshold is { } level)
        {
            FindNear(entries, distinct, level, original, similarity);
        }

        var members = new List<DuplicateMember>?[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            if (original[i] >= 0)
            {
                var first = entries[original[i]];
                (members[original[i]] ??= []).Add(new DuplicateMember(entries[i].Ref, similarity[i], entries[i].ExactHigh == first.ExactHigh && entries[i].ExactLow == first.ExactLow));
            }
        }

        return [.. members.Select((list, first) => list is null ? null : new DuplicateCluster(entries[first].Ref, list)).OfType<DuplicateCluster>()];
    }

    /// <summary>
    /// LSH: documents that agree in a whole band of their signatures are candidates; each document gets the earlier
    /// candidate whose estimated similarity with it is highest, when that reaches <paramref name="threshold"/>.
    /// </summary>
    /// <remarks>
    /// The bands are cut for the acceptance level (<see cref="MinHash.AcceptanceLevel"/>), a little below the
    /// threshold, so that a pair whose estimate reaches the threshold is a candidate in some band with 99% chance; a
    /// pair is accepted only at the threshold itself, so a message never states less. Band by band, the documents
    /// are taken in order, each against every earlier one in its bucket. A bucket is a chain through one array of
    /// documents and the buckets' heads a table of the engine's own, reused from band to band: nothing is allocated
    /// per bucket or per candidate, and nothing waits for a generic collection to be compiled at the end of a run.
    /// </remarks>
    private static void FindNear(Entry[] entries, List<int> distinct, double threshold, int[] original, double[] similarity)
    {
        var rows = MinHash.BandRows(MinHash.AcceptanceLevel(threshold));
        var latestInBucket = new BucketHeads(distinct.Count);
        var earlierInBucket = new int[distinct.Count];
        var best = new int[distinct.Count];
        Array.Fill(best, -1);
        for (var band = 0; band < MinHash.Length / rows; band++)
        {
            latestInBucket.Clear();
            for (var d = 0; d < distinct.Count; d++)
            {
                var later = entries[distinct[d]];
                earlierInBucket[d] = latestInBucket.Exchange(MinHash.BandKey(later.Signature, band, rows), d);
                for (var earlier = earlierInBucket[d]; earlier >= 0; earlier = earlierInBucket[earlier])
                {
                    if (earlier == best[d])
                    {
                        continue;
                    }

                    var estimate = MinHash.Similarity(entries[distinct[earlier]].Signature, later.Signature);
                    if (estimate >= threshold && (best[d] < 0 || estimate > similarity[distinct[d]] || (estimate == similarity[distinct[d]] && earlier < best[d])))
                    {
                        best[d] = earlier;
                        original[distinct[d]] = distinct[earlier];
                        similarity[distinct[d]] = estimate;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The latest document of each bucket of one band, by the band's key: an open-addressing table, cleared for the
    /// next band.
    /// </summary>
    private sealed class BucketHeads
    {
        private readonly ulong[] _keys;
        private readonly int[] _documents;
        private readonly int _mask;

        /// <param name="documents">How many documents a band has at most; the table keeps at least half its slots free.</param>
        public BucketHeads(int documents)
        {
            var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2 * documents, 2));
            _keys = new ulong[size];
            _documents = new int[size];
            _mask = size - 1;
            Clear();
        }

        /// <summary>Empties every bucket.</summary>
        public void Clear() => Array.Fill(_documents, -1);

        /// <summary>Makes <paramref name="document"/> the latest in the bucket of <paramref name="key"/>; returns the one before it, or -1.</summary>
        public int Exchange(ulong key, int document)
        {
            // The key is a hash already: its low bits spread the buckets.
            for (var slot = (int)key & _mask; ; slot = (slot + 1) & _mask)
            {
                if (_documents[slot] < 0)
                {
                    (_keys[slot], _documents[slot]) = (key, document);
                    return -1;
                }

                if (_keys[slot] == key)
                {
                    var before = _documents[slot];
                    _documents[slot] = document;
                    return before;
                }
            }
        }
    }

    /// <summary>
    /// A document's place, path, text key and signature, ordered by place. The key is kept as two halves: code that
    /// handles UInt128 values is not compiled ahead of time, and the end of a run would wait for it to be compiled.
    /// </summary>
    private readonly record struct Entry(long Ordinal, string Path, ulong ExactHigh, ulong ExactLow, ushort[] Signature) : IComparable<Entry>
    {
        public DocumentRef Ref => new(Ordinal, Path);

        public int CompareTo(Entry other) => Ordinal != other.Ordinal ? Ordinal.CompareTo(other.Ordinal) : string.CompareOrdinal(Path, other.Path);
    }

    /// <summary>A document's text key and its index among the entries, ordered by key, then by index.</summary>
    private readonly record struct TextOf(ulong High, ulong Low, int Entry) : IComparable<TextOf>
    {
        public bool SameText(TextOf other) => High == other.High && Low == other.Low;

        public int CompareTo(TextOf other) =>
            High != other.High ? High.CompareTo(other.High) : Low != other.Low ? Low.CompareTo(other.Low) : Entry.CompareTo(other.Entry);
    }
}
