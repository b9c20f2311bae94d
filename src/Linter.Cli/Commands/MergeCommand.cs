using System.CommandLine;
using Linter.Cli.Input;
using Linter.Cli.Output;
using Linter.Core.Pipeline;
using Linter.Core.State;

namespace Linter.Cli.Commands;

/// <summary>
/// <c>corpuslint merge FOLDER</c>: merges the corpus states that <c>check --shard K/N --state FOLDER</c> saved and
/// reports the findings across documents, which the shares left out: the shares' reports and this one together hold
/// the findings of one <c>check</c> of the whole corpus. It is a run of no documents over the loaded corpus.
/// </summary>
internal sealed class MergeCommand(CliEnvironment environment, RulesOption rulesOption)
{
    /// <summary>Builds the command.</summary>
    public Command Build()
    {
        var folder = new Argument<string>("folder") { Description = "The folder the shares saved their corpus states in (check --shard K/N --state FOLDER)." };
        var rules = RulesOption.Create();
        var config = SharedOptions.Config();
        var parallel = SharedOptions.Parallel();
        var report = new ReportOptions();
        var command = new Command("merge", "Merge the corpus states of a sharded check and report the findings across documents.")
        {
            folder, rules, config, report.Format, report.Output, report.FailLevel, parallel, report.Quiet, report.Statistics, report.Baseline, report.NoBaseline, report.Sarif.MaxResults, report.Sarif.MinSeverity,
        };
        command.SetAction(parseResult => rulesOption.Run(parseResult.GetValue(rules), () => ConfigurationFile.Find(["."], parseResult.GetValue(config), environment), (ruleSet, configuration) =>
        {
            var states = new CorpusStateFolder(parseResult.GetValue(folder)!, environment);
            var (baselineFile, accepted) = report.ReadBaseline(parseResult, configuration, environment);
            var targets = report.Targets(parseResult, environment);

            // The shares were collected with one configuration, which the merge takes on: the rules they selected are
            // the rules reported. Severities come from the .editorconfig files of the documents as the findings name them.
            var recorded = states.RecordedConfiguration();
            var severities = EditorConfigSeverities.ReadAsAsked(environment);
            severities.Restrict(RuleSelection.FromRecorded(recorded));
            var engine = severities.CreateEngine(ruleSet);
            var corpus = engine.StartCorpus();
            var saved = states.LoadInto(corpus, CorpusStateStamp.ThisBuild(recorded));

            using var session = ReportSession.Open(
                environment,
                targets,
                ruleSet,
                CheckCommand.ToolVersion,
                report.SarifLimitsOf(parseResult),
                accepted?.CreateFilter(baselineFile.RelativePath),
                report.FailLevelOf(parseResult),
                report.ConsoleStyleOf(parseResult, environment));
            var options = new RunOptions { MaxParallelism = parseResult.GetValue(parallel), Corpus = corpus, CorpusSeverity = severities.SeverityInDocument };
            CorpusRun.Run(engine, [], new ReportSink(session, progress: null, options.MaxParallelism), options);
            session.Totals.FileCount = (int)Math.Min(int.MaxValue, saved.Sum(header => header.Documents));
            session.Finish();
            return ReportOptions.ExitCode(session);
        }));
        return command;
    }
}
