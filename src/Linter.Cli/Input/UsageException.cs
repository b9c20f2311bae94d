namespace Linter.Cli.Input;

/// <summary>A problem with what the user asked for (a missing path, no rules); exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
