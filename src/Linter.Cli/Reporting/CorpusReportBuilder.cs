using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using Linter.Core.Rules.Kinds;
using Linter.Core.Pipeline;
using Linter.Core.Rules;
using Linter.Core.Discovery;

namespace Linter.Cli.Reporting;

/// <summary>Turns what the rules gathered over a corpus into the report's view model: sorted, grouped, ready to lay out.</summary>
internal static class CorpusReportBuilder
{
    /// <summary>Documents of fewer words are not ranked by findings per 1,000 words: a caption's one finding says little.</summary>
    public const int MinRankedWords = 100;

    /// <summary>Builds the model.</summary>
    /// <param name="summary">The rules' findings over the whole corpus, and their corpus pass, finished.</param>
    /// <param name="rules">The rules the corpus was linted with.</param>
    /// <param name="paths">The paths the report covers, as given.</param>
    /// <param name="toolVersion">The tool's version.</param>
    /// <param name="sourceGlobs">The <c>files</c> globs of a source's documents, or null when they cannot be told by path, for the boilerplate rules.</param>
    public static CorpusReportModel Build(CorpusSummary summary, RuleSet rules, IReadOnlyList<string> paths, string toolVersion, Func<string, IReadOnlyList<string>?> sourceGlobs)
    {
        var findings = summary.Findings;
        var ruleRows = findings.Rules
            .Select(rule => new RuleRow(rule.Descriptor.Id, rule.Descriptor.Title, rule.Descriptor.Category, CountsOf(rule.Count), rule.Documents))
            .OrderByDescending(rule => rule.Findings.Total)
            .ThenBy(rule => rule.Id, StringComparer.Ordinal)
            .ToList();
        var categories = ruleRows
            .GroupBy(rule => rule.Category, StringComparer.Ordinal)
            .Select(group => new CategoryRow(group.Key, new SeverityCounts(
                group.Sum(rule => rule.Findings.Errors), group.Sum(rule => rule.Findings.Warnings), group.Sum(rule => rule.Findings.Suggestions))))
            .OrderByDescending(category => category.Findings.Total)
            .ThenBy(category => category.Category, StringComparer.Ordinal)
            .ToList();
        var totals = new CorpusTotals(findings.Documents, findings.DocumentsWithFindings, CountsOf(findings.Count), rules.Rules.Count);
        return new CorpusReportModel(
            paths, toolVersion, totals, categories, ruleRows, findings.WorstDocuments, findings.DensestDocuments(summary.Discovery.Words, MinRankedWords), Transliteration(rules, summary.Pass), Duplicates(rules, summary.Pass), Discoveries(summary, rules, sourceGlobs));
    }

    /// <summary>
    /// What <c>discover variants</c> and <c>discover boilerplate</c> find in the discovery states of the same pass, with
    /// their default thresholds, and the rule files their <c>--out</c> would write.
    /// </summary>
    private static CorpusDiscoveries Discoveries(CorpusSummary summary, RuleSet rules, Func<string, IReadOnlyList<string>?> sourceGlobs)
    {
        var variants = VariantDiscovery.Discover(summary.Discovery.Variants, new ListedSpellings(rules));
        var boilerplate = BoilerplateDiscovery.Discover(summary.Leftovers, new RuleCoverage(rules).Covers);
        return new CorpusDiscoveries(
            variants,
            DiscoveredRules.VariantRuleFile(variants.Families, DiscoveredRules.FreeIds(rules, DiscoveredRules.FirstVariantId)),
            boilerplate,
            DiscoveredRules.BoilerplateRuleFile(boilerplate.Candidates, sourceGlobs, DiscoveredRules.FreeIds(rules, DiscoveredRules.FirstBoilerplateId)));
    }

    private static SeverityCounts CountsOf(Func<Severity, long> count) =>
        new(count(Severity.Error), count(Severity.Warning), count(Severity.Suggestion));

    /// <summary>
    /// The families of the consistency rules that the corpus uses, those with the most occurrences of other forms than
    /// the preferred first: where the work is. A family with scope: corpus prefers the corpus majority.
    /// </summary>
    private static TransliterationSection Transliteration(RuleSet rules, CorpusPass pass)
    {
        var counted = rules.Rules.OfType<ConsistencyRule>().SelectMany(rule => rule.Counts(pass).Select(family => (RuleId: rule.Descriptor.Id, Family: family))).ToList();
        var families = counted
            .Where(counts => counts.Family.Forms.Any(form => form.Count > 0))
            .Select(counts => new TransliterationFamily(
                counts.RuleId,
                counts.Family.Family,
                [
                    .. counts.Family.Forms
                        .Where(form => form.Count > 0 || form.Form == counts.Family.Preferred)
                        .Select(form => new FormBar(form.Form, form.Count, form.Documents, form.Form == counts.Family.Preferred))
                        .OrderByDescending(form => form.Occurrences)
                        .ThenByDescending(form => form.Preferred),
                ],
                counts.Family.MixingDocuments))
            .OrderByDescending(family => family.Forms.Where(form => !form.Preferred).Sum(form => form.Occurrences))
            .ThenByDescending(family => family.Forms.Sum(form => form.Occurrences))
            .ThenBy(family => family.RuleId, StringComparer.Ordinal)
            .ThenBy(family => family.Name, StringComparer.Ordinal)
            .ToList();
        return new TransliterationSection(families, counted.Count - families.Count);
    }

    /// <summary>
    /// The clusters of every duplicate-document rule, largest first, then by their first document's place; a cluster
    /// two rules both find is shown once. Null when no such rule is loaded: duplicates were not looked for.
    /// </summary>
    private static List<DuplicateCluster>? Duplicates(RuleSet rules, CorpusPass pass)
    {
        var duplicateRules = rules.Rules.OfType<DuplicateDocumentRule>().ToList();
        return duplicateRules.Count == 0
            ? null
            : [
                .. duplicateRules
                    .SelectMany(rule => rule.Clusters(pass))
                    .DistinctBy(cluster => string.Join(' ', [cluster.First.Ordinal, .. cluster.Members.Select(member => member.Document.Ordinal)]))
                    .OrderByDescending(cluster => cluster.Members.Count)
                    .ThenBy(cluster => cluster.First.Ordinal),
            ];
    }
}
