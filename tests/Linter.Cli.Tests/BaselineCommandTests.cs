using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Linter.Cli.Tests;

public sealed class BaselineCommandTests
{
    private const string Rules = """
        rules:
          - id: XX1001
            kind: substitution
            title: Pyongyang typo
            message: "'{match}' should be '{suggestion}'"
            category: Spelling
            severity: warning
            swap:
              بوينغ يانغ: بيونغ يانغ
          - id: XX1002
            kind: substitution
            title: Washington spelling
            message: "'{match}' is usually spelled '{suggestion}'"
            category: Spelling
            severity: suggestion
            swap:
              واشنطون: واشنطن
        """;

    private const string BaselineName = ".corpuslint-baseline.json";

    /// <summary>Four findings in two of three files: one in a.txt, three in b.txt (two of them on lines of the same content).</summary>
    private static TempFolder Corpus()
    {
        var folder = new TempFolder();
        folder.WriteRules("rules.yaml", Rules);
        folder.Write("corpus/a.txt", "مقدمة الخبر\nقد تحصل بوينغ يانغ على النفط\nخاتمة\n");
        folder.Write("corpus/b.txt", "زار الوفد واشنطون أمس\nبوينغ يانغ\nبوينغ يانغ\n");
        folder.Write("corpus/c.txt", "نص سليم\n");
        return folder;
    }

    private static async Task<TempFolder> BaselinedCorpusAsync()
    {
        var folder = Corpus();
        var result = await CliRunner.RunAsync(folder.Path, "baseline", "corpus");
        Assert.Equal(0, result.ExitCode);
        return folder;
    }

    private static string Lines(params string[] lines) => string.Concat(lines.Select(line => line + Environment.NewLine));

    private static string Read(TempFolder folder, string relativePath) => File.ReadAllText(Path.Combine(folder.Path, relativePath), Encoding.UTF8);

    private static void Append(TempFolder folder, string relativePath, string text) => folder.Write(relativePath, Read(folder, relativePath) + text);

    private static void Prepend(TempFolder folder, string relativePath, string text) => folder.Write(relativePath, text + Read(folder, relativePath));

    private static JsonArray Findings(TempFolder folder, string relativePath = BaselineName) =>
        JsonNode.Parse(Read(folder, relativePath))!["findings"]!.AsArray();

    private static List<string> PathsIn(TempFolder folder, string relativePath = BaselineName) =>
        [.. Findings(folder, relativePath).Select(finding => finding!["path"]!.GetValue<string>())];

