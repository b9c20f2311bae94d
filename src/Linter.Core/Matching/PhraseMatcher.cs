using System.Buffers;
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
/// Finds every registered phrase of every rule in one pass over a document. Candidates are located with a
/// vectorized multi-string search over fully folded text; each candidate is then verified against its
/// registration's own foldings and word boundaries.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly SearchValues<string>? _searchValues;
    private readonly List<TrieNode> _nodes = [new TrieNode()];

    /// <summary>Builds the matcher over all <paramref name="registrations"/>.</summary>
    public PhraseMatcher(IEnumerable<PhraseRegistration> registrations)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var registration in registrations)
        {
            if (registration.Phrase.Length == 0)
            {
                throw new ArgumentException("a phrase cannot be empty", nameof(registrations));
            }

            var key = LetterFolding.Fold(registration.Phrase, LetterFolds.All);
            keys.Add(key);
            Insert(key, registration);
        }

        _searchValues = keys.Count > 0 ? SearchValues.Create([.. keys], StringComparison.Ordinal) : null;
    }

    /// <summary>Finds all matches in <paramref name="text"/>, in order of their start.</summary>
    public List<PhraseMatch> FindAll(NormalizedText text)
    {
        // A news article usually holds a few dozen phrase matches; starting there saves most regrowth.
        var matches = new List<PhraseMatch>(32);
        if (_searchValues is null)
        {
            return matches;
        }

        var source = text.Text;
        var folded = text.Folded(LetterFolds.All);
        var position = 0;
        while (position < folded.Length)
        {
            var found = folded.AsSpan(position).IndexOfAny(_searchValues);
            if (found < 0)
            {
                break;
            }

            var start = position + found;
            CollectAt(source, folded, start, matches);
            position = start + 1;
        }

        return matches;
    }

    private void CollectAt(string source, string folded, int start, List<PhraseMatch> matches)
    {
        var node = _nodes[0];
        for (var i = start; i < folded.Length; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(folded[i], out var next))
            {
                return;
            }

            node = _nodes[next];
            if (node.Registrations is null)
            {
                continue;
            }

            var end = i + 1;
            foreach (var registration in node.Registrations)
            {
                if (!LetterFolding.EqualsFolded(source.AsSpan(start, end - start), registration.Phrase, registration.Folds))
                {
                    continue;
                }

                if (EndsAtWordBoundary(source, registration.Phrase, end)
                    && TryStartBoundary(source, registration, start, out var prefixLength))
                {
                    matches.Add(new PhraseMatch(registration, start, end, prefixLength));
                }
            }
        }
    }

    private static bool EndsAtWordBoundary(string source, string phrase, int end) =>
        !ArabicNormalizer.IsWordChar(phrase[^1]) || end == source.Length || !ArabicNormalizer.IsWordChar(source[end]);

    private static bool TryStartBoundary(string source, PhraseRegistration registration, int start, out int prefixLength)
    {
        prefixLength = 0;
        if (!ArabicNormalizer.IsWordChar(registration.Phrase[0]))
        {
            return true;
        }

        var wordStart = start;
        while (wordStart > 0 && ArabicNormalizer.IsWordChar(source[wordStart - 1]))
        {
            wordStart--;
        }

        if (wordStart == start)
        {
            return true;
        }

        prefixLength = start - wordStart;
        return registration.AllowCliticPrefix && Clitics.IsPrefix(source.AsSpan(wordStart, prefixLength));
    }

    private void Insert(string key, PhraseRegistration registration)
    {
        var index = 0;
        foreach (var c in key)
        {
            var node = _nodes[index];
            node.Children ??= [];
            if (!node.Children.TryGetValue(c, out var next))
            {
                next = _nodes.Count;
                _nodes.Add(new TrieNode());
                node.Children[c] = next;
            }

            index = next;
        }

        (_nodes[index].Registrations ??= []).Add(registration);
    }

    private sealed class TrieNode
    {
        public Dictionary<char, int>? Children { get; set; }

        public List<PhraseRegistration>? Registrations { get; set; }
    }
}
