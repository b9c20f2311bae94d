using System.Text.Json.Nodes;
using static Linter.Cli.Tests.TestRules;

namespace Linter.Cli.Tests;

/// <summary>
/// <c>check --shard K/N --state FOLDER</c>, <c>merge FOLDER</c> and <c>check FILES --against FOLDER</c>: shares of a
/// corpus linted apart, their corpus states merged, and a few files judged against a saved corpus.
/// </summary>
public sealed class ShardedCheckTests
{
    private static TempFolder Corpus()
    {
        var folder = new TempFolder();
        folder.WriteRules("r.yaml", TestRules.CorpusRules);
        TestRules.WriteNews(folder);
        for (var i = 0; i < 30; i++)
        {
            folder.Write($"news/c/{i:D2}.txt", $"خبر رقم {i} عن {(i % 4 == 0 ? "زيلنسكي" : "زيلينسكي")}\n{Footer}\n{(i % 7 == 0 ? Article : string.Empty)}\n");
        }

        // Records of a JSON Lines corpus are numbered within their file, and a file is never cut.
        folder.Write("news/d/records.jsonl", string.Join('\n', Enumerable.Range(0, 12).Select(i => $$"""{"id": "r{{i}}", "text": "سجل {{i}} عن زيلنسكي\n{{(i % 3 == 0 ? Footer : Article)}}"}""")) + "\n");
        return folder;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public async Task The_shares_and_their_merge_report_exactly_what_one_check_of_the_corpus_reports(int shares)
    {
        using var folder = Corpus();
        var whole = await CliRunner.RunAsync(folder.Path, "check", "news", "--format", "json");

        var parts = new List<string>();
        for (var share = 1; share <= shares; share++)
        {
            var result = await CliRunner.RunAsync(folder.Path, "check", "news", "--shard", $"{share}/{shares}", "--state", "state", "--format", "json");
            Assert.True(result.ExitCode is 0 or 1, result.Error);
            parts.AddRange(Diagnostics(result.Output));
        }

        var merged = await CliRunner.RunAsync(folder.Path, "merge", "state", "--format", "json");
        Assert.Equal((1, string.Empty), (merged.ExitCode, merged.Error));
        parts.AddRange(Diagnostics(merged.Output));

        Assert.Equal(Diagnostics(whole.Output).Order(StringComparer.Ordinal), parts.Order(StringComparer.Ordinal));
        Assert.Equal(shares, Directory.GetFiles(Path.Combine(folder.Path, "state")).Length);
        Assert.Equal(JsonNode.Parse(whole.Output)!["summary"]!["files"]!.GetValue<int>(), JsonNode.Parse(merged.Output)!["summary"]!["files"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_share_reports_its_documents_and_the_merge_reports_across_documents()
    {
        using var folder = Corpus();

        var first = await CliRunner.RunAsync(folder.Path, "check", "news/a", "news/b", "--shard", "1/2", "--state", "state");
        var second = await CliRunner.RunAsync(folder.Path, "check", "news/a", "news/b", "--shard", "2/2", "--state", "state");
        var merged = await CliRunner.RunAsync(folder.Path, "merge", "state");
        var whole = await CliRunner.RunAsync(folder.Path, "check", "news/a", "news/b");

        // These documents have findings across documents only (CorpusRulesCheckTests gives them line by line): the
        // shares report none, and the merge reports every one, as one check does.
        Assert.Equal((0, "2 files linted: 0 errors, 0 warnings, 0 suggestions" + Environment.NewLine), (first.ExitCode, first.Output));
        Assert.Equal((0, "2 files linted: 0 errors, 0 warnings, 0 suggestions" + Environment.NewLine), (second.ExitCode, second.Output));
        Assert.Equal((1, whole.Output), (merged.ExitCode, merged.Output));
        Assert.EndsWith("4 files linted: 1 error, 1 warning, 2 suggestions" + Environment.NewLine, merged.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_refuses_a_folder_that_lacks_shares_and_names_them()
    {
        using var folder = Corpus();
        await CliRunner.RunAsync(folder.Path, "check", "news", "--shard", "2/4", "--state", "state");

        var result = await CliRunner.RunAsync(folder.Path, "merge", "state");

        Assert.Equal((2, string.Empty), (result.ExitCode, result.Output));
        Assert.Equal("corpuslint: error: state: shares 1, 3, 4 of 4 are missing; run them, then merge" + Environment.NewLine, result.Error);
    }

    [Fact]
    public async Task Merge_refuses_the_shares_of_two_runs_in_one_folder()
    {
        using var folder = Corpus();
        await CliRunner.RunAsync(folder.Path, "check", "news", "--shard", "1/2", "--state", "state");
        await CliRunner.RunAsync(folder.Path, "check", "news", "--shard", "2/2", "--state", "state");
        await CliRunner.RunAsync(folder.Path, "check", "news", "--shard", "1/3", "--state", "state");

        var result = await CliRunner.RunAsync(folder.Path, "merge", "state");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "corpuslint: error: state: holds the states of 2 different runs or corpora: state/corpus.1-of-2.clstate, state/corpus.2-of-2.clstate (2 shares); state/corpus.1-of-3.clstate (3 shares); keep one run's files" + Environment.NewLine,
            result.Error);
    }

    [Fact]
    public async Task Merge_refuses_shares_of_a_corpus_that_changed_between_them()
    {
        using var folder = Corpus();
        await CliRunner.RunAsync(folder.Path, "check", "news", "--shard", "1/2", "--state", "state");
        folder.Write("news/a/4.txt", Article + " جديد\n");
        await CliRunner.RunAsync(folder.Path, "check", "news", "--shard", "2/2", "--state", "state");

        var result = await CliRunner.RunAsync(folder.Path, "merge", "state");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("corpuslint: error: state: holds the states of 2 different runs or corpora: state/corpus.1-of-2.clstate (2 shares); state/corpus.2-of-2.clstate (2 shares)", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--shard", "1/2" }, "--shard needs --state FOLDER, where the share's corpus state is saved for 'corpuslint merge'")]
    [InlineData(new[] { "--shard", "3/2", "--state", "state" }, "--shard '3/2': expected K/N with 1 <= K <= N, such as 2/8")]
    [InlineData(new[] { "--shard", "0/2", "--state", "state" }, "--shard '0/2': expected K/N with 1 <= K <= N, such as 2/8")]
    [InlineData(new[] { "--against", "state", "--state", "state" }, "--against judges a few files against a saved corpus state and saves none; --state cannot be combined with it")]
    [InlineData(new[] { "--fix", "--state", "state" }, "--fix cannot be combined with --shard, --state or --against: fix first, then check")]
    [InlineData(new[] { "--against", "missing" }, "missing: no such folder of corpus states; write one with 'corpuslint check PATHS --state missing'")]
    public async Task Sharding_options_that_cannot_work_are_usage_errors(string[] options, string message)
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, ["check", "news", .. options]);

        Assert.Equal((2, $"corpuslint: error: {message}{Environment.NewLine}"), (result.ExitCode, result.Error));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "state")));
    }

    [Fact]
    public async Task A_staged_copy_of_a_saved_article_is_flagged_with_the_saved_one_as_its_related_place()
    {
        using var folder = Corpus();
        var saved = await CliRunner.RunAsync(folder.Path, "check", "news", "--state", "state");
        Assert.Equal(1, saved.ExitCode);
        folder.Write("news/b/2.txt", "قال زيلينسكي إن الهجوم فشل\n\n" + Footer + "\n");
        folder.Write("news/b/3.txt", "رد زيلنسكي على الخبر\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "news/b/2.txt", "news/b/3.txt", "--against", "state");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            Lines(
                "news/b/2.txt(1,1): error XX2002: Same text as news/a/2.txt",
                "    news/a/2.txt(1,1): first occurrence",
                "news/b/3.txt(1,4): warning XX3003: «زيلنسكي»: the corpus writes «زيلينسكي» (زيلينسكي ×25, زيلنسكي ×22)",
                "2 files linted: 1 error, 1 warning, 0 suggestions"),
            result.Output);
    }

    [Fact]
    public async Task A_saved_article_judged_again_is_not_a_copy_of_itself_and_only_its_own_findings_are_reported()
    {
        using var folder = Corpus();
        await CliRunner.RunAsync(folder.Path, "check", "news", "--state", "state");
        folder.Write("news/a/3.txt", "رد زيلنسكي على المنتقدين\n" + Footer + "\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "news/a/3.txt", "news/a/1.txt", "--against", "state");

        // news/a/1.txt is the same text as its saved version, and news/a/3.txt a near one: neither is reported as a
        // copy of itself. Their saved versions still count in the corpus's counts (5 documents of news/a, not 3).
        Assert.Equal(
            Lines(
                "news/a/3.txt(1,4): warning XX3003: «زيلنسكي»: the corpus writes «زيلينسكي» (زيلينسكي ×24, زيلنسكي ×22)",
                "news/a/3.txt(2,1): suggestion XX2004: In 3 of the 5 documents of news/a",
                "    news/a/2.txt(3,1): first occurrence",
                "2 files linted: 0 errors, 1 warning, 1 suggestion"),
            result.Output);
    }

    [Fact]
    public async Task A_state_saved_with_other_rules_is_refused_with_what_changed()
    {
        using var folder = Corpus();
        await CliRunner.RunAsync(folder.Path, "check", "news", "--state", "state");
        folder.WriteRules("r.yaml", TestRules.CorpusRules.Replace("min_documents: 2", "min_documents: 3", StringComparison.Ordinal));

        var result = await CliRunner.RunAsync(folder.Path, "check", "news/a/1.txt", "--against", "state");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("corpuslint: error: state/corpus.1-of-1.clstate: made by corpuslint 0.1.0 with another rule set: XX2004 changed" + Environment.NewLine, result.Error);
    }

    private static IEnumerable<string> Diagnostics(string json) =>
        JsonNode.Parse(json)!["diagnostics"]!.AsArray().Select(diagnostic => diagnostic!.ToJsonString());

    private static string Lines(params string[] lines) => string.Join(Environment.NewLine, lines) + Environment.NewLine;
}
