using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Linter.Cli.Tests;

public sealed class FixCommandTests
{
    private const string TypoRule = """
          - id: XX1001
            kind: substitution
            title: Pyongyang typo
            message: "'{match}' should be '{suggestion}'"
            category: Spelling
            severity: warning
            swap:
              بوينغ يانغ: بيونغ يانغ
        """;

    private const string WidgetRule = """
          - id: XX2001
            kind: boilerplate
            title: Widget line
            message: 'Widget line: «{match}»'
            category: Boilerplate
            severity: warning
            phrases: [كاريكاتير]
        """;

    private const string RepeatRule = """
          - id: XX2002
            kind: repetition
            title: Repeated line
            message: 'Repeats {original}'
            category: Duplication
            severity: warning
        """;

    private const string TrailingSpaceRule = """
          - id: XX5004
            kind: pattern
            title: Trailing whitespace
            message: Trailing whitespace
            category: Formatting
            severity: suggestion
            regex: '(?<=\S)[ \t]+$'
            replacement: ''
        """;

    private const string QuoteRule = """
          - id: XX5007
            kind: pairing
            title: Quotation mark left open
            message: 'Quotation mark {match} has no partner {expected} in its paragraph'
            category: Formatting
            severity: suggestion
            pairs: ['""', '«»']
        """;

    private const string ForwardSwapRule = """
          - id: XX4001
            kind: substitution
            title: One way
            message: "'{match}' should be '{suggestion}'"
            category: Spelling
            severity: warning
            swap:
              سلام: كلام
        """;

    private const string BackwardSwapRule = """
          - id: XX4002
            kind: substitution
            title: The other way
            message: "'{match}' should be '{suggestion}'"
            category: Spelling
            severity: warning
            swap:
              كلام: سلام
        """;

    private const string GrowingRule = """
          - id: XX5999
            kind: pattern
            title: Alef that grows
            message: 'Alef run «{match}»'
            category: Formatting
            severity: warning
            regex: 'ا+'
            replacement: '$0ا'
        """;

