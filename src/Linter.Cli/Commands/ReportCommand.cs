using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Linter.Cli.Input;
using Linter.Cli.Output;
using Linter.Cli.Reporting;
using Linter.Core.Pipeline;
using Linter.Core.Rules.Kinds;
using Linter.Core.Text;
using Microsoft.Extensions.Logging;
using Linter.Core.Rules;
using Linter.Core.Discovery;

namespace Linter.Cli.Commands;

/// <summary>
/// <c>corpuslint report PATHS --html FILE</c>: run the rules over a corpus, as <c>check</c> does (findings across
/// documents included), and write one self-contained HTML page of the corpus's state: totals per category and rule,
/// the worst documents, each transliteration family's forms as counted in the corpus, the duplicate documents, and
/// what <c>discover</c> finds in the same pass: spelling families and boilerplate that no rule lists.
/// </summary>
internal sealed class ReportCommand(CliEnvironment environment, RulesOption rulesOption, ILogger<ReportCommand> logger)
{
    /// <summary>How many of the documents with the most findings the report lists.</summary>
    private const int WorstDocumentsShown = 25;

    /// <summary>Builds the command.</summary>
    public Command Build()
    {
        var pathFilter = PathFilter.CreateOptions();
        var paths = SharedOptions.Paths("Files and folders of the corpus.");
        var rules = RulesOption.Create();
        var config = SharedOptions.Config();
        var html = new Option<string>("--html") { Description = "Write the report to this HTML file (the top of each section; the JSON holds all of it).", HelpName = "file" };
        var json = new Option<string>("--json") { Description = "Write the whole report to this JSON file: every ranked document, family, cluster and candidate.", HelpName = "file" };
        var parallel = SharedOptions.Parallel();
        var jsonlText = SharedOptions.JsonlText();
        var jsonlId = SharedOptions.JsonlId();
        var jsonlSource = SharedOptions.JsonlSource();
        var encoding = SharedOptions.Encoding();
        var sourceNaming = SourceNaming.CreateOptions();
        var dictionary = ArabicDictionary.CreateOption();
        var command = new Command("report", "Write an HTML report of a corpus: findings per category, rule and document, the spellings of each transliteration family, duplicate documents, and the spelling families and boilerplate no rule lists.")
        {
            paths, rules, config, html, json, parallel, encoding, jsonlText, jsonlId, jsonlSource, dictionary,
        };
        SharedOptions.AddFileSelection(command, pathFilter, sourceNaming);
        command.SetAction(parseResult => rulesOption.Run(parseResult.GetValue(rules), () => ConfigurationFile.Find(parseResult.GetValue(paths)!, parseResult.GetValue(config), environment), (ruleSet, configuration) =>
        {
            var pathsGiven = parseResult.GetValue(paths)!;
            if (pathsGiven.Contains(CliEnvironment.StandardInputPath))
            {
                throw new UsageException("'report' does not read standard input; '-' is only for 'corpuslint check'");
            }

            var outputs = new ReportFiles(parseResult.GetValue(html), parseResult.GetValue(json));
            if (outputs.Html is null && outputs.Json is null)
            {
                throw new UsageException("say where to write the report: --html FILE, --json FILE, or both");
            }

            var outputFullPaths = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (option, path) in new[] { ("--html", outputs.Html), ("--json", outputs.Json) })
            {
                if (path is null)
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(path))
                {
                    throw new UsageException($"{option} needs a file name");
                }

                var fullPath = environment.Resolve(path);
                if (pathsGiven.FirstOrDefault(given => environment.Resolve(given) == fullPath) is { } named)
                {
                    throw new UsageException($"{named} is both a path of the corpus and the {option} file");
                }

                outputFullPaths.Add(fullPath);
            }

            // A previous report written into the corpus's folder is not a document.
            var fields = parseResult.JsonlFieldsOf(jsonlText, jsonlId, jsonlSource, configuration);
            var files = SourceNaming.From(parseResult, sourceNaming, configuration).Apply(DocumentEnumerator.Enumerate(pathsGiven, environment, PathFilter.From(parseResult, pathFilter, configuration, fields.Text)));
            files.RemoveAll(file => outputFullPaths.Contains(file.FullPath));
            return Run(files, pathsGiven, ruleSet, fields, outputs, parseResult.GetValue(parallel), parseResult.EncodingGiven(encoding, configuration), parseResult.GetValue(dictionary));
        }));
        return command;
    }

    private int Run(List<CorpusFile> files, IReadOnlyList<string> paths, RuleSet ruleSet, JsonlFields fields, ReportFiles outputs, int parallel, EncodingSetting? encoding, string? dictionary)
    {
        if (EditorConfigSeverities.Load(files, environment, encoding) is not { } severities)
        {
            return ExitCodes.Error;
        }

        var stopwatch = Stopwatch.StartNew();

        // Linted as check lints: the same engine, places in path order and corpus pass, so the report counts what
        // check reports, findings across documents included. The discovery analyses collect every document in that
        // pass, their sources named as check and discover name them, so that they find what discover finds; boilerplate
        // discovery reads the leftover rule's own counts when the rule is loaded.
        var sources = new CorpusSources();
        files.ForEach(file => sources.OfFile(file));
        // The lexicon discover variants reads, so that the report's families and rule file are discover's.
        var lexicon = ArabicDictionary.Read(dictionary, environment);
        var engine = severities.CreateEngine(ruleSet);
        // The JSON ranks every document with a finding; the page shows the worst few.
        var summary = new CorpusSummary(engine, outputs.Json is null ? WorstDocumentsShown : int.MaxValue, ruleSet.Rules.OfType<LeftoverRule>().FirstOrDefault(), lexicon);
        CorpusRun.Run(
            engine,
            CorpusDocuments.Of(files, fields, environment),
            new TallySink(summary.Findings),
            new RunOptions { MaxParallelism = parallel, Corpus = summary.Pass, CorpusSeverity = severities.SeverityInDocument });
        var documents = (int)Math.Min(int.MaxValue, summary.Findings.Documents);
        Log.Linted(logger, documents, stopwatch.ElapsedMilliseconds);

        var model = CorpusReportBuilder.Build(summary, ruleSet, paths, CheckCommand.ToolVersion, sources.Globs);
        var written = new List<string>();
        foreach (var (path, bytes) in new[]
        {
            (outputs.Html, new Func<byte[]>(() => Encoding.UTF8.GetBytes(HtmlReportWriter.Render(model with { WorstDocuments = [.. model.WorstDocuments.Take(WorstDocumentsShown)], DensestDocuments = [.. model.DensestDocuments.Take(WorstDocumentsShown)] })))),
            (outputs.Json, () => ReportJson.Render(model)),
        })
        {
            if (path is null)
            {
                continue;
            }

            try
            {
                AtomicFileWriter.Write(environment.Resolve(path), bytes());
                written.Add(path);
            }
            catch (FileWriteException exception)
            {
                environment.Error.WriteLine($"corpuslint: error: could not write the report to {path}: {exception.Message}");
                return ExitCodes.Error;
            }
        }

        var findings = model.Totals.Findings;
        environment.Output.WriteLine(
            $"Wrote {string.Join(" and ", written)}: {Plurals.Of(model.Totals.Documents, "document")}, {Plurals.Of(findings.Errors, "error")}, {Plurals.Of(findings.Warnings, "warning")}, {Plurals.Of(findings.Suggestions, "suggestion")}.");
        return ExitCodes.Success;
    }

    /// <summary>The files the report is written to; null for a format not asked for.</summary>
    private sealed record ReportFiles(string? Html, string? Json);
}
