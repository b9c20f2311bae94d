using Linter.Cli;

using var input = Console.OpenStandardInput();
return await CorpusLintApp.RunAsync(args, Console.Out, Console.Error, Environment.CurrentDirectory, input).ConfigureAwait(false);
