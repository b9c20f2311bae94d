using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
/// <remarks>
/// A corpus has hundreds of thousands of terms, most seen once or twice, and every worker of a run keeps a state. So a
/// term is an id into a few flat arrays (its counts, a chain of per-source counts in one pool, its neighbour profile in
/// another), not objects of its own: the state is a handful of large arrays that hold no references, which the garbage
/// collector never walks, and a word is looked up by its characters in the text, without a string made for it.
/// </remarks>
/// <param name="lexicon">Known Arabic words; null counts every sequence and leaves discovery to the words' shapes.</param>
public sealed partial class VariantState(ArabicLexicon? lexicon = null) : ICorpusState<VariantState>
{
    /// <summary>Neighbour buckets on each side of a word.</summary>
    public const int ContextBuckets = 32;

    /// <summary>The longest word sequence counted.</summary>
    public const int MaxWords = 3;

    private const int NoEntry = -1;

    // The neighbour bucket of the edge of a run, where no word stands.
    private static readonly int EdgeBucket = Bucket(string.Empty);

    // Every word seen (function words too, marked, so that each word's verdicts are worked out once) and every counted
    // sequence, by id.
    private TermTable _table = new();
    private Term[] _terms = new Term[256];
    private SourceEntry[] _sourceEntries = new SourceEntry[256];
    private int _sourceEntryCount;
    private NeighbourProfiles _profiles = new();
    private TermView? _view;

    // The current run's words, reused from one run to the next.
    private readonly List<(int Id, int Start, int Length)> _run = [];
    private char[] _sequence = new char[64];

    private enum Kind : byte
    {
        Word,
        KnownWord,
        FunctionWord,
        Sequence,
    }

    /// <summary>The known Arabic words discovery tells names from, if any.</summary>
    public ArabicLexicon? Lexicon => lexicon;

    /// <summary>The sources seen.</summary>
    public SourceTable Sources { get; private set; } = new();

    /// <summary>Documents collected.</summary>
    public long Documents { get; private set; }

    /// <summary>Words collected.</summary>
    public long Words { get; private set; }

    /// <summary>Every counted term: a word, or words joined by single spaces.</summary>
    public IReadOnlyDictionary<string, TermCounts> Terms => _view ??= new TermView(this);

    /// <summary>
    /// The bytes the counted terms take, roughly: per term its text, its place in the table, its counters, source
    /// counts and neighbour profile. It depends on what was counted, not on the order: a merge of parts gives the size
    /// of one pass.
    /// </summary>
    public long EstimatedBytes
    {
        get
        {
            var bytes = 0L;
            for (var id = 0; id < _table.Count; id++)
            {
                ref var term = ref _terms[id];
                if (term.Kind == Kind.FunctionWord)
                {
                    continue;
                }

                bytes += (_table[id].Length * 2L) + TermTable.BytesPerTerm + Unsafe.SizeOf<Term>() + (SourceEntryCount(id) * Unsafe.SizeOf<SourceEntry>());
                bytes += NeighbourProfiles.SizeFor(_profiles.Entries(term.Profile).Count()) * sizeof(int);
            }

            return bytes;
        }
    }

    /// <inheritdoc />
    public void Collect(CorpusDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var source = Sources.IdOf(document.Source);

        // The document's stamp: a term last counted under another stamp is new to this document.
        var stamp = ++Documents;
        var text = document.Normalized.Text;
        var scanner = new CorpusWords.Scanner(text);
        while (scanner.Next(out var start, out var length, out var startsRun))
        {
            if (startsRun)
            {
                CountRun(text, source, stamp);
            }

            Words++;
            _run.Add((WordId(text.AsSpan(start, length)), start, length));
        }

        CountRun(text, source, stamp);
    }

    /// <inheritdoc />
    public void Merge(VariantState other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (_table.Count == 0 && Documents == 0)
        {
            // Nothing here yet: the other's arrays become this state's, uncopied.
            (_table, _terms) = (other._table, other._terms);
            (_sourceEntries, _sourceEntryCount, _profiles) = (other._sourceEntries, other._sourceEntryCount, other._profiles);
            (Sources, Documents, Words) = (other.Sources, other.Documents, other.Words);
            other.Release();
            return;
        }

        var idMap = Sources.Absorb(other.Sources);
        Documents += other.Documents;
        Words += other.Words;
        for (var theirId = 0; theirId < other._table.Count; theirId++)
        {
            ref var theirs = ref other._terms[theirId];
            if (theirs.Kind == Kind.FunctionWord)
            {
                continue;
            }

            var text = other._table[theirId];
            var id = _table.Find(text, theirs.Hash) is var found and >= 0 ? found : Add(text, theirs.Hash, theirs.Kind);
            ref var mine = ref _terms[id];
            mine.Occurrences += theirs.Occurrences;
            mine.Documents += theirs.Documents;
            for (var entry = theirs.FirstSource; entry != NoEntry; entry = other._sourceEntries[entry].Next)
            {
                AddToSource(id, idMap[other._sourceEntries[entry].Source], other._sourceEntries[entry].Count);
            }

            foreach (var (bucket, count) in other._profiles.Entries(theirs.Profile))
            {
                _terms[id].Profile = _profiles.Add(_terms[id].Profile, bucket, count);
            }
        }

        // The other state is not used again: its arrays can go now rather than when the whole merge is done.
        other.Release();
    }

