using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using Linter.Cli.Input;
using Linter.Cli.Output;
using Linter.Core.Analysis;
using Linter.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Linter.Cli.Commands;

/// <summary><c>corpuslint check PATHS</c>: lint documents and report.</summary>
internal sealed class CheckCommand(CliEnvironment environment, RulesOption rulesOption, ILogger<CheckCommand> logger)
{
    /// <summary>The tool's version, as printed in machine-readable output.</summary>
    public static readonly string ToolVersion =
        typeof(CheckCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Builds the command.</summary>
    public Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files and folders to lint.", Arity = ArgumentArity.OneOrMore };
        var rules = RulesOption.Create();
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "console" };
        format.AcceptOnlyFromAmong("console", "json");
        var failLevel = new Option<string>("--fail-level") { Description = "The lowest severity that makes the exit code 1.", DefaultValueFactory = _ => "error" };
        failLevel.AcceptOnlyFromAmong("error", "warning", "suggestion");
        var parallel = new Option<int>("--parallel") { Description = "Documents analyzed at once (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--parallel must be at least 1");
            }
        });

        var command = new Command("check", "Lint files and folders and report what the rules find.") { paths, rules, format, failLevel, parallel };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(paths)!,
            parseResult.GetValue(rules),
            parseResult.GetValue(format)!,
            SeverityNames.Parse(parseResult.GetValue(failLevel)!),
            parseResult.GetValue(parallel)));
        return command;
    }

    private int Run(string[] paths, string[]? rulePaths, string format, Severity failLevel, int parallel)
    {
        try
        {
            var ruleSet = rulesOption.Load(rulePaths);
            if (ruleSet is null)
            {
                return ExitCodes.UsageOrConfiguration;
            }

            var documents = DocumentEnumerator.Enumerate(paths, environment);
            var stopwatch = Stopwatch.StartNew();
            var diagnostics = new LintEngine(ruleSet).LintAll(documents, parallel);
            Log.Linted(logger, documents.Count, stopwatch.ElapsedMilliseconds);

            var report = new LintReport(diagnostics, documents.Count);
            IDiagnosticFormatter formatter = format == "json" ? new JsonFormatter(ToolVersion) : new ConsoleFormatter();
            formatter.Write(report, environment.Output);
            return diagnostics.Any(d => d.Severity >= failLevel) ? ExitCodes.Findings : ExitCodes.Success;
        }
        catch (UsageException exception)
        {
            environment.Error.WriteLine($"corpuslint: error: {exception.Message}");
            return ExitCodes.UsageOrConfiguration;
        }
    }
}
