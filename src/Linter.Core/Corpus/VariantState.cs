using Linter.Core.Arabic;

namespace Linter.Core.Corpus;

/// <summary>
/// What <c>discover variants</c> collects: for every word, and every two- and three-word sequence of words that are
/// not function words, its occurrences, documents and occurrences per source; for every word also a small hashed
/// profile of its neighbours, so that two spellings of one name can be told from two words that merely look alike.
/// With a lexicon, only sequences of words it does not know are counted: a name of several words is spelled in
/// loanwords, and the sequences of ordinary words, most of the state, tell nothing. Merging adds counts, so any split
/// of the corpus gives the same state.
/// </summary>
/// <param name="lexicon">Known Arabic words; null counts every sequence and leaves discovery to the words' shapes.</param>
public sealed partial class VariantState(ArabicLexicon? lexicon = null) : ICorpusState<VariantState>
{
    /// <summary>Neighbour buckets on each side of a word.</summary>
    public const int ContextBuckets = 32;

    /// <summary>The longest word sequence counted.</summary>
    public const int MaxWords = 3;

    private readonly Dictionary<string, TermCounts> _terms = new(StringComparer.Ordinal);

    /// <summary>The known Arabic words discovery tells names from, if any.</summary>
    public ArabicLexicon? Lexicon => lexicon;

    /// <summary>The sources seen.</summary>
    public SourceTable Sources { get; } = new();

    /// <summary>Documents collected.</summary>
    public long Documents { get; private set; }

    /// <summary>Words collected.</summary>
    public long Words { get; private set; }

    /// <summary>Every counted term: a word, or words joined by single spaces.</summary>
    public IReadOnlyDictionary<string, TermCounts> Terms => _terms;

    /// <summary>The bytes this state takes, roughly: per term its text, counters, source counts and neighbour profile.</summary>
    public long EstimatedBytes => _terms.Sum(pair => 64 + 24 + (pair.Key.Length * 2L) + pair.Value.EstimatedBytes);

    /// <inheritdoc />
    public void Collect(CorpusDocument document)
    {
        var source = Sources.IdOf(document.Source);

        // The document's stamp: a term last counted under another stamp is new to this document.
        var stamp = ++Documents;
        foreach (var run in CorpusWords.Runs(document.Normalized.Text))
        {
            // Each word's counts first (null for a function word), so that a sequence can ask whether its words are known.
            var words = new TermCounts?[run.Count];
            for (var i = 0; i < run.Count; i++)
            {
                Words++;
                if (CorpusWords.IsFunctionWord(run[i]))
                {
                    continue;
                }

                var counts = words[i] = Count(run[i], source, stamp);
                counts.AddNeighbour(Bucket(i > 0 ? run[i - 1] : string.Empty), 1);
                counts.AddNeighbour(ContextBuckets + Bucket(i + 1 < run.Count ? run[i + 1] : string.Empty), 1);
            }

            for (var i = 0; i < run.Count; i++)
            {
                for (var length = 2; length <= MaxWords && i + length <= run.Count; length++)
                {
                    if (words[i + length - 2] is not { Known: false } || words[i + length - 1] is not { Known: false })
                    {
                        break;
                    }

                    Count(string.Join(' ', run.Skip(i).Take(length)), source, stamp);
                }
            }
        }
    }

    /// <inheritdoc />
    public void Merge(VariantState other)
    {
        var idMap = Sources.Absorb(other.Sources);
        Documents += other.Documents;
        Words += other.Words;
        foreach (var (term, theirs) in other._terms)
        {
            if (!_terms.TryGetValue(term, out var mine))
            {
                _terms[term] = mine = new TermCounts { Known = theirs.Known };
            }

            mine.Add(theirs, idMap);
        }
    }

    /// <summary>The neighbour bucket of a word: a hash that is the same on every machine and run.</summary>
    public static int Bucket(string word)
    {
        var hash = 2_166_136_261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16_777_619u;
        }

        return (int)(hash % ContextBuckets);
    }

    private TermCounts Count(string term, int source, long stamp)
    {
        if (!_terms.TryGetValue(term, out var counts))
        {
            _terms[term] = counts = new TermCounts { Known = lexicon is not null && !term.Contains(' ', StringComparison.Ordinal) && lexicon.Knows(term) };
        }

        counts.Occurrences++;
        counts.Sources.Add(source, 1);
        if (counts.LastDocument != stamp)
        {
            counts.LastDocument = stamp;
            counts.Documents++;
        }

        return counts;
    }
}

