namespace Linter.Core.Corpus;

/// <summary>
/// The words that stand beside a word in the counted two-word sequences (words the lexicon does not know, mostly
/// names), per source: the first names, surnames and places a name keeps company with, each under its phonetic key so
/// that its spellings count as one. Two spellings of one name keep the same company; two names a vowel apart do not
/// (كريتر والتواهي, two districts of Aden, never كارتر والتواهي).
/// </summary>
internal sealed class NameCompanions
{
    private const int MinStrength = 3;

    private readonly Dictionary<string, Dictionary<string, long[]>> _before = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, long[]>> _after = new(StringComparer.Ordinal);

    /// <summary>The companions of <paramref name="words"/> in the two-word terms of <paramref name="terms"/>, with their occurrences per source id.</summary>
    /// <param name="terms">The terms counted.</param>
    /// <param name="sourcesOf">A term's occurrences per source id, asked for the terms that hold one of <paramref name="words"/>.</param>
    /// <param name="words">The words whose companions are kept.</param>
    public NameCompanions(IEnumerable<string> terms, Func<string, long[]> sourcesOf, IReadOnlySet<string> words)
    {
        foreach (var term in terms)
        {
            var space = term.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || term.IndexOf(' ', space + 1) >= 0)
            {
                continue;
            }

            var (first, second) = (term[..space], term[(space + 1)..]);
            if (words.Contains(first) || words.Contains(second))
            {
                var sources = sourcesOf(term);
                Add(_before, second, first, sources, words);
                Add(_after, first, second, sources, words);
            }
        }
    }

    /// <summary>
    /// True when one of two words keeps a companion (at least <see cref="VariantOptions.MinCompanion"/> times) that the
    /// other never has, though it would be expected <see cref="VariantOptions.MinCompanionExpected"/> times or more had it
    /// kept that company at the same rate in each source. Per source, because an outlet's spelling goes with its own
    /// phrasing (سان جيرمان الفرنسي in one outlet, سان جرمان in another): only company missing where both spellings are
    /// written tells two names apart.
    /// </summary>
    public bool Differ(string a, long[] sourcesA, string b, long[] sourcesB, VariantOptions options) =>
        Lacks(_before, a, sourcesA, b, sourcesB, options)
        || Lacks(_before, b, sourcesB, a, sourcesA, options)
        || Lacks(_after, a, sourcesA, b, sourcesB, options)
        || Lacks(_after, b, sourcesB, a, sourcesA, options);

    private static bool Lacks(
        Dictionary<string, Dictionary<string, long[]>> side, string word, long[] sources, string other, long[] otherSources, VariantOptions options)
    {
        if (!side.TryGetValue(word, out var companions))
        {
            return false;
        }

        var othersCompanions = side.GetValueOrDefault(other);
        return companions.Any(pair => pair.Value.Sum() >= options.MinCompanion
            && Expected(pair.Value, sources, otherSources) >= options.MinCompanionExpected
            && othersCompanions?.GetValueOrDefault(pair.Key) is null);
    }

    /// <summary>How often the other word would keep the company, at this word's rate in each source.</summary>
    private static double Expected(long[] companion, long[] sources, long[] otherSources)
    {
        var expected = 0.0;
        for (var source = 0; source < companion.Length; source++)
        {
            if (companion[source] > 0 && sources[source] > 0)
            {
                expected += (double)otherSources[source] * companion[source] / sources[source];
            }
        }

        return expected;
    }

    private static void Add(Dictionary<string, Dictionary<string, long[]>> side, string word, string companion, long[] sources, IReadOnlySet<string> words)
    {
        // A companion of two letters or fewer (an unknown particle, a stray article) is no name.
        if (!words.Contains(word) || ArabicPhoneticKey.Strength(companion) < MinStrength)
        {
            return;
        }

        if (!side.TryGetValue(word, out var companions))
        {
            side[word] = companions = new Dictionary<string, long[]>(StringComparer.Ordinal);
        }

        var key = ArabicPhoneticKey.Of(companion);
        if (!companions.TryGetValue(key, out var counts))
        {
            companions[key] = counts = new long[sources.Length];
        }

        for (var source = 0; source < sources.Length; source++)
        {
            counts[source] += sources[source];
        }
    }
}
