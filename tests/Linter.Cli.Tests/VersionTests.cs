using System.Xml.Linq;

namespace Linter.Cli.Tests;

/// <summary>The release version: one place sets it, and the tool and its reports say it.</summary>
public sealed class VersionTests
{
    private static readonly string Version = (string)XDocument.Load(Path.Combine(CliRunner.RepositoryRoot, "Directory.Build.props")).Descendants("Version").Single();

    [Fact]
    public async Task Version_prints_the_release_version_of_Directory_Build_props()
    {
        var result = await CliRunner.RunProcessAsync(CliRunner.RepositoryRoot, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(Version)}(\\+[0-9a-f]+)?{Environment.NewLine}$", result.Output);
    }

    [Fact]
    public async Task Machine_readable_reports_carry_the_release_version()
    {
        var sarif = await CliRunner.RunInRepositoryAsync("check", "seeds", "--format", "sarif");
        var json = await CliRunner.RunInRepositoryAsync("check", "seeds", "--format", "json");

        Assert.Contains($"\"semanticVersion\": \"{Version}\"", sarif.Output, StringComparison.Ordinal);
        Assert.Contains($"\"version\": \"{Version}\"", json.Output, StringComparison.Ordinal);
    }
}
