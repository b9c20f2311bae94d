using Linter.Core.Arabic;
using Linter.Core.Rules.Kinds;
using Linter.Core.Rules;

namespace Linter.Core.Discovery;

/// <summary>
/// The spellings the loaded rules already list: every form of a consistency family and both sides of every
/// substitution, compared with alef, alef maqsura and ta marbuta folded. <c>discover variants</c> leaves out every
/// term that holds one (ميخائيل ديجتياريف when ديجتياريف is listed), and a part of one that the corpus mostly writes
/// inside it (كيم جونج of كيم جونج أون; not بوينغ, Boeing, of the listed typo بوينغ يانغ).
/// </summary>
public sealed class ListedSpellings
{
    private readonly HashSet<string> _spellings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _phrasesHolding = new(StringComparer.Ordinal);

    /// <summary>The spellings listed by <paramref name="rules"/>.</summary>
    public ListedSpellings(RuleSet rules)
        : this(rules.Rules
            .Where(rule => rule is ConsistencyRule or SubstitutionRule)
            .SelectMany(rule => rule.Phrases)
            .SelectMany(registration => registration.Tag is string correction ? [registration.Phrase, ArabicNormalizer.NormalizePhrase(correction)] : new[] { registration.Phrase }))
    {
    }

    /// <summary>The given normalized spellings.</summary>
    public ListedSpellings(IEnumerable<string> spellings)
    {
        foreach (var spelling in spellings)
        {
            var folded = Fold(spelling);
            _spellings.Add(folded);
            foreach (var part in WordRuns(folded).Where(part => part != folded))
            {
                if (!_phrasesHolding.TryGetValue(part, out var phrases))
                {
                    _phrasesHolding[part] = phrases = [];
                }

                phrases.Add(folded);
            }
        }
    }

    /// <summary>True when the term is a listed spelling or holds one.</summary>
    public bool Covers(string normalized) => WordRuns(Fold(normalized)).Any(_spellings.Contains);

    /// <summary>True when the term is a listed spelling.</summary>
    public bool Lists(string normalized) => _spellings.Contains(Fold(normalized));

    /// <summary>The listed spellings, folded, that hold the term as a part.</summary>
    public IReadOnlyList<string> PhrasesHolding(string normalized) => _phrasesHolding.GetValueOrDefault(Fold(normalized)) ?? [];

    /// <summary>A term as listed spellings are compared: alef, alef maqsura and ta marbuta folded.</summary>
    public static string Fold(string normalized) => LetterFolding.Fold(normalized, LetterFolds.All);

    /// <summary>Every run of consecutive words of a term, the whole included.</summary>
    private static IEnumerable<string> WordRuns(string term)
    {
        var words = term.Split(' ');
        for (var length = 1; length <= words.Length; length++)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                yield return string.Join(' ', words, start, length);
            }
        }
    }
}
