namespace Linter.Core.Diagnostics;

/// <summary>How much a diagnostic matters, in Roslyn's words; ordered from least to most.</summary>
public enum Severity
{
    /// <summary>Not reported at all.</summary>
    None,

    /// <summary>Reported to tools but not shown to people.</summary>
    Silent,

    /// <summary>A hint.</summary>
    Suggestion,

    /// <summary>A problem worth fixing.</summary>
    Warning,

    /// <summary>A problem that must be fixed.</summary>
    Error,
}

/// <summary>Names of <see cref="Severity"/> values as written in rule files and output.</summary>
public static class SeverityNames
{
    /// <summary>All names, from most to least severe.</summary>
    public static readonly IReadOnlyList<string> All = ["error", "warning", "suggestion", "silent", "none"];

    /// <summary>The lower-case name of a severity.</summary>
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "suggestion",
        Severity.Silent => "silent",
        _ => "none",
    };

    /// <summary>Parses a severity name already checked against <see cref="All"/>.</summary>
    public static Severity Parse(string name) =>
        TryParse(name, out var severity) ? severity : throw new ArgumentOutOfRangeException(nameof(name), name, "unknown severity");

    /// <summary>Parses a lower-case severity name.</summary>
    public static bool TryParse(string? name, out Severity severity)
    {
        severity = name switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "suggestion" => Severity.Suggestion,
            "silent" => Severity.Silent,
            "none" => Severity.None,
            _ => (Severity)(-1),
        };
        return (int)severity >= 0;
    }
}
