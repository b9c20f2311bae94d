using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Linter.Cli.Tests;

/// <summary>The shipped leftover rule (CL1008) on one real outlet's articles, from the development corpus beside the checkout.</summary>
public sealed class LeftoverRealCorpusTests
{
    private const string Outlet = "real-news/saudinewsnet/was";

    private static readonly string ShippedRules = Path.Combine(CliRunner.RepositoryRoot, "rules");

    [RealNewsFact]
    public async Task Every_wire_end_mark_is_flagged_and_no_finding_is_on_a_line_of_article_text()
    {
        using var folder = new TempFolder();
        Extract(RealNewsFactAttribute.Archive, folder.Path, Outlet);
        var files = Directory.GetFiles(Path.Combine(folder.Path, Outlet)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(369, files.Count);

        var result = await CliRunner.RunAsync(folder.Path, "check", Outlet, "--rules", ShippedRules, "--format", "json");

        var findings = JsonNode.Parse(result.Output)!["diagnostics"]!.AsArray()
            .Where(d => (string)d!["id"]! == "CL1008")
            .Select(d => ((string)d!["path"]!, (int)d["line"]!))
            .ToHashSet();
        var lines = files.ToDictionary(file => Outlet + "/" + Path.GetFileName(file), File.ReadAllLines);
        var endMarks = lines.SelectMany(file => file.Value.Select((line, i) => (file.Key, Line: i + 1, Text: line.Trim())))
            .Where(line => line.Text == "// انتهى //")
            .Select(line => (line.Key, line.Line))
            .ToList();
        Assert.Equal(322, endMarks.Count);
        Assert.DoesNotContain(endMarks, endMark => !findings.Contains(endMark));

        // A finding on a long line would delete a sentence of the article.
        Assert.DoesNotContain(findings, finding => lines[finding.Item1][finding.Item2 - 1].Length > 80);
    }

    /// <summary>Extracts <paramref name="member"/> of a tar.xz archive into <paramref name="folder"/>.</summary>
    private static void Extract(string archive, string folder, string member)
    {
        var start = new ProcessStartInfo("tar") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-xJf", archive, "-C", folder, member })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "tar failed: " + error);
    }
}

/// <summary>A test that reads the development corpus, <c>../shared/corpora/real-news.tar.xz</c> beside the checkout; skipped where it is absent.</summary>
internal sealed class RealNewsFactAttribute : FactAttribute
{
    public static readonly string Archive = Path.GetFullPath(Path.Combine(CliRunner.RepositoryRoot, "..", "shared", "corpora", "real-news.tar.xz"));

    public RealNewsFactAttribute()
    {
        if (!File.Exists(Archive))
        {
            Skip = "the development corpus is not at " + Archive;
        }
    }
}
