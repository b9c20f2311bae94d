using System.CommandLine;
using Linter.Cli.Input;
using Linter.Cli.Output;
using Linter.Core.Baselines;
using Linter.Core.Diagnostics;

namespace Linter.Cli.Commands;

/// <summary>The options of the commands that write findings reports (<c>check</c>, <c>merge</c>), and what they make of them.</summary>
internal sealed class ReportOptions
{
    /// <summary><c>--format</c>, repeatable.</summary>
    public Option<string[]> Format { get; } = CreateFormat();

    /// <summary><c>--output</c>, repeatable, paired with <see cref="Format"/> by position.</summary>
    public Option<string[]> Output { get; } = new("--output", "-o")
    {
        Description = "Write the report of the --format in the same position to this file (repeatable).",
        HelpName = "file",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary><c>--fail-level</c>.</summary>
    public Option<string> FailLevel { get; } = SharedOptions.FailLevel();

    /// <summary><c>--quiet</c>.</summary>
    public Option<bool> Quiet { get; } = SharedOptions.Quiet();

    /// <summary><c>--statistics</c>.</summary>
    public Option<bool> Statistics { get; } = new("--statistics") { Description = "Print a count per rule, the most frequent first, instead of the findings (in the console report)." };

    /// <summary><c>--baseline</c>.</summary>
    public Option<string> Baseline { get; } = BaselineFile.CreateOption();

    /// <summary><c>--no-baseline</c>.</summary>
    public Option<bool> NoBaseline { get; } = new("--no-baseline") { Description = "Report every finding, including those in the baseline." };

    /// <summary><c>--sarif-max-results</c> and <c>--sarif-min-severity</c>.</summary>
    public (Option<int?> MaxResults, Option<string> MinSeverity) Sarif { get; } = SarifLimits.CreateOptions();

    /// <summary>The reports asked for; <c>--statistics</c> without a console report is a usage error.</summary>
    public IReadOnlyList<OutputTarget> Targets(ParseResult parseResult, CliEnvironment environment)
    {
        var targets = OutputTarget.Pair(parseResult.GetValue(Format) ?? [], parseResult.GetValue(Output) ?? [], environment);
        if (parseResult.GetValue(Statistics) && ReportSession.StandardOutputFormat(targets) != OutputFormats.Console && !targets.Any(t => t.Format == OutputFormats.Console))
        {
            throw new UsageException("--statistics takes the place of the findings in the console report; write the other report to a file with --output");
        }

        return targets;
    }

    /// <summary>The baseline file and the findings it accepts (none with <c>--no-baseline</c>, or when it does not exist).</summary>
    public (BaselineFile File, Baseline? Accepted) ReadBaseline(ParseResult parseResult, ConfigurationFile? configuration, CliEnvironment environment)
    {
        var file = BaselineFile.At(parseResult.GetValue(Baseline), configuration, environment);
        return (file, file.ReadForRun(parseResult.GetValue(Baseline) is not null, parseResult.GetValue(NoBaseline)));
    }

    /// <summary>The lowest severity that fails the run.</summary>
    public Severity FailLevelOf(ParseResult parseResult) => SeverityNames.Parse(parseResult.GetValue(FailLevel)!);

    /// <summary>What the SARIF log leaves out.</summary>
    public SarifLimits SarifLimitsOf(ParseResult parseResult) => SarifLimits.From(parseResult, Sarif);

    /// <summary>How the console report looks.</summary>
    public ConsoleStyle ConsoleStyleOf(ParseResult parseResult, CliEnvironment environment) =>
        new(environment.ColorsOutput, parseResult.GetValue(Quiet), parseResult.GetValue(Statistics));

    /// <summary>The exit code of a finished session: 2 when a report could not be written, 1 for findings at the fail level, else 0.</summary>
    public static int ExitCode(ReportSession session, bool allElseWritten = true) =>
        !allElseWritten || !session.AllWritten ? ExitCodes.Error : session.Failed ? ExitCodes.Findings : ExitCodes.Success;

    private static Option<string[]> CreateFormat()
    {
        var format = new Option<string[]>("--format", "-f")
        {
            Description = "Output format (repeatable; each goes to the --output in the same position, or to standard output).",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        format.AcceptOnlyFromAmong([.. OutputFormats.Names]);
        return format;
    }
}
