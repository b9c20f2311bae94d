using System.CommandLine;
using Linter.Cli.Input;
using Linter.Core.Analysis;
using Linter.Core.Diagnostics;
using Linter.Core.Rules;

namespace Linter.Cli.Commands;

/// <summary>
/// <c>--select</c> and <c>--ignore</c>: which rules run, as ruff chooses them. Each value is a rule id, an id prefix
/// (<c>CL5</c>) or a category. <c>--rule</c> and <c>--category</c> are other names of <c>--select</c>. A rule left
/// out gets the severity <c>none</c>, as <c>.editorconfig</c> would give it: it does not run, and a fix run fixes
/// nothing of it.
/// </summary>
internal sealed class RuleSelection
{
    /// <summary>Run only the rules these values name.</summary>
    public Option<string[]> Select { get; } = new("--select", "--rule", "--category")
    {
        Description = "Run only the rules with this id, id prefix (CL5) or category (repeatable; --rule and --category are other names).",
        HelpName = "id|prefix|category",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Leave out the rules these values name.</summary>
    public Option<string[]> Ignore { get; } = new("--ignore")
    {
        Description = "Do not run the rules with this id, id prefix or category (repeatable); it beats --select.",
        HelpName = "id|prefix|category",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Select);
        command.Options.Add(Ignore);
    }

    /// <summary>
    /// Whether a descriptor runs, or null when neither option was given. The linter's own diagnostics (files that
    /// cannot be read) are kept whatever <c>--select</c> says, as ruff keeps syntax errors; <c>--ignore</c> can
    /// name them. A value that names nothing loaded is a usage error, so a typo never silently checks nothing.
    /// </summary>
    public Func<RuleDescriptor, bool>? CreateFilter(ParseResult parseResult, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var selected = parseResult.GetValue(Select) ?? [];
        var ignored = parseResult.GetValue(Ignore) ?? [];
        if (selected.Length == 0 && ignored.Length == 0)
        {
            return null;
        }

        IReadOnlyList<RuleDescriptor> known = [.. EngineDiagnostics.All, .. ruleSet.Descriptors];
        string[] names = [.. known.Select(d => d.Id), .. known.Select(d => d.Category).Distinct(StringComparer.Ordinal)];
        // Named as typed: --rule and --category are --select too.
        var selectName = parseResult.GetResult(Select)?.IdentifierToken?.Value ?? Select.Name;
        foreach (var (option, value) in selected.Select(v => (selectName, v)).Concat(ignored.Select(v => (Ignore.Name, v))))
        {
            if (!known.Any(descriptor => Names(value, descriptor)))
            {
                var suggestion = Suggestions.Closest(value, names) is { } closest ? $"; did you mean {closest}?" : string.Empty;
                throw new UsageException($"{option} {value}: no loaded rule has this id, id prefix or category{suggestion}");
            }
        }

        return Filter(selected, ignored);
    }

    /// <summary>The values given, as a corpus state records them: a run over shares of a corpus must select alike.</summary>
    public IEnumerable<KeyValuePair<string, string>> Recorded(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new Dictionary<string, string>
        {
            [SelectSetting] = string.Join(' ', parseResult.GetValue(Select) ?? []),
            [IgnoreSetting] = string.Join(' ', parseResult.GetValue(Ignore) ?? []),
        };
    }

    /// <summary>The selection a corpus state recorded (<see cref="Recorded"/>); null when it selected everything.</summary>
    public static Func<RuleDescriptor, bool>? FromRecorded(IReadOnlyDictionary<string, string> configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string[] Values(string name) => configuration.GetValueOrDefault(name, string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (selected, ignored) = (Values(SelectSetting), Values(IgnoreSetting));
        return selected.Length == 0 && ignored.Length == 0 ? null : Filter(selected, ignored);
    }

    private const string SelectSetting = "select";
    private const string IgnoreSetting = "ignore";

    private static Func<RuleDescriptor, bool> Filter(string[] selected, string[] ignored) =>
        descriptor => (selected.Length == 0 || descriptor.Category == RuleCategory.Input || selected.Any(value => Names(value, descriptor)))
            && !ignored.Any(value => Names(value, descriptor));

    /// <summary>True when <paramref name="value"/> is the descriptor's id, a prefix of it, or its category (in any case).</summary>
    private static bool Names(string value, RuleDescriptor descriptor) =>
        descriptor.Id.StartsWith(value, StringComparison.OrdinalIgnoreCase) || string.Equals(descriptor.Category, value, StringComparison.OrdinalIgnoreCase);
}
