using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using NJsonSchema;
using static Linter.Cli.Tests.TestRules;

namespace Linter.Cli.Tests;

/// <summary><c>check</c> on JSON Lines corpora and on standard input.</summary>
public sealed class JsonlInputTests
{
    /// <summary>Records with ids, one without, malformed lines between good ones, Arabic and escapes in the text.</summary>
    private static readonly byte[] CorpusBytes = [
        .. Encoding.UTF8.GetBytes(
            """
            {"id": "a1", "source": {"site": "x"}, "text": "سطر أول\nفي المقابل قد تحصل بوينغ يانغ على النفط"}
            {"text": "بوينغ يانغ"}
            {"id": "broken", "text": oops}
            {"id": 4, "text": "\"\u0627\u0644\u062e\u0628\u0631\"\r\n\tبوينغ يانغ"}

            {"id": "n", "text": 5}
            {"id": "clean", "text": "كلام نظيف"}

            """),
        .. "{\"id\": \"latin1\", \"text\": \"caf"u8, 0xE9, .. "\"}\n"u8,
        .. "{\"id\": \"last\", \"text\": \"بوينغ يانغ\"}"u8,
    ];

    private static readonly string ExpectedConsole = string.Join(
        Environment.NewLine,
        "corpus.jsonl#a1(2,20): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'",
        "corpus.jsonl#L2(1,1): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'",
        "corpus.jsonl#broken(3,1): error CL0006: Line 3 is not valid JSON at byte 26 of the line: 'o' is an invalid start of a value; the record was not linted",
        "corpus.jsonl#4(2,2): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'",
        "corpus.jsonl#n(6,1): error CL0006: Line 6 has a field 'text' that is not a string (a number); the record was not linted",
        "corpus.jsonl#L8(8,1): error CL0006: Line 8 is not valid UTF-8 (byte 30 of the line); the record was not linted",
        "corpus.jsonl#last(1,1): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'",
        "8 files linted: 3 errors, 4 warnings, 0 suggestions",
        string.Empty);

    [Fact]
    public async Task Each_record_is_a_document_shown_as_file_hash_id_in_record_order()
    {
        using var folder = Corpus("corpus.jsonl", CorpusBytes);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus.jsonl");

        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(ExpectedConsole, result.Output);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task Gzip_and_zstd_corpora_give_the_same_report()
    {
        using var folder = Corpus("corpus.jsonl", CorpusBytes);
        folder.WriteBytes("corpus.jsonl.gz", Compress(CorpusBytes, stream => new GZipStream(stream, CompressionLevel.Optimal)));
        folder.WriteBytes("corpus.ndjson.zst", Compress(CorpusBytes, stream => new ZstdSharp.CompressionStream(stream)));

        var gzip = await CliRunner.RunAsync(folder.Path, "check", "corpus.jsonl.gz");
        var zstd = await CliRunner.RunAsync(folder.Path, "check", "corpus.ndjson.zst");

        Assert.Equal(ExpectedConsole.Replace("corpus.jsonl#", "corpus.jsonl.gz#", StringComparison.Ordinal), gzip.Output);
        Assert.Equal(ExpectedConsole.Replace("corpus.jsonl#", "corpus.ndjson.zst#", StringComparison.Ordinal), zstd.Output);
    }

    [Fact]
    public async Task Fields_are_chosen_by_option()
    {
        using var folder = Corpus("c.jsonl", Encoding.UTF8.GetBytes("{\"key\": \"k9\", \"body\": \"x بوينغ يانغ\", \"text\": 1}\n"));

        var result = await CliRunner.RunAsync(folder.Path, "check", "c.jsonl", "--jsonl-text", "body", "--jsonl-id", "key");

        Assert.Equal(
            "c.jsonl#k9(1,3): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'" + Environment.NewLine + "1 file linted: 0 errors, 1 warning, 0 suggestions" + Environment.NewLine,
            result.Output);
    }

    [Fact]
    public async Task Every_format_names_the_record_and_sarif_and_github_place_it_in_the_corpus_file()
    {
        using var folder = Corpus("corpus.jsonl", CorpusBytes);

        var json = await CliRunner.RunAsync(folder.Path, "check", "corpus.jsonl", "--format", "json");
        var sarif = await CliRunner.RunAsync(folder.Path, "check", "corpus.jsonl", "--format", "sarif");
        var github = await CliRunner.RunAsync(folder.Path, "check", "corpus.jsonl", "--format", "github");

        // JSON keeps the record's own lines and columns, and adds where the span is written in the file.
        Assert.Contains(
            Compact("\"path\":\"corpus.jsonl#a1\",\"line\":2,\"column\":20,\"endLine\":2,\"endColumn\":30,\"message\":\"'بوينغ يانغ' should be 'بيونغ يانغ'\",\"text\":\"بوينغ يانغ\",\"file\":{\"path\":\"corpus.jsonl\",\"line\":1,\"column\":76,\"endLine\":1,\"endColumn\":86},"),
            Compact(json.Output),
            StringComparison.Ordinal);
        Assert.Contains("\"summary\":{\"files\":8,\"error\":3,\"warning\":4,", Compact(json.Output), StringComparison.Ordinal);

        // Record 4 writes \"الخبر\" as escapes, and \r\n\t: the span's columns are those of the characters as written.
        var locations = JsonNode.Parse(sarif.Output)!["runs"]![0]!["results"]!.AsArray().Select(result => Compact(result!["locations"]![0]!.ToJsonString())).ToList();
        Assert.Equal(
            [
                Location(1, 76, 86, "a1"),
                Location(2, 11, 21, "L2"),
                Location(3, 1, 1, "broken"),
                Location(4, 60, 70, "4"),
                Location(6, 1, 1, "n"),
                Location(8, 1, 1, "L8"),
                Location(9, 25, 35, "last"),
            ],
            locations);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(CliRunner.RepositoryRoot, "tests", "Linter.Cli.Tests", "Schemas", "sarif-schema-2.1.0.json"));
        Assert.Empty(schema.Validate(sarif.Output));
        Assert.DoesNotContain("\"fixes\"", sarif.Output, StringComparison.Ordinal);
        Assert.StartsWith(
            "::warning file=corpus.jsonl,line=1,col=76,endLine=1,endColumn=86,title=XX1001 (record a1)::'بوينغ يانغ' should be 'بيونغ يانغ'" + Environment.NewLine
            + "::warning file=corpus.jsonl,line=2,col=11,endLine=2,endColumn=21,title=XX1001 (record L2)::'بوينغ يانغ' should be 'بيونغ يانغ'" + Environment.NewLine
            + "::error file=corpus.jsonl,line=3,col=1,endLine=3,endColumn=1,title=CL0006 (record broken)::Line 3 is not valid JSON at byte 26 of the line: 'o' is an invalid start of a value; the record was not linted" + Environment.NewLine
            + "::warning file=corpus.jsonl,line=4,col=60,endLine=4,endColumn=70,title=XX1001 (record 4)::'بوينغ يانغ' should be 'بيونغ يانغ'" + Environment.NewLine,
            github.Output,
            StringComparison.Ordinal);

        static string Location(int line, int column, int endColumn, string record) =>
            $$$"""{"physicalLocation":{"artifactLocation":{"uri":"corpus.jsonl","uriBaseId":"SRCROOT"},"region":{"startLine":{{{line}}},"startColumn":{{{column}}},"endLine":{{{line}}},"endColumn":{{{endColumn}}}}},"logicalLocations":[{"name":"{{{record}}}","fullyQualifiedName":"corpus.jsonl#{{{record}}}","kind":"object"}]}""";
    }

