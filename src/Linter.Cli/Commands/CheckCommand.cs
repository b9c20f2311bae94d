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
        var noProgress = SharedOptions.NoProgress();
        var fix = new Option<bool>("--fix") { Description = "Apply every safe fix in place first, then report what remains." };
        var selection = new FixSelection();
        var baseline = BaselineFile.CreateOption();
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Report every finding, including those in the baseline." };
        var jsonlText = new Option<string>("--jsonl-text")
        {
            Description = "The field of each JSON Lines record that holds the text to lint.", HelpName = "field", DefaultValueFactory = _ => JsonlFields.Default.Text,
        };
        var jsonlId = new Option<string>("--jsonl-id")
        {
            Description = "The field of each JSON Lines record that holds its id, shown as FILE#ID.", HelpName = "field", DefaultValueFactory = _ => JsonlFields.Default.Id,
        };
        var stdinFormat = new Option<string>("--stdin-format")
        {
            Description = "What the path '-' reads from standard input: one text document, or a JSON Lines corpus.", DefaultValueFactory = _ => "text",
        };
        stdinFormat.AcceptOnlyFromAmong("text", "jsonl");

        var command = new Command("check", "Lint files and folders and report what the rules find.")
        {
            paths, rules, format, output, failLevel, parallel, noProgress, fix, baseline, noBaseline, jsonlText, jsonlId, stdinFormat,
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

            var filePaths = pathsToLint.Where(p => p != CliEnvironment.StandardInputPath).ToList();
            var files = baselineFile.WithoutItself(DocumentEnumerator.Enumerate(filePaths, environment, PathFilter.From(parseResult, pathFilter)));
            files.RemoveAll(file => reportFiles.Contains(file.FullPath));
            var baselineRequest = accepted is null ? null : new BaselineRequest(accepted, baselineFile);
            var level = SeverityNames.Parse(parseResult.GetValue(failLevel)!);
            var execution = new Execution(parseResult.GetValue(parallel), parseResult.GetValue(noProgress));
            if (parseResult.GetValue(fix))
            {
                JsonlCorpus.Refuse(pathsToLint, files, "check --fix");
                return RunFix(files, ruleSet, new FixRequest(fixFilter), baselineRequest, targets, level, execution);
            }

            var input = new InputRequest(
                new JsonlFields(parseResult.GetValue(jsonlText)!, parseResult.GetValue(jsonlId)!),
                filePaths.Count < pathsToLint.Length ? parseResult.GetValue(stdinFormat) : null);
            return RunStreaming(files, input, ruleSet, baselineRequest, targets, level, execution);
        }));
        return command;
    }

    /// <summary>
    /// Lints and writes every report as it goes: files in runs, each run sorted as a whole, and JSON Lines corpora
    /// record by record, in record order, so that a corpus of any size is linted in bounded memory.
    /// </summary>
    private int RunStreaming(List<CorpusFile> files, InputRequest input, RuleSet ruleSet, BaselineRequest? baseline, IReadOnlyList<OutputTarget> targets, Severity failLevel, Execution execution)
    {
        var parallel = execution.Parallel;
        // Standard input takes the settings of the working folder, as a file there would.
        var standardInput = new CorpusFile(CliEnvironment.StandardInputDisplay, environment.Resolve(CliEnvironment.StandardInputDisplay));
        if (EditorConfigSeverities.Load(input.StandardInputFormat is null ? files : [.. files, standardInput], environment) is not { } severities)
        {
            return ExitCodes.Error;
        }

        var stopwatch = Stopwatch.StartNew();
        var reports = OpenReports(targets, ruleSet, out var allWritten);
        try
        {
            foreach (var report in reports)
            {
                report.Formatter.Begin(report.Writer);
            }

            var totals = new ReportTotals();
            var failed = false;
            var holdsBack = baseline?.Baseline.CreateFilter(baseline.File.RelativePath);
            void Emit(IReadOnlyList<Diagnostic> diagnostics)
            {
                foreach (var diagnostic in diagnostics)
                {
                    if (holdsBack?.Invoke(diagnostic) == true)
                    {
                        totals.Baselined++;
                        continue;
                    }

                    totals.Add(diagnostic);
                    failed |= diagnostic.Severity >= failLevel;
                    foreach (var report in reports)
                    {
                        report.Formatter.Write(diagnostic, report.Writer);
                    }
                }
            }

            var engine = new LintEngine(ruleSet, severities.SeverityOf);
            var run = new List<CorpusFile>();
            void LintRun()
            {
                // Progress is drawn only when the report does not stream to the same terminal.
                using var progress = ProgressDisplay.Start(environment, execution.NoProgress || environment.OutputIsInteractiveTerminal, run.Count, CorpusFile.TotalSize(run));

                // Files come in path order, the order of the output, so each batch is reported as soon as it is
                // linted: memory holds one batch's findings, not the corpus's.
                foreach (var batch in run.Chunk(FileBatchSize))
                {
                    Emit(engine.LintAll(Array.ConvertAll(batch, file => file.ToDocument()), parallel, progress is null ? null : progress.DocumentDone));
                }

                totals.FileCount += run.Count;
                run.Clear();
            }

            foreach (var file in files)
            {
                if (!JsonlCorpus.IsJsonl(file.DisplayPath))
                {
                    run.Add(file);
                    continue;
                }

                LintRun();
                totals.FileCount += LintCorpus(file.DisplayPath, () => JsonlCorpus.Open(file.FullPath), input.Fields, ruleSet, severities, parallel, Emit);
            }

            LintRun();
            if (input.StandardInputFormat == "jsonl")
            {
                totals.FileCount += LintCorpus(standardInput.DisplayPath, () => environment.Input, input.Fields, ruleSet, severities, parallel, Emit);
            }
            else if (input.StandardInputFormat is not null)
            {
                Emit(engine.LintDocument(new InputDocument(standardInput.DisplayPath, ReadStandardInput)));
                totals.FileCount++;
            }

            Log.Linted(logger, totals.FileCount, stopwatch.ElapsedMilliseconds);
            foreach (var report in reports)
            {
                report.Formatter.End(totals, report.Writer);
                if (report.File is not null)
                {
                    allWritten &= Commit(report);
                }
            }

            return !allWritten ? ExitCodes.Error : failed ? ExitCodes.Findings : ExitCodes.Success;
        }
        finally
        {
            foreach (var report in reports)
            {
                report.Formatter.Dispose();
                report.File?.Dispose();
            }
        }
    }

    /// <summary>Lints a JSON Lines corpus record by record; a corpus that cannot be read (or decompressed) to its end gets a CL0005 diagnostic.</summary>
    /// <returns>How many records were linted.</returns>
    private static int LintCorpus(string displayPath, Func<Stream> open, JsonlFields fields, RuleSet ruleSet, EditorConfigSeverities severities, int parallel, Action<IReadOnlyList<Diagnostic>> emit)
    {
        // Every record takes the settings of its corpus file.
        var engine = new LintEngine(ruleSet, (_, descriptor) => severities.SeverityOf(displayPath, descriptor));
        var count = 0;
        try
        {
            using var stream = open();
            JsonlLinter.Lint(JsonlReader.Read(stream, displayPath, fields), engine, parallel, diagnostics =>
            {
                count++;
                emit(diagnostics);
            });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or ZstdSharp.ZstdException)
        {
            emit(engine.LintDocument(new InputDocument(displayPath, () => throw new IOException($"the corpus could not be read to its end: {exception.Message}", exception))));
        }

        return count;
    }

    private byte[] ReadStandardInput()
    {
        using var bytes = new MemoryStream();
        environment.Input.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>The reports of a run, each with its formatter and where it goes; a file that cannot be created is named on standard error.</summary>
    private List<OpenReport> OpenReports(IReadOnlyList<OutputTarget> targets, RuleSet ruleSet, out bool allOpened)
    {
        allOpened = true;
        var reports = new List<OpenReport>();
        foreach (var target in targets.Where(t => t.Path is not null))
        {
            try
            {
                var file = StreamingReportFile.Create(environment.Resolve(target.Path!));
                reports.Add(new OpenReport(target, OutputFormats.Create(target.Format, ToolVersion, ruleSet, environment.WorkingDirectory), file.Writer, file));
            }
            catch (FileWriteException exception)
            {
                environment.Error.WriteLine($"corpuslint: error: could not write the {target.Format} report to {target.Path}: {exception.Message}");
                allOpened = false;
            }
        }

        // When every report goes to a file, the console keeps the human report.
        var standardOutputFormat = targets.FirstOrDefault(t => t.Path is null)?.Format ?? OutputFormats.Console;
        reports.Add(new OpenReport(null, OutputFormats.Create(standardOutputFormat, ToolVersion, ruleSet, environment.WorkingDirectory), environment.Output, null));
        return reports;
    }

    private bool Commit(OpenReport report)
    {
        try
        {
            report.File!.Commit();
            return true;
        }
        catch (FileWriteException exception)
        {
            environment.Error.WriteLine($"corpuslint: error: could not write the {report.Target!.Format} report to {report.Target.Path}: {exception.Message}");
            return false;
        }
    }

    private int RunFix(List<CorpusFile> files, RuleSet ruleSet, FixRequest fix, BaselineRequest? baseline, IReadOnlyList<OutputTarget> targets, Severity failLevel, Execution execution)
    {
        if (EditorConfigSeverities.Load(files, environment) is not { } severities)
        {
            return ExitCodes.Error;
        }

        // When every report goes to a file, the console keeps the human report.
        var standardOutputFormat = targets.FirstOrDefault(t => t.Path is null)?.Format ?? OutputFormats.Console;
        var engine = new LintEngine(ruleSet, severities.SeverityOf);
        var stopwatch = Stopwatch.StartNew();
        IReadOnlyList<FixedFile> fixedFiles;
        using (var progress = ProgressDisplay.Start(environment, execution.NoProgress, files.Count, CorpusFile.TotalSize(files)))
        {
            fixedFiles = FixRunner.Run(files, engine, new DocumentFixer(engine, fix.Filter), write: true, execution.Parallel, progress is null ? null : progress.DocumentDone);
        }

        // Machine-readable output owns standard output; the account of the fixes then goes to standard error.
        var fixWriter = standardOutputFormat == OutputFormats.Console ? environment.Output : environment.Error;
        var allWritten = FixReport.WriteFiles(fixedFiles, dryRun: false, fixWriter, environment.Error);
        fixWriter.WriteLine(FixReport.Summary(fixedFiles, dryRun: false));
        IReadOnlyList<Diagnostic> diagnostics = [.. fixedFiles.SelectMany(f => f.Remaining)];
        var fileCount = fixedFiles.Count;

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

    private sealed record Execution(int Parallel, bool NoProgress);

    /// <summary>Files linted between two writes of findings: enough to keep every core busy, few enough to bound memory.</summary>
    private const int FileBatchSize = 256;

    /// <summary>How to read JSON Lines records, and what standard input holds (<c>text</c> or <c>jsonl</c>; null when <c>-</c> is not given).</summary>
    private sealed record InputRequest(JsonlFields Fields, string? StandardInputFormat);

    /// <summary>A report being written: its target (null for standard output), formatter, writer, and file.</summary>
    private sealed record OpenReport(OutputTarget? Target, DiagnosticFormatter Formatter, TextWriter Writer, StreamingReportFile? File);

    private sealed record BaselineRequest(Baseline Baseline, BaselineFile File);
}
