namespace Linter.Core.Corpus;

/// <summary>How a recurring leftover shows in one source.</summary>
/// <param name="Source">The source (outlet).</param>
/// <param name="Documents">Documents of the source that hold it.</param>
/// <param name="SourceDocuments">Documents of the source.</param>
/// <param name="Boilerplate">True when it recurs often enough in this source to be its boilerplate.</param>
public sealed record BoilerplateSource(string Source, long Documents, long SourceDocuments, bool Boilerplate)
{
    /// <summary>The share of the source's documents that hold it.</summary>
    public double Share => SourceDocuments == 0 ? 0 : (double)Documents / SourceDocuments;
}

/// <summary>A line, lead-in or tail that recurs across documents: what <c>discover boilerplate</c> reports.</summary>
/// <param name="Text">Its normalized text as the earliest document holding it has it.</param>
/// <param name="Key">What occurrences are compared on: letters folded, each run of digits as 0.</param>
/// <param name="Placement">A whole line, or glued to the start or end of a body line.</param>
/// <param name="Kind">What it looks like: widget, footer, byline, number, lead-in, credit, label or sentence.</param>
/// <param name="Sources">Its documents per source, the sources where it is boilerplate first.</param>
/// <param name="Score">The ranking score: its largest share in a source, weighed by how little it looks like article text.</param>
public sealed record BoilerplateCandidate(string Text, string Key, BoilerplatePlacement Placement, string Kind, IReadOnlyList<BoilerplateSource> Sources, double Score)
{
    /// <summary>Documents that hold it, in every source.</summary>
    public long Documents => Sources.Sum(source => source.Documents);

    /// <summary>True when its occurrences differ in their numbers (عدد القراءات: 1234), so a rule needs a pattern.</summary>
    public bool HasNumber => Key.Contains('0', StringComparison.Ordinal);

    /// <summary>The sources where it is boilerplate.</summary>
    public IEnumerable<BoilerplateSource> BoilerplateSources => Sources.Where(source => source.Boilerplate);
}

/// <summary>What <c>discover boilerplate</c> found in a corpus.</summary>
/// <param name="Documents">Documents analyzed.</param>
/// <param name="SourceDocuments">Documents per source.</param>
/// <param name="Candidates">The candidates, highest score first.</param>
public sealed record BoilerplateReport(long Documents, IReadOnlyList<SourceCount> SourceDocuments, IReadOnlyList<BoilerplateCandidate> Candidates);

/// <summary>The thresholds of <c>discover boilerplate</c>.</summary>
public sealed record BoilerplateOptions
{
    /// <summary>The fewest documents of a source that must hold a line for it to be that source's boilerplate.</summary>
    public int MinDocuments { get; init; } = 5;

    /// <summary>The smallest share of a source's documents that must hold a line for it to be that source's boilerplate.</summary>
    public double MinShare { get; init; } = 0.02;

    /// <summary>
    /// How many times more often a lead-in, a tail or a sentence-like line must occur in its source than in the
    /// others: a glued leftover or a disclaimer belongs to one outlet's pages, while the way sentences start (وقال:)
    /// and a wire paragraph that every outlet carries are shared by all.
    /// </summary>
    public double MinLift { get; init; } = 3;
}
