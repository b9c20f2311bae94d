using Linter.Cli;

return await CorpusLintApp.RunAsync(args, Console.Out, Console.Error, Environment.CurrentDirectory).ConfigureAwait(false);
