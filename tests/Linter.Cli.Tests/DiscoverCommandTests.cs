using System.Text.Json;

namespace Linter.Cli.Tests;

public sealed class DiscoverCommandTests
{
    private static readonly string ShippedRules = Path.Combine(CliRunner.RepositoryRoot, "rules");
    private static readonly string[] Verbs = ["والتقى", "واستقبل", "وهاتف"];
    private static readonly string[] Guests = ["وزير الخارجية", "سفير فرنسا", "وفدا أوروبيا", "رئيس الحكومة", "قائد الجيش"];
    private static readonly string[] Topics = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الحادي عشر", "الثاني عشر"];

    /// <summary>
    /// Two outlets: outlet-a writes نتانياهو and ends 6 of its 8 articles with its app widget; outlet-b writes
    /// نتنياهو and glues its name before the first line of 3 of its 4 articles. A widget line in another
    /// outlet's article is not that outlet's leftover, so the rule scoped to outlet-a leaves it.
    /// </summary>
    private static TempFolder Corpus()
    {
        var folder = new TempFolder();
        for (var i = 0; i < 12; i++)
        {
            var outlet = i < 8 ? "outlet-a" : "outlet-b";
            var name = i < 8 ? "نتانياهو" : "نتنياهو";
            var lead = i >= 9 ? "صدى الشرق - " : string.Empty;
            var widget = i < 6 ? "\nحمّل تطبيق الوطن الآن" : string.Empty;
            folder.Write(
                $"corpus/{outlet}/{i:00}.txt",
                $"{lead}وقال رئيس الوزراء الإسرائيلي {name} إن الاجتماع {Topics[i]} مع الحلفاء تناول الدعم العسكري والاقتصادي.\n{Verbs[i % 3]} {name} {Guests[i % 5]} في كييف.{widget}\n");
        }

        return folder;
    }

