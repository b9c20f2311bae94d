using System.Text.Json.Nodes;
using NJsonSchema;
using static Linter.Cli.Tests.TestRules;

namespace Linter.Cli.Tests;

/// <summary>Rules across documents in <c>check</c>, <c>baseline</c> and <c>fix</c>: reported after the documents, in every format.</summary>
public sealed class CorpusRulesCheckTests
{
    private const string Rules = TestRules.CorpusRules + "\n" + """
          - id: XX5004
            kind: pattern
            title: Trailing whitespace
            message: Trailing whitespace
            category: Formatting
            severity: suggestion
            regex: '[ \t]+$'
            replacement: ''
        """;

    private static readonly string SchemaPath = Path.Combine(CliRunner.RepositoryRoot, "tests", "Linter.Cli.Tests", "Schemas", "sarif-schema-2.1.0.json");

    private static TempFolder Corpus()
    {
        var folder = new TempFolder();
        folder.WriteRules("r.yaml", Rules);
        TestRules.WriteNews(folder);

        // A trailing space for the pattern rule XX5004.
        folder.Write("news/a/2.txt", "قال زيلينسكي إن الهجوم فشل \n\n" + Footer + "\n");
        return folder;
    }

    [Fact]
    public async Task Findings_across_documents_come_after_the_documents_with_their_related_places()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "news", "--rules", "rules");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            Lines(
                "news/a/2.txt(1,27): suggestion XX5004: Trailing whitespace",
                "news/a/2.txt(3,1): suggestion XX2004: In 2 of the 3 documents of news/a",
                "news/a/3.txt(1,4): warning XX3003: «زيلنسكي»: the corpus writes «زيلينسكي» (زيلينسكي ×2, زيلنسكي ×1)",
                "news/a/3.txt(2,1): suggestion XX2004: In 2 of the 3 documents of news/a",
                "    news/a/2.txt(3,1): first occurrence",
                "news/b/1.txt(1,1): error XX2002: Same text as news/a/1.txt",
                "    news/a/1.txt(1,1): first occurrence",
                "4 files linted: 1 error, 1 warning, 3 suggestions"),
            result.Output);
    }

    [Fact]
    public async Task The_output_is_the_same_at_any_parallelism()
    {
        using var folder = Corpus();
        for (var i = 0; i < 40; i++)
        {
            folder.Write($"news/c/{i:D2}.txt", $"خبر رقم {i} عن زيلنسكي\n{Footer}\n{(i % 3 == 0 ? Article : string.Empty)}\n");
        }

        var one = await CliRunner.RunAsync(folder.Path, "check", "news", "--rules", "rules", "--parallel", "1", "--format", "json");
        var four = await CliRunner.RunAsync(folder.Path, "check", "news", "--rules", "rules", "--parallel", "4", "--format", "json");

        Assert.Equal(one.Output, four.Output);
        Assert.Contains("\"XX2002\"", one.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_findings_across_documents_come_out_in_order_at_any_parallelism_in_every_format()
    {
        // More findings than one thread renders at once, so several chunks are rendered side by side.
        using var folder = Corpus();
        for (var i = 0; i < 1_500; i++)
        {
            folder.Write($"news/c/{i:D4}.txt", $"خبر رقم {i}\n{Footer}\n");
        }

        string[] formats = ["json", "sarif", "gitlab"];
        var one = await CliRunner.RunAsync(folder.Path, ["check", "news", "--rules", "rules", "--parallel", "1", .. formats.SelectMany(format => new[] { "--format", format, "--output", $"one.{format}" })]);
        var two = await CliRunner.RunAsync(folder.Path, ["check", "news", "--rules", "rules", "--parallel", "2", .. formats.SelectMany(format => new[] { "--format", format, "--output", $"two.{format}" })]);

        Assert.Equal(1, one.ExitCode);
        Assert.Equal(1, two.ExitCode);
        foreach (var format in formats)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(folder.Path, $"one.{format}")), File.ReadAllText(Path.Combine(folder.Path, $"two.{format}")));
        }

        var repeated = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, "one.json")))!["diagnostics"]!.AsArray().Where(d => (string)d!["id"]! == "XX2004").Select(d => (string)d!["path"]!).ToList();
        Assert.Equal(1_502, repeated.Count);
        Assert.Equal(repeated.Order(StringComparer.Ordinal), repeated);
    }

    [Fact]
    public async Task Json_gives_related_places_and_counts_them_in_the_summary()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "news", "--rules", "rules", "--format", "json");

        var json = JsonNode.Parse(result.Output)!;
        var duplicate = json["diagnostics"]!.AsArray().Single(d => (string)d!["id"]! == "XX2002")!;
        Assert.Equal("news/b/1.txt", (string)duplicate["path"]!);
        Assert.Equal(string.Empty, (string)duplicate["text"]!);
        Assert.Equal(
            """[{"path":"news/a/1.txt","line":1,"column":1,"endLine":1,"endColumn":1,"message":"first occurrence"}]""",
            duplicate["related"]!.ToJsonString());
        var majority = json["diagnostics"]!.AsArray().Single(d => (string)d!["id"]! == "XX3003")!;
        Assert.Equal("زيلينسكي", (string)majority["fix"]!["edits"]![0]!["newText"]!);
        Assert.False(json["diagnostics"]![0]!.AsObject().ContainsKey("related"));
        Assert.Equal(1, (int)json["summary"]!["error"]!);
        Assert.Equal(3, (int)json["summary"]!["suggestion"]!);
    }

    [Fact]
    public async Task Sarif_gives_related_locations_and_validates_against_the_schema()
    {
        using var folder = Corpus();
        var schema = await JsonSchema.FromFileAsync(SchemaPath);

        var result = await CliRunner.RunAsync(folder.Path, "check", "news", "--rules", "rules", "--format", "sarif");

        Assert.Empty(schema.Validate(result.Output));
        var results = JsonNode.Parse(result.Output)!["runs"]![0]!["results"]!.AsArray();
        var duplicate = results.Single(r => (string)r!["ruleId"]! == "XX2002")!;
        var related = Assert.Single(duplicate["relatedLocations"]!.AsArray())!;
        Assert.Equal(1, (int)related["id"]!);
        Assert.Equal("news/a/1.txt", (string)related["physicalLocation"]!["artifactLocation"]!["uri"]!);
        Assert.Equal("SRCROOT", (string)related["physicalLocation"]!["artifactLocation"]!["uriBaseId"]!);
        Assert.Equal(1, (int)related["physicalLocation"]!["region"]!["startLine"]!);
        Assert.Equal("first occurrence", (string)related["message"]!["text"]!);
    }

    [Fact]
    public async Task GitHub_annotations_include_findings_across_documents()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "news", "--rules", "rules", "--format", "github");

        Assert.Contains("::error file=news/b/1.txt,line=1,col=1,endLine=1,endColumn=1,title=XX2002::Same text as news/a/1.txt" + Environment.NewLine, result.Output, StringComparison.Ordinal);
        Assert.EndsWith("4 files linted: 1 error, 1 warning, 3 suggestions" + Environment.NewLine, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_baseline_holds_back_findings_across_documents_like_any_other()
    {
        using var folder = Corpus();
        var baseline = await CliRunner.RunAsync(folder.Path, "baseline", "news", "--rules", "rules");
        Assert.Equal(0, baseline.ExitCode);
        Assert.Contains("XX2002", await File.ReadAllTextAsync(Path.Combine(folder.Path, ".corpuslint-baseline.json")), StringComparison.Ordinal);

        var result = await CliRunner.RunAsync(folder.Path, "check", "news", "--rules", "rules");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Lines("4 files linted: 0 errors, 0 warnings, 0 suggestions (5 more in the baseline)"), result.Output);
    }

    [Fact]
    public async Task Json_lines_records_take_their_source_from_the_field_jsonl_source_names()
    {
        using var folder = new TempFolder();
        folder.WriteRules("r.yaml", Rules);
        var records = string.Join('\n', new[] { "x", "y", "x" }.Select((source, i) =>
            new JsonObject { ["id"] = $"r{i}", ["outlet"] = source, ["text"] = $"خبر {i}\n{Footer}" }.ToJsonString()));
        folder.Write("news.jsonl", records + "\n");

        var bySource = await CliRunner.RunAsync(folder.Path, "check", "news.jsonl", "--rules", "rules", "--jsonl-source", "outlet");
        var oneSource = await CliRunner.RunAsync(folder.Path, "check", "news.jsonl", "--rules", "rules");

        Assert.Equal(
            Lines(
                "news.jsonl#r0(2,1): suggestion XX2004: In 2 of the 2 documents of x",
                "news.jsonl#r2(2,1): suggestion XX2004: In 2 of the 2 documents of x",
                "    news.jsonl#r0(2,1): first occurrence",
                "3 files linted: 0 errors, 0 warnings, 2 suggestions"),
            bySource.Output);
        Assert.Contains("news.jsonl#r1(2,1): suggestion XX2004: In 3 of the 3 documents of .", oneSource.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_counts_the_corpus_first_then_writes_the_majority_spelling_and_reports_what_remains()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "news", "--rules", "rules", "--fix");

        Assert.Equal("رد زيلينسكي على زيلينسكي\n" + Footer + "\n", await File.ReadAllTextAsync(Path.Combine(folder.Path, "news/a/3.txt")));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            Lines(
                "news/a/2.txt: fixed XX5004",
                "news/a/3.txt: fixed XX3003",
                "Fixed 2 findings in 2 files.",
                "news/a/2.txt(3,1): suggestion XX2004: In 2 of the 3 documents of news/a",
                "news/a/3.txt(2,1): suggestion XX2004: In 2 of the 3 documents of news/a",
                "    news/a/2.txt(3,1): first occurrence",
                "news/b/1.txt(1,1): error XX2002: Same text as news/a/1.txt",
                "    news/a/1.txt(1,1): first occurrence",
                "4 files linted: 1 error, 0 warnings, 2 suggestions"),
            result.Output);
    }

    private static string Lines(params string[] lines) => string.Concat(lines.Select(line => line + Environment.NewLine));
}
