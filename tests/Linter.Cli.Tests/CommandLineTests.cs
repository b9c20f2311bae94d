using Linter.Cli.Output;
using static Linter.Cli.Tests.TestRules;

namespace Linter.Cli.Tests;

/// <summary>The command line's habits, as users of ruff, eslint and Vale expect them.</summary>
public sealed class CommandLineTests
{
    private static readonly string NewLine = Environment.NewLine;

    [Theory]
    [InlineData(new[] { "check", "--formt", "json", "seeds" }, "unknown option '--formt' for 'corpuslint check'; did you mean '--format'?", "corpuslint check")]
    [InlineData(new[] { "check", "seeds", "--formt=json" }, "unknown option '--formt=json' for 'corpuslint check'; did you mean '--format'?", "corpuslint check")]
    [InlineData(new[] { "fix", "seeds", "--dryrun" }, "unknown option '--dryrun' for 'corpuslint fix'; did you mean '--dry-run'?", "corpuslint fix")]
    [InlineData(new[] { "check", "seeds", "--verbos" }, "unknown option '--verbos' for 'corpuslint check'; did you mean '--verbose'?", "corpuslint check")]
    [InlineData(new[] { "check", "seeds", "--frobnicate" }, "unknown option '--frobnicate' for 'corpuslint check'", "corpuslint check")]
    [InlineData(new[] { "rules", "--for-file", "a.txt" }, "unknown option '--for-file' for 'corpuslint rules'", "corpuslint rules")]
    [InlineData(new[] { "chek", "seeds" }, "unknown command 'chek' for 'corpuslint'; did you mean 'check'?", "corpuslint")]
    [InlineData(new[] { "rules", "tets" }, "unknown command 'tets' for 'corpuslint rules'; did you mean 'test'?", "corpuslint rules")]
    [InlineData(new[] { "test", "rules" }, "unknown command 'test'; did you mean 'corpuslint rules test'?", "corpuslint rules")]
    [InlineData(new string[0], "'corpuslint' needs a command: check, merge, fix, baseline, rules, report, lsp, discover", "corpuslint")]
    public async Task An_unknown_option_or_command_is_one_error_with_a_suggestion(string[] args, string error, string command)
    {
        var result = await CliRunner.RunInRepositoryAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"corpuslint: error: {error}{NewLine}Run '{command} --help' for usage.{NewLine}", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task A_path_that_starts_with_a_dash_is_linted_after_double_dash()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write("-a.txt", "بوينغ يانغ\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "--", "-a.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"-a.txt(1,1): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'{NewLine}1 file linted: 0 errors, 1 warning, 0 suggestions{NewLine}", result.Output);
    }

