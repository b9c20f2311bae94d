using System.CommandLine;
using Linter.Cli.Input;
using Linter.Cli.Output;
using Linter.Core.Diagnostics;
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
        var format = SharedOptions.Format();
        var output = SharedOptions.Output();
        var failLevel = SharedOptions.FailLevel();
        var parallel = SharedOptions.Parallel();
        var quiet = SharedOptions.Quiet();
        var baseline = BaselineFile.CreateOption();
        var noBaseline = SharedOptions.NoBaseline();
        var statistics = SharedOptions.Statistics();
        var sarifLimits = SarifLimits.CreateOptions();
        var command = new Command("merge", "Merge the corpus states of a sharded check and report the findings across documents.")
        {
            folder, rules, config, format, output, failLevel, parallel, quiet, statistics, baseline, noBaseline, sarifLimits.MaxResults, sarifLimits.MinSeverity,
        };
        command.SetAction(parseResult => rulesOption.Run(parseResult.GetValue(rules), () => ConfigurationFile.Find(["."], parseResult.GetValue(config), environment), (ruleSet, configuration) =>
        {
            var states = new CorpusStateFolder(parseResult.GetValue(folder)!, environment);
            var baselineFile = BaselineFile.At(parseResult.GetValue(baseline), configuration, environment);
            var accepted = baselineFile.ReadForRun(parseResult.GetValue(baseline) is not null, parseResult.GetValue(noBaseline));
            var targets = OutputTarget.Pair(parseResult.GetValue(format) ?? [], parseResult.GetValue(output) ?? [], environment);
            SharedOptions.CheckStatistics(parseResult.GetValue(statistics), targets);
            var maxParallelism = parseResult.GetValue(parallel);

            // The shares were collected with one configuration, which the merge takes on: the rules they selected are
            // the rules reported. Severities come from the .editorconfig files of the documents as the findings name them.
            var recorded = states.RecordedConfiguration();
            var severities = EditorConfigSeverities.ReadAsAsked(environment);
            severities.Restrict(RuleSelection.FromRecorded(recorded));
            var engine = severities.CreateEngine(ruleSet);
            var corpus = engine.StartCorpus();
            var saved = states.LoadInto(corpus, CorpusStateStamp.ThisBuild(recorded));

            var isQuiet = parseResult.GetValue(quiet);
            using var session = ReportSession.Open(
                environment,
                targets,
                ruleSet,
                CheckCommand.ToolVersion,
                SarifLimits.From(parseResult, sarifLimits),
                accepted?.CreateFilter(baselineFile.RelativePath),
                SeverityNames.Parse(parseResult.GetValue(failLevel)!),
                new ConsoleStyle(environment.ColorsOutput, isQuiet, parseResult.GetValue(statistics)));
            CorpusRun.Run(engine, [], new ReportSink(session, progress: null), new RunOptions { MaxParallelism = maxParallelism, Corpus = corpus, CorpusSeverity = severities.SeverityInDocument });
            session.Totals.FileCount = (int)Math.Min(int.MaxValue, saved.Sum(header => header.Documents));
            session.Finish();
            return !session.AllWritten ? ExitCodes.Error : session.Failed ? ExitCodes.Findings : ExitCodes.Success;
        }));
        return command;
    }
}
