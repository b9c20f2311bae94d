using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;
using static Linter.Cli.Tests.TestRules;

namespace Linter.Cli.Tests;

/// <summary>
/// A JSON Lines corpus is linted in flat memory: the built command line, run as a child process on a generated
/// corpus of seed articles, peaks under 300 MB, and a corpus twice as large costs no more than 1.2 times as much.
/// One substitution rule keeps the run short; what is measured is the reading, the batching and the reports.
/// </summary>
public sealed class JsonlMemoryTests(ITestOutputHelper log)
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>Arabic as UTF-8, as corpora hold it, rather than as \u escapes.</summary>
    private static readonly JsonSerializerOptions RelaxedEscaping = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task Memory_stays_flat_as_the_corpus_grows()
    {
        using var folder = new TempFolder();
        folder.Write("rules/typos.yaml", TypoRule);
        var corpus = Path.Combine(folder.Path, "big.jsonl");

        var records = WriteCorpus(corpus, 300 * Megabyte);
        var (peak, report) = await MeasureAsync(folder.Path);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"\"files\": {records},"), report, StringComparison.Ordinal);

        var twiceRecords = WriteCorpus(corpus, 600 * Megabyte);
        var (twicePeak, twiceReport) = await MeasureAsync(folder.Path);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"\"files\": {twiceRecords},"), twiceReport, StringComparison.Ordinal);

        log.WriteLine($"peak resident memory: {peak / Megabyte} MB on 300 MB ({records} records), {twicePeak / Megabyte} MB on 600 MB ({twiceRecords} records)");
        Assert.True(peak < 300 * Megabyte, $"peak {peak / Megabyte} MB on 300 MB");
        Assert.True(twicePeak <= peak * 1.2, $"peak {twicePeak / Megabyte} MB on 600 MB against {peak / Megabyte} MB on 300 MB");
    }

    /// <summary>Writes records of the seed articles, in turn, up to <paramref name="size"/> bytes; returns how many.</summary>
    private static int WriteCorpus(string path, long size)
    {
        var texts = Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, "seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(file => JsonSerializer.Serialize(File.ReadAllText(file), RelaxedEscaping))
            .ToList();
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 20);
        var count = 0;
        while (stream.Position < size)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{{\"id\": \"r{count}\", \"text\": {texts[count % texts.Count]}}}\n"));
            count++;
        }

        return count;
    }

    /// <summary>Runs <c>check big.jsonl --format json --output out.json</c> and returns its peak resident memory and the report.</summary>
    private static async Task<(long Peak, string Report)> MeasureAsync(string workingDirectory)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "corpuslint.dll"), "check", "big.jsonl", "--format", "json", "--output", "out.json" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var peak = 0L;
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakResident(process));
            if (deadline.Elapsed > TimeSpan.FromMinutes(2))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("check ran past 2 minutes");
            }

            await Task.Delay(50);
        }

        Assert.True(process.ExitCode is 0 or 1, $"exit {process.ExitCode}: {await error}");
        Assert.Equal(string.Empty, await error);
        Assert.Contains(" files linted: 0 errors, ", await output, StringComparison.Ordinal);
        Assert.True(peak > 0, "no memory reading");
        return (peak, await File.ReadAllTextAsync(Path.Combine(workingDirectory, "out.json")));
    }

    /// <summary>The process's peak resident set so far: VmHWM on Linux, where it is exact; the peak working set elsewhere.</summary>
    private static long PeakResident(Process process)
    {
        try
        {
            var status = $"/proc/{process.Id}/status";
            if (File.Exists(status))
            {
                var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                if (line is not null)
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }

            process.Refresh();
            return process.PeakWorkingSet64;
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            // The process ended between the check and the read.
            return 0;
        }
    }
}
