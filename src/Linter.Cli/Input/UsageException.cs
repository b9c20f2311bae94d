namespace Linter.Cli.Input;

/// <summary>A problem with what the user asked for (a missing path, no rules); exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message)
{
    /// <summary>Runs a command's action; a usage error it throws is written to standard error and exits 2.</summary>
    public static int Report(CliEnvironment environment, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (UsageException exception)
        {
            environment.Error.WriteLine(Output.ConsoleText.Escape($"corpuslint: error: {exception.Message}"));
            return ExitCodes.Error;
        }
    }
}
