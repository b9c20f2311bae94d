using Linter.Core.Arabic;

namespace Linter.Core.Corpus;

/// <summary>
/// The discovery analyses collected in one pass, as a corpus report runs them alongside the rules: the state of
/// <c>discover variants</c> and, unless the leftover rule collects the same counts already, that of
/// <c>discover boilerplate</c>. Merging merges each.
/// </summary>
/// <param name="lexicon">The known Arabic words the variant state tells names from; null for none.</param>
/// <param name="collectLeftovers">False when a loaded leftover rule collects the counts <c>discover boilerplate</c> reads: collected once, not twice.</param>
public sealed partial class DiscoveryState(ArabicLexicon? lexicon = null, bool collectLeftovers = true) : ICorpusState<DiscoveryState>
{
    /// <summary>The state of <c>discover variants</c>.</summary>
    public VariantState Variants { get; } = new(lexicon);

    /// <summary>The state of <c>discover boilerplate</c>: the leftover rule's counts; null when that rule collects them.</summary>
    public LeftoverCounts? Leftovers { get; } = collectLeftovers ? new() : null;

    /// <summary>Each document's words, by its place in path order: a report ranks documents by findings per 1,000 words.</summary>
    public Dictionary<long, int> Words { get; } = [];

    /// <inheritdoc />
    public void Collect(CorpusDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Variants.Collect(document);
        Leftovers?.Collect(document);
        Words[document.Ordinal] = CountWords(document.Normalized.Text);
    }

    /// <inheritdoc />
    public void Merge(DiscoveryState other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (ordinal, words) in other.Words)
        {
            Words[ordinal] = words;
        }

        Variants.Merge(other.Variants);
        if (other.Leftovers is not null)
        {
            Leftovers?.Merge(other.Leftovers);
        }
    }

    /// <summary>The runs of letters or digits in <paramref name="text"/>.</summary>
    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c);
            words += wordChar && !inWord ? 1 : 0;
            inWord = wordChar;
        }

        return words;
    }
}
