namespace Linter.Core.Corpus;

/// <summary>
/// The discovery analyses collected in one pass, as a corpus report runs them alongside the rules: the state of
/// <c>discover variants</c> and, unless the leftover rule collects the same counts already, that of
/// <c>discover boilerplate</c>. Merging merges each.
/// </summary>
/// <param name="collectLeftovers">False when a loaded leftover rule collects the counts <c>discover boilerplate</c> reads: collected once, not twice.</param>
public sealed class DiscoveryState(bool collectLeftovers = true) : ICorpusState<DiscoveryState>
{
    /// <summary>The state of <c>discover variants</c>.</summary>
    public VariantState Variants { get; } = new();

    /// <summary>The state of <c>discover boilerplate</c>: the leftover rule's counts; null when that rule collects them.</summary>
    public LeftoverCounts? Leftovers { get; } = collectLeftovers ? new() : null;

    /// <inheritdoc />
    public void Collect(CorpusDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Variants.Collect(document);
        Leftovers?.Collect(document);
    }

    /// <inheritdoc />
    public void Merge(DiscoveryState other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Variants.Merge(other.Variants);
        if (other.Leftovers is not null)
        {
            Leftovers?.Merge(other.Leftovers);
        }
    }
}
