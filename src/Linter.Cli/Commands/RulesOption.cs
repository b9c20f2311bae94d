using System.CommandLine;
using Linter.Cli.Input;
using Linter.Core.Rules;
using Microsoft.Extensions.Logging;

namespace Linter.Cli.Commands;

/// <summary>The <c>--rules</c> option, shared by the commands that load rules, and the loading it drives.</summary>
internal sealed class RulesOption(CliEnvironment environment, ILogger<RulesOption> logger)
{
    /// <summary>The option itself; each command adds its own instance.</summary>
    public static Option<string[]> Create() => new("--rules", "-r")
    {
        Description = "A rule file or folder to load instead of the shipped pack and the configuration's rules (repeatable).",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>
    /// Loads the rules and runs a command's <paramref name="action"/> with them. Rule file errors and usage errors
    /// are written to standard error and exit 2. Rules' examples are only run with <paramref name="checkExamples"/>:
    /// <c>rules test</c> runs them, linting skips them to start fast.
    /// </summary>
    /// <param name="paths">The <c>--rules</c> paths given.</param>
    /// <param name="findConfiguration">Finds the configuration file of the run (null when there is none); its errors are usage errors too.</param>
    /// <param name="action">The command, given the rules and the configuration.</param>
    /// <param name="checkExamples">Run the rules' examples.</param>
    public int Run(string[]? paths, Func<ConfigurationFile?> findConfiguration, Func<RuleSet, ConfigurationFile?, int> action, bool checkExamples = false) =>
        Run(paths, findConfiguration, _ => 0, (ruleSet, configuration, _) => action(ruleSet, configuration), checkExamples);

    /// <summary>
    /// As <see cref="Run(string[], Func{ConfigurationFile}, Func{RuleSet, ConfigurationFile, int}, bool)"/>, with
    /// work that needs the configuration but not the rules (the walk of the corpus) started before they load, to go on
    /// while they do; the action is given what <paramref name="start"/> returned. Its errors are the action's to throw.
    /// </summary>
    public int Run<TStarted>(string[]? paths, Func<ConfigurationFile?> findConfiguration, Func<ConfigurationFile?, TStarted> start, Func<RuleSet, ConfigurationFile?, TStarted, int> action, bool checkExamples = false) => UsageException.Report(environment, () =>
    {
        var configuration = findConfiguration();
        var started = start(configuration);
        return Load(paths, configuration, checkExamples) is { } ruleSet ? action(ruleSet, configuration, started) : ExitCodes.Error;
    });

    /// <summary>Loads the rules, or writes every error (file, line, column) to standard error and returns null.</summary>
    public RuleSet? Load(string[]? paths, ConfigurationFile? configuration, bool checkExamples = false)
    {
        paths ??= [];
        var files = RuleFileLocator.Locate(paths, configuration, environment);
        var result = RuleLoader.Load(files, checkExamples);
        foreach (var error in result.Errors)
        {
            environment.Error.WriteLine(error.ToString());
        }

        if (!result.Succeeded)
        {
            environment.Error.WriteLine($"corpuslint: {result.Errors.Count} error(s) in the rule files; nothing was linted.");
            return null;
        }

        var origin = RuleFileLocator.Origin(paths, configuration);
        Log.RulesLoaded(logger, result.RuleSet!.Rules.Count, files.Count, origin);
        return result.RuleSet;
    }
}