    [Fact]
    public async Task Fix_rewrites_files_in_place_and_lists_what_it_fixed()
    {
        using var folder = new TempFolder();
        WriteRules(folder, TypoRule, WidgetRule, TrailingSpaceRule);
        var a = folder.Write("corpus/a.txt", "قد تحصل بوينغ يانغ على النفط \nبوينغ يانغ\n");
        var b = folder.Write("corpus/b.txt", "نص سليم\n");
        var c = folder.Write("corpus/c.txt", "سطر أول\nكاريكاتير\nسطر ثالث\n");

        var result = await CliRunner.RunAsync(folder.Path, "fix", "corpus");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Lines(
                "corpus/a.txt: fixed XX1001 ×2, XX5004",
                "corpus/c.txt: fixed XX2001",
                "Fixed 4 findings in 2 files.",
                "3 files linted: 0 errors, 0 warnings, 0 suggestions"),
            result.Output);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(Utf8("قد تحصل بيونغ يانغ على النفط\nبيونغ يانغ\n"), File.ReadAllBytes(a));
        Assert.Equal(Utf8("نص سليم\n"), File.ReadAllBytes(b));
        Assert.Equal(Utf8("سطر أول\nسطر ثالث\n"), File.ReadAllBytes(c));
    }

    [Fact]
    public async Task Fix_counts_one_finding_in_one_file_in_the_singular()
    {
        using var folder = new TempFolder();
        WriteRules(folder, TypoRule);
        folder.Write("a.txt", "بوينغ يانغ");

        var result = await CliRunner.RunAsync(folder.Path, "fix", "a.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Lines(
                "a.txt: fixed XX1001",
                "Fixed 1 finding in 1 file.",
                "1 file linted: 0 errors, 0 warnings, 0 suggestions"),
            result.Output);
    }

    [Fact]
    public async Task Fix_of_a_clean_file_changes_nothing()
    {
        using var folder = new TempFolder();
        WriteRules(folder, TypoRule);
        var path = folder.Write("a.txt", "بيونغ يانغ\n");
        var modified = File.GetLastWriteTimeUtc(path);

        var result = await CliRunner.RunAsync(folder.Path, "fix", "a.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Lines(
                "Fixed 0 findings in 0 files.",
                "1 file linted: 0 errors, 0 warnings, 0 suggestions"),
            result.Output);
        Assert.Equal(Utf8("بيونغ يانغ\n"), File.ReadAllBytes(path));
        Assert.Equal(modified, File.GetLastWriteTimeUtc(path));
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 0)]
    [InlineData("suggestion", 1)]
    public async Task Fix_exit_code_follows_the_fail_level_of_what_remains(string failLevel, int expected)
    {
        using var folder = new TempFolder();
        WriteRules(folder, TypoRule, QuoteRule);
        folder.Write("a.txt", "قال \"نعم بوينغ يانغ\n");

        var result = await CliRunner.RunAsync(folder.Path, "fix", "a.txt", "--fail-level", failLevel);

        Assert.Equal(expected, result.ExitCode);
        Assert.EndsWith(Lines("1 file linted: 0 errors, 0 warnings, 1 suggestion"), result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_keeps_the_byte_order_mark()
    {
        using var folder = new TempFolder();
        WriteRules(folder, TypoRule);
        var path = folder.WriteBytes("a.txt", [0xEF, 0xBB, 0xBF, .. Utf8("بوينغ يانغ\nسطر\n")]);

        var result = await CliRunner.RunAsync(folder.Path, "fix", "a.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Utf8("بيونغ يانغ\nسطر\n")], File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("سطر أول\r\nقد تحصل بوينغ يانغ\r\nسطر ثالث\r\n", "سطر أول\r\nقد تحصل بيونغ يانغ\r\nسطر ثالث\r\n")]
    [InlineData("سطر أول\r\nكاريكاتير\r\nسطر ثالث\r\n", "سطر أول\r\nسطر ثالث\r\n")]
    [InlineData("كاريكاتير\r\nسطر ثاني\r\n", "سطر ثاني\r\n")]
    [InlineData("سطر أول\r\nكاريكاتير\r\n", "سطر أول\r\n")]
    [InlineData("سطر أول\r\nكاريكاتير", "سطر أول")]
    [InlineData("سطر أول\r\nكاريكاتير\r\nكاريكاتير\r\nسطر رابع", "سطر أول\r\nسطر رابع")]
    [InlineData("بوتين وكيم\r\n\r\nبوتين وكيم\r\nسطر", "بوتين وكيم\r\n\r\nسطر")]
    [InlineData("بوتين وكيم\r\nبوتين وكيم\r\n", "بوتين وكيم\r\n")]
    [InlineData("سطر أول \r\nسطر ثاني\t\r\nسطر ثالث  ", "سطر أول\r\nسطر ثاني\r\nسطر ثالث")]
    public async Task Fix_keeps_crlf_line_breaks(string text, string expected)
    {
        using var folder = new TempFolder();
        WriteRules(folder, TypoRule, WidgetRule, RepeatRule, TrailingSpaceRule);
        var path = folder.Write("a.txt", text);

        var result = await CliRunner.RunAsync(folder.Path, "fix", "a.txt");

        Assert.Equal(0, result.ExitCode);
        var written = File.ReadAllBytes(path);
        Assert.Equal(Utf8(expected), written);
        Assert.DoesNotContain(written.Select((value, index) => (value, index)), b => b.value == (byte)'\n' && (b.index == 0 || written[b.index - 1] != (byte)'\r'));
    }

    [Theory]
    [InlineData("بوينغ يانغ", "بيونغ يانغ")]
    [InlineData("بوينغ يانغ\n", "بيونغ يانغ\n")]
    [InlineData("سطر\nبوينغ يانغ", "سطر\nبيونغ يانغ")]
    [InlineData("سطر\nبوينغ يانغ\n\n", "سطر\nبيونغ يانغ\n\n")]
    [InlineData("سطر\nكاريكاتير", "سطر")]
    [InlineData("سطر\nكاريكاتير\n", "سطر\n")]
    public async Task Fix_keeps_the_final_newline_or_its_absence(string text, string expected)
    {
        using var folder = new TempFolder();
        WriteRules(folder, TypoRule, WidgetRule);
        var path = folder.Write("a.txt", text);

        var result = await CliRunner.RunAsync(folder.Path, "fix", "a.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Utf8(expected), File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Fix_keeps_the_file_permissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        WriteRules(folder, TypoRule);
        var path = folder.Write("a.txt", "بوينغ يانغ\n");
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);

        var result = await CliRunner.RunAsync(folder.Path, "fix", "a.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Utf8("بيونغ يانغ\n"), File.ReadAllBytes(path));
        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Fix_keeps_utf16_with_its_byte_order_mark(bool bigEndian)
    {
        using var folder = new TempFolder();
        WriteRules(folder, TypoRule);
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var path = folder.WriteBytes("a.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("سطر\r\nقد تحصل بوينغ يانغ\r\n")]);

        var result = await CliRunner.RunAsync(folder.Path, "fix", "a.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("a.txt: fixed XX1001" + Environment.NewLine, result.Output, StringComparison.Ordinal);
        Assert.Equal([.. encoding.GetPreamble(), .. encoding.GetBytes("سطر\r\nقد تحصل بيونغ يانغ\r\n")], File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Dry_run_prints_a_unified_diff_and_changes_nothing()
    {
        using var folder = new TempFolder();
        WriteRules(folder, TypoRule, WidgetRule);
        var a = folder.Write("corpus/a.txt", "سطر أول\nقد تحصل بوينغ يانغ على النفط\nسطر ثالث\n");
        var b = folder.Write("corpus/b.txt", "سطر أول\r\nكاريكاتير\r\nسطر ثالث");
        var c = folder.Write("corpus/c.txt", "نص سليم\n");

        var result = await CliRunner.RunAsync(folder.Path, "fix", "corpus", "--dry-run");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "--- a/corpus/a.txt\n"
            + "+++ b/corpus/a.txt\n"
            + "@@ -1,3 +1,3 @@\n"
            + " سطر أول\n"
            + "-قد تحصل بوينغ يانغ على النفط\n"
            + "+قد تحصل بيونغ يانغ على النفط\n"
            + " سطر ثالث\n"
            + "--- a/corpus/b.txt\n"
            + "+++ b/corpus/b.txt\n"
            + "@@ -1,3 +1,2 @@\n"
            + " سطر أول\r\n"
            + "-كاريكاتير\r\n"
            + " سطر ثالث\n"
            + "\\ No newline at end of file\n",
            result.Output);
        Assert.Equal(
            Lines(
                "corpus/a.txt: would fix XX1001",
                "corpus/b.txt: would fix XX2001",
                "Would fix 2 findings in 2 files.",
                "3 files linted: 0 errors, 0 warnings, 0 suggestions"),
            result.Error);
        Assert.Equal(Utf8("سطر أول\nقد تحصل بوينغ يانغ على النفط\nسطر ثالث\n"), File.ReadAllBytes(a));
        Assert.Equal(Utf8("سطر أول\r\nكاريكاتير\r\nسطر ثالث"), File.ReadAllBytes(b));
        Assert.Equal(Utf8("نص سليم\n"), File.ReadAllBytes(c));
    }

    [Fact]
    public async Task Dry_run_diff_applies_with_git_and_gives_what_fix_writes()
    {
        var files = new Dictionary<string, string>
        {
            ["corpus/lf.txt"] = "سطر أول\nقد تحصل بوينغ يانغ على النفط\nسطر ثالث\n",
            ["corpus/crlf.txt"] = "سطر أول\r\nكاريكاتير\r\nسطر ثالث \r\nبوينغ يانغ",
            ["corpus/last.txt"] = "سطر أول\nسطر ثاني\nكاريكاتير",
            ["corpus/only.txt"] = "كاريكاتير\n",
            ["corpus/nested/repeat.txt"] = "بوتين وكيم\n\nبوتين وكيم\nسطر\n",
            ["corpus/hunks.txt"] = string.Concat(Enumerable.Range(1, 30).Select(i => i is 2 or 6 or 25 ? $"سطر {i} بوينغ يانغ \n" : $"سطر {i}\n")),
            ["corpus/clean.txt"] = "نص سليم\n",
        };
        using var dryRunFolder = new TempFolder();
        using var fixFolder = new TempFolder();
        foreach (var folder in new[] { dryRunFolder, fixFolder })
        {
            WriteRules(folder, TypoRule, WidgetRule, RepeatRule, TrailingSpaceRule);
            foreach (var (path, text) in files)
            {
                folder.Write(path, text);
            }
        }

        var dryRun = await CliRunner.RunAsync(dryRunFolder.Path, "fix", "corpus", "--dry-run");
        var fix = await CliRunner.RunAsync(fixFolder.Path, "fix", "corpus");
        File.WriteAllText(Path.Combine(dryRunFolder.Path, "fixes.diff"), dryRun.Output);
        var init = await RunGitAsync(dryRunFolder.Path, "init", "--quiet");
        var apply = await RunGitAsync(dryRunFolder.Path, "-c", "core.autocrlf=false", "apply", "fixes.diff");

        Assert.Equal(0, dryRun.ExitCode);
        Assert.Equal(0, fix.ExitCode);
        Assert.True(init.ExitCode == 0, init.Output);
        Assert.True(apply.ExitCode == 0, apply.Output);
        foreach (var path in files.Keys)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(fixFolder.Path, path)), File.ReadAllBytes(Path.Combine(dryRunFolder.Path, path)));
        }

        Assert.NotEqual(Utf8(files["corpus/hunks.txt"]), File.ReadAllBytes(Path.Combine(fixFolder.Path, "corpus/hunks.txt")));
    }

    [Fact]
    public async Task Dry_run_diff_of_a_file_with_a_byte_order_mark_applies_with_git()
    {
        byte[] original = [0xEF, 0xBB, 0xBF, .. Utf8("بوينغ يانغ\nسطر\n")];
        using var dryRunFolder = new TempFolder();
        using var fixFolder = new TempFolder();
        foreach (var folder in new[] { dryRunFolder, fixFolder })
        {
            WriteRules(folder, TypoRule);
            folder.WriteBytes("bom.txt", original);
        }

        var dryRun = await CliRunner.RunAsync(dryRunFolder.Path, "fix", "bom.txt", "--dry-run");
        var fix = await CliRunner.RunAsync(fixFolder.Path, "fix", "bom.txt");
        File.WriteAllText(Path.Combine(dryRunFolder.Path, "fixes.diff"), dryRun.Output);
        var init = await RunGitAsync(dryRunFolder.Path, "init", "--quiet");
        var apply = await RunGitAsync(dryRunFolder.Path, "-c", "core.autocrlf=false", "apply", "fixes.diff");

        Assert.Equal(0, fix.ExitCode);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Utf8("بيونغ يانغ\nسطر\n")], File.ReadAllBytes(Path.Combine(fixFolder.Path, "bom.txt")));
        Assert.True(init.ExitCode == 0, init.Output);
        Assert.True(apply.ExitCode == 0, "git apply failed:\n" + apply.Output + "\nthe diff:\n" + dryRun.Output);
        Assert.Equal(File.ReadAllBytes(Path.Combine(fixFolder.Path, "bom.txt")), File.ReadAllBytes(Path.Combine(dryRunFolder.Path, "bom.txt")));
    }

    // Only the rules selected run, as with ruff: what remains is counted of them alone.
    [Theory]
    [InlineData("--rule XX1001", "a.txt: fixed XX1001", "Fixed 1 finding in 1 file.", "1 file linted: 0 errors, 0 warnings, 0 suggestions", "قد تحصل بيونغ يانغ على النفط \nكاريكاتير\n")]
    [InlineData("--category Formatting", "a.txt: fixed XX5004", "Fixed 1 finding in 1 file.", "1 file linted: 0 errors, 0 warnings, 0 suggestions", "قد تحصل بوينغ يانغ على النفط\nكاريكاتير\n")]
    [InlineData("--rule XX1001 --category Boilerplate", "a.txt: fixed XX1001, XX2001", "Fixed 2 findings in 1 file.", "1 file linted: 0 errors, 0 warnings, 0 suggestions", "قد تحصل بيونغ يانغ على النفط \n")]
    [InlineData("--select XX --ignore XX1001 --ignore Formatting", "a.txt: fixed XX2001", "Fixed 1 finding in 1 file.", "1 file linted: 0 errors, 0 warnings, 0 suggestions", "قد تحصل بوينغ يانغ على النفط \n")]
    public async Task Rule_and_category_options_fix_only_what_they_select(string selection, string fixedLine, string summary, string remaining, string expected)
    {
        using var folder = new TempFolder();
        WriteRules(folder, TypoRule, WidgetRule, TrailingSpaceRule);
        var path = folder.Write("a.txt", "قد تحصل بوينغ يانغ على النفط \nكاريكاتير\n");

        var result = await CliRunner.RunAsync(folder.Path, ["fix", "a.txt", .. selection.Split(' ')]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Lines(fixedLine, summary, remaining), result.Output);
        Assert.Equal(Utf8(expected), File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("fix", "--rule", "XX9999", "corpuslint: error: --rule XX9999: no loaded rule has this id, id prefix or category")]
    [InlineData("check", "--rule", "XX1000", "corpuslint: error: --rule XX1000: no loaded rule has this id, id prefix or category; did you mean XX1001?")]
    [InlineData("fix", "--category", "Typos", "corpuslint: error: --category Typos: no loaded rule has this id, id prefix or category")]
    [InlineData("check", "--category", "Formating", "corpuslint: error: --category Formating: no loaded rule has this id, id prefix or category; did you mean Formatting?")]
    [InlineData("fix", "--ignore", "XX6", "corpuslint: error: --ignore XX6: no loaded rule has this id, id prefix or category")]
    public async Task An_unknown_rule_id_or_category_exits_two_and_changes_nothing(string command, string option, string value, string message)
    {
        using var folder = new TempFolder();
        WriteRules(folder, TypoRule, TrailingSpaceRule);
        var path = folder.Write("a.txt", "بوينغ يانغ \n");
        string[] args = command == "check" ? ["check", "a.txt", "--fix", option, value] : ["fix", "a.txt", option, value];

        var result = await CliRunner.RunAsync(folder.Path, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message + Environment.NewLine, result.Error);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(Utf8("بوينغ يانغ \n"), File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("--select XX1001", "a.txt(1,9): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'", "1 file linted: 0 errors, 1 warning, 0 suggestions")]
    [InlineData("--select xx5", "a.txt(1,29): suggestion XX5004: Trailing whitespace", "1 file linted: 0 errors, 0 warnings, 1 suggestion")]
    [InlineData("--ignore XX1 --ignore Boilerplate", "a.txt(1,29): suggestion XX5004: Trailing whitespace", "1 file linted: 0 errors, 0 warnings, 1 suggestion")]
    [InlineData("--select Formatting --category boilerplate --ignore XX5004", "a.txt(2,1): warning XX2001: Widget line: «كاريكاتير»", "1 file linted: 0 errors, 1 warning, 0 suggestions")]
    public async Task Check_runs_only_the_selected_rules(string selection, string finding, string summary)
    {
        using var folder = new TempFolder();
        WriteRules(folder, TypoRule, WidgetRule, TrailingSpaceRule);
        var path = folder.Write("a.txt", "قد تحصل بوينغ يانغ على النفط \nكاريكاتير\n");

        var result = await CliRunner.RunAsync(folder.Path, ["check", "a.txt", .. selection.Split(' ')]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Lines(finding, summary), result.Output);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(Utf8("قد تحصل بوينغ يانغ على النفط \nكاريكاتير\n"), File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Check_with_fix_fixes_then_reports_what_remains()
    {
        using var folder = new TempFolder();
        WriteRules(folder, TypoRule, QuoteRule);
        var path = folder.Write("a.txt", "قال \"نعم بوينغ يانغ\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt", "--fix");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Lines(
                "a.txt: fixed XX1001",
                "Fixed 1 finding in 1 file.",
                "a.txt(1,5): suggestion XX5007: Quotation mark \" has no partner \" in its paragraph",
                "1 file linted: 0 errors, 0 warnings, 1 suggestion"),
            result.Output);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(Utf8("قال \"نعم بيونغ يانغ\n"), File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 0)]
    [InlineData("suggestion", 1)]
    public async Task Check_with_fix_exit_code_follows_the_fail_level_of_what_remains(string failLevel, int expected)
    {
        using var folder = new TempFolder();
        WriteRules(folder, TypoRule, QuoteRule);
        folder.Write("a.txt", "قال \"نعم بوينغ يانغ\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt", "--fix", "--fail-level", failLevel);

        Assert.Equal(expected, result.ExitCode);
    }

    [Fact]
    public async Task Check_with_fix_and_json_format_keeps_standard_output_pure_json()
    {
        using var folder = new TempFolder();
        WriteRules(folder, TypoRule, QuoteRule);
        var path = folder.Write("a.txt", "قال \"نعم بوينغ يانغ\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt", "--fix", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Lines(
                "a.txt: fixed XX1001",
                "Fixed 1 finding in 1 file."),
            result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var diagnostics = json.RootElement.GetProperty("diagnostics");
        Assert.Equal(1, diagnostics.GetArrayLength());
        Assert.Equal("XX5007", diagnostics[0].GetProperty("id").GetString());
        Assert.Equal(5, diagnostics[0].GetProperty("column").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("suggestion").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty("warning").GetInt32());
        Assert.Equal(Utf8("قال \"نعم بيونغ يانغ\n"), File.ReadAllBytes(path));
    }

    [Fact]
    public async Task A_read_only_file_is_left_as_it_was_and_the_others_are_fixed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        WriteRules(folder, TypoRule);
        var readOnly = folder.Write("corpus/a.txt", "بوينغ يانغ\n");
        var writable = folder.Write("corpus/b.txt", "بوينغ يانغ\n");
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(readOnly, mode);

        var result = await CliRunner.RunAsync(folder.Path, "fix", "corpus");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("corpus/a.txt: error: the file is read-only; it was left as it was" + Environment.NewLine, result.Error);
        Assert.Equal(
            Lines(
                "corpus/b.txt: fixed XX1001",
                "Fixed 1 finding in 1 file.",
                "2 files linted: 0 errors, 1 warning, 0 suggestions"),
            result.Output);
        Assert.Equal(Utf8("بوينغ يانغ\n"), File.ReadAllBytes(readOnly));
        Assert.Equal(mode, File.GetUnixFileMode(readOnly));
        Assert.Equal(Utf8("بيونغ يانغ\n"), File.ReadAllBytes(writable));
        AssertNoTemporaryFiles(folder);
    }

    [Fact]
    public async Task Check_with_fix_reports_a_read_only_file_and_its_findings()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        WriteRules(folder, TypoRule);
        var readOnly = folder.Write("corpus/a.txt", "بوينغ يانغ\n");
        var writable = folder.Write("corpus/b.txt", "بوينغ يانغ\n");
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--fix");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("corpus/a.txt: error: the file is read-only; it was left as it was" + Environment.NewLine, result.Error);
        Assert.Equal(
            Lines(
                "corpus/b.txt: fixed XX1001",
                "Fixed 1 finding in 1 file.",
                "corpus/a.txt(1,1): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'",
                "2 files linted: 0 errors, 1 warning, 0 suggestions"),
            result.Output);
        Assert.Equal(Utf8("بوينغ يانغ\n"), File.ReadAllBytes(readOnly));
        Assert.Equal(Utf8("بيونغ يانغ\n"), File.ReadAllBytes(writable));
    }

    [Fact]
    public async Task Check_with_fix_never_writes_files_that_are_not_utf8_or_are_binary()
    {
        using var folder = new TempFolder();
        WriteRules(folder, TypoRule);
        byte[] invalid = [.. Utf8("قد تحصل بوينغ يانغ"), 0xC3, 0x28, .. Utf8(" على النفط\n")];
        byte[] binary = [.. Utf8("بوينغ يانغ"), 0x00, 0x01, .. Utf8("بوينغ يانغ\n")];
        var invalidPath = folder.WriteBytes("corpus/bad.txt", invalid);
        var binaryPath = folder.WriteBytes("corpus/bin.txt", binary);
        var goodPath = folder.Write("corpus/good.txt", "بوينغ يانغ\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--fix");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            Lines(
                "corpus/good.txt: fixed XX1001",
                "Fixed 1 finding in 1 file.",
                "corpus/bad.txt(1,19): error CL0001: the file is not valid UTF-8 (byte 0xC3 at offset 33); no Arabic code page was recognized in it either; name its encoding to lint it",
                "corpus/bin.txt(1,1): error CL0002: the file looks binary (2 NUL or other control bytes in its first 41 bytes, the first at offset 19); it was not linted",
                "3 files linted: 2 errors, 0 warnings, 0 suggestions"),
            result.Output);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(invalid, File.ReadAllBytes(invalidPath));
        Assert.Equal(binary, File.ReadAllBytes(binaryPath));
        Assert.Equal(Utf8("بيونغ يانغ\n"), File.ReadAllBytes(goodPath));
    }

    [Fact]
    public async Task Fix_never_writes_files_that_are_not_utf8_or_are_binary()
    {
        using var folder = new TempFolder();
        WriteRules(folder, TypoRule);
        byte[] invalid = [.. Utf8("قد تحصل بوينغ يانغ"), 0xC3, 0x28, .. Utf8(" على النفط\n")];
        byte[] binary = [.. Utf8("بوينغ يانغ"), 0x00, 0x01, .. Utf8("بوينغ يانغ\n")];
        var invalidPath = folder.WriteBytes("corpus/bad.txt", invalid);
        var binaryPath = folder.WriteBytes("corpus/bin.txt", binary);
        var modified = (File.GetLastWriteTimeUtc(invalidPath), File.GetLastWriteTimeUtc(binaryPath));

        var result = await CliRunner.RunAsync(folder.Path, "fix", "corpus");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            Lines(
                "Fixed 0 findings in 0 files.",
                "2 files linted: 2 errors, 0 warnings, 0 suggestions"),
            result.Output);
        Assert.Equal(invalid, File.ReadAllBytes(invalidPath));
        Assert.Equal(binary, File.ReadAllBytes(binaryPath));
        Assert.Equal(modified, (File.GetLastWriteTimeUtc(invalidPath), File.GetLastWriteTimeUtc(binaryPath)));
    }

    [Fact]
    public async Task Fix_follows_a_symbolic_link_named_on_the_command_line_and_keeps_it_a_link()
    {
        // Creating a symbolic link on Windows needs a privilege test machines rarely have.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        WriteRules(folder, TypoRule);
        var target = folder.Write("corpus/store/article.txt", "سطر\nبوينغ يانغ\n");
        var link = Path.Combine(folder.Path, "corpus", "link.txt");
        File.CreateSymbolicLink(link, Path.Combine("store", "article.txt"));

        var result = await CliRunner.RunAsync(folder.Path, "fix", "corpus/link.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Lines(
                "corpus/link.txt: fixed XX1001",
                "Fixed 1 finding in 1 file.",
                "1 file linted: 0 errors, 0 warnings, 0 suggestions"),
            result.Output);
        Assert.Equal(Path.Combine("store", "article.txt"), new FileInfo(link).LinkTarget);
        Assert.Null(new FileInfo(target).LinkTarget);
        Assert.Equal(Utf8("سطر\nبيونغ يانغ\n"), File.ReadAllBytes(target));
        AssertNoTemporaryFiles(folder);
    }

    [Fact]
    public async Task Fix_skips_links_inside_a_folder_and_never_writes_through_one_to_a_file_outside()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // A repository that commits notes.txt -> ~/.bashrc: the user's file must not be rewritten.
        using var home = new TempFolder();
        var bashrc = home.Write(".bashrc", "بوينغ يانغ\n");
        using var folder = new TempFolder();
        WriteRules(folder, TypoRule);
        folder.Write("corpus/clean.txt", "نص\n");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "corpus", "notes.txt"), bashrc);

        var walked = await CliRunner.RunAsync(folder.Path, "fix", "corpus");
        var named = await CliRunner.RunAsync(folder.Path, "check", "--fix", "corpus/notes.txt");

        Assert.Equal((0, "corpus/notes.txt: warning: a symbolic link, not followed inside a folder; skipped\n"), (walked.ExitCode, walked.Error));
        Assert.Equal(2, named.ExitCode);
        Assert.Equal(
            $"corpus/notes.txt: error: it leads to {bashrc}, outside {Path.Combine(folder.Path, "corpus")}, through a symbolic link; it was left as it was\n",
            named.Error);
        Assert.Equal(Utf8("بوينغ يانغ\n"), File.ReadAllBytes(bashrc));
    }

    [Fact]
    public async Task Fix_of_a_file_and_a_link_to_it_in_one_run_fixes_the_file_once()
    {
        // Creating a symbolic link on Windows needs a privilege test machines rarely have.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        WriteRules(folder, TypoRule);
        var target = folder.Write("corpus/article.txt", "قد تحصل بوينغ يانغ على النفط\n");
        var link = Path.Combine(folder.Path, "corpus", "copy.txt");
        File.CreateSymbolicLink(link, "article.txt");

        var result = await CliRunner.RunAsync(folder.Path, "fix", "corpus/article.txt", "corpus/copy.txt", "--parallel", "2");

        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            Lines("corpus/article.txt: fixed XX1001", "Fixed 1 finding in 1 file.", "1 file linted: 0 errors, 0 warnings, 0 suggestions"),
            result.Output);
        Assert.Equal(Utf8("قد تحصل بيونغ يانغ على النفط\n"), File.ReadAllBytes(target));
        Assert.Equal("article.txt", new FileInfo(link).LinkTarget);
    }

    [Fact]
    public async Task Fix_leaves_no_temporary_files()
    {
        using var folder = new TempFolder();
        WriteRules(folder, TypoRule, WidgetRule, TrailingSpaceRule);
        for (var i = 0; i < 20; i++)
        {
            folder.Write($"corpus/{i % 4}/{i}.txt", $"سطر {i} \nكاريكاتير\nبوينغ يانغ\n");
        }

        var result = await CliRunner.RunAsync(folder.Path, "fix", "corpus", "--parallel", "4");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Lines("Fixed 60 findings in 20 files."), result.Output, StringComparison.Ordinal);
        AssertNoTemporaryFiles(folder);
    }

    [Fact]
    public async Task Fixes_that_undo_each_other_stop_after_ten_passes_with_a_warning()
    {
        using var folder = new TempFolder();
        WriteRules(folder, ForwardSwapRule, BackwardSwapRule);
        var path = folder.Write("loop.txt", "قال سلام لهم\n");

        var result = await CliRunner.RunAsync(folder.Path, "fix", "loop.txt");
        var failing = await CliRunner.RunAsync(folder.Path, "fix", "loop.txt", "--fail-level", "warning");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "loop.txt: warning: fixes did not settle after 10 passes; fixable findings remain, run the fix again" + Environment.NewLine,
            result.Error);
        Assert.Equal(
            Lines(
                "Fixed 0 findings in 0 files.",
                "1 file linted: 0 errors, 1 warning, 0 suggestions"),
            result.Output);
        Assert.Equal(1, failing.ExitCode);

        // Ten passes of a two-step cycle end where they started.
        Assert.Equal(Utf8("قال سلام لهم\n"), File.ReadAllBytes(path));
    }

    [Fact]
    public async Task A_replacement_that_matches_again_stops_after_ten_passes_with_a_warning()
    {
        using var folder = new TempFolder();
        WriteRules(folder, GrowingRule);
        var path = folder.Write("grow.txt", "قال\n");

        var result = await CliRunner.RunAsync(folder.Path, "fix", "grow.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "grow.txt: warning: fixes did not settle after 10 passes; fixable findings remain, run the fix again" + Environment.NewLine,
            result.Error);
        Assert.Equal(
            Lines(
                "grow.txt: fixed XX5999 ×10",
                "Fixed 10 findings in 1 file.",
                "1 file linted: 0 errors, 1 warning, 0 suggestions"),
            result.Output);
        Assert.Equal(Utf8("ق" + new string('ا', 11) + "ل\n"), File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Check_with_fix_warns_about_fixes_that_do_not_settle()
    {
        using var folder = new TempFolder();
        WriteRules(folder, GrowingRule);
        folder.Write("grow.txt", "قال\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "grow.txt", "--fix", "--fail-level", "warning");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "grow.txt: warning: fixes did not settle after 10 passes; fixable findings remain, run the fix again" + Environment.NewLine,
            result.Error);
        Assert.StartsWith(
            Lines("grow.txt: fixed XX5999 ×10", "Fixed 10 findings in 1 file.", "grow.txt(1,2): warning XX5999: Alef run «" + new string('ا', 11) + "»"),
            result.Output,
            StringComparison.Ordinal);
    }

    private static void WriteRules(TempFolder folder, params string[] rules) =>
        folder.WriteRules("rules.yaml", "rules:\n" + string.Join("\n", rules) + "\n");

    private static string Lines(params string[] lines) => string.Concat(lines.Select(line => line + Environment.NewLine));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static void AssertNoTemporaryFiles(TempFolder folder)
    {
        var all = Directory.EnumerateFiles(folder.Path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 });
        Assert.DoesNotContain(all, path => path.EndsWith(".corpuslint.tmp", StringComparison.Ordinal));
    }

    private static Task<(int ExitCode, string Output)> RunGitAsync(string workingDirectory, params string[] args) =>
        RunProcessAsync("git", workingDirectory, args);

    /// <summary>Runs a program to its end; the output is standard output then standard error.</summary>
    private static async Task<(int ExitCode, string Output)> RunProcessAsync(string program, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
