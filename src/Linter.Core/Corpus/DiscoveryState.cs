namespace Linter.Core.Corpus;

/// <summary>
/// Both discovery analyses collected in one pass, as a corpus report runs them alongside the rules: the state of
/// <c>discover variants</c> and that of <c>discover boilerplate</c>. Merging merges each.
/// </summary>
/// <param name="sourceOf">
/// Names a document's source for discovery from the name the lint run gave it, where the two differ (discovery names
/// an outlet folder relative to the path given); null keeps the document's own.
/// </param>
public sealed class DiscoveryState(Func<string, string>? sourceOf = null) : ICorpusState<DiscoveryState>
{
    /// <summary>The state of <c>discover variants</c>.</summary>
    public VariantState Variants { get; } = new();

    /// <summary>The state of <c>discover boilerplate</c>.</summary>
    public BoilerplateState Boilerplate { get; } = new();

    /// <inheritdoc />
    public void Collect(CorpusDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var named = sourceOf is null ? document : document with { Source = sourceOf(document.Source) };
        Variants.Collect(named);
        Boilerplate.Collect(named);
    }

    /// <inheritdoc />
    public void Merge(DiscoveryState other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Variants.Merge(other.Variants);
        Boilerplate.Merge(other.Boilerplate);
    }
}
