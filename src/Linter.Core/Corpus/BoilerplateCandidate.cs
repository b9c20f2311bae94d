namespace Linter.Core.Corpus;

/// <summary>Where a recurring leftover sits: a whole line, or glued before or after a line's text.</summary>
public enum BoilerplatePlacement
{
    /// <summary>The whole line.</summary>
    Line,

    /// <summary>Glued to the start of the first line, before a dash or colon.</summary>
    Prefix,

    /// <summary>Glued to the end of the last line, after its last sentence.</summary>
    Suffix,
}

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
/// <param name="Text">Its text as the earliest document holding it in its first source has it.</param>
/// <param name="Pattern">
/// What its occurrences share, as a regular expression over the folded normalized line: the words the leftover rule
/// found recurring spelled out, the words that change (a city, a name) as any word, numbers as any number. A whole
/// line's is unanchored, for a rule with scope: line, which holds it to the whole line; a lead-in's is anchored to the
/// line's start, a tail's to its end.
/// </param>
/// <param name="Placement">A whole line, or glued to the start or end of a body line.</param>
/// <param name="Kind">What it looks like: widget, footer, byline, number, lead-in, credit, dateline or label.</param>
/// <param name="Sources">Its documents per source, the largest share first.</param>
/// <param name="Score">The ranking score: its largest share in a source, weighed by how little it looks like article text.</param>
public sealed record BoilerplateCandidate(string Text, string Pattern, BoilerplatePlacement Placement, string Kind, IReadOnlyList<BoilerplateSource> Sources, double Score)
{
    /// <summary>Documents that hold it, in every source.</summary>
    public long Documents => Sources.Sum(source => source.Documents);

    /// <summary>The sources where it is boilerplate.</summary>
    public IEnumerable<BoilerplateSource> BoilerplateSources => Sources.Where(source => source.Boilerplate);
}

/// <summary>What <c>discover boilerplate</c> found in a corpus.</summary>
/// <param name="Documents">Documents analyzed.</param>
/// <param name="SourceDocuments">Documents per source.</param>
/// <param name="Candidates">The candidates, highest score first.</param>
public sealed record BoilerplateReport(long Documents, IReadOnlyList<SourceCount> SourceDocuments, IReadOnlyList<BoilerplateCandidate> Candidates);

/// <summary>The thresholds of <c>discover boilerplate</c>, those of the leftover rule (CL1008) by default.</summary>
public sealed record BoilerplateOptions
{
    /// <summary>The fewest documents of a source that must hold a shape for it to be that source's boilerplate.</summary>
    public int MinDocuments { get; init; } = 5;

    /// <summary>The smallest share of a source's documents that must hold a shape for it to be that source's boilerplate.</summary>
    public double MinShare { get; init; } = 0.03;

    /// <summary>A source with fewer documents gives no evidence: nothing is found in it.</summary>
    public int MinSourceDocuments { get; init; } = 20;
}
