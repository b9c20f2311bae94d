using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using Linter.Cli.Fixing;
using Linter.Cli.Input;
using Linter.Cli.Output;
using Linter.Core.Analysis;
using Linter.Core.Baselines;
using Linter.Core.Diagnostics;
using Linter.Core.Fixes;
using Microsoft.Extensions.Logging;

namespace Linter.Cli.Commands;

/// <summary><c>corpuslint check PATHS</c>: lint documents and report; with <c>--fix</c>, fix first and report what remains.</summary>
internal sealed class CheckCommand(CliEnvironment environment, RulesOption rulesOption, ILogger<CheckCommand> logger)
{
    /// <summary>The tool's version, as printed in machine-readable output.</summary>
    public static readonly string ToolVersion =
        typeof(CheckCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Builds the command.</summary>
    public Command Build()
    {
        var pathFilter = PathFilter.CreateOptions();
        var paths = SharedOptions.Paths("Files and folders to lint.");
        var rules = RulesOption.Create();
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "console" };
        format.AcceptOnlyFromAmong("console", "json");
        var failLevel = SharedOptions.FailLevel();
        var parallel = SharedOptions.Parallel();
        var fix = new Option<bool>("--fix") { Description = "Apply every safe fix in place first, then report what remains." };
        var selection = new FixSelection();
        var baseline = BaselineFile.CreateOption();
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Report every finding, including those in the baseline." };

        var command = new Command("check", "Lint files and folders and report what the rules find.")
        {
            paths, rules, format, failLevel, parallel, fix, baseline, noBaseline,
        };
        selection.AddTo(command);
        command.Options.Add(pathFilter.Include);
        command.Options.Add(pathFilter.Exclude);
        command.SetAction(parseResult => rulesOption.Run(parseResult.GetValue(rules), ruleSet =>
        {
            var fixFilter = selection.CreateFilter(parseResult, ruleSet);
            if (!parseResult.GetValue(fix) && fixFilter is not null)
            {
                throw new UsageException("--rule and --category choose what --fix fixes; add --fix");
            }

            var baselineFile = BaselineFile.At(parseResult.GetValue(baseline), environment);
            var accepted = parseResult.GetValue(noBaseline) ? null : baselineFile.ReadIfExists();
            if (accepted is null && parseResult.GetValue(baseline) is not null && !parseResult.GetValue(noBaseline))
            {
                throw new UsageException($"{baselineFile.DisplayPath}: no such baseline; write one with 'corpuslint baseline'");
            }

            return Run(
                baselineFile.WithoutItself(DocumentEnumerator.Enumerate(parseResult.GetValue(paths)!, environment, PathFilter.From(parseResult, pathFilter))),
                ruleSet,
                parseResult.GetValue(fix) ? new FixRequest(fixFilter) : null,
                accepted is null ? null : new BaselineRequest(accepted, baselineFile),
                parseResult.GetValue(format)!,
                SeverityNames.Parse(parseResult.GetValue(failLevel)!),
                parseResult.GetValue(parallel));
        }));
        return command;
    }

    private int Run(List<CorpusFile> files, RuleSet ruleSet, FixRequest? fix, BaselineRequest? baseline, string format, Severity failLevel, int parallel)
    {
        if (EditorConfigSeverities.Load(files, environment) is not { } severities)
        {
            return ExitCodes.Error;
        }

        var engine = new LintEngine(ruleSet, severities.SeverityOf);
        var stopwatch = Stopwatch.StartNew();
        IReadOnlyList<Diagnostic> diagnostics;
        var fileCount = files.Count;
        var allWritten = true;
        if (fix is null)
        {
            diagnostics = engine.LintAll(files.ConvertAll(file => file.ToDocument()), parallel);
        }
        else
        {
            var fixedFiles = FixRunner.Run(files, engine, new DocumentFixer(engine, fix.Filter), write: true, parallel);

            // Machine-readable output owns standard output; the account of the fixes then goes to standard error.
            var fixWriter = format == "console" ? environment.Output : environment.Error;
            allWritten = FixReport.WriteFiles(fixedFiles, dryRun: false, fixWriter, environment.Error);
            fixWriter.WriteLine(FixReport.Summary(fixedFiles, dryRun: false));
            diagnostics = [.. fixedFiles.SelectMany(f => f.Remaining)];
            fileCount = fixedFiles.Count;
        }

        Log.Linted(logger, fileCount, stopwatch.ElapsedMilliseconds);
        var baselined = 0;
        if (baseline is not null)
        {
            (diagnostics, baselined) = baseline.Baseline.Filter(diagnostics, baseline.File.RelativePath);
        }

        var report = new LintReport(diagnostics, fileCount) { Baselined = baselined };
        IDiagnosticFormatter formatter = format == "json" ? new JsonFormatter(ToolVersion) : new ConsoleFormatter();
        formatter.Write(report, environment.Output);
        if (!allWritten)
        {
            return ExitCodes.Error;
        }

        return diagnostics.Any(d => d.Severity >= failLevel) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private sealed record FixRequest(Func<Diagnostic, bool>? Filter);

    private sealed record BaselineRequest(Baseline Baseline, BaselineFile File);
}
