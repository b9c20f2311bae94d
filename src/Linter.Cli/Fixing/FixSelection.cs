using System.CommandLine;
using Linter.Cli.Input;
using Linter.Core.Analysis;
using Linter.Core.Diagnostics;

namespace Linter.Cli.Fixing;

/// <summary>The <c>--rule</c> and <c>--category</c> options that restrict which findings are fixed.</summary>
internal sealed class FixSelection
{
    /// <summary>Fix only findings of these ids.</summary>
    public Option<string[]> Rule { get; } = new("--rule")
    {
        Description = "Fix only the findings of this rule id (repeatable).",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Fix only findings of these categories.</summary>
    public Option<string[]> Category { get; } = new("--category")
    {
        Description = "Fix only the findings of rules in this category (repeatable).",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Rule);
        command.Options.Add(Category);
    }

    /// <summary>
    /// Which findings to fix: those matching any given id or category, or every fixable finding when neither
    /// option is given. Unknown ids and categories are usage errors, so a typo never silently fixes nothing.
    /// </summary>
    public Func<Diagnostic, bool>? CreateFilter(ParseResult parseResult, RuleSet ruleSet)
    {
        var ids = parseResult.GetValue(Rule) ?? [];
        var categories = parseResult.GetValue(Category) ?? [];
        if (ids.Length == 0 && categories.Length == 0)
        {
            return null;
        }

        var knownIds = ruleSet.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var id in ids.Where(id => !knownIds.Contains(id)))
        {
            throw new UsageException($"--rule {id}: no loaded rule has this id");
        }

        foreach (var category in categories.Where(c => !RuleCategory.RuleFileCategories.Contains(c, StringComparer.OrdinalIgnoreCase)))
        {
            throw new UsageException($"--category {category}: not a category; use one of {string.Join(", ", RuleCategory.RuleFileCategories)}");
        }

        var idSet = ids.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var categorySet = categories.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return diagnostic => idSet.Contains(diagnostic.Id) || categorySet.Contains(diagnostic.Descriptor.Category);
    }
}
