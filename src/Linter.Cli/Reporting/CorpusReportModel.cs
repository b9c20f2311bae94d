using Linter.Core.Corpus;

namespace Linter.Cli.Reporting;

/// <summary>
/// Everything the HTML corpus report shows, computed before any HTML is written: the renderer only lays it out.
/// Text from the corpus (paths, forms, lines, YAML) is kept as it is; the renderer escapes it.
/// </summary>
/// <param name="Paths">The paths the report covers, as given on the command line.</param>
/// <param name="ToolVersion">The version of corpuslint that made the report.</param>
/// <param name="Totals">The corpus's totals.</param>
/// <param name="Categories">Findings per category, most first.</param>
/// <param name="Rules">Findings per diagnostic id, most first.</param>
/// <param name="WorstDocuments">The documents with the most findings, worst first.</param>
/// <param name="Transliteration">The loaded consistency families' forms as counted in the corpus.</param>
/// <param name="Duplicates">The loaded duplicate-document rules' clusters, largest first; null when no such rule is loaded.</param>
/// <param name="Discoveries">What corpus analysis found beyond the loaded rules.</param>
internal sealed record CorpusReportModel(
    IReadOnlyList<string> Paths,
    string ToolVersion,
    CorpusTotals Totals,
    IReadOnlyList<CategoryRow> Categories,
    IReadOnlyList<RuleRow> Rules,
    IReadOnlyList<WorstDocumentRow> WorstDocuments,
    TransliterationSection Transliteration,
    IReadOnlyList<DuplicateCluster>? Duplicates,
    CorpusDiscoveries Discoveries);

/// <summary>Findings by severity.</summary>
internal sealed record SeverityCounts(long Errors, long Warnings, long Suggestions)
{
    /// <summary>All of them.</summary>
    public long Total => Errors + Warnings + Suggestions;
}

/// <summary>The corpus as a whole.</summary>
/// <param name="Documents">Documents read, including those that could not be linted.</param>
/// <param name="DocumentsWithFindings">Documents with at least one finding.</param>
/// <param name="Findings">Findings by severity.</param>
/// <param name="RulesLoaded">How many rules were loaded.</param>
internal sealed record CorpusTotals(long Documents, long DocumentsWithFindings, SeverityCounts Findings, int RulesLoaded);

/// <summary>The findings of one category.</summary>
internal sealed record CategoryRow(string Category, SeverityCounts Findings);

/// <summary>The findings of one diagnostic id.</summary>
/// <param name="Id">The id.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Category">The rule's category.</param>
/// <param name="Findings">Its findings by severity.</param>
/// <param name="Documents">How many documents have one.</param>
internal sealed record RuleRow(string Id, string Title, string Category, SeverityCounts Findings, long Documents);

/// <summary>One of the documents with the most findings.</summary>
/// <param name="Path">Its path as shown.</param>
/// <param name="Findings">Its findings by severity.</param>
/// <param name="TopRules">The ids that fired most in it.</param>
internal sealed record WorstDocumentRow(string Path, SeverityCounts Findings, IReadOnlyList<RuleCount> TopRules);

/// <summary>One spelling and how often the corpus uses it.</summary>
/// <param name="Form">The spelling.</param>
/// <param name="Occurrences">Its occurrences.</param>
/// <param name="Documents">Documents that use it.</param>
/// <param name="Preferred">True for the preferred (or, for a discovered family, the suggested) form.</param>
internal sealed record FormBar(string Form, long Occurrences, long Documents, bool Preferred);

/// <summary>One consistency family of the loaded rules, counted in the corpus.</summary>
/// <param name="RuleId">The rule that lists it.</param>
/// <param name="Name">The name it spells.</param>
/// <param name="Forms">Its forms, most used first.</param>
/// <param name="MixingDocuments">Documents that use two forms of it or more.</param>
internal sealed record TransliterationFamily(string RuleId, string Name, IReadOnlyList<FormBar> Forms, long MixingDocuments);

/// <summary>The loaded consistency families.</summary>
/// <param name="Families">The families found in the corpus, those with the most non-preferred occurrences first.</param>
/// <param name="FamiliesNotFound">How many listed families the corpus never uses.</param>
internal sealed record TransliterationSection(IReadOnlyList<TransliterationFamily> Families, int FamiliesNotFound);

/// <summary>A count in one source (an outlet: a folder, or a JSON Lines field).</summary>
internal sealed record SourceCount(string Source, long Count);

/// <summary>A family of spellings that no loaded rule lists.</summary>
/// <param name="Name">What the family spells, when known; otherwise its suggested form.</param>
/// <param name="Forms">Its forms with counts, the suggested preferred one marked.</param>
/// <param name="Sources">Its occurrences per source, most first.</param>
/// <param name="Yaml">The consistency rule it would make, ready to paste into a rule file.</param>
internal sealed record DiscoveredFamily(string Name, IReadOnlyList<FormBar> Forms, IReadOnlyList<SourceCount> Sources, string Yaml);

/// <summary>A line that recurs across the documents of one source.</summary>
/// <param name="Line">The line, normalized.</param>
/// <param name="Source">The source it recurs in.</param>
/// <param name="Documents">Documents of that source that hold it.</param>
/// <param name="SourceDocuments">Documents of that source in all.</param>
/// <param name="Kind">What it looks like (a widget, a byline, a leftover glued to a body line).</param>
/// <param name="Yaml">The boilerplate rule it would make, scoped to its source.</param>
internal sealed record BoilerplateCandidate(string Line, string Source, long Documents, long SourceDocuments, string Kind, string Yaml)
{
    /// <summary>The share of the source's documents that hold the line.</summary>
    public double Share => SourceDocuments == 0 ? 0 : (double)Documents / SourceDocuments;
}

/// <summary>
/// What corpus analysis found beyond the loaded rules: spelling families and boilerplate that no rule lists yet.
/// A null section was not looked for in this run; an empty one was, and found nothing.
/// </summary>
/// <param name="Families">Discovered spelling families, most frequent first.</param>
/// <param name="Boilerplate">Boilerplate candidates, most widespread first.</param>
internal sealed record CorpusDiscoveries(
    IReadOnlyList<DiscoveredFamily>? Families,
    IReadOnlyList<BoilerplateCandidate>? Boilerplate)
{
    /// <summary>Nothing looked for.</summary>
    public static readonly CorpusDiscoveries NotAnalyzed = new(null, null);
}