    [Fact]
    public async Task Baseline_writes_the_findings_and_says_how_many_in_how_many_files()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "baseline", "corpus");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Lines("Wrote .corpuslint-baseline.json: 4 findings in 2 of 3 files."), result.Output);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(["corpus/a.txt", "corpus/b.txt", "corpus/b.txt"], PathsIn(folder));
        Assert.Equal(["XX1001", "XX1001", "XX1002"], Findings(folder).Select(finding => finding!["id"]!.GetValue<string>()));
        Assert.Equal([1, 2, 1], Findings(folder).Select(finding => finding!["count"]!.GetValue<int>()));
    }

    [Fact]
    public async Task The_baseline_file_is_written_atomically_and_ends_with_a_newline()
    {
        using var folder = Corpus();

        await CliRunner.RunAsync(folder.Path, "baseline", "corpus");
        await CliRunner.RunAsync(folder.Path, "baseline", "corpus");

        var bytes = File.ReadAllBytes(Path.Combine(folder.Path, BaselineName));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.corpuslint.tmp", SearchOption.AllDirectories));
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.NotEqual((byte)'\n', bytes[^2]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Contains("بوينغ يانغ", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_baseline_twice_writes_byte_identical_files()
    {
        using var folder = Corpus();
        var path = Path.Combine(folder.Path, BaselineName);

        var first = await CliRunner.RunAsync(folder.Path, "baseline", "corpus", "--parallel", "1");
        var firstBytes = File.ReadAllBytes(path);
        var second = await CliRunner.RunAsync(folder.Path, "baseline", "corpus", "--parallel", "4");

        Assert.Equal(first.Output, second.Output);
        Assert.Equal(firstBytes, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Check_after_baseline_prints_only_the_summary_and_passes_at_any_fail_level()
    {
        using var folder = await BaselinedCorpusAsync();

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--fail-level", "suggestion");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Lines("3 files linted: 0 errors, 0 warnings, 0 suggestions (4 more in the baseline)"), result.Output);
        Assert.Equal(string.Empty, result.Error);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("suggestion", 1)]
    public async Task A_new_finding_is_the_only_one_reported_and_the_exit_code_follows_the_fail_level(string failLevel, int expected)
    {
        using var folder = await BaselinedCorpusAsync();
        Append(folder, "corpus/c.txt", "وصل الوفد إلى بوينغ يانغ\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--fail-level", failLevel);

        Assert.Equal(expected, result.ExitCode);
        Assert.Equal(
            Lines(
                "corpus/c.txt(2,15): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'",
                "3 files linted: 0 errors, 1 warning, 0 suggestions (4 more in the baseline)"),
            result.Output);
    }

    [Fact]
    public async Task A_third_copy_of_a_finding_counted_twice_is_reported()
    {
        using var folder = await BaselinedCorpusAsync();
        Append(folder, "corpus/b.txt", "بوينغ يانغ\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Lines(
                "corpus/b.txt(4,1): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'",
                "3 files linted: 0 errors, 1 warning, 0 suggestions (4 more in the baseline)"),
            result.Output);
    }

    [Fact]
    public async Task Inserting_lines_above_a_baselined_finding_does_not_bring_it_back()
    {
        using var folder = await BaselinedCorpusAsync();
        Prepend(folder, "corpus/a.txt", "عاجل\n\nتحديث: سطر جديد\n");
        Prepend(folder, "corpus/b.txt", "عاجل\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--fail-level", "suggestion");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Lines("3 files linted: 0 errors, 0 warnings, 0 suggestions (4 more in the baseline)"), result.Output);
    }

    [Fact]
    public async Task Update_drops_the_findings_that_were_fixed()
    {
        using var folder = await BaselinedCorpusAsync();
        var fix = await CliRunner.RunAsync(folder.Path, "fix", "corpus/a.txt");

        var result = await CliRunner.RunAsync(folder.Path, "baseline", "corpus", "--update");

        Assert.Equal(0, fix.ExitCode);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Lines("Updated .corpuslint-baseline.json: 3 findings kept, 1 dropped."), result.Output);
        Assert.Equal(["corpus/b.txt", "corpus/b.txt"], PathsIn(folder));
        Assert.DoesNotContain("corpus/a.txt", Read(folder, BaselineName), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.corpuslint.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Update_lowers_a_count_when_one_of_its_copies_is_gone()
    {
        using var folder = await BaselinedCorpusAsync();
        folder.Write("corpus/b.txt", "زار الوفد واشنطون أمس\nبوينغ يانغ\n");

        var result = await CliRunner.RunAsync(folder.Path, "baseline", "corpus", "--update");

        Assert.Equal(Lines("Updated .corpuslint-baseline.json: 3 findings kept, 1 dropped."), result.Output);
        Assert.Equal([1, 1, 1], Findings(folder).Select(finding => finding!["count"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Update_does_not_add_a_new_finding()
    {
        using var folder = await BaselinedCorpusAsync();
        var before = Read(folder, BaselineName);
        Append(folder, "corpus/c.txt", "وصل الوفد إلى بوينغ يانغ\n");

        var update = await CliRunner.RunAsync(folder.Path, "baseline", "corpus", "--update");
        var check = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--fail-level", "warning");

        Assert.Equal(Lines("Updated .corpuslint-baseline.json: 4 findings kept, 0 dropped."), update.Output);
        Assert.Equal(before, Read(folder, BaselineName));
        Assert.Equal(1, check.ExitCode);
        Assert.StartsWith("corpus/c.txt(2,15): warning XX1001:", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_keeps_the_findings_of_files_it_was_not_given()
    {
        using var folder = await BaselinedCorpusAsync();
        await CliRunner.RunAsync(folder.Path, "fix", "corpus/a.txt");

        var result = await CliRunner.RunAsync(folder.Path, "baseline", "corpus/a.txt", "--update");

        Assert.Equal(Lines("Updated .corpuslint-baseline.json: 3 findings kept, 1 dropped."), result.Output);
        Assert.Equal(["corpus/b.txt", "corpus/b.txt"], PathsIn(folder));
    }

    [Fact]
    public async Task Update_without_a_baseline_exits_two()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "baseline", "corpus", "--update");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(Lines("corpuslint: error: .corpuslint-baseline.json: no baseline to update; write one with 'corpuslint baseline' first"), result.Error);
        Assert.Equal(string.Empty, result.Output);
        Assert.False(File.Exists(Path.Combine(folder.Path, BaselineName)));
    }

    [Fact]
    public async Task A_baseline_in_a_subfolder_has_paths_relative_to_it_and_matches_from_another_working_folder()
    {
        using var folder = Corpus();
        Directory.CreateDirectory(Path.Combine(folder.Path, "config", "lint"));

        var written = await CliRunner.RunAsync(folder.Path, "baseline", "corpus", "--baseline", "config/lint/baseline.json");
        var check = await CliRunner.RunAsync(
            Path.Combine(folder.Path, "corpus"), "check", ".", "--rules", "../rules", "--baseline", "../config/lint/baseline.json", "--fail-level", "suggestion");

        Assert.Equal(Lines("Wrote config/lint/baseline.json: 4 findings in 2 of 3 files."), written.Output);
        Assert.Equal(["../../corpus/a.txt", "../../corpus/b.txt", "../../corpus/b.txt"], PathsIn(folder, "config/lint/baseline.json"));
        Assert.False(File.Exists(Path.Combine(folder.Path, BaselineName)));
        Assert.Equal(0, check.ExitCode);
        Assert.Equal(Lines("3 files linted: 0 errors, 0 warnings, 0 suggestions (4 more in the baseline)"), check.Output);
    }

    [Fact]
    public async Task No_baseline_reports_every_finding()
    {
        using var folder = await BaselinedCorpusAsync();

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--no-baseline");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Lines(
                "corpus/a.txt(2,9): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'",
                "corpus/b.txt(1,11): suggestion XX1002: 'واشنطون' is usually spelled 'واشنطن'",
                "corpus/b.txt(2,1): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'",
                "corpus/b.txt(3,1): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'",
                "3 files linted: 0 errors, 3 warnings, 1 suggestion"),
            result.Output);
    }

    [Fact]
    public async Task No_baseline_ignores_a_malformed_baseline()
    {
        using var folder = Corpus();
        folder.Write(BaselineName, "{ not json");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--no-baseline");

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith(Lines("3 files linted: 0 errors, 3 warnings, 1 suggestion"), result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_baseline_file_named_on_the_command_line_exits_two()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--baseline", "config/missing.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(Lines("corpuslint: error: config/missing.json: no such baseline; write one with 'corpuslint baseline'"), result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Without_a_baseline_file_check_reports_everything()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith(Lines("3 files linted: 0 errors, 3 warnings, 1 suggestion"), result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_baseline_exits_two_with_its_position()
    {
        using var folder = Corpus();
        folder.Write(BaselineName, "{\n  \"version\": 1,\n  oops\n}\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("corpuslint: error: .corpuslint-baseline.json: not a valid baseline at line 3, column 3: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    /// <summary>The baseline of <see cref="Corpus"/> as the build before fingerprint version 2 wrote it (SHA-256).</summary>
    private const string Version1Baseline = """
        {
          "version": 1,
          "fingerprint": "corpuslint/v1",
          "findings": [
            {
              "fingerprint": "cfa26d0d27a26299715c6992fc34037b",
              "id": "XX1001",
              "path": "corpus/a.txt",
              "text": "بوينغ يانغ",
              "count": 1
            },
            {
              "fingerprint": "27301b496515eab0af27cb5e162054f7",
              "id": "XX1001",
              "path": "corpus/b.txt",
              "text": "بوينغ يانغ",
              "count": 2
            },
            {
              "fingerprint": "c10e6f38d3fe76a866eecd1aa9805711",
              "id": "XX1002",
              "path": "corpus/b.txt",
              "text": "واشنطون",
              "count": 1
            }
          ]
        }

        """;

    [Fact]
    public async Task A_baseline_written_with_fingerprint_version_1_still_holds_back_its_findings()
    {
        using var folder = Corpus();
        folder.Write(BaselineName, Version1Baseline);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--fail-level", "suggestion");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Lines("3 files linted: 0 errors, 0 warnings, 0 suggestions (4 more in the baseline)"), result.Output);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task Updating_a_version_1_baseline_keeps_version_1_and_drops_what_was_fixed()
    {
        using var folder = Corpus();
        folder.Write(BaselineName, Version1Baseline);
        folder.Write("corpus/b.txt", "زار الوفد واشنطن أمس\nبوينغ يانغ\nبوينغ يانغ\n");

        var result = await CliRunner.RunAsync(folder.Path, "baseline", "corpus", "--update");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Lines("Updated .corpuslint-baseline.json: 3 findings kept, 1 dropped."), result.Output);
        Assert.Equal("corpuslint/v1", JsonNode.Parse(Read(folder, BaselineName))!["fingerprint"]!.GetValue<string>());
        Assert.Equal(
            ["cfa26d0d27a26299715c6992fc34037b", "27301b496515eab0af27cb5e162054f7"],
            Findings(folder).Select(finding => finding!["fingerprint"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_baseline_written_with_fingerprint_version_2_says_so()
    {
        using var folder = await BaselinedCorpusAsync();

        Assert.Equal("corpuslint/v2", JsonNode.Parse(Read(folder, BaselineName))!["fingerprint"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_baseline_of_another_version_exits_two_and_says_to_write_it_again()
    {
        using var folder = Corpus();
        folder.Write("config/old.json", "{\"version\": 1, \"fingerprint\": \"corpuslint/v0\", \"findings\": []}\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--baseline", "config/old.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            Lines("corpuslint: error: config/old.json: the baseline has version 1 and fingerprints corpuslint/v0; this corpuslint reads version 1 with corpuslint/v2 or corpuslint/v1; write it again with 'corpuslint baseline'"),
            result.Error);
    }

    [Fact]
    public async Task A_baseline_listing_a_finding_twice_holds_it_back_twice()
    {
        using var folder = await BaselinedCorpusAsync();
        var document = JsonNode.Parse(Read(folder, BaselineName))!;
        var findings = document["findings"]!.AsArray();
        findings.Add(findings[0]!.DeepClone());
        folder.Write(BaselineName, document.ToJsonString());

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("(4 more in the baseline)" + Environment.NewLine, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_counts_the_baselined_findings()
    {
        using var folder = await BaselinedCorpusAsync();
        Append(folder, "corpus/c.txt", "وصل الوفد إلى بوينغ يانغ\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("corpus/c.txt", diagnostic.GetProperty("path").GetString());
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(4, summary.GetProperty("baselined").GetInt32());
        Assert.Equal(1, summary.GetProperty("warning").GetInt32());
        Assert.Equal(0, summary.GetProperty("suggestion").GetInt32());
    }

    [Fact]
    public async Task A_baseline_file_inside_the_linted_folder_is_not_linted()
    {
        using var folder = Corpus();

        var first = await CliRunner.RunAsync(folder.Path, "baseline", "corpus", "--baseline", "corpus/baseline.json");
        var check = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--baseline", "corpus/baseline.json");

        Assert.Equal(Lines("Wrote corpus/baseline.json: 4 findings in 2 of 3 files."), first.Output);
        Assert.Equal(Lines("3 files linted: 0 errors, 0 warnings, 0 suggestions (4 more in the baseline)"), check.Output);
    }
}
