using System.Text;
using Linter.Core.Diagnostics;

namespace Linter.Core.Rules;

/// <summary>One Markdown page per diagnostic id, generated from the rule files: what <c>rules explain</c> prints and docs/rules holds.</summary>
public static class RuleDocumentation
{
    /// <summary>The file name of the index page.</summary>
    public const string IndexFileName = "README.md";

    /// <summary>The file name of the page of <paramref name="id"/>.</summary>
    public static string FileName(string id) => id + ".md";

    /// <summary>Every page of <paramref name="ruleSet"/>: file name and Markdown, the index first.</summary>
    public static IEnumerable<(string FileName, string Markdown)> Pages(RuleSet ruleSet)
    {
        yield return (IndexFileName, Index(ruleSet));
        foreach (var rule in ruleSet.Rules)
        {
            foreach (var descriptor in rule.Descriptors)
            {
                yield return (FileName(descriptor.Id), Page(rule, descriptor));
            }
        }
    }

    /// <summary>The page of one diagnostic id of <paramref name="rule"/>.</summary>
    public static string Page(Rule rule, RuleDescriptor descriptor)
    {
        var page = new StringBuilder();
        page.Append("# ").Append(descriptor.Id).Append(": ").Append(descriptor.Title).Append("\n\n");
        page.Append("| | |\n| --- | --- |\n");
        page.Append("| Category | ").Append(descriptor.Category).Append(" |\n");
        page.Append("| Default severity | ").Append(descriptor.DefaultSeverity.ToName()).Append(" |\n");
        page.Append("| Kind | ").Append(descriptor.Kind).Append(" |\n");
        if (descriptor != rule.Descriptor)
        {
            page.Append("| Reported by | the rule ").Append(rule.Descriptor.Id).Append(" (").Append(rule.Descriptor.Title).Append(") |\n");
        }

        if (descriptor.Source is { } source)
        {
            page.Append("| Defined in | `").Append(Path.GetFileName(source.Path)).Append("`, line ").Append(source.Line).Append(" |\n");
        }

        if (rule.Files is { } files)
        {
            page.Append("| Applies to | ").Append(string.Join(", ", files.Globs.Select(glob => $"`{glob}`"))).Append(" |\n");
        }

        page.Append('\n').Append(descriptor.Description ?? descriptor.Title).Append("\n\n");
        page.Append("## How to fix\n\n");
        if (descriptor.Help is { } help)
        {
            page.Append(help).Append("\n\n");
        }

        page.Append(rule.FixDescription(descriptor) is { } fix
            ? $"Automatic fix (`corpuslint fix`): {fix}\n\n"
            : "No automatic fix: a person decides.\n\n");
        AppendExamples(page, rule.Examples);
        page.Append("## Configuration\n\n");
        page.Append("In `.editorconfig`, with `error`, `warning`, `suggestion`, `silent` or `none`:\n\n");
        page.Append("```ini\n[*.txt]\ncorpuslint_diagnostic.").Append(descriptor.Id).Append(".severity = none\n```\n");
        return page.ToString();
    }

    private static void AppendExamples(StringBuilder page, IReadOnlyList<RuleExample> examples)
    {
        if (examples.Count == 0)
        {
            return;
        }

        page.Append("## Examples\n\n");
        foreach (var example in examples)
        {
            var marked = example.Documents.Any(document => document.Contains(RuleExamples.SpanStart, StringComparison.Ordinal));
            var corpus = example.Documents.Count > 1 ? $", a corpus of {example.Documents.Count} documents in path order" : string.Empty;
            page.Append(example.IsFlagged ? "Flagged" : "Not flagged").Append(corpus)
                .Append(example.IsFlagged && marked ? " (the finding is between `[|` and `|]`)" : string.Empty).Append(":\n\n");
            foreach (var document in example.Documents)
            {
                AppendText(page, document);
            }

            if (example.Fixed is { } fixedText)
            {
                page.Append("Fixed:\n\n");
                AppendText(page, fixedText);
            }
        }
    }

    /// <summary>A fenced block; line breaks are shown as they are and a CR as ␍, so CRLF examples read right.</summary>
    private static void AppendText(StringBuilder page, string text) =>
        page.Append("```text\n").Append(text.Replace("\r", "␍", StringComparison.Ordinal)).Append("\n```\n\n");

    private static string Index(RuleSet ruleSet)
    {
        var index = new StringBuilder("# Rules\n\n");
        index.Append("Generated from the rule files by `corpuslint rules docs`; do not edit by hand.\n\n");
        index.Append("| id | title | category | default severity | fix |\n| --- | --- | --- | --- | --- |\n");
        foreach (var (rule, descriptor) in ruleSet.Rules.SelectMany(rule => rule.Descriptors.Select(d => (rule, d))).OrderBy(pair => pair.d.Id, StringComparer.Ordinal))
        {
            index.Append("| [").Append(descriptor.Id).Append("](").Append(FileName(descriptor.Id)).Append(") | ")
                .Append(descriptor.Title).Append(" | ").Append(descriptor.Category).Append(" | ")
                .Append(descriptor.DefaultSeverity.ToName()).Append(" | ")
                .Append(rule.FixDescription(descriptor) is null ? "no" : "yes").Append(" |\n");
        }

        return index.ToString();
    }
}
