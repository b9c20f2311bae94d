using System.CommandLine;
using Linter.Cli.Commands;
using Linter.Cli.Output;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;

namespace Linter.Cli;

/// <summary>The command line: sets up logging, makes the commands and dispatches to one.</summary>
internal static class CorpusLintApp
{
    /// <summary>Runs <c>corpuslint</c> with <paramref name="args"/> and returns the exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="workingDirectory">The folder relative paths start from.</param>
    /// <param name="input">Standard input, which the path <c>-</c> reads; empty when null.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, string workingDirectory, Stream? input = null)
    {
        try
        {
            return await RunCommandAsync(args, output, error, workingDirectory, input).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            return Fail(error, exception);
        }
    }

    /// <summary>
    /// The last resort for what no command caught: one line on standard error instead of a stack trace, and an exit
    /// code CI can tell from findings. A failed write of a file or a stream is the outside world's (2); anything else
    /// is the linter's own (3).
    /// </summary>
    /// <param name="error">Standard error.</param>
    /// <param name="exception">What was thrown.</param>
    public static int Fail(TextWriter error, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(exception);
        var (code, line) = exception switch
        {
            Input.UsageException or IOException or UnauthorizedAccessException => (ExitCodes.Error, $"corpuslint: error: {exception.Message}"),
            _ => (ExitCodes.InternalError, $"corpuslint: internal error: {exception.GetType().Name}: {exception.Message}"),
        };
        try
        {
            error.WriteLine(Output.ConsoleText.Escape(line));
            error.Flush();
        }
        catch (Exception exception2) when (exception2 is IOException or ObjectDisposedException)
        {
            // Standard error itself is gone: the exit code is all that is left to tell.
        }

        return code;
    }

    private static async Task<int> RunCommandAsync(string[] args, TextWriter output, TextWriter error, string workingDirectory, Stream? input)
    {
        // The commands are made here, without a host and a service container: a hook starts the linter on every
        // commit, and building those took about a tenth of a check of a few files.
        var levelSwitch = new LoggingLevelSwitch(LogEventLevel.Warning);
        using var loggers = new SerilogLoggerFactory(
            new LoggerConfiguration()
                .MinimumLevel.ControlledBy(levelSwitch)
                .WriteTo.Console(outputTemplate: "corpuslint: {Level:w}: {Message:lj}{NewLine}{Exception}", standardErrorFromLevel: LogEventLevel.Verbose)
                .CreateLogger(),
            dispose: true);
        var environment = new CliEnvironment(output, error, workingDirectory)
        {
            Input = input ?? Stream.Null,
            ErrorIsInteractiveTerminal = ReferenceEquals(error is OutputFirstWriter ordered ? ordered.Error : error, Console.Error) && !Console.IsErrorRedirected,
            OutputIsInteractiveTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected,
        };
        var rulesOption = new RulesOption(environment, loggers.CreateLogger<RulesOption>());

        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log what the linter does to standard error.", Recursive = true };
        var color = new Option<string>("--color")
        {
            Description = "Colour the report and progress: auto (on a terminal, unless NO_COLOR is set), always or never.", DefaultValueFactory = _ => "auto", Recursive = true,
        };
        color.AcceptOnlyFromAmong("auto", "always", "never");
        var root = new RootCommand("corpuslint: a linter for text corpora, with rules in YAML.")
        {
            new CheckCommand(environment, rulesOption, loggers.CreateLogger<CheckCommand>()).Build(),
            new MergeCommand(environment, rulesOption).Build(),
            new FixCommand(environment, rulesOption).Build(),
            new BaselineCommand(environment, rulesOption).Build(),
            new RulesCommand(environment, rulesOption).Build(),
            new ReportCommand(environment, rulesOption, loggers.CreateLogger<ReportCommand>()).Build(),
            new LspCommand(environment).Build(),
            new DiscoverCommand(environment, rulesOption).Build(),
        };
        root.Options.Add(verbose);
        root.Options.Add(color);

        var parseResult = root.Parse(args);
        if (CommandLineErrors.Of(parseResult) is { Count: > 0 } parseErrors)
        {
            foreach (var parseError in parseErrors)
            {
                await error.WriteLineAsync(ConsoleText.Escape($"corpuslint: error: {parseError}")).ConfigureAwait(false);
            }

            await error.WriteLineAsync($"Run '{CommandLineErrors.CommandName(parseResult.CommandResult)} --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        environment.ColorChoice = parseResult.GetValue(color)!;
        if (parseResult.GetValue(verbose))
        {
            levelSwitch.MinimumLevel = LogEventLevel.Debug;
        }

        // Exceptions reach RunAsync, which prints one line rather than System.CommandLine's stack trace.
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return await parseResult.InvokeAsync(configuration).ConfigureAwait(false);
    }
}
