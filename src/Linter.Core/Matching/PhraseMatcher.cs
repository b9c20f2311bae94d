using System.Numerics;
using System.Runtime.InteropServices;
using Linter.Core.Arabic;

namespace Linter.Core.Matching;

/// <summary>A literal phrase that some rule wants found.</summary>
/// <param name="Owner">The rule that registered the phrase; its matches are handed back to it.</param>
/// <param name="Phrase">The phrase, normalized.</param>
/// <param name="Folds">Letter foldings under which the phrase matches.</param>
/// <param name="AllowCliticPrefix">Whether the phrase also matches right after proclitics (وبيونغ يانغ).</param>
/// <param name="Tag">A value of the owner's, returned with each match (a form index, a replacement).</param>
public sealed record PhraseRegistration(object Owner, string Phrase, LetterFolds Folds, bool AllowCliticPrefix, object? Tag);

/// <summary>A phrase found in normalized text.</summary>
/// <param name="Registration">Which phrase matched.</param>
/// <param name="Start">Start in the normalized text, after any clitic prefix.</param>
/// <param name="End">End in the normalized text.</param>
/// <param name="PrefixLength">Length of the clitic prefix before <paramref name="Start"/>.</param>
public readonly record struct PhraseMatch(PhraseRegistration Registration, int Start, int End, int PrefixLength);

/// <summary>
/// Finds every registered phrase of every rule in one pass over a document. A phrase can only start where a word
/// starts, right after proclitics, or (when it starts with a character outside words) outside a word, so a trie of
/// the fully folded phrases is walked from those places alone; each phrase reached is then verified against its
/// registration's own foldings and word boundaries.
/// </summary>
public sealed class PhraseMatcher
{
    // The trie, frozen once built. Its edges are one open-addressing hash table keyed by (node, character): a
    // lookup is a multiplication and a probe or two, whatever the node's number of children. Node 0 is the root,
    // which no edge leads to, so a target of 0 marks an empty slot, and a missing edge.
    private readonly ulong[] _edgeKeys;
    private readonly int[] _edgeTargets;
    private readonly int _edgeShift;

    // The phrases ending at node n are _registrations[_firstRegistration[n].._firstRegistration[n + 1]], in the
    // order they were registered.
    private readonly int[] _firstRegistration;
    private readonly PhraseRegistration[] _registrations;

    // True when some phrase starts with a character outside words, so it can start outside a word.
    private readonly bool _startsOutsideWords;

    /// <summary>
    /// Every match of the document this thread groups by owner, reused from one document to the next: the grouping
    /// reads them before it returns, and a thread groups one document at a time.
    /// </summary>
    [ThreadStatic]
    private static List<PhraseMatch>? _allMatches;

