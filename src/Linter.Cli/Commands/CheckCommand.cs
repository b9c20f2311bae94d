using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using Linter.Cli.Fixing;
using Linter.Cli.Input;
using Linter.Cli.Output;
using Linter.Core.Baselines;
using Linter.Core.Diagnostics;
using Linter.Core.Pipeline;
using Linter.Core.Text;
using Microsoft.Extensions.Logging;
using Linter.Core.Rules;
using Linter.Core.State;

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
        var sourceNaming = SourceNaming.CreateOptions();
        var paths = SharedOptions.Paths("Files and folders to lint.");
        var rules = RulesOption.Create();
        var config = SharedOptions.Config();
        var report = new ReportOptions();
        var parallel = SharedOptions.Parallel();
        var noProgress = SharedOptions.NoProgress();
        var encoding = SharedOptions.Encoding();
        var fix = new Option<bool>("--fix") { Description = "Apply every safe fix in place first, then report what remains." };
        var selection = new RuleSelection();
        var jsonlText = SharedOptions.JsonlText();
        var jsonlId = SharedOptions.JsonlId();
        var jsonlSource = SharedOptions.JsonlSource();
        var stdinFormat = new Option<string>("--stdin-format")
        {
            Description = "What the path '-' reads from standard input: one text document, or a JSON Lines corpus.", DefaultValueFactory = _ => "text",
        };
        stdinFormat.AcceptOnlyFromAmong("text", "jsonl");
        var shard = new Option<string>("--shard")
        {
            Description = "Lint the K-th of N shares of the documents (contiguous runs of files of about equal size) and save its corpus state with --state; 'corpuslint merge' reports across documents.",
            HelpName = "K/N",
        };
        var state = new Option<string>("--state")
        {
            Description = "Save the corpus state of the documents linted (the whole corpus, or the --shard) into this folder.",
            HelpName = "folder",
        };
        var against = new Option<string>("--against")
        {
            Description = "Judge the documents against the corpus state saved in this folder: copies of its documents, spellings, leftovers.",
            HelpName = "folder",
        };

        var command = new Command("check", "Lint files and folders and report what the rules find.")
        {
            paths, rules, config, report.Format, report.Output, report.FailLevel, parallel, noProgress, encoding, fix, report.Baseline, report.NoBaseline, jsonlText, jsonlId, jsonlSource, stdinFormat, report.Quiet, report.Statistics, shard, state, against,
        };
        selection.AddTo(command);
        SharedOptions.AddFileSelection(command, pathFilter, sourceNaming);
        command.Options.Add(report.Sarif.MaxResults);
        command.Options.Add(report.Sarif.MinSeverity);
        command.SetAction(parseResult => rulesOption.Run(parseResult.GetValue(rules), () => ConfigurationFile.Find(parseResult.GetValue(paths)!, parseResult.GetValue(config), environment), configuration =>
        {
            // The walk needs the configuration, not the rules: it goes on while they load. Its errors (a bad glob, a
            // path not found, nothing to lint) are thrown where its files are taken, after the errors of the rules.
            // The command line is read on this thread only.
            var fields = parseResult.JsonlFieldsOf(jsonlText, jsonlId, jsonlSource, configuration);
            var naming = SourceNaming.From(parseResult, sourceNaming, configuration);
            var filePaths = parseResult.GetValue(paths)!.Where(p => p != CliEnvironment.StandardInputPath).ToList();
            PathFilter? filter = null;
            UsageException? filterError = null;
            try
            {
                filter = PathFilter.From(parseResult, pathFilter, configuration, fields.Text);
            }
            catch (UsageException exception)
            {
                filterError = exception;
            }

            var walk = new BackgroundWalk(environment, walkEnvironment => naming.Apply(DocumentEnumerator.Enumerate(filePaths, walkEnvironment, filter ?? throw filterError!)));
            return (Fields: fields, Naming: naming, FilePaths: filePaths, Walk: walk);
        }, (ruleSet, configuration, started) =>
        {
            var (fields, naming, filePaths, walk) = started;
            var selected = selection.CreateFilter(parseResult, ruleSet);
            var (baselineFile, accepted) = report.ReadBaseline(parseResult, configuration, environment);
            var targets = report.Targets(parseResult, environment);

            // A report written into a linted folder is not a document, so a previous run's is skipped; a file named
            // as a path to lint is one, and writing a report over it would destroy it.
            var reportFiles = targets.Where(t => t.Path is not null).Select(t => environment.Resolve(t.Path!)).ToHashSet(StringComparer.Ordinal);
            var pathsToLint = parseResult.GetValue(paths)!;
            foreach (var path in pathsToLint.Where(p => reportFiles.Contains(environment.Resolve(p))))
            {
                throw new UsageException($"{path} is both a path to lint and an --output file");
            }

            var files = baselineFile.WithoutItself(walk.Files());
            files.RemoveAll(file => reportFiles.Contains(file.FullPath));
            var baselineRequest = accepted is null ? null : new BaselineRequest(accepted, baselineFile);
            var level = report.FailLevelOf(parseResult);
            var console = report.ConsoleStyleOf(parseResult, environment);
            var execution = new Execution(
                parseResult.GetValue(parallel),
                parseResult.GetValue(noProgress) || console.Quiet,
                parseResult.EncodingGiven(encoding, configuration),
                selected,
                report.SarifLimitsOf(parseResult),
                console);
            // What shapes the states collected, so that states collected otherwise are refused rather than merged.
            var stamp = CorpusStateStamp.ThisBuild(new Dictionary<string, string>(selection.Recorded(parseResult), StringComparer.Ordinal)
            {
                ["encoding"] = execution.Encoding?.ToString() ?? "as configured",
                ["sources"] = naming.ToString(),
                ["jsonl-fields"] = $"{fields.Text} {fields.Id} {fields.Source}",
            });
            var stateRequest = StateRequest.From(parseResult, shard, state, against, stamp, environment);
            if (parseResult.GetValue(fix))
            {
                if (stateRequest is not null)
                {
                    throw new UsageException("--fix cannot be combined with --shard, --state or --against: fix first, then check");
                }

                JsonlCorpus.Refuse(pathsToLint, files, "check --fix");
                return RunFix(files, ruleSet, baselineRequest, targets, level, execution);
            }

            var input = new InputRequest(fields, filePaths.Count < pathsToLint.Length ? parseResult.GetValue(stdinFormat) : null);
            if (stateRequest?.Shard is not null && input.StandardInputFormat is not null)
            {
                throw new UsageException("--shard cuts the files given; standard input ('-') cannot be shared out");
            }

            return RunStreaming(files, input, ruleSet, baselineRequest, targets, level, execution, stateRequest);
        }));
        return command;
    }

    /// <summary>
    /// Lints and writes every report as it goes: files in runs, each run sorted as a whole, and JSON Lines corpora
    /// record by record, in record order, so that a corpus of any size is linted in bounded memory.
    /// </summary>
    private int RunStreaming(List<CorpusFile> files, InputRequest input, RuleSet ruleSet, BaselineRequest? baseline, IReadOnlyList<OutputTarget> targets, Severity failLevel, Execution execution, StateRequest? state)
    {
        // Standard input takes the settings of the working folder, as a file there would.
        var standardInput = new CorpusFile(CliEnvironment.StandardInputDisplay, environment.Resolve(CliEnvironment.StandardInputDisplay));
        if (EditorConfigSeverities.Load(input.StandardInputFormat is null ? files : [.. files, standardInput], environment, execution.Encoding) is not { } severities)
        {
            return ExitCodes.Error;
        }

        severities.Restrict(execution.Selected);
        var stopwatch = Stopwatch.StartNew();
        using var session = ReportSession.Open(environment, targets, ruleSet, ToolVersion, execution.SarifLimits, baseline?.Baseline.CreateFilter(baseline.File.RelativePath), failLevel, execution.Console);
        var engine = severities.CreateEngine(ruleSet);

        var corpus = engine.StartCorpus();
        var (share, firstFile, toLint) = state is null ? (null, 0, files) : CorpusSharding.Cut(files, state.Shard?.Index ?? 1, state.Shard?.Count ?? 1);
        var reportFrom = long.MinValue;
        if (state?.Against is { } against)
        {
            // The documents judged come after every document of the saved corpus, as files added to it would, and
            // only they are reported on.
            var saved = against.LoadInto(corpus, state.Stamp).Where(header => header.Documents > 0).ToList();
            firstFile = saved.Count > 0 ? (int)(saved.Max(header => header.LastOrdinal) >> 32) + 1 : 0;
            reportFrom = (long)firstFile << 32;
        }

        // Progress is drawn only when the report does not stream to the same terminal.
        var progress = ProgressDisplay.Start(environment, execution.NoProgress || environment.OutputIsInteractiveTerminal, () =>
        {
            var plainFiles = toLint.Where(file => !JsonlCorpus.IsJsonl(file.DisplayPath)).ToList();
            return (plainFiles.Count, CorpusFile.TotalSize(plainFiles));
        });
        var sink = new ReportSink(session, progress, execution.Parallel);

        // Rules across documents collect every document as it is linted, in path order, and report at the end, in
        // their own order (path, line, column, id), unless a share leaves them to the merge of all shares.
        try
        {
            CorpusRun.Run(
                engine,
                CorpusDocuments.Of(toLint, input.Fields, environment, input.StandardInputFormat, firstFile),
                sink,
                new RunOptions { MaxParallelism = execution.Parallel, Corpus = corpus, CorpusSeverity = severities.SeverityInDocument, ReportAcrossDocuments = state?.Shard is null, ReportAcrossDocumentsFrom = reportFrom });
        }
        finally
        {
            progress?.Dispose();
        }

        state?.Save?.Save(corpus, state.Stamp, share!);

        var totals = session.Totals;
        totals.FileCount = (int)Math.Min(int.MaxValue, sink.Documents);
        Log.Linted(logger, totals.FileCount, stopwatch.ElapsedMilliseconds);
        session.Finish();
        return ReportOptions.ExitCode(session);
    }

    private int RunFix(List<CorpusFile> files, RuleSet ruleSet, BaselineRequest? baseline, IReadOnlyList<OutputTarget> targets, Severity failLevel, Execution execution)
    {
        if (EditorConfigSeverities.Load(files, environment, execution.Encoding) is not { } severities)
        {
            return ExitCodes.Error;
        }

        severities.Restrict(execution.Selected);
        var engine = severities.CreateEngine(ruleSet);
        var stopwatch = Stopwatch.StartNew();
        var run = FixRunner.Run(environment, files, engine, write: true, execution.Parallel, execution.NoProgress);
        var fixedFiles = run.Documents;

        // Machine-readable output owns standard output; the account of the fixes then goes to standard error.
        // --quiet leaves the account out: it is not a finding.
        var fixWriter = execution.Console.Quiet ? TextWriter.Null : ReportSession.StandardOutputFormat(targets) == OutputFormats.Console ? environment.Output : environment.Error;
        var allFixesWritten = FixReport.WriteFiles(fixedFiles, dryRun: false, fixWriter, environment.Error);
        fixWriter.WriteLine(FixReport.Summary(fixedFiles, dryRun: false));
        Log.Linted(logger, fixedFiles.Count, stopwatch.ElapsedMilliseconds);

        using var session = ReportSession.Open(environment, targets, ruleSet, ToolVersion, execution.SarifLimits, baseline?.Baseline.CreateFilter(baseline.File.RelativePath), failLevel, execution.Console);
        session.Totals.FileCount = fixedFiles.Count;
        session.Emit([.. run.Remaining]);
        session.Finish();
        return ReportOptions.ExitCode(session, allFixesWritten);
    }

    /// <summary>How a run goes: documents at once, progress, the <c>--encoding</c> given, the rules selected (null for all), what a SARIF log leaves out, and the console report's look.</summary>
    private sealed record Execution(int Parallel, bool NoProgress, EncodingSetting? Encoding, Func<RuleDescriptor, bool>? Selected, SarifLimits SarifLimits, ConsoleStyle Console);

    /// <summary>How to read JSON Lines records, and what standard input holds (<c>text</c> or <c>jsonl</c>; null when <c>-</c> is not given).</summary>
    private sealed record InputRequest(JsonlFields Fields, string? StandardInputFormat);

    private sealed record BaselineRequest(Baseline Baseline, BaselineFile File);

    /// <summary>The corpus state a run saves (<c>--state</c>, of a <c>--shard</c> or of the whole corpus) or is judged against (<c>--against</c>), and what it depends on.</summary>
    private sealed record StateRequest((int Index, int Count)? Shard, CorpusStateFolder? Save, CorpusStateFolder? Against, CorpusStateStamp Stamp)
    {
        public static StateRequest? From(ParseResult parseResult, Option<string> shard, Option<string> state, Option<string> against, CorpusStateStamp stamp, CliEnvironment environment)
        {
            var (shardText, stateFolder, againstFolder) = (parseResult.GetValue(shard), parseResult.GetValue(state), parseResult.GetValue(against));
            if (shardText is not null && stateFolder is null)
            {
                throw new UsageException("--shard needs --state FOLDER, where the share's corpus state is saved for 'corpuslint merge'");
            }

            if (againstFolder is not null && stateFolder is not null)
            {
                throw new UsageException("--against judges a few files against a saved corpus state and saves none; --state cannot be combined with it");
            }

            return shardText is null && stateFolder is null && againstFolder is null ? null : new StateRequest(
                shardText is null ? null : CorpusSharding.Parse(shardText),
                stateFolder is null ? null : new CorpusStateFolder(stateFolder, environment),
                againstFolder is null ? null : new CorpusStateFolder(againstFolder, environment),
                stamp);
        }
    }
}
