using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
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
        var format = new Option<string[]>("--format", "-f")
        {
            Description = "Output format (repeatable; each goes to the --output in the same position, or to standard output).",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        format.AcceptOnlyFromAmong([.. OutputFormats.Names]);
        var output = new Option<string[]>("--output", "-o")
        {
            Description = "Write the report of the --format in the same position to this file (repeatable).",
            HelpName = "file",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var failLevel = SharedOptions.FailLevel();
        var parallel = SharedOptions.Parallel();
        var fix = new Option<bool>("--fix") { Description = "Apply every safe fix in place first, then report what remains." };
        var selection = new FixSelection();
        var baseline = BaselineFile.CreateOption();
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Report every finding, including those in the baseline." };

        var command = new Command("check", "Lint files and folders and report what the rules find.")
        {
            paths, rules, format, output, failLevel, parallel, fix, baseline, noBaseline,
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

            var targets = OutputTarget.Pair(parseResult.GetValue(format) ?? [], parseResult.GetValue(output) ?? [], environment);

            // A report written into a linted folder is not a document, so a previous run's is skipped; a file named
            // as a path to lint is one, and writing a report over it would destroy it.
            var reportFiles = targets.Where(t => t.Path is not null).Select(t => environment.Resolve(t.Path!)).ToHashSet(StringComparer.Ordinal);
            var pathsToLint = parseResult.GetValue(paths)!;
            foreach (var path in pathsToLint.Where(p => reportFiles.Contains(environment.Resolve(p))))
            {
                throw new UsageException($"{path} is both a path to lint and an --output file");
            }

            var files = baselineFile.WithoutItself(DocumentEnumerator.Enumerate(pathsToLint, environment, PathFilter.From(parseResult, pathFilter)));
            files.RemoveAll(file => reportFiles.Contains(file.FullPath));
            return Run(
                files,
                ruleSet,
                parseResult.GetValue(fix) ? new FixRequest(fixFilter) : null,
                accepted is null ? null : new BaselineRequest(accepted, baselineFile),
                targets,
                SeverityNames.Parse(parseResult.GetValue(failLevel)!),
                parseResult.GetValue(parallel));
        }));
        return command;
    }

    private int Run(List<CorpusFile> files, RuleSet ruleSet, FixRequest? fix, BaselineRequest? baseline, IReadOnlyList<OutputTarget> targets, Severity failLevel, int parallel)
    {
        if (EditorConfigSeverities.Load(files, environment) is not { } severities)
        {
            return ExitCodes.Error;
        }

        // When every report goes to a file, the console keeps the human report.
        var standardOutputFormat = targets.FirstOrDefault(t => t.Path is null)?.Format ?? OutputFormats.Console;
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
            var fixWriter = standardOutputFormat == OutputFormats.Console ? environment.Output : environment.Error;
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
        foreach (var target in targets.Where(t => t.Path is not null))
        {
            allWritten &= WriteReportFile(target, report, ruleSet);
        }

        using (var formatter = OutputFormats.Create(standardOutputFormat, ToolVersion, ruleSet, environment.WorkingDirectory))
        {
            formatter.Write(report, environment.Output);
        }

        if (!allWritten)
        {
            return ExitCodes.Error;
        }

        return diagnostics.Any(d => d.Severity >= failLevel) ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>Writes one report to its <c>--output</c> file; a failure is named on standard error.</summary>
    private bool WriteReportFile(OutputTarget target, LintReport report, RuleSet ruleSet)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var formatter = OutputFormats.Create(target.Format, ToolVersion, ruleSet, environment.WorkingDirectory))
        {
            formatter.Write(report, text);
        }

        try
        {
            AtomicFileWriter.Write(environment.Resolve(target.Path!), Encoding.UTF8.GetBytes(text.ToString()));
            return true;
        }
        catch (FileWriteException exception)
        {
            environment.Error.WriteLine($"corpuslint: error: could not write the {target.Format} report to {target.Path}: {exception.Message}");
            return false;
        }
    }

    private sealed record FixRequest(Func<Diagnostic, bool>? Filter);

    private sealed record BaselineRequest(Baseline Baseline, BaselineFile File);
}
