using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using Linter.Cli.Fixing;
using Linter.Cli.Input;
using Linter.Cli.Output;
using Linter.Core.Analysis;
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
        var paths = SharedOptions.Paths("Files and folders to lint.");
        var rules = RulesOption.Create();
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "console" };
        format.AcceptOnlyFromAmong([.. OutputFormats.Names]);
        var failLevel = SharedOptions.FailLevel();
        var parallel = SharedOptions.Parallel();
        var fix = new Option<bool>("--fix") { Description = "Apply every safe fix in place first, then report what remains." };
        var selection = new FixSelection();

        var command = new Command("check", "Lint files and folders and report what the rules find.") { paths, rules, format, failLevel, parallel, fix };
        selection.AddTo(command);
        command.SetAction(parseResult => rulesOption.Run(parseResult.GetValue(rules), ruleSet =>
        {
            var fixFilter = selection.CreateFilter(parseResult, ruleSet);
            if (!parseResult.GetValue(fix) && fixFilter is not null)
            {
                throw new UsageException("--rule and --category choose what --fix fixes; add --fix");
            }

            return Run(
                DocumentEnumerator.Enumerate(parseResult.GetValue(paths)!, environment),
                ruleSet,
                parseResult.GetValue(fix) ? new FixRequest(fixFilter) : null,
                parseResult.GetValue(format)!,
                SeverityNames.Parse(parseResult.GetValue(failLevel)!),
                parseResult.GetValue(parallel));
        }));
        return command;
    }

    private int Run(List<CorpusFile> files, RuleSet ruleSet, FixRequest? fix, string format, Severity failLevel, int parallel)
    {
        var engine = new LintEngine(ruleSet);
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
            var fixWriter = format == OutputFormats.Console ? environment.Output : environment.Error;
            allWritten = FixReport.WriteFiles(fixedFiles, dryRun: false, fixWriter, environment.Error);
            fixWriter.WriteLine(FixReport.Summary(fixedFiles, dryRun: false));
            diagnostics = [.. fixedFiles.SelectMany(f => f.Remaining)];
            fileCount = fixedFiles.Count;
        }

        Log.Linted(logger, fileCount, stopwatch.ElapsedMilliseconds);
        var report = new LintReport(diagnostics, fileCount);
        OutputFormats.Create(format, ToolVersion, ruleSet, environment.WorkingDirectory).Write(report, environment.Output);
        if (!allWritten)
        {
            return ExitCodes.Error;
        }

        return diagnostics.Any(d => d.Severity >= failLevel) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private sealed record FixRequest(Func<Diagnostic, bool>? Filter);
}
