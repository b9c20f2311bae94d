using System.CommandLine;
using Linter.Cli.Fixing;
using Linter.Cli.Input;
using Linter.Cli.Output;
using Linter.Core.Diagnostics;
using Linter.Core.Fixes;
using Linter.Core.Text;
using Linter.Core.Rules;

namespace Linter.Cli.Commands;

/// <summary><c>corpuslint fix PATHS</c>: apply every safe fix in place, or show them as a diff.</summary>
internal sealed class FixCommand(CliEnvironment environment, RulesOption rulesOption)
{
    /// <summary>Builds the command.</summary>
    public Command Build()
    {
        var pathFilter = PathFilter.CreateOptions();
        var sourceNaming = SourceNaming.CreateOptions();
        var paths = SharedOptions.Paths("Files and folders to fix.");
        var rules = RulesOption.Create();
        var config = SharedOptions.Config();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the fixes as a unified diff (on standard output) and change no file." };
        var selection = new RuleSelection();
        var failLevel = SharedOptions.FailLevel();
        var parallel = SharedOptions.Parallel();
        var noProgress = SharedOptions.NoProgress();
        var encoding = SharedOptions.Encoding();
        var quiet = SharedOptions.Quiet();

        var command = new Command("fix", "Apply every safe fix in place; report what remains.") { paths, rules, config, dryRun, failLevel, parallel, noProgress, encoding, quiet };
        selection.AddTo(command);
        SharedOptions.AddFileSelection(command, pathFilter, sourceNaming);
        command.SetAction(parseResult => rulesOption.Run(parseResult.GetValue(rules), () => ConfigurationFile.Find(parseResult.GetValue(paths)!, parseResult.GetValue(config), environment), (ruleSet, configuration) => Run(
            SourceNaming.From(parseResult, sourceNaming, configuration).Apply(DocumentEnumerator.EnumerateFilesOnly(
                parseResult.GetValue(paths)!, environment, PathFilter.From(parseResult, pathFilter, configuration, configuration?.Settings.JsonlText ?? JsonlFields.Default.Text), "fix")),
            ruleSet,
            selection.CreateFilter(parseResult, ruleSet),
            parseResult.GetValue(dryRun),
            SeverityNames.Parse(parseResult.GetValue(failLevel)!),
            parseResult.GetValue(parallel),
            parseResult.GetValue(quiet),
            parseResult.GetValue(noProgress) || parseResult.GetValue(quiet),
            parseResult.EncodingGiven(encoding, configuration))));
        return command;
    }

    private int Run(List<CorpusFile> files, RuleSet ruleSet, Func<RuleDescriptor, bool>? selected, bool dryRun, Severity failLevel, int parallel, bool quiet, bool noProgress, EncodingSetting? encoding)
    {
        if (EditorConfigSeverities.Load(files, environment, encoding) is not { } severities)
        {
            return ExitCodes.Error;
        }

        severities.Restrict(selected);
        var engine = severities.CreateEngine(ruleSet);
        var run = FixRunner.Run(environment, files, engine, write: !dryRun, parallel, noProgress);
        var fixedFiles = run.Documents;

        // A dry run's standard output is the diff alone, so it can be piped to git apply; the rest goes to standard
        // error, or nowhere with --quiet.
        var summaryWriter = quiet ? TextWriter.Null : dryRun ? environment.Error : environment.Output;
        if (dryRun)
        {
            foreach (var file in fixedFiles.Where(f => f.Changed))
            {
                WriteDiff(file);
            }
        }

        var allWritten = FixReport.WriteFiles(fixedFiles, dryRun, summaryWriter, environment.Error);
        var remaining = run.Remaining.ToList();
        summaryWriter.WriteLine(FixReport.Summary(fixedFiles, dryRun));
        summaryWriter.WriteLine(ConsoleFormatter.Summary(new LintReport(remaining, fixedFiles.Count)));
        if (!allWritten)
        {
            return ExitCodes.Error;
        }

        return remaining.Any(d => d.Severity >= failLevel) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private void WriteDiff(FixedDocument file)
    {
        var decoded = file.Result.Read.Decoded!;
        if (decoded.Encoding != DocumentEncoding.Utf8)
        {
            environment.Error.WriteLine($"{file.Document.Path}: note: the file is UTF-16; its diff is shown in UTF-8 and will not apply with git apply or patch");
        }

        // The decoder drops a byte order mark; the diff puts it back so that the file's first line matches.
        var bom = decoded.HasByteOrderMark && decoded.Encoding == DocumentEncoding.Utf8 ? "\uFEFF" : string.Empty;
        environment.Output.Write(UnifiedDiff.Create(file.Document.Path, bom + decoded.Text, bom + file.Result.Fixed!.Text));
    }
}