    [Fact]
    public async Task Statistics_count_each_rule_most_frequent_first_on_the_seeds()
    {
        var result = await CliRunner.RunInRepositoryAsync("check", "seeds", "--statistics", "--select", "CL1", "--select", "CL4");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            string.Concat(
                new[]
                {
                    "6  CL1001  [*] Page widget line",
                    "4  CL1002  [*] Masthead line",
                    "2  CL1004  [*] Photo credit ending a caption",
                    "2  CL4001  [*] Misspelled word or name",
                    "1  CL1003  [*] Section label above the article",
                    "1  CL1005  [*] Wire-service byline line",
                    "1  CL1006  [*] Outlet and agency lead-in",
                    "1  CL1007  [*] Bare date line",
                    "1  CL4002  [*] Conjunction و written apart",
                    "5 files linted: 0 errors, 19 warnings, 0 suggestions",
                }.Select(line => line + NewLine)),
            result.Output);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task Statistics_mark_only_rules_with_fixes_and_quiet_drops_the_summary()
    {
        var result = await CliRunner.RunInRepositoryAsync("check", "seeds", "--statistics", "--quiet", "--select", "CL5007", "--select", "CL5008");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"2  CL5007      Quotation mark left open{NewLine}1  CL5008      Quotation styles mixed in one document{NewLine}", result.Output);
    }

    [Fact]
    public async Task Statistics_refuse_to_share_standard_output_with_another_format()
    {
        var result = await CliRunner.RunInRepositoryAsync("check", "seeds", "--statistics", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"corpuslint: error: --statistics takes the place of the findings in the console report; write the other report to a file with --output{NewLine}", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Quiet_check_prints_the_findings_alone()
    {
        var result = await CliRunner.RunInRepositoryAsync("check", "seeds", "--quiet", "--select", "CL4");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "seeds/004_49622ef729327027.txt(7,41): warning CL4001: «كومسومولسك-نا-آم أموري» is a misspelling of «كومسومولسك-نا-أموري»" + NewLine
            + "seeds/004_49622ef729327027.txt(11,1): warning CL4002: The conjunction و is written apart from its word: «و تبادل» should be «وتبادل»" + NewLine
            + "seeds/004_49622ef729327027.txt(17,20): warning CL4001: «بوينغ يانغ» is a misspelling of «بيونغ يانغ»" + NewLine,
            result.Output);
        Assert.Equal(string.Empty, result.Error);
    }

    [Theory]
    [InlineData("fix")]
    [InlineData("check", "--fix")]
    public async Task Quiet_fix_prints_what_remains_and_nothing_about_the_fixes(params string[] command)
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        var path = folder.Write("a.txt", "بوينغ يانغ\n");

        var result = await CliRunner.RunAsync(folder.Path, [.. command, "a.txt", "--quiet"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal("بيونغ يانغ\n", File.ReadAllText(path));
    }

    [Fact]
    public async Task Color_always_paints_the_place_and_the_severity()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write("a.txt", "بوينغ يانغ\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt", "--color", "always");

        Assert.Equal($"\e[1ma.txt(1,1):\e[0m \e[1;33mwarning\e[0m XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'{NewLine}1 file linted: 0 errors, 1 warning, 0 suggestions{NewLine}", result.Output);
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("never")]
    public async Task Redirected_output_or_color_never_has_no_escape_sequence(string color)
    {
        var result = await CliRunner.RunInRepositoryAsync("--color", color, "check", "seeds");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\e', result.Output);
    }

    [Theory]
    [InlineData("auto", true, null, "xterm-256color", true)]
    [InlineData("auto", true, "", "xterm-256color", true)]
    [InlineData("auto", true, "1", "xterm-256color", false)]
    [InlineData("auto", true, null, "dumb", false)]
    [InlineData("auto", false, null, "xterm-256color", false)]
    [InlineData("always", false, "1", "dumb", true)]
    [InlineData("never", true, null, "xterm-256color", false)]
    public void Colour_is_for_terminals_unless_no_color_is_set_or_the_option_says_otherwise(string choice, bool terminal, string? noColor, string? term, bool expected)
    {
        Assert.Equal(expected, ConsoleStyle.Wanted(choice, terminal, noColor, term));
    }

    [Fact]
    public async Task Every_error_of_a_rule_file_is_reported_in_one_run()
    {
        using var folder = new TempFolder();
        folder.WriteRules("bad.yaml", """
            rules:
              - id: XX1
                kind: boilerplate
                title: Credits
                message: 'Credit: {mach}'
                category: Boilerplate
                severity: fatal
                patterns: ['صورة:)', '[أ-']
                fold: [alif]
            """);
        folder.Write("a.txt", "نص\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "rules/bad.yaml(2,9): error: rule id 'XX1' must be capital letters followed by at least three digits, such as CL1001" + NewLine
            + "rules/bad.yaml(5,23): error: unknown placeholder '{mach}'; this rule offers {match}" + NewLine
            + "rules/bad.yaml(7,15): error: 'severity' must be one of error, warning, suggestion, silent, none, not 'fatal'" + NewLine
            + "rules/bad.yaml(8,22): error: invalid regular expression: a ')' closes nothing (at character 6 of 'صورة:)')" + NewLine
            + "rules/bad.yaml(8,29): error: invalid regular expression: a '[' is never closed with ']' (at character 3 of '[أ-')" + NewLine
            + "rules/bad.yaml(9,12): error: 'fold' must be one of alef, alef-maqsura, ta-marbuta, not 'alif'" + NewLine
            + "corpuslint: 6 error(s) in the rule files; nothing was linted." + NewLine,
            result.Error);
        Assert.Equal(string.Empty, result.Output);
    }
}
