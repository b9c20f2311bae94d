using System.Text;

namespace Linter.Cli.Tests;

public sealed class EditorConfigTests
{
    private const string Rules = """
        rules:
          - id: XX1001
            kind: substitution
            title: Pyongyang typo
            message: "'{match}' should be '{suggestion}'"
            category: Spelling
            severity: suggestion
            swap:
              بوينغ يانغ: بيونغ يانغ
          - id: XX1002
            kind: substitution
            title: Putin typo
            message: "'{match}' should be '{suggestion}'"
            category: Spelling
            severity: warning
            swap:
              بوتن: بوتين
          - id: XX3001
            kind: substitution
            title: Tehran spelling
            message: "'{match}' should be '{suggestion}'"
            category: Transliteration
            severity: warning
            swap:
              طهرن: طهران
        """;

    /// <summary>One finding of each rule: XX1001 at (1,9), XX1002 at (2,7), XX3001 at (3,9).</summary>
    private const string Article = "قد تحصل بوينغ يانغ على النفط\nالتقى بوتن وزيرا\nوصل إلى طهرن أمس\n";

    private const string Pyongyang = "'بوينغ يانغ' should be 'بيونغ يانغ'";

    private const string Putin = "'بوتن' should be 'بوتين'";

    private const string Tehran = "'طهرن' should be 'طهران'";

    private const string Nothing = "1 file linted: 0 errors, 0 warnings, 0 suggestions";

