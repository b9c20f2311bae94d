using System.Text.Json.Nodes;
using Linter.Cli.Output;
using Linter.Core.Diagnostics;
using Linter.Core.Rules;
using NJsonSchema;
using static Linter.Cli.Tests.TestRules;
using Linter.Core.Pipeline;

namespace Linter.Cli.Tests;

/// <summary><c>--format sarif</c>: valid against the official schema, and exact where code scanning reads it.</summary>
public sealed class SarifOutputTests
{
    private static readonly string SchemaPath = Path.Combine(CliRunner.RepositoryRoot, "tests", "Linter.Cli.Tests", "Schemas", "sarif-schema-2.1.0.json");

    [Fact]
    public async Task Sarif_for_the_seeds_validates_against_the_schema()
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);

        var result = await CliRunner.RunInRepositoryAsync("check", "seeds", "--format", "sarif");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Empty(schema.Validate(result.Output));
    }

    [Theory]
    [InlineData("\"level\": \"warning\"", "\"level\": \"fatal\"")]
    [InlineData("\"version\": \"2.1.0\",", "")]
    [InlineData("\"startLine\": 1,", "\"startLine\": 0,")]
    public async Task The_schema_check_rejects_a_broken_log(string valid, string broken)
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        var result = await CliRunner.RunInRepositoryAsync("check", "seeds", "--format", "sarif");

        var errors = schema.Validate(result.Output.Replace(valid, broken, StringComparison.Ordinal));

        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task Sarif_for_the_seeds_gives_the_reviewed_log()
    {
        var result = await CliRunner.RunInRepositoryAsync("check", "seeds", "--format", "sarif");

        // The working folder's URI is the one machine detail in the log; the golden file has a placeholder instead.
        var sourceRoot = (string)Parse(result)["runs"]![0]!["originalUriBaseIds"]!["SRCROOT"]!["uri"]!;
        Assert.Equal(CliRunner.RepositoryRoot.TrimEnd('/', '\\'), new Uri(sourceRoot).LocalPath.TrimEnd('/', '\\'));
        var actual = result.Output.Replace($"\"uri\": \"{sourceRoot}\"", "\"uri\": \"file:///REPOSITORY_ROOT/\"", StringComparison.Ordinal);
        await GoldenFile.AssertMatchesAsync("seeds.expected.sarif", actual, "seed SARIF");
    }

    [Fact]
    public async Task Every_result_points_at_its_rule_and_every_rule_the_linter_has_is_described()
    {
        var result = await CliRunner.RunInRepositoryAsync("check", "seeds", "--format", "sarif");

        var run = Parse(result)["runs"]![0]!;
        var ruleIds = run["tool"]!["driver"]!["rules"]!.AsArray().Select(rule => (string)rule!["id"]!).ToList();
        Assert.Equal(ruleIds.Order(StringComparer.Ordinal), ruleIds);
        Assert.Equal(["CL0001", "CL0002", "CL0003", "CL0004", "CL0005", "CL0006"], ruleIds.Take(6));
        Assert.Equal(6 + 33, ruleIds.Count);
        var results = run["results"]!.AsArray();
        Assert.Equal(27 + 42, results.Count);
        Assert.All(results, r => Assert.Equal((string)r!["ruleId"]!, ruleIds[(int)r["ruleIndex"]!]));
    }

    [Fact]
    public async Task Region_columns_count_utf16_code_units_on_an_arabic_line()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);

        // 📰 is two code units, قدْ and تحصّل carry a diacritic each: the match starts at code unit 13.
        folder.Write("a.txt", "سطر أول\r\n📰 قدْ تحصّل بوينغ يانغ على النفط\r\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt", "--format", "sarif");

        var run = Parse(result)["runs"]![0]!;
        Assert.Equal("utf16CodeUnits", (string)run["columnKind"]!);
        var location = run["results"]![0]!["locations"]![0]!["physicalLocation"]!;
        AssertJson(
            """
            {
              "startLine": 2,
              "startColumn": 14,
              "endLine": 2,
              "endColumn": 24,
              "snippet": { "text": "بوينغ يانغ" }
            }
            """,
            location["region"]);
        AssertJson("""{ "uri": "a.txt", "uriBaseId": "SRCROOT" }""", location["artifactLocation"]);
    }

    [Fact]
    public async Task A_fix_is_a_replacement_of_the_region_in_the_same_artifact()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write("a.txt", "سطر\nقد تحصل وبوينغ يانغ على النفط");

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt", "--format", "sarif");

        AssertJson(
            """
            [
              {
                "description": { "text": "Replace with 'بيونغ يانغ'" },
                "artifactChanges": [
                  {
                    "artifactLocation": { "uri": "a.txt", "uriBaseId": "SRCROOT" },
                    "replacements": [
                      {
                        "deletedRegion": { "startLine": 2, "startColumn": 10, "endLine": 2, "endColumn": 20 },
                        "insertedContent": { "text": "بيونغ يانغ" }
                      }
                    ]
                  }
                ]
              }
            ]
            """,
            Parse(result)["runs"]![0]!["results"]![0]!["fixes"]);
    }

    [Fact]
    public async Task Partial_fingerprint_is_the_diagnostic_fingerprint()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        const string text = "سطر\nقد تحصل بوينغ يانغ على النفط";
        folder.Write("corpus/a.txt", text);
        var ruleSet = RuleLoader.Load([new RuleFile("typos.yaml", TypoRule)]).RuleSet!;
        var diagnostic = Assert.Single(new LintEngine(ruleSet).LintText("corpus/a.txt", text));

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "sarif");

        var fingerprints = Parse(result)["runs"]![0]!["results"]![0]!["partialFingerprints"]!.AsObject();
        var fingerprint = Assert.Single(fingerprints);
        Assert.Equal(DiagnosticFingerprint.Version, fingerprint.Key);
        Assert.Equal(diagnostic.Fingerprint, (string)fingerprint.Value!);
    }

    [Fact]
    public async Task An_arabic_file_name_is_a_percent_encoded_uri()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write("أخبار/خبر 1,2.txt", "بوينغ يانغ");

        var result = await CliRunner.RunAsync(folder.Path, "check", "أخبار", "--format", "sarif");

        var artifact = Parse(result)["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
        Assert.Equal("%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%AE%D8%A8%D8%B1%201%2C2.txt", (string)artifact["uri"]!);
        Assert.Equal("SRCROOT", (string)artifact["uriBaseId"]!);
        Assert.Empty((await JsonSchema.FromFileAsync(SchemaPath)).Validate(result.Output));
    }

    [Fact]
    public async Task A_file_outside_the_working_folder_gets_an_absolute_file_uri()
    {
        using var folder = new TempFolder();
        folder.Write("work/rules/typos.yaml", TypoRule);
        var outside = folder.Write("other/a.txt", "بوينغ يانغ");

        var result = await CliRunner.RunAsync(Path.Combine(folder.Path, "work"), "check", "../other/a.txt", "--format", "sarif");

        var run = Parse(result)["runs"]![0]!;
        var artifact = run["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!.AsObject();
        Assert.Equal(outside, new Uri((string)artifact["uri"]!).LocalPath);
        Assert.False(artifact.ContainsKey("uriBaseId"));
        Assert.Equal(Path.Combine(folder.Path, "work"), new Uri((string)run["originalUriBaseIds"]!["SRCROOT"]!["uri"]!).LocalPath.TrimEnd('/', '\\'));
    }

    [Theory]
    [InlineData("error", "error", "error")]
    [InlineData("warning", "warning", "warning")]
    [InlineData("suggestion", "note", "note")]
    [InlineData("silent", "none", "note")]
    [InlineData("none", "none", null)]
    public async Task Levels_follow_the_severities(string severity, string defaultLevel, string? resultLevel)
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule.Replace("severity: warning", "severity: " + severity, StringComparison.Ordinal));
        folder.Write("a.txt", "بوينغ يانغ");

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt", "--format", "sarif");

        var run = Parse(result)["runs"]![0]!;
        var rule = run["tool"]!["driver"]!["rules"]!.AsArray().Single(r => (string)r!["id"]! == "XX1001")!;
        var expectedConfiguration = severity == "none"
            ? """{ "level": "none", "enabled": false }"""
            : $$"""{ "level": "{{defaultLevel}}" }""";
        AssertJson(expectedConfiguration, rule["defaultConfiguration"]);
        var results = run["results"]!.AsArray();
        if (resultLevel is null)
        {
            Assert.Empty(results);
        }
        else
        {
            Assert.Equal(resultLevel, (string)Assert.Single(results)!["level"]!);
            Assert.Equal(severity == "silent", results[0]!.AsObject().ContainsKey("properties"));
        }
    }

    [Fact]
    public async Task A_silent_finding_is_a_note_marked_silent()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule.Replace("severity: warning", "severity: silent", StringComparison.Ordinal));
        folder.Write("a.txt", "بوينغ يانغ");

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt", "--format", "sarif");

        AssertJson("""{ "severity": "silent" }""", Parse(result)["runs"]![0]!["results"]![0]!["properties"]);
    }

    [Fact]
    public async Task A_rule_describes_itself_with_its_help_and_help_uri()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule + "\n" + """
                description: Names of places spelled as no agency spells them.
                help: Use the spelling of the agencies.
                help_uri: https://example.org/rules/XX1001
            """);
        folder.Write("a.txt", "نص");

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt", "--format", "sarif");

        var rule = Parse(result)["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray().Single(r => (string)r!["id"]! == "XX1001");
        AssertJson(
            """
            {
              "id": "XX1001",
              "name": "PyongyangTypo",
              "shortDescription": { "text": "Pyongyang typo" },
              "fullDescription": { "text": "Names of places spelled as no agency spells them." },
              "help": { "text": "Use the spelling of the agencies." },
              "helpUri": "https://example.org/rules/XX1001",
              "defaultConfiguration": { "level": "warning" },
              "properties": { "category": "Spelling", "tags": ["Spelling"] }
            }
            """,
            rule);
    }

    [Fact]
    public async Task Without_a_description_or_help_the_rule_is_described_and_helped_by_its_title()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write("a.txt", "نص");

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt", "--format", "sarif");

        var rule = Parse(result)["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray().Single(r => (string)r!["id"]! == "XX1001")!.AsObject();
        Assert.Equal("Pyongyang typo", (string)rule["fullDescription"]!["text"]!);
        Assert.Equal("Pyongyang typo", (string)rule["help"]!["text"]!);
        Assert.False(rule.ContainsKey("helpUri"));
    }

    [Fact]
    public async Task Every_rule_has_help_as_code_scanning_requires_the_linters_own_ids_too()
    {
        var result = await CliRunner.RunInRepositoryAsync("check", "seeds", "--format", "sarif");

        var rules = Parse(result)["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.All(rules, rule => Assert.False(string.IsNullOrWhiteSpace((string?)rule!["help"]?["text"])));
        AssertJson(
            """{ "text": "Fix the line so it is one JSON object with a string text field (--jsonl-text names it) in valid UTF-8." }""",
            rules.Single(r => (string)r!["id"]! == "CL0006")!["help"]);
    }

    private const string TwoSeverities = TypoRule + """

          - id: XX1002
            kind: substitution
            title: Line word
            message: "'{match}' reads better as '{suggestion}'"
            category: Formatting
            severity: suggestion
            swap:
              سطر: خط
        """;

    [Fact]
    public async Task By_default_the_log_holds_every_finding_and_says_nothing_left_out()
    {
        using var folder = LimitCorpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "sarif");

        var run = Parse(result)["runs"]![0]!.AsObject();
        Assert.Equal(6, run["results"]!.AsArray().Count);
        Assert.False(run.ContainsKey("invocations"));
        Assert.False(run.ContainsKey("properties"));
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task A_severity_floor_and_a_cap_leave_findings_out_and_say_how_many_in_the_log_and_in_the_run()
    {
        using var folder = LimitCorpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "sarif", "--output", "out.sarif", "--sarif-min-severity", "warning", "--sarif-max-results", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "corpuslint: warning: the SARIF log leaves out 4 of 6 findings: 3 below --sarif-min-severity warning, 1 past --sarif-max-results 2, which keeps the first in output order (out.sarif)" + Environment.NewLine,
            result.Error);
        var run = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, "out.sarif")))!["runs"]![0]!;
        Assert.Equal(
            ["corpus/a.txt", "corpus/b.txt"],
            run["results"]!.AsArray().Select(r => (string)r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!));
        Assert.All(run["results"]!.AsArray(), r => Assert.Equal("XX1001", (string)r!["ruleId"]!));
        AssertJson(
            """
            [
              {
                "executionSuccessful": true,
                "toolExecutionNotifications": [
                  {
                    "level": "warning",
                    "message": { "text": "This log leaves out 4 of 6 findings: 3 below --sarif-min-severity warning, 1 past --sarif-max-results 2, which keeps the first in output order." }
                  }
                ]
              }
            ]
            """,
            run["invocations"]);
        AssertJson(
            """{ "resultsLeftOut": 4, "resultsBelowMinSeverity": 3, "resultsPastMaxResults": 1, "minSeverity": "warning", "maxResults": 2 }""",
            run["properties"]);
        Assert.Empty((await JsonSchema.FromFileAsync(SchemaPath)).Validate(File.ReadAllText(Path.Combine(folder.Path, "out.sarif"))));
    }

    [Fact]
    public async Task A_log_over_what_code_scanning_accepts_is_written_whole_with_a_warning()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write("a.txt", string.Concat(Enumerable.Repeat("بوينغ يانغ\n", SarifLimits.CodeScanningMaxResults + 1)));

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt", "--format", "sarif", "--output", "out.sarif");

        Assert.Equal(
            "corpuslint: warning: the SARIF log holds 25,001 results, and GitHub code scanning refuses a run of more than 25,000; keep it under with --sarif-max-results or --sarif-min-severity (out.sarif)" + Environment.NewLine,
            result.Error);
        Assert.Equal(25_001, JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, "out.sarif")))!["runs"]![0]!["results"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_log_still_over_the_limit_after_a_severity_floor_says_both()
    {
        using var folder = new TempFolder();
        folder.WriteRules("rules.yaml", TwoSeverities);
        folder.Write("a.txt", string.Concat(Enumerable.Repeat("سطر بوينغ يانغ\n", SarifLimits.CodeScanningMaxResults + 1)));

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt", "--format", "sarif", "--output", "out.sarif", "--sarif-min-severity", "warning");

        Assert.Equal(
            "corpuslint: warning: the SARIF log leaves out 25,001 of 50,002 findings: 25,001 below --sarif-min-severity warning; "
            + "the SARIF log holds 25,001 results, and GitHub code scanning refuses a run of more than 25,000; keep it under with --sarif-max-results or --sarif-min-severity (out.sarif)"
            + Environment.NewLine,
            result.Error);
    }

    [Theory]
    [InlineData("--sarif-max-results", "0", "--sarif-max-results must be at least 1")]
    [InlineData("--sarif-min-severity", "none", "'none'")]
    public async Task Limits_out_of_range_are_usage_errors(string option, string value, string expected)
    {
        using var folder = LimitCorpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "sarif", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    /// <summary>Three documents, each with a warning (XX1001) and a suggestion (XX1002).</summary>
    private static TempFolder LimitCorpus()
    {
        var folder = new TempFolder();
        folder.WriteRules("rules.yaml", TwoSeverities);
        foreach (var name in new[] { "a", "b", "c" })
        {
            folder.Write($"corpus/{name}.txt", "سطر\nبوينغ يانغ\n");
        }

        return folder;
    }

    [Fact]
    public async Task A_file_level_diagnostic_has_a_region_at_its_position()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.WriteBytes("image.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]);

        var result = await CliRunner.RunAsync(folder.Path, "check", "image.bin", "--format", "sarif");

        Assert.Equal(1, result.ExitCode);
        var sarif = Parse(result)["runs"]![0]!["results"]![0]!;
        Assert.Equal("CL0002", (string)sarif["ruleId"]!);
        Assert.Equal(1, (int)sarif["ruleIndex"]!);
        Assert.Equal("error", (string)sarif["level"]!);
        AssertJson("""{ "startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 1 }""", sarif["locations"]![0]!["physicalLocation"]!["region"]);
        Assert.Empty((await JsonSchema.FromFileAsync(SchemaPath)).Validate(result.Output));
    }

    [Theory]
    [InlineData("Digit glued to a word", "DigitGluedToAWord")]
    [InlineData("File is not valid UTF-8", "FileIsNotValidUTF8")]
    [InlineData("Quotation mark left open (“”)", "QuotationMarkLeftOpen")]
    [InlineData("...", "")]
    public void Rule_names_are_pascal_case_titles(string title, string expected)
    {
        Assert.Equal(expected, SarifFormatter.RuleName(title));
    }

    [Theory]
    [InlineData("/home/user/corpus", false, "file:///home/user/corpus")]
    [InlineData("/home/user/my corpus/", true, "file:///home/user/my%20corpus/")]
    [InlineData("/home/user/مقالات", true, "file:///home/user/%D9%85%D9%82%D8%A7%D9%84%D8%A7%D8%AA/")]
    [InlineData(@"C:\corpus\a#1.txt", false, "file:///C:/corpus/a%231.txt")]
    [InlineData(@"\\server\share\a.txt", false, "file://server/share/a.txt")]
    [InlineData("/", true, "file:///")]
    public void Absolute_paths_are_file_uris(string path, bool folder, string expected)
    {
        Assert.Equal(expected, FileUri.FromAbsolutePath(path, folder));
    }

    private static JsonNode Parse(CliResult result) => JsonNode.Parse(result.Output) ?? throw new InvalidOperationException("no JSON output");

    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.Equal(JsonNode.Parse(expected)!.ToJsonString(), actual?.ToJsonString());
}
