using System.Globalization;
using System.Text;
using Linter.Core.Analysis;
using Linter.Core.Diagnostics;
using Linter.Core.Rules;
using Linter.Core.Corpus;

namespace Linter.Core.Discovery;

/// <summary>
/// Writes what discovery found as a rule file that loads as it is (<c>check --rules FILE</c>, <c>rules test</c>): the
/// families as one consistency rule, the boilerplate as one rule per source and placement, scoped to the source's
/// files. Each family and candidate also has the YAML it contributes, for a person to copy into a rule file.
/// </summary>
public static class DiscoveredRules
{
    private const string Header = "# yaml-language-server: $schema=" + RuleSchema.FileName + "\n";

    /// <summary>Words that stand for the text a lead-in or a tail is glued to in a rule's example.</summary>
    private const string ExampleText = "نص الخبر";

    /// <summary>Where the ids of the rule <c>discover variants</c> writes start.</summary>
    public const int FirstVariantId = 3900;

    /// <summary>Where the ids of the rules <c>discover boilerplate</c> writes start.</summary>
    public const int FirstBoilerplateId = 1900;

    /// <summary>
    /// The ids CL<paramref name="start"/>, CL<paramref name="start"/>+1, ... that neither a loaded rule nor the engine
    /// uses; ids of rules that <paramref name="isRewritten"/> picks (those of the file being rewritten) are free again.
    /// </summary>
    public static IEnumerable<string> FreeIds(RuleSet rules, int start, Func<RuleDescriptor, bool>? isRewritten = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var taken = rules.Descriptors
            .Where(descriptor => isRewritten is null || !isRewritten(descriptor))
            .Concat(EngineDiagnostics.All)
            .Select(descriptor => descriptor.Id)
            .ToHashSet(StringComparer.Ordinal);
        for (var number = start; ; number++)
        {
            var id = "CL" + number.ToString(CultureInfo.InvariantCulture);
            if (!taken.Contains(id))
            {
                yield return id;
            }
        }
    }

    /// <summary>The YAML of one family, as an item of a consistency rule's <c>families</c> list (indented for it).</summary>
    public static string FamilyYaml(VariantFamily family)
    {
        var counts = string.Join(", ", family.Forms.Select(form => $"{form.Text} ×{form.Occurrences.ToString(CultureInfo.InvariantCulture)}"));
        return new StringBuilder()
            .Append("      - name: ").Append(Quote(family.Preferred)).Append('\n')
            .Append("        preferred: ").Append(Quote(family.Preferred)).Append('\n')
            .Append("        forms: ").Append(List(family.Forms.Select(form => form.Text))).Append('\n')
            .Append("        description: ").Append(Quote($"The corpus majority. Found by corpuslint discover variants: {counts}.")).Append('\n')
            .ToString();
    }

    /// <summary>A rule file with one consistency rule holding every family; null when there is none.</summary>
    /// <param name="families">The families.</param>
    /// <param name="ids">Free ids: the rule takes the first, its mixed-forms diagnostic the second.</param>
    public static string? VariantRuleFile(IReadOnlyList<VariantFamily> families, IEnumerable<string> ids)
    {
        if (families.Count == 0)
        {
            return null;
        }

        using var id = ids.GetEnumerator();
        var text = new StringBuilder(Header)
            .Append("# Spelling families found by 'corpuslint discover variants'. Each prefers the corpus majority; review them,\n")
            .Append("# drop the ones that are not one name, and move the rest into your transliteration rules.\n")
            .Append("rules:\n")
            .Append("  - id: ").Append(Next(id)).Append('\n')
            .Append("    kind: consistency\n")
            .Append("    title: Spelling differs from the corpus majority\n")
            .Append("    message: ").Append(Quote("«{match}» is written «{suggestion}» in most of this corpus")).Append('\n')
            .Append("    category: Transliteration\n")
            .Append("    severity: suggestion\n")
            .Append("    description: ").Append(Quote("Spellings of one name found by corpuslint discover variants: they share an Arabic phonetic key, are close in edit distance and are used among the same words.")).Append('\n')
            .Append("    mixed:\n")
            .Append("      id: ").Append(Next(id)).Append('\n')
            .Append("      message: ").Append(Quote("This document spells «{family}» {count} ways: {forms}")).Append('\n')
            .Append("      severity: warning\n")
            .Append("    families:\n");
        foreach (var family in families)
        {
            text.Append(FamilyYaml(family));
        }

        var first = families[0];
        return text
            .Append("    examples:\n")
            .Append("      flagged:\n")
            .Append("        - text: ").Append(Quote($"{RuleExamples.SpanStart}{first.Forms[^1].Text}{RuleExamples.SpanEnd}")).Append('\n')
            .Append("          fixed: ").Append(Quote(first.Preferred)).Append('\n')
            .Append("      clean:\n")
            .Append("        - ").Append(Quote(first.Preferred)).Append('\n')
            .ToString();
    }

