using Linter.Core.Diagnostics;

namespace Linter.Cli.Output;

/// <summary>The result of a run, as the formatters see it.</summary>
/// <param name="Diagnostics">Every diagnostic, in output order.</param>
/// <param name="FileCount">How many documents were linted.</param>
internal sealed record LintReport(IReadOnlyList<Diagnostic> Diagnostics, int FileCount)
{
    /// <summary>How many findings the baseline held back; they are not in <see cref="Diagnostics"/>.</summary>
    public int Baselined { get; init; }

    /// <summary>How many diagnostics have <paramref name="severity"/>.</summary>
    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);
}
