namespace Linter.Cli;

/// <summary>The process exit codes, documented in README.md.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above the fail level.</summary>
    public const int Success = 0;

    /// <summary>At least one diagnostic at or above the fail level.</summary>
    public const int Findings = 1;

    /// <summary>An error: bad arguments, a missing path, a bad rule file, a fixed file that could not be written.</summary>
    public const int Error = 2;
}
