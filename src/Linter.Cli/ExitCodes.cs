namespace Linter.Cli;

/// <summary>The process exit codes, documented in docs/cli.md and docs/ci.md.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above the fail level.</summary>
    public const int Success = 0;

    /// <summary>At least one diagnostic at or above the fail level.</summary>
    public const int Findings = 1;

    /// <summary>
    /// The run could not do what was asked: bad arguments, a missing path, a bad rule file, a report or fixed file
    /// that could not be written.
    /// </summary>
    public const int Error = 2;

    /// <summary>The linter itself failed (an internal error): its one-line message is on standard error.</summary>
    public const int InternalError = 3;
}
