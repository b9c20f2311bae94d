using System.Text;
using Linter.Cli;
using Linter.Cli.Output;

try
{
    using var input = Console.OpenStandardInput();
    if (!Console.IsOutputRedirected)
    {
        return await CorpusLintApp.RunAsync(args, Console.Out, Console.Error, Environment.CurrentDirectory, input).ConfigureAwait(false);
    }

    // Redirected to a file, a pipe or a CI log, the report is written in blocks: Console.Out makes a system call per line,
    // which on a large corpus costs more than formatting the findings.
    var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
    await using (output.ConfigureAwait(false))
    {
        return await CorpusLintApp.RunAsync(args, output, new OutputFirstWriter(Console.Error, output), Environment.CurrentDirectory, input).ConfigureAwait(false);
    }
}
catch (Exception exception)
{
    // Flushing standard output at the end can fail too (a full disk, a closed pipe).
    return CorpusLintApp.Fail(Console.Error, exception);
}
