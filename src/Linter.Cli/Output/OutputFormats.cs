using Linter.Core.Analysis;
using Linter.Core.Rules;

namespace Linter.Cli.Output;

/// <summary>The names of the output formats and the formatter behind each.</summary>
internal static class OutputFormats
{
    /// <summary>MSBuild canonical lines and a summary, for people.</summary>
    public const string Console = "console";

    /// <summary>The documented JSON contract.</summary>
    public const string Json = "json";

    /// <summary>SARIF 2.1.0, for code scanning.</summary>
    public const string Sarif = "sarif";

    /// <summary>GitHub Actions workflow commands, which become annotations.</summary>
    public const string GitHub = "github";

    /// <summary>A GitLab Code Quality report, shown on merge requests.</summary>
    public const string GitLab = "gitlab";

    /// <summary>JUnit XML, which CI systems show as test reports.</summary>
    public const string JUnit = "junit";

    /// <summary>Every name <c>--format</c> accepts.</summary>
    public static readonly IReadOnlyList<string> Names = [Console, Json, Sarif, GitHub, GitLab, JUnit];

    /// <summary>The formatter for <paramref name="name"/>, one of <see cref="Names"/>.</summary>
    /// <param name="name">The format.</param>
    /// <param name="toolVersion">The version written by machine-readable formats.</param>
    /// <param name="ruleSet">The loaded rules, which SARIF describes.</param>
    /// <param name="workingDirectory">The folder display paths are relative to.</param>
    /// <param name="sarifLimits">What a SARIF log leaves out.</param>
    /// <param name="console">How the console report looks; plain when null.</param>
    public static DiagnosticFormatter Create(string name, string toolVersion, RuleSet ruleSet, string workingDirectory, SarifLimits sarifLimits, ConsoleStyle? console = null) => name switch
    {
        Json => new JsonFormatter(toolVersion),
        Sarif => new SarifFormatter(toolVersion, [.. EngineDiagnostics.All, .. ruleSet.Descriptors], workingDirectory, sarifLimits),
        GitHub => new GitHubFormatter(),
        GitLab => new GitLabCodeQualityFormatter(),
        JUnit => new JUnitFormatter(),
        Console => (console ?? ConsoleStyle.Plain).CreateFormatter(ruleSet),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown output format"),
    };
}
