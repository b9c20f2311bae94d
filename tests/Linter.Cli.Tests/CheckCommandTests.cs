using static Linter.Cli.Tests.TestRules;

namespace Linter.Cli.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public async Task Console_output_is_msbuild_lines_then_a_summary()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write("corpus/a.txt", "سطر أول\r\nقد تحصل بوينغ يانغ على النفط");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "corpus/a.txt(2,9): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'" + Environment.NewLine
            + "1 file linted: 0 errors, 1 warning, 0 suggestions" + Environment.NewLine,
            result.Output);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("suggestion", 1)]
    public async Task Exit_code_follows_the_fail_level(string failLevel, int expected)
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write("a.txt", "بوينغ يانغ");

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt", "--fail-level", failLevel);

        Assert.Equal(expected, result.ExitCode);
    }

    [Fact]
    public async Task A_clean_corpus_exits_zero()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write("corpus/a.txt", "بيونغ يانغ");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--fail-level", "suggestion");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("1 file linted: 0 errors, 0 warnings, 0 suggestions" + Environment.NewLine, result.Output);
    }

    [Fact]
    public async Task A_missing_path_exits_two_and_names_it()
    {
        var result = await CliRunner.RunInRepositoryAsync("check", "no-such-folder");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("corpuslint: error: path not found: no-such-folder" + Environment.NewLine, result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task A_path_not_found_after_a_folder_walked_exits_two_after_the_walks_warnings_and_writes_no_report()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write("corpus/a.txt", "بوينغ يانغ");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "corpus", "link.txt"), "a.txt");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "missing", "--format", "json", "--output", "report.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "corpus/link.txt: warning: a symbolic link, not followed inside a folder; skipped" + Environment.NewLine + "corpuslint: error: path not found: missing" + Environment.NewLine,
            result.Error);
        Assert.Equal(string.Empty, result.Output);
        Assert.False(File.Exists(Path.Combine(folder.Path, "report.json")));
    }

    [Fact]
    public async Task A_folder_with_nothing_to_lint_exits_two_and_writes_no_report()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        Directory.CreateDirectory(Path.Combine(folder.Path, "empty"));

        var result = await CliRunner.RunAsync(folder.Path, "check", "empty", "--format", "json", "--output", "report.json");

        Assert.Equal((2, "corpuslint: error: nothing to lint: no regular file in empty" + Environment.NewLine), (result.ExitCode, result.Error));
        Assert.False(File.Exists(Path.Combine(folder.Path, "report.json")));
    }

    [Theory]
    [InlineData("a path not found", "missing")]
    [InlineData("nothing to lint", "--include", "*.md")]
    [InlineData("a glob too large to match", "--include", "*a")]
    public async Task When_both_the_rules_and_the_paths_are_wrong_only_the_rule_errors_are_told(string what, params string[] wrongPaths)
    {
        if (what.StartsWith("a glob", StringComparison.Ordinal))
        {
            wrongPaths = ["--include", string.Concat(Enumerable.Repeat(wrongPaths[1], 5000))];
        }

        using var folder = new TempFolder();
        folder.WriteRules("bad.yaml", TypoRule.Replace("severity: warning", "severity: fatal", StringComparison.Ordinal));
        folder.Write("corpus/a.txt", "بوينغ يانغ");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "corpus", "link.txt"), "a.txt");

        var result = await CliRunner.RunAsync(folder.Path, ["check", "corpus", .. wrongPaths, "--format", "json", "--output", "report.json"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "rules/bad.yaml(7,15): error: 'severity' must be one of error, warning, suggestion, silent, none, not 'fatal'" + Environment.NewLine
            + "corpuslint: 1 error(s) in the rule files; nothing was linted." + Environment.NewLine,
            result.Error);
        Assert.False(File.Exists(Path.Combine(folder.Path, "report.json")));
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--color", "sometimes")]
    public async Task An_unknown_option_value_exits_two(string option, string value)
    {
        var result = await CliRunner.RunInRepositoryAsync("check", "seeds", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"corpuslint: error: Argument '{value}' not recognized. Must be one of:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_rule_file_exits_two_with_its_position()
    {
        using var folder = new TempFolder();
        folder.WriteRules("bad.yaml", TypoRule.Replace("severity: warning", "severity: fatal", StringComparison.Ordinal));
        folder.Write("a.txt", "نص");

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("rules/bad.yaml(7,15): error: 'severity' must be one of error, warning, suggestion, silent, none, not 'fatal'", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Rules_option_replaces_the_default_folder()
    {
        using var folder = new TempFolder();
        folder.Write("custom/typos.yaml", TypoRule);
        folder.Write("a.txt", "بوينغ يانغ");

        var withoutRules = await CliRunner.RunAsync(folder.Path, "check", "a.txt", "--rules", "missing.yaml");
        var withRules = await CliRunner.RunAsync(folder.Path, "check", "a.txt", "--rules", "custom");

        Assert.Equal(2, withoutRules.ExitCode);
        Assert.Equal("corpuslint: error: rule path not found: missing.yaml" + Environment.NewLine, withoutRules.Error);
        Assert.Contains("XX1001", withRules.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Undecodable_and_binary_files_are_diagnostics_and_the_run_goes_on()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.WriteBytes("corpus/1256.txt", [0xC8, 0xED, 0x0A, 0xE6, 0xE4]);
        folder.WriteBytes("corpus/image", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]);
        folder.Write("corpus/empty.txt", string.Empty);
        folder.WriteBytes("corpus/bom.txt", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("بوينغ يانغ")]);
        folder.WriteBytes("corpus/late.txt", [.. System.Text.Encoding.UTF8.GetBytes("سطر\nنص "), 0xFF]);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--encoding", "utf-8");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "corpus/1256.txt(1,1): error CL0001: the file is not valid UTF-8 (byte 0xC8 at offset 0); convert it to UTF-8 to lint it" + Environment.NewLine
            + "corpus/bom.txt(1,1): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'" + Environment.NewLine
            + "corpus/image(1,1): error CL0002: the file looks binary (2 NUL or other control bytes in its first 6 bytes, the first at offset 4); it was not linted" + Environment.NewLine
            + "corpus/late.txt(2,4): error CL0001: the file is not valid UTF-8 (byte 0xFF at offset 12); convert it to UTF-8 to lint it" + Environment.NewLine
            + "5 files linted: 3 errors, 1 warning, 0 suggestions" + Environment.NewLine,
            result.Output);
    }

    [Fact]
    public async Task Json_output_follows_the_documented_contract()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write("a.txt", "سطر\r\nوبوينغ يانغ\r\nبوينغ يانغ");

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt", "--format", "json");

        // One finding a line, so that a report of a million findings can be read with line tools.
        Assert.Equal(
            """
            {
              "tool": {
                "name": "corpuslint",
                "version": "0.1.0"
              },
              "diagnostics": [
                {"id":"XX1001","severity":"warning","category":"Spelling","path":"a.txt","line":2,"column":2,"endLine":2,"endColumn":12,"message":"'بوينغ يانغ' should be 'بيونغ يانغ'","text":"بوينغ يانغ","fix":{"title":"Replace with 'بيونغ يانغ'","edits":[{"line":2,"column":2,"endLine":2,"endColumn":12,"newText":"بيونغ يانغ"}]}},
                {"id":"XX1001","severity":"warning","category":"Spelling","path":"a.txt","line":3,"column":1,"endLine":3,"endColumn":11,"message":"'بوينغ يانغ' should be 'بيونغ يانغ'","text":"بوينغ يانغ","fix":{"title":"Replace with 'بيونغ يانغ'","edits":[{"line":3,"column":1,"endLine":3,"endColumn":11,"newText":"بيونغ يانغ"}]}}
              ],
              "summary": {
                "files": 1,
                "error": 0,
                "warning": 2,
                "suggestion": 0,
                "silent": 0,
                "baselined": 0
              }
            }

            """.ReplaceLineEndings(),
            result.Output.ReplaceLineEndings());
    }

    [Fact]
    public async Task A_rule_file_that_is_not_utf8_exits_two_with_its_position()
    {
        using var folder = new TempFolder();
        folder.Write(".corpuslint.yaml", "rules: [rules]\n");
        folder.WriteBytes("rules/bad.yaml", [.. System.Text.Encoding.UTF8.GetBytes("rules:\n  - id: "), 0xC8, 0xED]);
        folder.Write("a.txt", "نص");

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("corpuslint: error: rules/bad.yaml(2,9): the file is not valid UTF-8 (byte 0xC8 at offset 15); convert it to UTF-8 to lint it" + Environment.NewLine, result.Error);
    }

    [Theory]
    [InlineData("--include|*.txt", "corpus/a.txt|corpus/sub/c.txt")]
    [InlineData("--include|corpus/sub/**", "corpus/sub/c.txt")]
    [InlineData("--exclude|sub/**", "corpus/a.txt|corpus/sub/c.txt")]
    [InlineData("--exclude|corpus/sub/**", "corpus/a.txt")]
    [InlineData("--include|*.{md,txt}|--exclude|[ac].*", "corpus/b.md")]
    public async Task Include_and_exclude_globs_choose_the_documents(string options, string expectedFiles)
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        foreach (var file in new[] { "corpus/a.txt", "corpus/b.md", "corpus/sub/c.txt" })
        {
            folder.Write(file, "بوينغ يانغ");
        }

        var result = await CliRunner.RunAsync(folder.Path, ["check", "corpus", .. options.Split('|')]);

        var linted = result.Output.Split(Environment.NewLine).Where(line => line.Contains("XX1001", StringComparison.Ordinal)).Select(line => line[..line.IndexOf('(', StringComparison.Ordinal)]);
        Assert.Equal(expectedFiles.Split('|'), linted);
    }

    [Fact]
    public async Task An_exclude_glob_also_applies_to_a_file_named_on_the_command_line()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write("draft.txt", "بوينغ يانغ");

        var result = await CliRunner.RunAsync(folder.Path, "check", "draft.txt", "--exclude", "draft.*");

        Assert.Equal("0 files linted: 0 errors, 0 warnings, 0 suggestions" + Environment.NewLine, result.Output);
    }
}
