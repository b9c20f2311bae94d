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
public sealed class DocumentSignatures(int shingleWords, int minWords) : ICorpusState<DocumentSignatures>
{
    private readonly List<Entry> _entries = [];

    // The words' and the shingles' hashes of the document being collected: reused from one document to the next, as a
    // state collects one document at a time.
    private readonly List<ulong> _wordHashes = [];
    private readonly List<ulong> _shingleHashes = [];

    /// <summary>How many documents were collected (long enough to compare).</summary>
    public int Count => _entries.Count;

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
        _entries.Add(new Entry(document.Ordinal, document.Path, exact, MinHash.Signature(CollectionsMarshal.AsSpan(_shingleHashes))));
    }

    /// <inheritdoc />
    public void Merge(DocumentSignatures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _entries.AddRange(other._entries);
    }

    /// <summary>
    /// The duplicates: every document whose text is an earlier one's (exact), or whose estimated similarity with an
    /// earlier one reaches the acceptance level of <paramref name="threshold"/> (near; see
    /// <see cref="MinHash.AcceptanceLevel"/>), grouped under that earliest one. Pairs are compared directly, never
    /// through a chain, so a document is never called a duplicate of one it does not resemble. With a null
    /// threshold only exact duplicates are looked for.
    /// </summary>
    public IReadOnlyList<DuplicateCluster> Clusters(double? threshold)
    {
        var entries = _entries.OrderBy(e => e.Ordinal).ToList();
        var original = new int[entries.Count];
        var similarity = new double[entries.Count];
        Array.Fill(original, -1);

        // Exact duplicates point at the first document with their text; the rest are compared for near duplicates.
        var firstWithText = new Dictionary<UInt128, int>();
        var distinct = new List<int>();
        for (var i = 0; i < entries.Count; i++)
        {
            ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(firstWithText, entries[i].Exact, out var seen);
            if (seen)
            {
                original[i] = first;
                similarity[i] = 1;
            }
            else
            {
                first = i;
                distinct.Add(i);
            }
        }

        if (threshold is { } level)
        {
            FindNear(entries, distinct, MinHash.AcceptanceLevel(level), original, similarity);
        }

        var clusters = new SortedDictionary<int, List<DuplicateMember>>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (original[i] < 0)
            {
                continue;
            }

            if (!clusters.TryGetValue(original[i], out var members))
            {
                clusters[original[i]] = members = [];
            }

            members.Add(new DuplicateMember(entries[i].Ref, similarity[i], entries[i].Exact == entries[original[i]].Exact));
        }

        return [.. clusters.Select(pair => new DuplicateCluster(entries[pair.Key].Ref, pair.Value))];
    }

    /// <summary>
    /// LSH: documents that agree in a whole band of their signatures are candidates; a candidate pair is kept when
    /// its estimated similarity reaches <paramref name="acceptance"/>. Each document gets the earliest document it
    /// is similar to.
    /// </summary>
    private static void FindNear(List<Entry> entries, List<int> distinct, double acceptance, int[] original, double[] similarity)
    {
        var rows = MinHash.BandRows(acceptance);
        var candidates = new Dictionary<int, SortedSet<int>>();
        var bucket = new Dictionary<ulong, List<int>>();
        for (var band = 0; band < MinHash.Length / rows; band++)
        {
            bucket.Clear();
            foreach (var i in distinct)
            {
                ref var members = ref CollectionsMarshal.GetValueRefOrAddDefault(bucket, MinHash.BandKey(entries[i].Signature, band, rows), out _);
                members ??= [];
                foreach (var earlier in members)
                {
                    if (!candidates.TryGetValue(i, out var set))
                    {
                        candidates[i] = set = [];
                    }

                    set.Add(earlier);
                }

                members.Add(i);
            }
        }

        foreach (var (later, earlierOnes) in candidates)
        {
            foreach (var earlier in earlierOnes)
            {
                var estimate = MinHash.Similarity(entries[earlier].Signature, entries[later].Signature);
                if (estimate >= acceptance)
                {
                    original[later] = earlier;
                    similarity[later] = estimate;
                    break;
                }
            }
        }
    }

    private readonly record struct Entry(long Ordinal, string Path, UInt128 Exact, ushort[] Signature)
    {
        public DocumentRef Ref => new(Ordinal, Path);
    }
}
