using Linter.Tests.Shared;

namespace Linter.Cli.Tests;

/// <summary>
/// The shipped leftover rule (CL1008) from the command line: check and fix over a corpus of two sources, and sources
/// named by a pattern over file names.
/// </summary>
public sealed class LeftoverCommandTests
{
    private const string EndMark = "// انتهى //";

    private static readonly string ShippedRules = Path.Combine(CliRunner.RepositoryRoot, "rules");





    /// <summary>Two sentences of article <paramref name="i"/> (0 to 55), each line long enough that no two articles' lines share a shape.</summary>
    private static string Body(int i) => $"{GeneratedNews.Lead(i)}.\n{GeneratedNews.Follow(i)}.\n";

    private static string Byline(int i) => $"مراسل- الوكالة- {GeneratedNews.Cities[(i + 4) % 13]}: ";

    private static string WireArticle(int i) => Byline(i) + Body(i) + EndMark + "\n";

    /// <summary>news/a/: 25 wire articles with a byline and the end mark; news/b/: 25 articles, one with the end mark (b/12).</summary>
    private static TempFolder Corpus()
    {
        var folder = new TempFolder();
        for (var i = 0; i < 25; i++)
        {
            folder.Write($"news/a/{i:D2}.txt", WireArticle(i));
            folder.Write($"news/b/{i:D2}.txt", i == 12 ? Body(25 + i) + EndMark + "\n" : Body(25 + i));
        }

        return folder;
    }

    [Fact]
    public async Task Check_reports_the_leftovers_of_one_source_after_the_documents_and_none_in_the_other()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "news", "--rules", ShippedRules);

        var leftovers = result.Output.Split(Environment.NewLine).Where(line => line.Contains(" CL1008: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "news/a/00.txt(1,1): warning CL1008: Leftover of the page (lead-in) in 25 of the 25 documents of news/a: «مراسل- الوكالة- أبها:»",
                "news/a/00.txt(3,1): warning CL1008: Leftover of the page (line) in 25 of the 25 documents of news/a: «// انتهى //»",
                "news/a/01.txt(1,1): warning CL1008: Leftover of the page (lead-in) in 25 of the 25 documents of news/a: «مراسل- الوكالة- تبوك:»",
                "news/a/01.txt(3,1): warning CL1008: Leftover of the page (line) in 25 of the 25 documents of news/a: «// انتهى //»",
            ],
            leftovers.Take(4));
        Assert.Equal(50, leftovers.Count);
        Assert.DoesNotContain(leftovers, line => line.StartsWith("news/b/", StringComparison.Ordinal));
        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("50 files linted: 0 errors, 50 warnings, 0 suggestions" + Environment.NewLine, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_deletes_the_lead_in_and_the_end_mark_and_keeps_every_other_byte()
    {
        using var folder = Corpus();
        var crlf = folder.Write("news/a/07.txt", WireArticle(7).Replace("\n", "\r\n", StringComparison.Ordinal));

        var result = await CliRunner.RunAsync(folder.Path, "fix", "news", "--rules", ShippedRules);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("news/a/00.txt: fixed CL1008 ×2" + Environment.NewLine, result.Output, StringComparison.Ordinal);
        Assert.Equal(Body(0), await File.ReadAllTextAsync(Path.Combine(folder.Path, "news/a/00.txt")));
        Assert.Equal(Body(7).Replace("\n", "\r\n", StringComparison.Ordinal), await File.ReadAllTextAsync(crlf));
        Assert.Equal(Body(37) + EndMark + "\n", await File.ReadAllTextAsync(Path.Combine(folder.Path, "news/b/12.txt")));
    }

    [Fact]
    public async Task A_source_pattern_counts_the_files_of_one_folder_as_two_sources_by_their_name_prefix()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 25; i++)
        {
            folder.Write($"papers/EG{i:D4}.txt", Body(i) + EndMark + "\n");
            folder.Write($"papers/MA{i:D4}.txt", i == 3 ? Body(25 + i) + EndMark + "\n" : Body(25 + i));
        }

        var byFolder = await CliRunner.RunAsync(folder.Path, "check", "papers", "--rules", ShippedRules);
        var byPrefix = await CliRunner.RunAsync(folder.Path, "check", "papers", "--rules", ShippedRules, "--source-pattern", "/(?<source>[A-Z]{2})[^/]*$");

        // One folder is one source: the end mark is in 26 of its 50 documents, the one in MA0003 among them.
        Assert.Contains("papers/MA0003.txt(3,1): warning CL1008: Leftover of the page (line) in 26 of the 50 documents of papers: «// انتهى //»", byFolder.Output, StringComparison.Ordinal);

        // By prefix, EG's end marks are EG's leftovers, and MA's single one is no evidence in MA.
        var leftovers = byPrefix.Output.Split(Environment.NewLine).Where(line => line.Contains(" CL1008: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            Enumerable.Range(0, 25).Select(i => $"papers/EG{i:D4}.txt(3,1): warning CL1008: Leftover of the page (line) in 25 of the 25 documents of EG: «// انتهى //»"),
            leftovers);
        Assert.Equal(0, byPrefix.ExitCode);
    }

    [Theory]
    [InlineData("/(?<source>[A-Z]{2}", "--source-pattern '/(?<source>[A-Z]{2}' is not a valid regular expression: a '(' is never closed (at character 19)")]
    [InlineData("/([A-Z]{2})[^/]*$", "--source-pattern '/([A-Z]{2})[^/]*$' has no group named 'source'; write it as (?<source>...)")]
    public async Task A_source_pattern_that_is_invalid_or_has_no_source_group_is_a_usage_error(string pattern, string message)
    {
        using var folder = new TempFolder();
        folder.Write("papers/EG0001.txt", Body(0));

        var result = await CliRunner.RunAsync(folder.Path, "check", "papers", "--rules", ShippedRules, "--source-pattern", pattern);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }
}