    [Fact]
    public async Task Keys_of_other_tools_change_nothing()
    {
        using var folder = Corpus("""
            root = true
            [*]
            indent_size = 4
            dotnet_diagnostic.CA1000.severity = none
            dotnet_analyzer_diagnostic.severity = error
            """);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(
            Lines(
                "corpus/a.txt(1,9): suggestion XX1001: " + Pyongyang,
                "corpus/a.txt(2,7): warning XX1002: " + Putin,
                "corpus/a.txt(3,9): warning XX3001: " + Tehran,
                "1 file linted: 0 errors, 2 warnings, 1 suggestion"),
            result.Output);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task An_id_setting_raising_a_suggestion_to_error_makes_the_exit_code_one()
    {
        using var folder = Corpus("""
            root = true
            [*.txt]
            corpuslint_diagnostic.XX1001.severity = error
            """);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(
            Lines(
                "corpus/a.txt(1,9): error XX1001: " + Pyongyang,
                "corpus/a.txt(2,7): warning XX1002: " + Putin,
                "corpus/a.txt(3,9): warning XX3001: " + Tehran,
                "1 file linted: 1 error, 2 warnings, 0 suggestions"),
            result.Output);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task None_removes_a_finding()
    {
        using var folder = Corpus("""
            root = true
            [*]
            corpuslint_diagnostic.XX1002.severity = none
            corpuslint_diagnostic.XX3001.severity = NONE
            """);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--fail-level", "warning");

        Assert.Equal(
            Lines(
                "corpus/a.txt(1,9): suggestion XX1001: " + Pyongyang,
                "1 file linted: 0 errors, 0 warnings, 1 suggestion"),
            result.Output);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task A_category_setting_applies_to_every_rule_of_the_category()
    {
        using var folder = Corpus("""
            root = true
            [*]
            corpuslint_analyzer_diagnostic.category-Spelling.severity = error
            """);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(
            Lines(
                "corpus/a.txt(1,9): error XX1001: " + Pyongyang,
                "corpus/a.txt(2,7): error XX1002: " + Putin,
                "corpus/a.txt(3,9): warning XX3001: " + Tehran,
                "1 file linted: 2 errors, 1 warning, 0 suggestions"),
            result.Output);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task An_id_setting_beats_a_category_setting()
    {
        using var folder = Corpus("""
            root = true
            [*]
            corpuslint_diagnostic.XX1001.severity = suggestion
            corpuslint_analyzer_diagnostic.category-Spelling.severity = error
            corpuslint_analyzer_diagnostic.severity = silent
            """);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(
            Lines(
                "corpus/a.txt(1,9): suggestion XX1001: " + Pyongyang,
                "corpus/a.txt(2,7): error XX1002: " + Putin,
                "1 file linted: 1 error, 0 warnings, 1 suggestion"),
            result.Output);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task The_nearest_editorconfig_wins_over_one_above_it()
    {
        using var folder = Corpus("""
            root = true
            [*]
            corpuslint_diagnostic.XX1001.severity = error
            corpuslint_diagnostic.XX1002.severity = none
            """);
        folder.Write("corpus/.editorconfig", "[*]\ncorpuslint_diagnostic.XX1001.severity = warning\n");
        folder.Write("other/b.txt", Article);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "other");

        Assert.Equal(
            Lines(
                "corpus/a.txt(1,9): warning XX1001: " + Pyongyang,
                "corpus/a.txt(3,9): warning XX3001: " + Tehran,
                "other/b.txt(1,9): error XX1001: " + Pyongyang,
                "other/b.txt(3,9): warning XX3001: " + Tehran,
                "2 files linted: 1 error, 3 warnings, 0 suggestions"),
            result.Output);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task Root_in_a_subfolder_stops_the_walk()
    {
        using var folder = Corpus("""
            root = true
            [*]
            corpuslint_diagnostic.XX1001.severity = error
            """);
        folder.Write("corpus/.editorconfig", "root = true\n[*.md]\ncorpuslint_diagnostic.XX1002.severity = error\n");
        folder.Write("other/b.txt", Article);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "other");

        Assert.Equal(
            Lines(
                "corpus/a.txt(1,9): suggestion XX1001: " + Pyongyang,
                "corpus/a.txt(2,7): warning XX1002: " + Putin,
                "corpus/a.txt(3,9): warning XX3001: " + Tehran,
                "other/b.txt(1,9): error XX1001: " + Pyongyang,
                "other/b.txt(2,7): warning XX1002: " + Putin,
                "other/b.txt(3,9): warning XX3001: " + Tehran,
                "2 files linted: 1 error, 4 warnings, 1 suggestion"),
            result.Output);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task Sections_apply_only_to_the_files_they_match()
    {
        using var folder = new TempFolder();
        folder.WriteRules("rules.yaml", Rules);
        folder.Write(".editorconfig", """
            root = true
            [*.txt]
            corpuslint_diagnostic.XX1001.severity = warning
            [corpus/sub/**]
            corpuslint_diagnostic.XX1001.severity = error
            """);
        folder.Write("corpus/a.txt", "بوينغ يانغ");
        folder.Write("corpus/d.md", "بوينغ يانغ");
        folder.Write("corpus/sub/b.txt", "بوينغ يانغ");
        folder.Write("corpus/sub/deeper/c.md", "بوينغ يانغ");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--include", "corpus/**");

        Assert.Equal(
            Lines(
                "corpus/a.txt(1,1): warning XX1001: " + Pyongyang,
                "corpus/d.md(1,1): suggestion XX1001: " + Pyongyang,
                "corpus/sub/b.txt(1,1): error XX1001: " + Pyongyang,
                "corpus/sub/deeper/c.md(1,1): error XX1001: " + Pyongyang,
                "4 files linted: 2 errors, 1 warning, 1 suggestion"),
            result.Output);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task A_section_with_a_slash_is_relative_to_the_folder_of_its_editorconfig()
    {
        using var folder = new TempFolder();
        folder.WriteRules("rules.yaml", Rules);
        folder.Write(".editorconfig", "root = true\n");
        folder.Write("corpus/.editorconfig", "[sub/*.txt]\ncorpuslint_diagnostic.XX1001.severity = error\n");
        folder.Write("corpus/sub/a.txt", "بوينغ يانغ");
        folder.Write("corpus/other/sub/b.txt", "بوينغ يانغ");
        folder.Write("sub/c.txt", "بوينغ يانغ");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "sub");

        Assert.Equal(
            Lines(
                "corpus/other/sub/b.txt(1,1): suggestion XX1001: " + Pyongyang,
                "corpus/sub/a.txt(1,1): error XX1001: " + Pyongyang,
                "sub/c.txt(1,1): suggestion XX1001: " + Pyongyang,
                "3 files linted: 1 error, 0 warnings, 2 suggestions"),
            result.Output);
    }

    [Theory]
    [InlineData("corpus")]
    [InlineData("corpus/")]
    [InlineData("./corpus")]
    [InlineData("other/../corpus")]
    [InlineData("corpus/a.txt")]
    public async Task Settings_apply_however_the_path_is_written(string path)
    {
        using var folder = Corpus("root = true\n[*]\ncorpuslint_diagnostic.XX1001.severity = error\ncorpuslint_analyzer_diagnostic.severity = none\n");
        Directory.CreateDirectory(Path.Combine(folder.Path, "other"));

        var result = await CliRunner.RunAsync(folder.Path, "check", path);

        Assert.Equal(
            Lines(
                "corpus/a.txt(1,9): error XX1001: " + Pyongyang,
                "1 file linted: 1 error, 0 warnings, 0 suggestions"),
            result.Output);
    }

    [Fact]
    public async Task An_editorconfig_above_the_working_folder_applies()
    {
        using var folder = Corpus("root = true\n[*]\ncorpuslint_diagnostic.XX1001.severity = error\ncorpuslint_analyzer_diagnostic.severity = none\n");

        var result = await CliRunner.RunAsync(Path.Combine(folder.Path, "corpus"), "check", "a.txt", "--rules", "../rules");

        Assert.Equal(
            Lines(
                "a.txt(1,9): error XX1001: " + Pyongyang,
                "1 file linted: 1 error, 0 warnings, 0 suggestions"),
            result.Output);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task A_bad_value_stops_the_run_with_its_position()
    {
        using var folder = Corpus("root = true\n");
        folder.Write("corpus/.editorconfig", "[*]\ncorpuslint_diagnostic.XX1001.severity = warnin\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(
            Lines(
                "corpus/.editorconfig(2,41): error: 'warnin' is not a severity; use error, warning, suggestion, silent, none",
                "corpuslint: 1 error(s) in .editorconfig files; nothing was linted."),
            result.Error);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task Every_bad_setting_of_every_editorconfig_is_reported()
    {
        using var folder = Corpus("root = true\n[*.md]\ncorpuslint_diagnostic.XX1002.severity = warnin\n");
        folder.Write("corpus/.editorconfig", """
            [*]
            corpuslint_diagnostic.XX1001.severit = error
              corpuslint_analyzer_diagnostic.category-Style.severity = error
            corpuslint_analyzer_diagnostic.severity = warning
            """);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(
            Lines(
                "corpus/.editorconfig(2,1): error: 'corpuslint_diagnostic.xx1001.severit' is not a setting of corpuslint; use corpuslint_diagnostic.ID.severity, corpuslint_analyzer_diagnostic.category-NAME.severity or corpuslint_analyzer_diagnostic.severity",
                "corpus/.editorconfig(3,3): error: 'style' is not a category; use one of Boilerplate, Duplication, Transliteration, Spelling, Formatting, Input",
                ".editorconfig(3,41): error: 'warnin' is not a severity; use error, warning, suggestion, silent, none",
                "corpuslint: 3 error(s) in .editorconfig files; nothing was linted."),
            result.Error);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task An_editorconfig_that_is_not_utf8_is_an_error_with_its_position()
    {
        using var folder = Corpus("root = true\n");
        folder.WriteBytes("corpus/.editorconfig", [.. Encoding.UTF8.GetBytes("[*]\nk = "), 0xC8, 0x0A]);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(
            Lines(
                "corpus/.editorconfig(2,5): error: the file is not valid UTF-8 (byte 0xC8 at offset 8); convert it to UTF-8 to lint it",
                "corpuslint: 1 error(s) in .editorconfig files; nothing was linted."),
            result.Error);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task An_editorconfig_with_a_byte_order_mark_is_read()
    {
        using var folder = Corpus(string.Empty);
        folder.WriteBytes(".editorconfig", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("root = true\r\n[*]\r\ncorpuslint_analyzer_diagnostic.severity = none\r\n")]);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(Lines(Nothing), result.Output);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task A_section_that_is_no_valid_glob_does_not_stop_the_run()
    {
        using var folder = Corpus("root = true\n[[z-a].txt]\nindent_size = 2\n[*]\ncorpuslint_analyzer_diagnostic.severity = none\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(Lines(Nothing), result.Output);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task The_input_category_sets_the_severity_of_an_undecodable_file()
    {
        using var folder = Corpus("root = true\n[*]\ncorpuslint_analyzer_diagnostic.category-Input.severity = warning\ncorpuslint_encoding = utf-8\n");
        folder.WriteBytes("corpus/1256.txt", [0xC8, 0xED, 0x0A, 0xE6, 0xE4]);
        folder.WriteBytes("corpus/image.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]);
        folder.Write("corpus/.editorconfig", "[*.bin]\ncorpuslint_diagnostic.CL0002.severity = none\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus/1256.txt", "corpus/image.bin");

        Assert.Equal(
            Lines(
                "corpus/1256.txt(1,1): warning CL0001: the file is not valid UTF-8 (byte 0xC8 at offset 0); convert it to UTF-8 to lint it",
                "2 files linted: 0 errors, 1 warning, 0 suggestions"),
            result.Output);
        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [InlineData("fix")]
    [InlineData("check", "--fix")]
    public async Task A_rule_set_to_none_is_not_fixed(params string[] command)
    {
        using var folder = Corpus("root = true\n[*]\ncorpuslint_diagnostic.XX1001.severity = none\n");
        var article = Path.Combine(folder.Path, "corpus", "a.txt");

        var result = await CliRunner.RunAsync(folder.Path, [.. command, "corpus"]);

        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(
            Lines(
                "corpus/a.txt: fixed XX1002, XX3001",
                "Fixed 2 findings in 1 file.",
                Nothing),
            result.Output);
        Assert.Equal("قد تحصل بوينغ يانغ على النفط\nالتقى بوتين وزيرا\nوصل إلى طهران أمس\n", File.ReadAllText(article));
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Fix_with_a_bad_editorconfig_changes_no_file()
    {
        using var folder = Corpus("root = true\n[*]\ncorpuslint_diagnostic.XX1001.severity = fatal\n");
        var article = Path.Combine(folder.Path, "corpus", "a.txt");

        var result = await CliRunner.RunAsync(folder.Path, "fix", "corpus");

        Assert.Equal(
            Lines(
                ".editorconfig(3,41): error: 'fatal' is not a severity; use error, warning, suggestion, silent, none",
                "corpuslint: 1 error(s) in .editorconfig files; nothing was linted."),
            result.Error);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(Article, File.ReadAllText(article));
        Assert.Equal(2, result.ExitCode);
    }

    /// <summary>A temporary folder with the rules in rules/, <see cref="Article"/> as corpus/a.txt and a top .editorconfig.</summary>
    private static TempFolder Corpus(string editorConfig)
    {
        var folder = new TempFolder();
        folder.WriteRules("rules.yaml", Rules);
        folder.Write("corpus/a.txt", Article);
        folder.Write(".editorconfig", editorConfig);
        return folder;
    }

    private static string Lines(params string[] lines) => string.Concat(lines.Select(line => line + Environment.NewLine));
}