    /// <summary>Builds the matcher over all <paramref name="registrations"/>.</summary>
    public PhraseMatcher(IEnumerable<PhraseRegistration> registrations)
    {
        var edges = new Dictionary<(int Node, char C), int>();
        var ending = new List<List<PhraseRegistration>> { new() };
        foreach (var registration in registrations)
        {
            if (registration.Phrase.Length == 0)
            {
                throw new ArgumentException("a phrase cannot be empty", nameof(registrations));
            }

            _startsOutsideWords |= !ArabicNormalizer.IsWordChar(registration.Phrase[0]);
            var node = 0;
            foreach (var c in registration.Phrase)
            {
                var edge = (node, LetterFolding.Fold(c, LetterFolds.All));
                if (!edges.TryGetValue(edge, out var next))
                {
                    edges[edge] = next = ending.Count;
                    ending.Add([]);
                }

                node = next;
            }

            ending[node].Add(registration);
        }

        _firstRegistration = new int[ending.Count + 1];
        for (var node = 0; node < ending.Count; node++)
        {
            _firstRegistration[node + 1] = _firstRegistration[node] + ending[node].Count;
        }

        _registrations = [.. ending.SelectMany(phrases => phrases)];

        // At most half full, so that a missing edge is found empty after a probe or two.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2 * edges.Count, 16));
        _edgeShift = 64 - BitOperations.Log2((uint)capacity);
        _edgeKeys = new ulong[capacity];
        _edgeTargets = new int[capacity];
        foreach (var ((node, c), next) in edges)
        {
            var key = EdgeKey(node, c);
            var slot = Slot(key);
            while (_edgeTargets[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            _edgeKeys[slot] = key;
            _edgeTargets[slot] = next;
        }
    }

    /// <summary>Finds all matches in <paramref name="text"/>, in order of their start, then of their end, then of registration.</summary>
    public List<PhraseMatch> FindAll(NormalizedText text)
    {
        // A news article usually holds a few dozen phrase matches; starting there saves most regrowth.
        var matches = new List<PhraseMatch>(32);
        Find(text, matches);
        return matches;
    }

    /// <summary>Adds all matches in <paramref name="text"/> to <paramref name="matches"/>, in the order of <see cref="FindAll"/>.</summary>
    private void Find(NormalizedText text, List<PhraseMatch> matches)
    {
        if (_registrations.Length == 0)
        {
            return;
        }

        var source = text.Text;

        // The trie holds phrases folded every way: walking the folded text saves folding each character at each start.
        var folded = text.Folded(LetterFolds.All);
        var wordStart = 0;

        // The letters from wordStart up to prefixEnd are all proclitic letters, so a clitic prefix can end at any
        // place up to prefixEnd and nowhere after it.
        var prefixEnd = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (!ArabicNormalizer.IsWordChar(c))
            {
                if (_startsOutsideWords)
                {
                    CollectAt(source, folded, i, 0, matches);
                }

                wordStart = prefixEnd = i + 1;
                continue;
            }

            if (i == wordStart)
            {
                CollectAt(source, folded, i, 0, matches);
            }
            else if (i <= prefixEnd && Clitics.IsPrefix(source.AsSpan(wordStart, i - wordStart)))
            {
                CollectAt(source, folded, i, i - wordStart, matches);
            }

            if (i == prefixEnd && i - wordStart < Clitics.MaxPrefixLength && Clitics.IsProcliticLetter(c))
            {
                prefixEnd = i + 1;
            }
        }
    }

    /// <summary>
    /// Each owner's matches in <paramref name="text"/>, in order: leftmost-longest, without overlaps. Of matches
    /// equally long at one place, the first registered is kept.
    /// </summary>
    internal Dictionary<object, List<PhraseMatch>> FindPerOwner(NormalizedText text)
    {
        var perOwner = new Dictionary<object, List<PhraseMatch>>(ReferenceEqualityComparer.Instance);
        var all = _allMatches ??= new List<PhraseMatch>(32);
        try
        {
            Find(text, all);
            foreach (var match in all)
            {
                ref var kept = ref CollectionsMarshal.GetValueRefOrAddDefault(perOwner, match.Registration.Owner, out _);
                kept ??= [];

                // Matches come in order of start, then of end: at the place of the last one kept, a later match is
                // longer and replaces it; elsewhere, a match is kept unless it overlaps the last one kept.
                if (kept.Count > 0 && kept[^1].Start == match.Start)
                {
                    if (match.End > kept[^1].End)
                    {
                        kept[^1] = match;
                    }
                }
                else if (kept.Count == 0 || match.Start >= kept[^1].End)
                {
                    kept.Add(match);
                }
            }
        }
        finally
        {
            all.Clear();
        }

        return perOwner;
    }

    /// <summary>Collects the phrases that match at <paramref name="start"/>, which follows a clitic prefix of <paramref name="prefixLength"/>.</summary>
    /// <param name="source">The normalized text.</param>
    /// <param name="folded">The same text with every letter folding applied.</param>
    /// <param name="start">Where the phrases would start.</param>
    /// <param name="prefixLength">The length of the clitic prefix before <paramref name="start"/>.</param>
    /// <param name="matches">Where the matches go.</param>
    private void CollectAt(string source, string folded, int start, int prefixLength, List<PhraseMatch> matches)
    {
        var node = 0;
        for (var i = start; i < folded.Length; i++)
        {
            node = Child(node, folded[i]);
            if (node == 0)
            {
                return;
            }

            var end = i + 1;
            for (var r = _firstRegistration[node]; r < _firstRegistration[node + 1]; r++)
            {
                var registration = _registrations[r];
                if ((prefixLength == 0 || registration.AllowCliticPrefix)
                    && LetterFolding.EqualsFolded(source.AsSpan(start, end - start), registration.Phrase, registration.Folds)
                    && EndsAtWordBoundary(source, registration.Phrase, end))
                {
                    matches.Add(new PhraseMatch(registration, start, end, prefixLength));
                }
            }
        }
    }

    /// <summary>The node the edge labeled <paramref name="c"/> leads to from <paramref name="node"/>, or 0 (the root) when there is none.</summary>
    private int Child(int node, char c)
    {
        var key = EdgeKey(node, c);
        for (var slot = Slot(key); ; slot = (slot + 1) & (_edgeKeys.Length - 1))
        {
            var target = _edgeTargets[slot];
            if (target == 0 || _edgeKeys[slot] == key)
            {
                return target;
            }
        }
    }

    private static ulong EdgeKey(int node, char c) => ((ulong)node << 16) | c;

    /// <summary>Fibonacci hashing: the top bits of the key times 2^64 divided by the golden ratio.</summary>
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _edgeShift);

    private static bool EndsAtWordBoundary(string source, string phrase, int end) =>
        !ArabicNormalizer.IsWordChar(phrase[^1]) || end == source.Length || !ArabicNormalizer.IsWordChar(source[end]);
}