    [Fact]
    public async Task Reports_in_files_are_the_same_as_on_standard_output()
    {
        using var folder = Corpus("corpus.jsonl", CorpusBytes);
        var json = await CliRunner.RunAsync(folder.Path, "check", "corpus.jsonl", "--format", "json");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus.jsonl", "--format", "json", "--output", "out/report.json");

        Assert.Equal(json.Output, await File.ReadAllTextAsync(Path.Combine(folder.Path, "out", "report.json")));
        Assert.Equal(ExpectedConsole, result.Output);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Path, "out"), "*.tmp"));
    }

    [Fact]
    public async Task Files_and_corpora_together_go_in_path_order()
    {
        using var folder = Corpus("corpus/b.jsonl", Encoding.UTF8.GetBytes("{\"id\": \"r\", \"text\": \"بوينغ يانغ\"}\n"));
        folder.Write("corpus/a.txt", "بوينغ يانغ");
        folder.Write("corpus/c.txt", "\nبوينغ يانغ");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--parallel", "1");

        Assert.Equal(
            string.Join(
                Environment.NewLine,
                "corpus/a.txt(1,1): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'",
                "corpus/b.jsonl#r(1,1): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'",
                "corpus/c.txt(2,1): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'",
                "3 files linted: 0 errors, 3 warnings, 0 suggestions",
                string.Empty),
            result.Output);
    }

    [Fact]
    public async Task Standard_input_is_one_document()
    {
        using var folder = Corpus("unused.txt", []);

        var result = await CliRunner.RunWithInputAsync(folder.Path, "سطر\nبوينغ يانغ", "check", "-");

        Assert.Equal(
            "<stdin>(2,1): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'" + Environment.NewLine + "1 file linted: 0 errors, 1 warning, 0 suggestions" + Environment.NewLine,
            result.Output);
    }

    [Fact]
    public async Task Standard_input_can_be_a_jsonl_stream()
    {
        using var folder = Corpus("unused.txt", []);

        var result = await CliRunner.RunWithInputAsync(folder.Path, CorpusBytes, "check", "-", "--stdin-format", "jsonl");

        Assert.Equal(ExpectedConsole.Replace("corpus.jsonl#", "<stdin>#", StringComparison.Ordinal), result.Output);
    }

    [Theory]
    [InlineData("fix", "corpus.jsonl")]
    [InlineData("baseline", "corpus.jsonl")]
    [InlineData("check", "corpus.jsonl", "--fix")]
    [InlineData("fix", "-")]
    public async Task Commands_that_write_files_refuse_jsonl_and_standard_input(params string[] args)
    {
        using var folder = Corpus("corpus.jsonl", CorpusBytes);

        var result = await CliRunner.RunAsync(folder.Path, args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("corpuslint: error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(args[1] == "-" ? "standard input" : "JSON Lines", result.Error, StringComparison.Ordinal);
    }

    private static string Compact(string json) => System.Text.RegularExpressions.Regex.Replace(json, @"\s+", string.Empty);

    private static TempFolder Corpus(string name, byte[] bytes)
    {
        var folder = new TempFolder();
        folder.Write("rules/typos.yaml", TypoRule);
        folder.WriteBytes(name, bytes);
        return folder;
    }

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var compressed = compressor(output))
        {
            compressed.Write(bytes);
        }

        return output.ToArray();
    }
}
