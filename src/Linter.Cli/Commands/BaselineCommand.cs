using System.CommandLine;
using System.Globalization;
using Linter.Cli.Input;
using Linter.Core.Baselines;
using Linter.Core.Pipeline;
using Linter.Core.Text;
using Linter.Core.Rules;

namespace Linter.Cli.Commands;

/// <summary>
/// <c>corpuslint baseline PATHS</c>: record the current findings so that <c>check</c> reports only new ones;
/// with <c>--update</c>, drop the recorded findings that no longer occur.
/// </summary>
internal sealed class BaselineCommand(CliEnvironment environment, RulesOption rulesOption)
{
    /// <summary>Builds the command.</summary>
    public Command Build()
    {
        var pathFilter = PathFilter.CreateOptions();
        var sourceNaming = SourceNaming.CreateOptions();
        var paths = SharedOptions.Paths("Files and folders to lint.");
        var rules = RulesOption.Create();
        var config = SharedOptions.Config();
        var baseline = BaselineFile.CreateOption();
        var update = new Option<bool>("--update") { Description = "Drop the findings that no longer occur; add none." };
        var parallel = SharedOptions.Parallel();
        var encoding = SharedOptions.Encoding();

        var command = new Command("baseline", $"Write the current findings to {Baseline.DefaultFileName}, so that check reports only new ones.")
        {
            paths, rules, config, baseline, update, parallel, encoding,
        };
        SharedOptions.AddFileSelection(command, pathFilter, sourceNaming);
        command.SetAction(parseResult => rulesOption.Run(parseResult.GetValue(rules), () => ConfigurationFile.Find(parseResult.GetValue(paths)!, parseResult.GetValue(config), environment), (ruleSet, configuration) => Run(
            SourceNaming.From(parseResult, sourceNaming, configuration).Apply(DocumentEnumerator.EnumerateFilesOnly(
                parseResult.GetValue(paths)!, environment, PathFilter.From(parseResult, pathFilter, configuration, configuration?.Settings.JsonlText ?? JsonlFields.Default.Text), "baseline")),
            ruleSet,
            BaselineFile.At(parseResult.GetValue(baseline), configuration, environment),
            parseResult.GetValue(update),
            parseResult.GetValue(parallel),
            parseResult.EncodingGiven(encoding, configuration))));
        return command;
    }

    private int Run(List<CorpusFile> files, RuleSet ruleSet, BaselineFile file, bool update, int parallel, EncodingSetting? encoding)
    {
        if (EditorConfigSeverities.Load(files, environment, encoding) is not { } severities)
        {
            return ExitCodes.Error;
        }

        files = file.WithoutItself(files);
        var engine = severities.CreateEngine(ruleSet);
        var sink = new CollectingSink();
        CorpusRun.Run(engine, CorpusDocuments.Of(files, JsonlFields.Default, environment), sink, new RunOptions { MaxParallelism = parallel, Corpus = engine.StartCorpus() });
        if (!update)
        {
            var current = Baseline.Create(sink.Diagnostics, file.RelativePath);
            file.Write(current);
            environment.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Wrote {file.DisplayPath}: {Findings(current)} in {current.Entries.Select(e => e.Path).Distinct(StringComparer.Ordinal).Count()} of {files.Count} files."));
            return ExitCodes.Success;
        }

        var previous = file.ReadIfExists() ?? throw new UsageException($"{file.DisplayPath}: no baseline to update; write one with 'corpuslint baseline' first");
        var linted = files.Select(f => file.RelativePath(f.DisplayPath)).ToHashSet(StringComparer.Ordinal);
        var updated = previous.Update(Baseline.Create(sink.Diagnostics, file.RelativePath, previous.FingerprintVersion), linted.Contains);
        file.Write(updated);
        environment.Output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Updated {file.DisplayPath}: {Findings(updated)} kept, {previous.Entries.Sum(e => e.Count) - updated.Entries.Sum(e => e.Count)} dropped."));
        return ExitCodes.Success;
    }

    private static string Findings(Baseline baseline)
    {
        var count = baseline.Entries.Sum(e => e.Count);
        return string.Create(CultureInfo.InvariantCulture, $"{count} finding{(count == 1 ? string.Empty : "s")}");
    }
}
