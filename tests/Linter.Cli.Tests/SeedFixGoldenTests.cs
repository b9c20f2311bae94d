namespace Linter.Cli.Tests;

/// <summary>
/// <c>fix</c> over a copy of seeds/ with rules/, compared byte for byte with the reviewed, checked-in folder
/// Golden/seeds-fixed, and the dry run's diff with Golden/seeds-fix.expected.diff. On a mismatch the actual
/// output is written next to the expected one (*.actual.*, ignored by git) to diff against.
/// </summary>
public sealed class SeedFixGoldenTests
{
    private static readonly string GoldenFolder = Path.Combine(CliRunner.RepositoryRoot, "tests", "Linter.Cli.Tests", "Golden");
    private static readonly string RulesFolder = Path.Combine(CliRunner.RepositoryRoot, "rules");

    [Fact]
    public async Task Fixing_the_seeds_gives_the_reviewed_files()
    {
        using var folder = CopyOfSeeds();

        var result = await CliRunner.RunAsync(folder.Path, "fix", "seeds", "--rules", RulesFolder);

        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith(
            "Fixed 61 findings in 5 files." + Environment.NewLine + "5 files linted: 0 errors, 0 warnings, 3 suggestions" + Environment.NewLine,
            result.Output);
        var mismatches = new List<string>();
        foreach (var expectedPath in Directory.GetFiles(Path.Combine(GoldenFolder, "seeds-fixed"), "*.txt").Where(p => !p.Contains(".actual.", StringComparison.Ordinal)))
        {
            var name = Path.GetFileName(expectedPath);
            var actual = await File.ReadAllBytesAsync(Path.Combine(folder.Path, "seeds", name));
            var actualPath = Path.ChangeExtension(expectedPath, ".actual.txt");
            var expected = await File.ReadAllBytesAsync(expectedPath);
            if (!actual.SequenceEqual(expected))
            {
                await File.WriteAllBytesAsync(actualPath, actual);
                mismatches.Add($"diff {expectedPath} {actualPath}");
            }
            else
            {
                File.Delete(actualPath);
            }
        }

        Assert.True(mismatches.Count == 0, "The fixed seeds changed; review, and copy each actual file over its expected one if every change is right:\n" + string.Join('\n', mismatches));
    }

    [Fact]
    public async Task The_dry_run_diff_of_the_seeds_is_the_reviewed_one_and_changes_nothing()
    {
        using var folder = CopyOfSeeds();
        var before = Directory.GetFiles(Path.Combine(folder.Path, "seeds")).ToDictionary(path => path, File.ReadAllBytes);

        var result = await CliRunner.RunAsync(folder.Path, "fix", "seeds", "--rules", RulesFolder, "--dry-run");

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("Would fix 61 findings in 5 files." + Environment.NewLine + "5 files linted: 0 errors, 0 warnings, 3 suggestions" + Environment.NewLine, result.Error);
        var expectedPath = Path.Combine(GoldenFolder, "seeds-fix.expected.diff");
        var actualPath = Path.Combine(GoldenFolder, "seeds-fix.actual.diff");
        if (await File.ReadAllTextAsync(expectedPath) != result.Output)
        {
            await File.WriteAllTextAsync(actualPath, result.Output);
            Assert.Fail($"The seed fix diff changed; review 'diff {expectedPath} {actualPath}' and copy the actual file over the expected one if every change is right.");
        }

        File.Delete(actualPath);
        Assert.All(before, pair => Assert.Equal(pair.Value, File.ReadAllBytes(pair.Key)));
    }

    [Fact]
    public async Task Fixing_the_fixed_seeds_changes_nothing()
    {
        using var folder = CopyOfSeeds();
        await CliRunner.RunAsync(folder.Path, "fix", "seeds", "--rules", RulesFolder);

        var again = await CliRunner.RunAsync(folder.Path, "fix", "seeds", "--rules", RulesFolder);

        Assert.Equal(
            "Fixed 0 findings in 0 files." + Environment.NewLine + "5 files linted: 0 errors, 0 warnings, 3 suggestions" + Environment.NewLine,
            again.Output);
    }

    /// <summary>A writable copy of seeds/ (the checked-in files may be read-only) in a temporary folder.</summary>
    private static TempFolder CopyOfSeeds()
    {
        var folder = new TempFolder();
        foreach (var seed in Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, "seeds")))
        {
            folder.WriteBytes(Path.Combine("seeds", Path.GetFileName(seed)), File.ReadAllBytes(seed));
        }

        return folder;
    }
}
