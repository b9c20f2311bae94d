using System.Diagnostics;

namespace Linter.Cli.Tests;

/// <summary>
/// Kills <c>corpuslint fix</c> mid-run on a large corpus, as a crash or Ctrl+C would, and checks that every file is
/// whole: either as it was or completely fixed, never torn or half-written.
/// </summary>
public sealed class InterruptedFixTests
{
    private const int CopiesPerSeed = 400;
    private static readonly string SeedsFolder = Path.Combine(CliRunner.RepositoryRoot, "seeds");
    private static readonly string FixedSeedsFolder = Path.Combine(CliRunner.RepositoryRoot, "tests", "Linter.Cli.Tests", "Golden", "seeds-fixed");

    [Fact]
    public async Task A_fix_killed_mid_run_leaves_every_file_old_or_new_and_a_second_run_finishes_the_job()
    {
        using var folder = new TempFolder();
        var originals = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var fixedVersions = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var seed in Directory.GetFiles(SeedsFolder).Order(StringComparer.Ordinal))
        {
            var original = await File.ReadAllBytesAsync(seed);
            var fixedVersion = await File.ReadAllBytesAsync(Path.Combine(FixedSeedsFolder, Path.GetFileName(seed)));
            for (var copy = 0; copy < CopiesPerSeed; copy++)
            {
                var path = folder.WriteBytes(Path.Combine("corpus", $"{copy:D4}-{Path.GetFileName(seed)}"), original);
                originals[path] = original;
                fixedVersions[path] = fixedVersion;
            }
        }

        var started = DateTime.UtcNow;
        using (var process = StartCli(folder.Path, "fix", "corpus", "--rules", Path.Combine(CliRunner.RepositoryRoot, "rules"), "--parallel", "1"))
        {
            // Two files fixed, not one: on a loaded machine the process may get no time in the delay after its first.
            await WaitForFixedFilesAsync(Path.Combine(folder.Path, "corpus"), started, process, count: 2);

            // Into the thick of the run, where a write is as likely to be under way as not.
            await Task.Delay(200);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var (unchanged, fixedCount) = (0, 0);
        foreach (var (path, original) in originals)
        {
            var now = await File.ReadAllBytesAsync(path);
            if (now.AsSpan().SequenceEqual(original))
            {
                unchanged++;
            }
            else
            {
                Assert.True(now.AsSpan().SequenceEqual(fixedVersions[path]), $"{path} is neither its old nor its fixed version");
                fixedCount++;
            }
        }

        Assert.True(fixedCount > 1 && unchanged > 0, $"the run was not interrupted mid-way: {fixedCount} fixed, {unchanged} unchanged");
        Assert.All(
            Directory.GetFiles(Path.Combine(folder.Path, "corpus"), "*.corpuslint.tmp"),
            leftover => Assert.StartsWith(".", Path.GetFileName(leftover), StringComparison.Ordinal));

        var second = await CliRunner.RunAsync(folder.Path, "fix", "corpus", "--rules", Path.Combine(CliRunner.RepositoryRoot, "rules"));

        Assert.Equal(0, second.ExitCode);
        Assert.All(fixedVersions, pair => Assert.Equal(pair.Value, File.ReadAllBytes(pair.Key)));
    }

    /// <summary>Starts the built command line as a child process, the way a user runs it.</summary>
    private static Process StartCli(string workingDirectory, params string[] args)
    {
        var process = CliRunner.StartProcess(workingDirectory, args);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits until <paramref name="count"/> files of <paramref name="corpus"/> are fixed (renamed into place; the temporary files are hidden).</summary>
    private static async Task WaitForFixedFilesAsync(string corpus, DateTime started, Process process, int count)
    {
        var deadline = Stopwatch.StartNew();
        while (Directory.EnumerateFiles(corpus).Count(file => !Path.GetFileName(file).StartsWith('.') && File.GetLastWriteTimeUtc(file) > started) < count)
        {
            if (process.HasExited)
            {
                Assert.Fail($"corpuslint exited ({process.ExitCode}) before fixing {count} files");
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(2), $"corpuslint fixed fewer than {count} files within two minutes");
            await Task.Delay(10);
        }
    }
}