    /// <summary>The YAML a candidate contributes to a boilerplate rule: its pattern.</summary>
    public static string CandidateYaml(BoilerplateCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return $"patterns: [{Quote(candidate.Pattern)}]";
    }

    /// <summary>
    /// A rule file with, for each source, one rule for its whole-line leftovers and one for its lead-ins and tails;
    /// null when there is no candidate.
    /// </summary>
    /// <param name="candidates">The candidates, in rank order.</param>
    /// <param name="globs">The <c>files</c> globs of a source's documents, or null when its documents cannot be told by path (a JSON Lines field).</param>
    /// <param name="ids">Free ids, one per rule.</param>
    public static string? BoilerplateRuleFile(IReadOnlyList<BoilerplateCandidate> candidates, Func<string, IReadOnlyList<string>?> globs, IEnumerable<string> ids)
    {
        var bySource = candidates
            .SelectMany(candidate => candidate.BoilerplateSources.Select(source => (Source: source.Source, Candidate: candidate)))
            .GroupBy(pair => pair.Source, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .ToList();
        if (bySource.Count == 0)
        {
            return null;
        }

        using var id = ids.GetEnumerator();
        var text = new StringBuilder(Header)
            .Append("# Recurring leftovers found by 'corpuslint discover boilerplate', one rule per source and placement, each\n")
            .Append("# scoped to its source's documents. Review them: delete any phrase that is article text.\n")
            .Append("rules:\n");
        foreach (var group in bySource)
        {
            var found = group.Select(pair => pair.Candidate).ToList();
            var lines = found.Where(candidate => candidate.Placement == BoilerplatePlacement.Line).ToList();
            var glued = found.Where(candidate => candidate.Placement != BoilerplatePlacement.Line).ToList();
            if (lines.Count > 0)
            {
                AppendRule(text, Next(id), group.Key, globs(group.Key), lines, wholeLine: true);
            }

            if (glued.Count > 0)
            {
                AppendRule(text, Next(id), group.Key, globs(group.Key), glued, wholeLine: false);
            }
        }

        return text.ToString();
    }

    private static void AppendRule(StringBuilder text, string id, string source, IReadOnlyList<string>? globs, List<BoilerplateCandidate> candidates, bool wholeLine)
    {
        var what = wholeLine ? "line" : "lead-in or tail";
        text.Append("  - id: ").Append(id).Append('\n')
            .Append("    kind: boilerplate\n")
            .Append("    title: ").Append(Quote($"Recurring {what} of {source}")).Append('\n')
            .Append("    message: ").Append(Quote($"Leftover {what} of {source} pages: «{{match}}»")).Append('\n')
            .Append("    category: Boilerplate\n")
            .Append("    severity: warning\n")
            .Append("    description: ").Append(Quote(
                $"Found by corpuslint discover boilerplate: each recurs in many documents of {source}" +
                (globs is null ? "; the source is a JSON Lines field, so the rule cannot be scoped to it by path and applies to every document." : "."))).Append('\n');
        if (globs is not null)
        {
            text.Append("    files: ").Append(List(globs)).Append('\n');
        }

        if (!wholeLine)
        {
            text.Append("    scope: phrase\n");
        }

        text.Append("    fold: [alef, alef-maqsura, ta-marbuta]\n");
        text.Append("    patterns:\n");
        foreach (var pattern in candidates.Select(candidate => candidate.Pattern).Distinct(StringComparer.Ordinal))
        {
            text.Append("      - ").Append(Quote(pattern)).Append('\n');
        }

        var example = candidates[0];
        text.Append("    examples:\n")
            .Append("      flagged:\n")
            .Append("        - text: ").Append(Quote(wholeLine ? $"{RuleExamples.SpanStart}{example.Text}{RuleExamples.SpanEnd}" : Glued(example))).Append('\n')
            .Append("          fixed: ").Append(Quote(wholeLine ? string.Empty : Glued(example, fixedText: true))).Append('\n');
    }

    /// <summary>
    /// A lead-in or tail's example, marked, glued to words that stand for the line's text; or that text once fixed,
    /// the leftover deleted with the space that joined it.
    /// </summary>
    private static string Glued(BoilerplateCandidate candidate, bool fixedText = false)
    {
        var leftover = $"{RuleExamples.SpanStart}{candidate.Text}{RuleExamples.SpanEnd}";
        return candidate.Placement == BoilerplatePlacement.Prefix
            ? fixedText ? ExampleText : $"{leftover} {ExampleText}"
            : fixedText ? ExampleText + "." : $"{ExampleText}. {leftover}";
    }

    private static string Next(IEnumerator<string> ids) => ids.MoveNext() ? ids.Current : throw new InvalidOperationException("no free rule id left");

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    /// <summary>A YAML single-quoted scalar: every character as it is, a quote doubled.</summary>
    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