    [Fact]
    public async Task Variants_prints_each_family_with_its_forms_counts_and_sources()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "discover", "variants", "corpus", "--rules", ShippedRules, "--dictionary", TestDictionary.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """
            1 spelling families that no loaded rule lists, in 12 documents (272 words).

            1. 2 forms, 24 occurrences, context similarity 0.96; preferred (the majority): نتانياهو
               COUNT  DOCS  SOURCES             FORM
                  16     8  corpus/outlet-a 16  نتانياهو
                   8     4  corpus/outlet-b 8   نتنياهو

            """.ReplaceLineEndings(),
            result.Output);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Variants_out_writes_a_consistency_rule_that_rules_test_and_check_accept()
    {
        using var folder = Corpus();

        var discover = await CliRunner.RunAsync(folder.Path, "discover", "variants", "corpus", "--rules", ShippedRules, "--out", "found/variants.yaml", "--format", "json", "--dictionary", TestDictionary.Path);
        var test = await CliRunner.RunAsync(folder.Path, "rules", "test", "--rules", "found/variants.yaml");
        var check = await CliRunner.RunAsync(folder.Path, "check", "corpus/outlet-b/08.txt", "--rules", "found/variants.yaml");

        Assert.Equal(0, discover.ExitCode);
        Assert.Equal("corpuslint: wrote the rules of 1 families to found/variants.yaml.\n".ReplaceLineEndings(), discover.Error);
        using var json = JsonDocument.Parse(discover.Output);
        var family = json.RootElement.GetProperty("families")[0];
        Assert.Equal("نتانياهو", family.GetProperty("preferred").GetString());
        Assert.Equal(24, family.GetProperty("occurrences").GetInt32());
        Assert.Equal("corpus/outlet-b", family.GetProperty("forms")[1].GetProperty("sources")[0].GetProperty("source").GetString());
        Assert.Contains("forms: ['نتانياهو', 'نتنياهو']", family.GetProperty("yaml").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, test.ExitCode);
        Assert.Equal("1 rules loaded (2 diagnostic ids); every example passed.\n".ReplaceLineEndings(), test.Output);
        Assert.Equal(
            """
            corpus/outlet-b/08.txt(1,30): suggestion CL3900: «نتنياهو» is written «نتانياهو» in most of this corpus
            corpus/outlet-b/08.txt(2,7): suggestion CL3900: «نتنياهو» is written «نتانياهو» in most of this corpus
            1 file linted: 0 errors, 0 warnings, 2 suggestions

            """.ReplaceLineEndings(),
            check.Output);
    }

    [Fact]
    public async Task Spellings_a_loaded_rule_lists_are_not_discovered()
    {
        using var folder = Corpus();
        folder.Write("listed.yaml", """
            rules:
              - id: CL3001
                kind: consistency
                title: Zelensky
                message: "use '{suggestion}'"
                category: Transliteration
                severity: suggestion
                families:
                  - name: Zelensky
                    preferred: نتانياهو
                    forms: [نتانياهو, زيلينسكى]
            """);

        var result = await CliRunner.RunAsync(folder.Path, "discover", "variants", "corpus", "--rules", "listed.yaml", "--dictionary", TestDictionary.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("0 spelling families that no loaded rule lists", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Boilerplate_prints_candidates_ranked_with_their_sources()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "discover", "boilerplate", "corpus", "--rules", ShippedRules, "--min-documents", "3", "--min-source-documents", "4");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """
            2 recurring leftovers in 12 documents from 2 sources.

            RANK  SCORE  PLACEMENT  KIND     DOCS  SOURCES (DOCS/OF)    TEXT
               1  0.750  line       widget   6     corpus/outlet-a 6/8  حمّل تطبيق الوطن الآن
               2  0.750  prefix     lead-in  3     corpus/outlet-b 3/4  صدى الشرق -

            """.ReplaceLineEndings(),
            result.Output);
    }

    [Fact]
    public async Task Boilerplate_out_writes_rules_scoped_to_each_source_s_files()
    {
        using var folder = Corpus();
        folder.Write("corpus/outlet-b/99.txt", "خبر آخر\nحمّل تطبيق الوطن الآن\n");

        var discover = await CliRunner.RunAsync(folder.Path, "discover", "boilerplate", "corpus", "--rules", ShippedRules, "--min-documents", "3", "--min-source-documents", "4", "--out", "found.yaml");
        var test = await CliRunner.RunAsync(folder.Path, "rules", "test", "--rules", "found.yaml");
        var check = await CliRunner.RunAsync(folder.Path, "check", "corpus/outlet-a/00.txt", "corpus/outlet-b/99.txt", "corpus/outlet-b/11.txt", "--rules", "found.yaml");

        Assert.Equal(0, discover.ExitCode);
        var rules = File.ReadAllText(Path.Combine(folder.Path, "found.yaml"));
        Assert.Contains("    files: ['corpus/outlet-a/*']\n", rules, StringComparison.Ordinal);
        Assert.Contains("    scope: phrase\n", rules, StringComparison.Ordinal);
        Assert.Contains("      - '^\\s*صدي\\s+[\\w.]+\\s*-'\n", rules, StringComparison.Ordinal);
        Assert.Equal(0, test.ExitCode);
        Assert.Equal(
            """
            corpus/outlet-a/00.txt(3,1): warning CL1900: Leftover line of corpus/outlet-a pages: «حمّل تطبيق الوطن الآن»
            corpus/outlet-b/11.txt(1,1): warning CL1901: Leftover lead-in or tail of corpus/outlet-b pages: «صدى الشرق -»
            3 files linted: 0 errors, 2 warnings, 0 suggestions

            """.ReplaceLineEndings(),
            check.Output);
    }

    [Fact]
    public async Task Json_lines_records_take_their_source_from_a_field_and_malformed_records_are_skipped_with_their_position()
    {
        using var folder = new TempFolder();
        var lines = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            lines.Add(JsonSerializer.Serialize(new { id = i, site = i < 5 ? "alpha" : "beta", body = $"خبر {Topics[i]} عن الاقتصاد\nتابعوا قناة ألفا على واتساب" }));
        }

        lines.Insert(2, "{\"id\": 9, \"site\": \"alpha\"");
        folder.Write("news.jsonl", string.Join("\n", lines) + "\n");

        var result = await CliRunner.RunAsync(folder.Path, "discover", "boilerplate", "news.jsonl", "--jsonl-text", "body", "--jsonl-source", "site", "--rules", ShippedRules, "--min-source-documents", "5", "--format", "json", "--out", "found.yaml");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("news.jsonl(3,1): warning: Line 3 is not valid JSON", result.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(6, json.RootElement.GetProperty("documents").GetInt32());
        var candidate = json.RootElement.GetProperty("candidates")[0];
        Assert.Equal("تابعوا قناة ألفا على واتساب", candidate.GetProperty("text").GetString());
        Assert.Equal("alpha", candidate.GetProperty("sources")[0].GetProperty("source").GetString());
        Assert.True(candidate.GetProperty("sources")[0].GetProperty("boilerplate").GetBoolean());
        Assert.Equal(1, candidate.GetProperty("sources").GetArrayLength());
        var rules = File.ReadAllText(Path.Combine(folder.Path, "found.yaml"));
        Assert.DoesNotContain("files:", rules, StringComparison.Ordinal);
        Assert.Contains("the source is a JSON Lines field", rules, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("corpuslint: error: path not found: missing", "discover", "variants", "missing")]
    [InlineData("corpuslint: error: corpus is both a path of the corpus and the --out file", "discover", "variants", "corpus", "--out", "corpus")]
    [InlineData("corpuslint: error: --min-share must be between 0 and 1", "discover", "boilerplate", "corpus", "--min-share", "2")]
    [InlineData("corpuslint: error: --min-occurrences must be at least 1", "discover", "variants", "corpus", "--min-occurrences", "0")]
    [InlineData("corpuslint: error: missing.dic: cannot read the dictionary: ", "discover", "variants", "corpus", "--dictionary", "missing.dic")]
    [InlineData("corpuslint: error: missing.dic: cannot read the dictionary: ", "report", "corpus", "--html", "r.html", "--dictionary", "missing.dic")]
    public async Task Bad_input_is_an_error_with_exit_code_2(string message, params string[] args)
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, [.. args, "--rules", ShippedRules]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(message, result.Error, StringComparison.Ordinal);
    }
}

public sealed class RuleFilesScopeTests
{
    private static string Rule(string glob) => $$"""
        rules:
          - id: CL1901
            kind: boilerplate
            title: Widget
            message: 'Widget: «{match}»'
            category: Boilerplate
            severity: warning
            files: ['{{glob}}']
            phrases: [حمل التطبيق الآن]
        """;

    [Theory]
    [InlineData("data/*", 1)]
    [InlineData("data/news.jsonl", 1)]
    [InlineData("other/*", 0)]
    public async Task A_json_lines_record_is_in_scope_when_its_corpus_file_matches(string glob, int expected)
    {
        using var folder = new TempFolder();
        folder.Write("data/news.jsonl", "{\"id\": \"a1\", \"text\": \"خبر\\nحمل التطبيق الآن\"}\n");
        folder.Write("rule.yaml", Rule(glob));

        var result = await CliRunner.RunAsync(folder.Path, "check", "data", "--rules", "rule.yaml");

        Assert.Equal(expected, result.Output.Split('\n').Count(line => line.StartsWith("data/news.jsonl#a1(2,1): warning CL1901", StringComparison.Ordinal)));
    }
}
