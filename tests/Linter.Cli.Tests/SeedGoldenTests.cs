namespace Linter.Cli.Tests;

/// <summary>
/// The whole JSON output of linting seeds/ with rules/, compared with a reviewed, checked-in file. On a mismatch
/// the actual output is written next to it (seeds.actual.json, ignored by git) to diff against.
/// </summary>
public sealed class SeedGoldenTests
{
    private static readonly string GoldenFolder = Path.Combine(CliRunner.RepositoryRoot, "tests", "Linter.Cli.Tests", "Golden");

    [Fact]
    public async Task Linting_the_seeds_gives_the_reviewed_json()
    {
        var result = await CliRunner.RunInRepositoryAsync("check", "seeds", "--format", "json");

        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(0, result.ExitCode);
        var expectedPath = Path.Combine(GoldenFolder, "seeds.expected.json");
        var actualPath = Path.Combine(GoldenFolder, "seeds.actual.json");
        var expected = File.Exists(expectedPath) ? await File.ReadAllTextAsync(expectedPath) : string.Empty;
        if (expected != result.Output)
        {
            await File.WriteAllTextAsync(actualPath, result.Output);
            Assert.Fail($"The seed diagnostics changed; review 'diff {expectedPath} {actualPath}' and copy the actual file over the expected one if every change is right.");
        }

        File.Delete(actualPath);
    }

    [Fact]
    public async Task Every_report_is_identical_whatever_the_parallelism()
    {
        var folder = Directory.CreateTempSubdirectory("corpuslint-parallel-");
        try
        {
            string[] formats = ["json", "sarif", "github", "gitlab", "junit", "console"];
            async Task<string[]> Reports(string parallel)
            {
                var files = formats.Select(format => Path.Combine(folder.FullName, $"{parallel}.{format}")).ToArray();
                var result = await CliRunner.RunInRepositoryAsync(
                    ["check", "seeds", "--parallel", parallel, .. formats.Zip(files).SelectMany(pair => new[] { "--format", pair.First, "--output", pair.Second })]);
                Assert.Equal(0, result.ExitCode);
                return [result.Output, .. await Task.WhenAll(files.Select(file => File.ReadAllTextAsync(file)))];
            }

            var sequential = await Reports("1");
            var parallel = await Reports("8");

            Assert.Equal(sequential, parallel);

            // A report file gets its bytes as they are rendered; standard output here gets them decoded.
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(GoldenFolder, "seeds.expected.json")), parallel[1]);
            Assert.Equal(sequential[0], parallel[1 + Array.IndexOf(formats, "console")]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Seeds_fail_the_gate_at_warning_level()
    {
        var result = await CliRunner.RunInRepositoryAsync("check", "seeds", "--fail-level", "warning");

        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith("5 files linted: 0 errors, 27 warnings, 42 suggestions" + Environment.NewLine, result.Output);
    }
}
