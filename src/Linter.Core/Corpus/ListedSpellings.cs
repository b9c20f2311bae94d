using Linter.Core.Analysis;
using Linter.Core.Arabic;
using Linter.Core.Rules.Kinds;

namespace Linter.Core.Corpus;

/// <summary>
/// The spellings the loaded rules already list: every form of a consistency family and both sides of every
/// substitution, compared with alef, alef maqsura and ta marbuta folded. <c>discover variants</c> leaves out every
/// term that holds one (ميخائيل ديجتياريف when ديجتياريف is listed) or is part of one (كيم جونج of كيم جونج أون).
/// </summary>
public sealed class ListedSpellings
{
    private readonly HashSet<string> _spellings = new(StringComparer.Ordinal);
    private readonly HashSet<string> _parts = new(StringComparer.Ordinal);

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
            var folded = LetterFolding.Fold(spelling, LetterFolds.All);
            _spellings.Add(folded);
            _parts.UnionWith(WordRuns(folded));
        }
    }

    /// <summary>True when the term is part of a listed spelling or holds one.</summary>
    public bool Covers(string normalized)
    {
        var folded = LetterFolding.Fold(normalized, LetterFolds.All);
        return _parts.Contains(folded) || WordRuns(folded).Any(_spellings.Contains);
    }

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
