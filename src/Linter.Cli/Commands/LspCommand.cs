using System.CommandLine;
using System.Globalization;
using Linter.Cli.Input;
using Linter.Cli.LanguageServer;

namespace Linter.Cli.Commands;

/// <summary><c>corpuslint lsp</c>: the language server, over standard input and output, for editors.</summary>
internal sealed class LspCommand(CliEnvironment environment)
{
    /// <summary>Builds the command.</summary>
    public Command Build()
    {
        var rules = RulesOption.Create();
        var config = SharedOptions.Config();
        var baseline = BaselineFile.CreateOption();
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Show every finding, including those in the baseline." };
        var jsonlText = SharedOptions.JsonlText();
        var jsonlId = SharedOptions.JsonlId();

        // Clients that start a server over standard input and output often say so with --stdio; it is the only transport.
        var stdio = new Option<bool>("--stdio") { Description = "Talk over standard input and output (the only way; accepted for clients that pass it)." };
        var command = new Command("lsp", "Run the language server over standard input and output: live diagnostics, quick fixes and rule descriptions in editors.")
        {
            rules, config, baseline, noBaseline, jsonlText, jsonlId, stdio,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            // Paths on the command line are the launching folder's; the server then works in the client's workspace.
            var pagesFolder = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"corpuslint-lsp-{Environment.ProcessId}"));
            var settings = new LintSettings(
                [.. (parseResult.GetValue(rules) ?? []).Select(environment.Resolve)],
                parseResult.GetValue(baseline) is { } baselinePath ? environment.Resolve(baselinePath) : null,
                parseResult.GetValue(noBaseline),
                parseResult.GetResult(jsonlText) is { Implicit: false } || parseResult.GetResult(jsonlId) is { Implicit: false } ? parseResult.JsonlFieldsOf(jsonlText, jsonlId, null, null) : null,
                pagesFolder,
                parseResult.GetValue(config) is { } configPath ? environment.Resolve(configPath) : null);
            try
            {
                // The protocol is bytes on standard output; nothing else may be written there.
                await using var output = Console.OpenStandardOutput();
                using var server = CorpusLintLanguageServer.Start(environment.Input, output, settings, environment, CorpusLintLanguageServer.DefaultDebounce);
                return await server.Completion.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (Directory.Exists(pagesFolder))
                {
                    Directory.Delete(pagesFolder, recursive: true);
                }
            }
        });
        return command;
    }
}