    /// <summary>The neighbour bucket of a word: a hash that is the same on every machine and run.</summary>
    public static int Bucket(ReadOnlySpan<char> word) => (int)(TermTable.Hash(word) % ContextBuckets);

    /// <summary>Counts the words of the run read so far, and its sequences of words the lexicon does not know, then empties it.</summary>
    private void CountRun(string text, int source, long stamp)
    {
        var run = CollectionsMarshal.AsSpan(_run);
        for (var i = 0; i < run.Length; i++)
        {
            var id = run[i].Id;
            if (_terms[id].Kind == Kind.FunctionWord)
            {
                continue;
            }

            Count(id, source, stamp);
            var before = i > 0 ? (int)(_terms[run[i - 1].Id].Hash % ContextBuckets) : EdgeBucket;
            var after = i + 1 < run.Length ? (int)(_terms[run[i + 1].Id].Hash % ContextBuckets) : EdgeBucket;
            _terms[id].Profile = _profiles.Add(_terms[id].Profile, before, 1);
            _terms[id].Profile = _profiles.Add(_terms[id].Profile, ContextBuckets + after, 1);
        }

        for (var i = 0; i < run.Length; i++)
        {
            for (var length = 2; length <= MaxWords && i + length <= run.Length; length++)
            {
                if (_terms[run[i + length - 2].Id].Kind != Kind.Word || _terms[run[i + length - 1].Id].Kind != Kind.Word)
                {
                    break;
                }

                Count(SequenceId(text, run.Slice(i, length)), source, stamp);
            }
        }

        _run.Clear();
    }

    /// <summary>The id of a word, added when new.</summary>
    private int WordId(ReadOnlySpan<char> word)
    {
        var hash = TermTable.Hash(word);
        if (_table.Find(word, hash) is var id and >= 0)
        {
            return id;
        }

        var text = word.ToString();
        var kind = CorpusWords.IsFunctionWord(text) ? Kind.FunctionWord
            : lexicon is not null && lexicon.Knows(text) ? Kind.KnownWord
            : Kind.Word;
        return Add(word, hash, kind);
    }

    /// <summary>The id of a sequence of words of the run, joined by single spaces, added when new.</summary>
    private int SequenceId(string text, ReadOnlySpan<(int Id, int Start, int Length)> words)
    {
        var length = words.Length - 1;
        foreach (var word in words)
        {
            length += word.Length;
        }

        if (_sequence.Length < length)
        {
            _sequence = new char[Math.Max(length, 2 * _sequence.Length)];
        }

        var joined = _sequence.AsSpan(0, length);
        var at = 0;
        foreach (var word in words)
        {
            if (at > 0)
            {
                joined[at++] = ' ';
            }

            text.AsSpan(word.Start, word.Length).CopyTo(joined[at..]);
            at += word.Length;
        }

        var hash = TermTable.Hash(joined);
        return _table.Find(joined, hash) is var id and >= 0 ? id : Add(joined, hash, Kind.Sequence);
    }

    /// <summary>Interns a new term with its hash and kind; returns its id.</summary>
    private int Add(ReadOnlySpan<char> text, uint hash, Kind kind)
    {
        var id = _table.Add(text, hash);
        if (id == _terms.Length)
        {
            Array.Resize(ref _terms, 2 * id);
        }

        _terms[id] = new Term { Kind = kind, Hash = hash, FirstSource = NoEntry, Profile = NeighbourProfiles.None };
        return id;
    }

    private void Count(int id, int source, long stamp)
    {
        ref var term = ref _terms[id];
        term.Occurrences++;
        if (term.LastDocument != stamp)
        {
            term.LastDocument = stamp;
            term.Documents++;
        }

        AddToSource(id, source, 1);
    }

    private void AddToSource(int id, int source, long count)
    {
        ref var term = ref _terms[id];
        for (var entry = term.FirstSource; entry != NoEntry; entry = _sourceEntries[entry].Next)
        {
            if (_sourceEntries[entry].Source == source)
            {
                _sourceEntries[entry].Count += count;
                return;
            }
        }

        if (_sourceEntryCount == _sourceEntries.Length)
        {
            Array.Resize(ref _sourceEntries, 2 * _sourceEntryCount);
        }

        _sourceEntries[_sourceEntryCount] = new SourceEntry { Source = source, Count = count, Next = term.FirstSource };
        term.FirstSource = _sourceEntryCount++;
    }