/// <summary>The counts of one term in a <see cref="VariantState"/>.</summary>
public sealed partial class TermCounts
{
    /// <summary>True for a single word the state's lexicon knows.</summary>
    public bool Known { get; init; }

    /// <summary>How many times the term occurs.</summary>
    public long Occurrences { get; set; }

    /// <summary>How many documents hold it.</summary>
    public long Documents { get; set; }

    /// <summary>Occurrences per source id.</summary>
    public SourceCounts Sources { get; } = new();

    /// <summary>The stamp of the last document of its state that held the term, so that a document counts once.</summary>
    internal long LastDocument { get; set; }

    /// <summary>The length of a dense profile: a count per bucket, on each side.</summary>
    private const int DenseLength = 2 * VariantState.ContextBuckets;

    // For a single word, its neighbour buckets that are not empty, each as bucket << 24 | count: most words of a corpus
    // occur a few times, so a sparse profile takes a few bytes where a dense one took 2 × 32 counters. A profile that
    // would grow to 2 × 32 entries turns dense instead (a count per bucket, the same size): a common word, most of the
    // occurrences, is then counted without scanning its entries.
    private int[]? _neighbours;

    /// <summary>
    /// For a single word: how often each neighbour bucket held the word before it (the first
    /// <see cref="VariantState.ContextBuckets"/>) and after it (the rest); null for word sequences.
    /// </summary>
    public long[]? Context
    {
        get
        {
            if (_neighbours is null)
            {
                return null;
            }

            var context = new long[DenseLength];
            foreach (var (bucket, count) in Neighbours())
            {
                context[bucket] += count;
            }

            return context;
        }
    }

    private const int CountMask = (1 << 24) - 1;

    /// <summary>The bytes these counts take, roughly.</summary>
    public long EstimatedBytes => 40 + Sources.EstimatedBytes + (_neighbours is null ? 0 : 24 + (_neighbours.Length * 4L));

    /// <summary>Counts <paramref name="count"/> more times a neighbour in <paramref name="bucket"/> (0 to 2 × <see cref="VariantState.ContextBuckets"/> − 1).</summary>
    public void AddNeighbour(int bucket, int count)
    {
        _neighbours ??= new int[2];
        if (_neighbours.Length == DenseLength)
        {
            _neighbours[bucket] = Saturated(_neighbours[bucket], count);
            return;
        }

        var i = 0;
        while (i < _neighbours.Length && _neighbours[i] != 0 && _neighbours[i] >> 24 != bucket)
        {
            i++;
        }

        if (i == _neighbours.Length && 2 * i == DenseLength)
        {
            var dense = new int[DenseLength];
            foreach (var (entryBucket, entryCount) in Neighbours())
            {
                dense[entryBucket] = entryCount;
            }

            _neighbours = dense;
            _neighbours[bucket] = Saturated(0, count);
            return;
        }

        if (i == _neighbours.Length)
        {
            Array.Resize(ref _neighbours, 2 * _neighbours.Length);
        }

        _neighbours[i] = (bucket << 24) | Saturated(_neighbours[i] == 0 ? 0 : _neighbours[i] & CountMask, count);
    }

    /// <summary>Adds <paramref name="other"/>'s counts, its source ids mapped through <paramref name="idMap"/>.</summary>
    public void Add(TermCounts other, IReadOnlyList<int> idMap)
    {
        Occurrences += other.Occurrences;
        Documents += other.Documents;
        Sources.Add(other.Sources, idMap);
        foreach (var (bucket, count) in other.Neighbours())
        {
            AddNeighbour(bucket, count);
        }
    }

    // A count that would overflow its 24 bits stays at the largest: the profile's shape is what is compared.
    private static int Saturated(int current, long count) => (int)Math.Min(CountMask, current + count);

    /// <summary>The buckets of the profile that are not empty, with their counts.</summary>
    private IEnumerable<(int Bucket, int Count)> Neighbours()
    {
        if (_neighbours is null)
        {
            yield break;
        }

        if (_neighbours.Length == DenseLength)
        {
            for (var bucket = 0; bucket < DenseLength; bucket++)
            {
                if (_neighbours[bucket] != 0)
                {
                    yield return (bucket, _neighbours[bucket]);
                }
            }

            yield break;
        }

        foreach (var entry in _neighbours.TakeWhile(entry => entry != 0))
        {
            yield return (entry >> 24, entry & CountMask);
        }
    }
}
