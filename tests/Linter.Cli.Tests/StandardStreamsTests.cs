using System.Diagnostics;
using System.Text;

namespace Linter.Cli.Tests;

/// <summary>The built command as a child process, with its standard output redirected as a hook, a pipe or CI has it.</summary>
public sealed class StandardStreamsTests
{
    [Fact]
    public async Task A_redirected_report_is_complete_in_UTF8_without_a_byte_order_mark()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TestRules.TypoRule);
        for (var i = 0; i < 300; i++)
        {
            folder.Write($"corpus/{i:D3}.txt", "زار بوينغ يانغ أمس.\n");
        }

        var (exitCode, output) = await RunAsync(folder.Path, "check corpus --rules rules");

        var lines = Encoding.UTF8.GetString(output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, exitCode);
        Assert.NotEqual(0xEF, output[0]);
        Assert.Equal(301, lines.Length);
        Assert.Equal("corpus/000.txt(1,5): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'", lines[0]);
        Assert.Equal("corpus/299.txt(1,5): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'", lines[299]);
        Assert.Equal("300 files linted: 0 errors, 300 warnings, 0 suggestions", lines[300]);
    }

    [Fact]
    public async Task Standard_error_comes_after_the_standard_output_written_before_it()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TestRules.TypoRule);
        folder.Write("a.txt", "زار بوينغ يانغ أمس.\n");

        // Both streams into one pipe, as `2>&1 | less` or a CI log has them: the diff, then its summary.
        var (exitCode, output) = await RunAsync(folder.Path, "fix a.txt --rules rules --dry-run 2>&1");

        var text = Encoding.UTF8.GetString(output);
        Assert.Equal(0, exitCode);
        Assert.StartsWith("--- a/a.txt\n+++ b/a.txt\n", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("+زار بيونغ يانغ أمس.", StringComparison.Ordinal) < text.IndexOf("Would fix 1 finding in 1 file.", StringComparison.Ordinal), text);
    }

    /// <summary>Runs <c>corpuslint ARGUMENTS</c> through the shell, so that a redirection in them applies; returns standard output's bytes.</summary>
    private static async Task<(int ExitCode, byte[] Output)> RunAsync(string workingDirectory, string arguments)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"\"$0\" \"$1\" {arguments}");
        start.ArgumentList.Add(dotnet);
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "corpuslint.dll"));
        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await copy;
        Assert.Equal(string.Empty, await error);
        return (process.ExitCode, output.ToArray());
    }
}
