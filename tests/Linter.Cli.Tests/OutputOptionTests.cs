using System.Text.Json;
using static Linter.Cli.Tests.TestRules;

namespace Linter.Cli.Tests;

/// <summary>Several reports in one run: <c>--format</c> and <c>--output</c> pair up in order.</summary>
public sealed class OutputOptionTests
{
    [Fact]
    public async Task Every_format_goes_to_its_file_and_the_console_keeps_the_human_report()
    {
        using var folder = Corpus();
        folder.Write("reports/out.sarif", "a previous report, replaced");
        var console = await CliRunner.RunAsync(folder.Path, "check", "corpus");
        var sarif = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "sarif");
        var json = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "json");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "sarif", "--output", "reports/out.sarif", "--format", "json", "--output", "new/out.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(console.Output, result.Output);
        Assert.Equal(sarif.Output, await File.ReadAllTextAsync(Path.Combine(folder.Path, "reports", "out.sarif")));
        Assert.Equal(json.Output, await File.ReadAllTextAsync(Path.Combine(folder.Path, "new", "out.json")));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_format_without_an_output_goes_to_standard_output()
    {
        using var folder = Corpus();
        var sarif = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "sarif");
        var github = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "github");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "sarif", "--output", "corpuslint.sarif", "--format", "github");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(github.Output, result.Output);
        Assert.Equal(sarif.Output, await File.ReadAllTextAsync(Path.Combine(folder.Path, "corpuslint.sarif")));
    }

    [Fact]
    public async Task Formats_and_outputs_pair_by_position_not_by_adjacency()
    {
        using var folder = Corpus();
        var json = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "json");
        var github = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "github");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "-o", "first.json", "-f", "json", "-f", "github");

        Assert.Equal(github.Output, result.Output);
        Assert.Equal(json.Output, await File.ReadAllTextAsync(Path.Combine(folder.Path, "first.json")));
    }

    [Fact]
    public async Task An_output_without_a_format_is_the_console_report()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--output", "report.txt");

        Assert.Equal(
            "corpus/a.txt(1,1): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'" + Environment.NewLine
            + "1 file linted: 0 errors, 1 warning, 0 suggestions" + Environment.NewLine,
            result.Output);
        Assert.Equal(result.Output, await File.ReadAllTextAsync(Path.Combine(folder.Path, "report.txt")));
    }

    [Fact]
    public async Task More_outputs_than_formats_is_a_usage_error()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "json", "--output", "a.json", "--output", "b.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "corpuslint: error: 2 --output for 1 --format; each --output is the file of the --format in the same position, so give a --format for 'b.json'" + Environment.NewLine,
            result.Error);
        Assert.Equal(string.Empty, result.Output);
        Assert.False(File.Exists(Path.Combine(folder.Path, "a.json")));
    }

    [Fact]
    public async Task Two_formats_on_standard_output_is_a_usage_error()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "sarif", "--output", "out.sarif", "--format", "json", "--format", "github");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "corpuslint: error: --format json and --format github would both go to standard output; give every format but one an --output FILE" + Environment.NewLine,
            result.Error);
        Assert.Equal(string.Empty, result.Output);
        Assert.False(File.Exists(Path.Combine(folder.Path, "out.sarif")));
    }

    [Fact]
    public async Task One_file_for_two_formats_is_a_usage_error()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "sarif", "--output", "out", "--format", "json", "--output", "./out");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("corpuslint: error: --output ./out is given twice; each report needs its own file" + Environment.NewLine, result.Error);
    }

    [Fact]
    public async Task An_output_that_is_also_a_path_to_lint_is_a_usage_error_and_the_file_is_kept()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus/a.txt", "--format", "json", "--output", "corpus/a.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("corpuslint: error: corpus/a.txt is both a path to lint and an --output file" + Environment.NewLine, result.Error);
        Assert.Equal("بوينغ يانغ", await File.ReadAllTextAsync(Path.Combine(folder.Path, "corpus", "a.txt")));
    }

    [Fact]
    public async Task An_empty_output_name_is_a_usage_error()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "json", "--output", "");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("corpuslint: error: --output needs a file name" + Environment.NewLine, result.Error);
    }

    [Fact]
    public async Task A_report_that_cannot_be_written_exits_two_naming_it_and_the_rest_is_still_reported()
    {
        using var folder = Corpus();
        folder.Write("blocker", "a file where a folder is needed");
        var json = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "json");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "sarif", "--output", "blocker/out.sarif", "--format", "json", "--output", "out.json");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("corpuslint: error: could not write the sarif report to blocker/out.sarif: ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith("1 file linted: 0 errors, 1 warning, 0 suggestions" + Environment.NewLine, result.Output);
        Assert.Equal(json.Output, await File.ReadAllTextAsync(Path.Combine(folder.Path, "out.json")));
    }

    [Fact]
    public async Task A_report_written_into_the_linted_folder_is_not_linted_on_the_next_run()
    {
        using var folder = Corpus();

        var first = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "json", "--output", "corpus/report.json");
        var second = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "json", "--output", "corpus/report.json");

        Assert.Equal(first.Output, second.Output);
        Assert.EndsWith("1 file linted: 0 errors, 1 warning, 0 suggestions" + Environment.NewLine, second.Output);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(folder.Path, "corpus", "report.json")), (await CliRunner.RunAsync(folder.Path, "check", "corpus/a.txt", "--format", "json")).Output);
    }

    [Fact]
    public async Task Check_fix_with_a_machine_format_on_standard_output_tells_the_fixes_on_standard_error()
    {
        using var folder = Corpus();

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--fix", "--format", "sarif", "--output", "out.sarif", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "corpus/a.txt: fixed XX1001" + Environment.NewLine + "Fixed 1 finding in 1 file." + Environment.NewLine,
            result.Error);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(0, json.RootElement.GetProperty("diagnostics").GetArrayLength());
        using var sarif = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder.Path, "out.sarif")));
        Assert.Equal(0, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
        Assert.Equal("بيونغ يانغ", await File.ReadAllTextAsync(Path.Combine(folder.Path, "corpus", "a.txt")));
    }

    [Fact]
    public async Task Check_fix_with_every_format_in_a_file_tells_the_fixes_on_the_console()
    {
        using var folder = Corpus();
        folder.Write("corpus/b.txt", "قد تحصل بوينغ يانغ");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--fix", "--rule", "XX1001", "--format", "github", "--output", "annotations.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(
            "corpus/a.txt: fixed XX1001" + Environment.NewLine
            + "corpus/b.txt: fixed XX1001" + Environment.NewLine
            + "Fixed 2 findings in 2 files." + Environment.NewLine
            + "2 files linted: 0 errors, 0 warnings, 0 suggestions" + Environment.NewLine,
            result.Output);
        Assert.Equal(
            "2 files linted: 0 errors, 0 warnings, 0 suggestions" + Environment.NewLine,
            await File.ReadAllTextAsync(Path.Combine(folder.Path, "annotations.txt")));
    }

    [Fact]
    public async Task A_json_report_larger_than_a_block_is_whole_in_its_file_and_on_standard_output()
    {
        // About 300 bytes a finding: the report is written out in several blocks.
        using var folder = Corpus();
        folder.Write("corpus/many.txt", string.Join('\n', Enumerable.Range(1, 400).Select(line => $"قال في السطر {line} إن بوينغ يانغ")));

        var standardOutput = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "json");
        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "json", "--output", "out.json");

        var report = await File.ReadAllTextAsync(Path.Combine(folder.Path, "out.json"));
        Assert.Equal(standardOutput.Output, report);
        Assert.True(report.Length > 100_000);
        using var json = JsonDocument.Parse(report);
        var found = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("path").GetString(), d.GetProperty("line").GetInt32(), d.GetProperty("text").GetString()))
            .ToList();
        Assert.Equal(
            [("corpus/a.txt", 1, "بوينغ يانغ"), .. Enumerable.Range(1, 400).Select(line => ("corpus/many.txt", line, "بوينغ يانغ"))],
            found);
        Assert.Equal(401, json.RootElement.GetProperty("summary").GetProperty("warning").GetInt32());
        Assert.EndsWith("}" + Environment.NewLine, report, StringComparison.Ordinal);
    }

    private static TempFolder Corpus()
    {
        var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write("corpus/a.txt", "بوينغ يانغ");
        return folder;
    }
}
