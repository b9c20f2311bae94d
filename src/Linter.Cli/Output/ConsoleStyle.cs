using Linter.Core.Analysis;
using Linter.Core.Rules;

namespace Linter.Cli.Output;

/// <summary>How the console report looks.</summary>
/// <param name="Color">ANSI colours, for standard output on a terminal (<c>--color</c>).</param>
/// <param name="Quiet">Findings only, without the summary line (<c>--quiet</c>).</param>
/// <param name="Statistics">A count per rule instead of the findings (<c>--statistics</c>).</param>
internal sealed record ConsoleStyle(bool Color, bool Quiet, bool Statistics)
{
    /// <summary>Findings and a summary, without colour: the report written to a file.</summary>
    public static readonly ConsoleStyle Plain = new(Color: false, Quiet: false, Statistics: false);

    /// <summary>The console report's formatter in this style.</summary>
    public DiagnosticFormatter CreateFormatter(RuleSet ruleSet) =>
        Statistics ? new StatisticsFormatter([.. EngineDiagnostics.All, .. ruleSet.Descriptors], this) : new ConsoleFormatter(this);

    /// <summary>
    /// Whether to colour a stream: always or never as <c>--color</c> says, else (auto) only a terminal, and not when
    /// the NO_COLOR variable is set to anything (no-color.org) or the terminal is dumb.
    /// </summary>
    public static bool Wanted(string choice, bool terminal, string? noColor, string? term) => choice switch
    {
        "always" => true,
        "never" => false,
        _ => terminal && string.IsNullOrEmpty(noColor) && term != "dumb",
    };

    /// <summary><paramref name="text"/> in the SGR style <paramref name="code"/> when colouring; as it is otherwise.</summary>
    public string Paint(string text, string code) => Color ? $"\e[{code}m{text}\e[0m" : text;
}
