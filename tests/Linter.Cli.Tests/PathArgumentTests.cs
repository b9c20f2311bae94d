using static Linter.Cli.Tests.TestRules;

namespace Linter.Cli.Tests;

/// <summary>
/// Paths given on the command line, as pre-commit passes them: named files are linted (or fixed) exactly, hidden
/// or not, and nothing else from their folders; only walking a folder skips hidden files and build output.
/// </summary>
public sealed class PathArgumentTests
{
    private const string Flagged = "قد تحصل بوينغ يانغ على النفط\n";

    /// <summary>A corpus where every file is flagged once, so each linted file shows in the output.</summary>
    private static TempFolder Corpus()
    {
        var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        foreach (var file in new[] { "corpus/a.txt", "corpus/b.txt", "corpus/c.txt", "corpus/.hidden.txt", "corpus/.drafts/d.txt", "corpus/bin/e.txt", "corpus/sub/f.txt" })
        {
            folder.Write(file, Flagged);
        }

        return folder;
    }

    private static List<string> LintedPaths(string output) =>
        [.. output.Split(Environment.NewLine).Where(line => line.Contains(": warning XX1001:", StringComparison.Ordinal)).Select(line => line[..line.IndexOf('(', StringComparison.Ordinal)])];

    [Fact]
    public async Task Named_files_are_linted_and_nothing_else_from_their_folder()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus/c.txt", "corpus/a.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["corpus/a.txt", "corpus/c.txt"], LintedPaths(result.Output));
        Assert.EndsWith("2 files linted: 0 errors, 2 warnings, 0 suggestions" + Environment.NewLine, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Named_hidden_files_and_files_in_skipped_folders_are_linted()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus/.hidden.txt", "corpus/.drafts/d.txt", "corpus/bin/e.txt");

        Assert.Equal(["corpus/.drafts/d.txt", "corpus/.hidden.txt", "corpus/bin/e.txt"], LintedPaths(result.Output));
        Assert.EndsWith("3 files linted: 0 errors, 3 warnings, 0 suggestions" + Environment.NewLine, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Walking_a_folder_skips_hidden_files_and_build_output()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(["corpus/a.txt", "corpus/b.txt", "corpus/c.txt", "corpus/sub/f.txt"], LintedPaths(result.Output));
    }

    [Theory]
    [InlineData("", "corpus", "corpus/a.txt,corpus/b.txt,corpus/c.txt,corpus/sub/f.txt")]
    [InlineData("corpus", ".", "a.txt,b.txt,c.txt,sub/f.txt")]
    [InlineData("corpus/sub", "..", "{0}/corpus/a.txt,{0}/corpus/b.txt,{0}/corpus/c.txt,f.txt")]
    [InlineData("corpus/sub", "../sub", "f.txt")]
    [InlineData("rules", "../corpus/sub", "{0}/corpus/sub/f.txt")]
    public async Task Files_walked_are_shown_relative_to_the_working_folder_when_inside_it_and_in_full_when_not(string workingFolder, string path, string shown)
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(Path.Combine(folder.Path, workingFolder), "check", path, "--rules", Path.Combine(folder.Path, "rules"));

        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, shown, folder.Path).Split(','), LintedPaths(result.Output));
    }

    [Fact]
    public async Task A_file_named_twice_or_also_inside_a_named_folder_is_linted_once()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus/sub/f.txt", "./corpus/sub/f.txt", "corpus/sub", Path.Combine(folder.Path, "corpus", "sub", "f.txt"));

        Assert.Equal(["corpus/sub/f.txt"], LintedPaths(result.Output));
        Assert.EndsWith("1 file linted: 0 errors, 1 warning, 0 suggestions" + Environment.NewLine, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_changes_the_named_files_only()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "fix", "corpus/b.txt", "corpus/.hidden.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("قد تحصل بيونغ يانغ على النفط\n", await File.ReadAllTextAsync(Path.Combine(folder.Path, "corpus", "b.txt")));
        Assert.Equal("قد تحصل بيونغ يانغ على النفط\n", await File.ReadAllTextAsync(Path.Combine(folder.Path, "corpus", ".hidden.txt")));
        foreach (var untouched in new[] { "a.txt", "c.txt", "sub/f.txt", ".drafts/d.txt", "bin/e.txt" })
        {
            Assert.Equal(Flagged, await File.ReadAllTextAsync(Path.Combine(folder.Path, "corpus", untouched)));
        }
    }
}
