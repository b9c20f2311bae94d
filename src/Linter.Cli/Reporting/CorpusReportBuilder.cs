using Linter.Core.Corpus;
using Linter.Core.Diagnostics;

namespace Linter.Cli.Reporting;

/// <summary>Turns what the corpus analyzers gathered into the report's view model: sorted, grouped, ready to lay out.</summary>
internal static class CorpusReportBuilder
{
    /// <summary>Builds the model.</summary>
    /// <param name="summary">The rules' findings and the consistency families' counts, over the whole corpus.</param>
    /// <param name="paths">The paths the report covers, as given.</param>
    /// <param name="rulesLoaded">How many rules were loaded.</param>
    /// <param name="toolVersion">The tool's version.</param>
    /// <param name="discoveries">What corpus analysis found beyond the rules.</param>
    public static CorpusReportModel Build(CorpusSummary summary, IReadOnlyList<string> paths, int rulesLoaded, string toolVersion, CorpusDiscoveries discoveries)
    {
        var findings = summary.Findings;
        var rules = findings.Rules
            .Select(rule => new RuleRow(rule.Descriptor.Id, rule.Descriptor.Title, rule.Descriptor.Category, CountsOf(rule.Count), rule.Documents))
            .OrderByDescending(rule => rule.Findings.Total)
            .ThenBy(rule => rule.Id, StringComparer.Ordinal)
            .ToList();
        var categories = rules
            .GroupBy(rule => rule.Category, StringComparer.Ordinal)
            .Select(group => new CategoryRow(group.Key, new SeverityCounts(
                group.Sum(rule => rule.Findings.Errors), group.Sum(rule => rule.Findings.Warnings), group.Sum(rule => rule.Findings.Suggestions))))
            .OrderByDescending(category => category.Findings.Total)
            .ThenBy(category => category.Category, StringComparer.Ordinal)
            .ToList();
        var worst = findings.WorstDocuments
            .Select(document => new WorstDocumentRow(document.Path, new SeverityCounts(document.Errors, document.Warnings, document.Suggestions), document.TopRules))
            .ToList();
        var totals = new CorpusTotals(findings.Documents, findings.DocumentsWithFindings, CountsOf(findings.Count), rulesLoaded);
        return new CorpusReportModel(paths, toolVersion, totals, categories, rules, worst, Transliteration(summary.Spellings.Families), discoveries);
    }

    private static SeverityCounts CountsOf(Func<Severity, long> count) =>
        new(count(Severity.Error), count(Severity.Warning), count(Severity.Suggestion));

    /// <summary>The families the corpus uses, those with the most occurrences of other forms than the preferred first: where the work is.</summary>
    private static TransliterationSection Transliteration(IReadOnlyList<SpellingFamilyCount> counted)
    {
        var used = counted.Where(family => family.Occurrences > 0).ToList();
        var families = used
            .Select(family => new TransliterationFamily(
                family.RuleId,
                family.Name,
                [
                    .. family.Forms
                        .Where(form => form.Occurrences > 0 || form.Form == family.Preferred)
                        .Select(form => new FormBar(form.Form, form.Occurrences, form.Documents, form.Form == family.Preferred))
                        .OrderByDescending(form => form.Occurrences)
                        .ThenByDescending(form => form.Preferred),
                ],
                family.MixingDocuments))
            .OrderByDescending(family => family.Forms.Where(form => !form.Preferred).Sum(form => form.Occurrences))
            .ThenByDescending(family => family.Forms.Sum(form => form.Occurrences))
            .ThenBy(family => family.RuleId, StringComparer.Ordinal)
            .ThenBy(family => family.Name, StringComparer.Ordinal)
            .ToList();
        return new TransliterationSection(families, counted.Count - used.Count);
    }
}