    private int SourceEntryCount(int id)
    {
        var entries = 0;
        for (var entry = _terms[id].FirstSource; entry != NoEntry; entry = _sourceEntries[entry].Next)
        {
            entries++;
        }

        return entries;
    }

    /// <summary>Drops everything: a state merged into another is not used again.</summary>
    private void Release()
    {
        (_table, _terms) = (new TermTable(), []);
        (_sourceEntries, _sourceEntryCount, _profiles) = ([], 0, new NeighbourProfiles());
    }

    internal bool KnownAt(int id) => _terms[id].Kind == Kind.KnownWord;

    internal long OccurrencesAt(int id) => _terms[id].Occurrences;

    internal long DocumentsAt(int id) => _terms[id].Documents;

    internal IEnumerable<(int Id, long Count)> SourcesAt(int id)
    {
        for (var entry = _terms[id].FirstSource; entry != NoEntry; entry = _sourceEntries[entry].Next)
        {
            yield return (_sourceEntries[entry].Source, _sourceEntries[entry].Count);
        }
    }

    internal long[]? ContextAt(int id)
    {
        if (_terms[id].Kind == Kind.Sequence)
        {
            return null;
        }

        var context = new long[2 * ContextBuckets];
        foreach (var (bucket, count) in _profiles.Entries(_terms[id].Profile))
        {
            context[bucket] += count;
        }

        return context;
    }

    private int IdOf(string term) =>
        _table.Find(term, TermTable.Hash(term)) is var id and >= 0 && _terms[id].Kind != Kind.FunctionWord ? id : NoEntry;

    private struct Term
    {
        public long Occurrences;
        public long Documents;

        /// <summary>The stamp of the last document of this state that held the term, so that a document counts once.</summary>
        public long LastDocument;

        /// <summary>The first of its per-source counts in the pool, or <see cref="NoEntry"/>.</summary>
        public int FirstSource;

        /// <summary>Its neighbour profile (<see cref="NeighbourProfiles"/>): words only.</summary>
        public int Profile;

        /// <summary>Its hash in the table; for a word, its neighbour bucket (<see cref="Bucket"/>) too.</summary>
        public uint Hash;

        public Kind Kind;
    }

    private struct SourceEntry
    {
        public long Count;
        public int Source;
        public int Next;
    }

    /// <summary>A read-only view of the counted terms.</summary>
    private sealed class TermView(VariantState state) : IReadOnlyDictionary<string, TermCounts>
    {
        public int Count => Enumerable.Range(0, state._table.Count).Count(id => state._terms[id].Kind != Kind.FunctionWord);

        public IEnumerable<string> Keys => this.Select(pair => pair.Key);

        public IEnumerable<TermCounts> Values => this.Select(pair => pair.Value);

        public TermCounts this[string key] => TryGetValue(key, out var counts) ? counts : throw new KeyNotFoundException(key);

        public bool ContainsKey(string key) => state.IdOf(key) != NoEntry;

        public bool TryGetValue(string key, out TermCounts value)
        {
            var id = state.IdOf(key);
            value = id == NoEntry ? default : new TermCounts(state, id);
            return id != NoEntry;
        }

        public IEnumerator<KeyValuePair<string, TermCounts>> GetEnumerator()
        {
            for (var id = 0; id < state._table.Count; id++)
            {
                if (state._terms[id].Kind != Kind.FunctionWord)
                {
                    yield return new(state._table[id].ToString(), new TermCounts(state, id));
                }
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>The counts of one term in a <see cref="VariantState"/>: a view, read while the state is not changed.</summary>
public readonly struct TermCounts
{
    private readonly VariantState _state;
    private readonly int _id;

    internal TermCounts(VariantState state, int id) => (_state, _id) = (state, id);

    /// <summary>True for a single word the state's lexicon knows.</summary>
    public bool Known => _state.KnownAt(_id);

    /// <summary>How many times the term occurs.</summary>
    public long Occurrences => _state.OccurrencesAt(_id);

    /// <summary>How many documents hold it.</summary>
    public long Documents => _state.DocumentsAt(_id);

    /// <summary>Occurrences per source id, in no particular order.</summary>
    public IEnumerable<(int Id, long Count)> Sources => _state.SourcesAt(_id);

    /// <summary>
    /// For a single word: how often each neighbour bucket held the word before it (the first
    /// <see cref="VariantState.ContextBuckets"/>) and after it (the rest); null for word sequences.
    /// </summary>
    public long[]? Context => _state.ContextAt(_id);
}
