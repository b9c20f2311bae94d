using Linter.Core.Corpus;

namespace Linter.Cli.Reporting;

/// <summary>
/// Everything the HTML corpus report shows, computed before any HTML is written: the renderer only lays it out. The
/// engine's own records are shown as they are (the worst documents, duplicate clusters, discovered families and
/// boilerplate); the records here hold what the page needs in another shape. Text from the corpus (paths, forms,
/// lines, YAML) is kept as it is; the renderer escapes it.
/// </summary>
/// <param name="Paths">The paths the report covers, as given on the command line.</param>
/// <param name="ToolVersion">The version of corpuslint that made the report.</param>
/// <param name="Totals">The corpus's totals.</param>
/// <param name="Categories">Findings per category, most first.</param>
/// <param name="Rules">Findings per diagnostic id, most first.</param>
/// <param name="WorstDocuments">The documents with the most findings, worst first.</param>
/// <param name="DensestDocuments">The documents with the most findings per 1,000 words, worst first.</param>
/// <param name="Transliteration">The loaded consistency families' forms as counted in the corpus.</param>
/// <param name="Duplicates">The loaded duplicate-document rules' clusters, largest first; null when no such rule is loaded.</param>
/// <param name="Discoveries">What the discovery analyses found beyond the loaded rules.</param>
internal sealed record CorpusReportModel(
    IReadOnlyList<string> Paths,
    string ToolVersion,
    CorpusTotals Totals,
    IReadOnlyList<CategoryRow> Categories,
    IReadOnlyList<RuleRow> Rules,
    IReadOnlyList<DocumentFindings> WorstDocuments,
    IReadOnlyList<DocumentFindings> DensestDocuments,
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

/// <summary>One bar of a spelling chart: a spelling and how often the corpus uses it, for a listed family and a discovered one alike.</summary>
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

/// <summary>
/// What the discovery analyses found beyond the loaded rules, as <c>corpuslint discover</c> finds it, with the rule
/// files <c>discover variants --out</c> and <c>discover boilerplate --out</c> would write for it.
/// </summary>
/// <param name="Variants">The spelling families no loaded rule lists, most frequent first.</param>
/// <param name="VariantRules">The rule file of the families; null when there is none.</param>
/// <param name="Boilerplate">The recurring leftovers of each source, best first.</param>
/// <param name="BoilerplateRules">The rule file of the leftovers; null when none can be written (none found, or only sentence-like ones).</param>
internal sealed record CorpusDiscoveries(VariantReport Variants, string? VariantRules, BoilerplateReport Boilerplate, string? BoilerplateRules);
