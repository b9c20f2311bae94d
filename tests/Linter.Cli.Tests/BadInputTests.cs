using System.IO.Compression;
using System.Text;
using static Linter.Cli.Tests.TestRules;

namespace Linter.Cli.Tests;

/// <summary>
/// The built command line on inputs that used to crash it or mislead its user: each bad input is one finding or one
/// error line naming it, and the run goes on.
/// </summary>
public sealed class BadInputTests
{
    private const string Surrogates = "{\"id\": \"ok\", \"text\": \"زار بوينغ يانغ أمس.\"}\n{\"id\": \"a\\ud800\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": \"x\\udc00y\"}\n";

    [Fact]
    public async Task A_lone_surrogate_escape_in_a_record_is_a_finding_on_that_record_in_check()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TypoRule);
        folder.Write("corpus.jsonl", Surrogates);

        var result = await CliRunner.RunProcessAsync(folder.Path, "check", "corpus.jsonl", "--rules", "rules");

        Assert.Equal(
            "corpus.jsonl#ok(1,5): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'\n"
            + "corpus.jsonl#L2(2,1): error CL0006: Line 2 is not valid JSON at byte 8 of the line: the string holds an unpaired surrogate escape (\\ud800 to \\udfff), which is not text; the record was not linted\n"
            + "corpus.jsonl#b(3,1): error CL0006: Line 3 is not valid JSON at byte 21 of the line: the string holds an unpaired surrogate escape (\\ud800 to \\udfff), which is not text; the record was not linted\n"
            + "3 files linted: 2 errors, 1 warning, 0 suggestions\n",
            result.Output);
        Assert.Equal((1, string.Empty), (result.ExitCode, result.Error));
    }

    [Fact]
    public async Task A_lone_surrogate_escape_in_a_record_is_a_finding_in_the_corpus_report()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TypoRule);
        folder.Write("corpus.jsonl", Surrogates);

        var result = await CliRunner.RunProcessAsync(folder.Path, "report", "corpus.jsonl", "--rules", "rules", "--html", "report.html", "--dictionary", TestDictionary.Path);

        Assert.Equal((0, "Wrote report.html: 3 documents, 2 errors, 1 warning, 0 suggestions.\n", string.Empty), (result.ExitCode, result.Output, result.Error));
    }

    [Fact]
    public async Task A_lone_surrogate_escape_in_a_record_is_skipped_with_a_warning_by_discover()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TypoRule);
        folder.Write("corpus.jsonl", Surrogates);

        var result = await CliRunner.RunProcessAsync(folder.Path, "discover", "variants", "corpus.jsonl", "--rules", "rules", "--dictionary", TestDictionary.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(
            "corpus.jsonl(2,1): warning: Line 2 is not valid JSON at byte 8 of the line: the string holds an unpaired surrogate escape (\\ud800 to \\udfff), which is not text; the record was not linted\n",
            result.Error,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_compressed_record_longer_than_the_limit_is_a_finding_and_the_next_records_are_linted()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TypoRule);
        using (var gzip = new GZipStream(File.Create(Path.Combine(folder.Path, "corpus.jsonl.gz")), CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes("{\"id\": \"big\", \"text\": \""));
            gzip.Write(Fill(Input.JsonlReader.MaxLineBytes));
            gzip.Write(Encoding.UTF8.GetBytes("\"}\n{\"id\": \"next\", \"text\": \"زار بوينغ يانغ أمس.\"}\n"));
        }

        var result = await CliRunner.RunProcessAsync(folder.Path, "check", "corpus.jsonl.gz", "--rules", "rules");

        Assert.Equal(
            "corpus.jsonl.gz#L1(1,1): error CL0006: Line 1 is longer than 16 MB; the record was not linted\n"
            + "corpus.jsonl.gz#next(1,5): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'\n"
            + "2 files linted: 1 error, 1 warning, 0 suggestions\n",
            result.Output);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task A_compressed_corpus_cut_short_is_an_error_on_that_file_and_a_whole_one_of_two_members_passes()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TypoRule);
        var records = string.Concat(Enumerable.Range(0, 200).Select(i => $"{{\"id\": \"r{i}\", \"text\": \"نص رقم {i}\"}}\n"));
        var member = Gzip(records);
        folder.WriteBytes("cut.jsonl.gz", member[..(member.Length * 2 / 3)]);
        folder.WriteBytes("whole.jsonl.gz", [.. member, .. member]);

        var cut = await CliRunner.RunProcessAsync(folder.Path, "check", "cut.jsonl.gz", "--rules", "rules");
        var whole = await CliRunner.RunProcessAsync(folder.Path, "check", "whole.jsonl.gz", "--rules", "rules");

        // The records read before the cut are linted; what the damaged tail decompresses to is malformed records, and
        // the file says why it ends there, after them.
        Assert.Equal(1, cut.ExitCode);
        var lines = cut.Output.TrimEnd('\n').Split('\n');
        Assert.All(lines[..^2], line => Assert.Matches(@"^cut\.jsonl\.gz#\w+\(\d+,1\): error CL0006: Line \d+ is not valid ", line));
        Assert.Equal("cut.jsonl.gz(1,1): error CL0005: the corpus could not be read to its end: the compressed stream ends early: the file was cut short", lines[^2]);
        Assert.EndsWith(" files linted: " + (lines.Length - 1) + " errors, 0 warnings, 0 suggestions", lines[^1], StringComparison.Ordinal);
        Assert.Equal((0, "400 files linted: 0 errors, 0 warnings, 0 suggestions\n"), (whole.ExitCode, whole.Output));
    }

    [Fact]
    public async Task A_rule_file_nested_fifty_thousand_deep_is_an_error_at_its_place()
    {
        using var folder = new TempFolder();
        folder.WriteRules("deep.yaml", "rules:\n  - id: XX1001\n    swap: " + new string('[', 50_000) + "\n");
        folder.Write("a.txt", "نص\n");

        var result = await CliRunner.RunProcessAsync(folder.Path, "check", "a.txt", "--rules", "rules");

        Assert.Equal(
            (2, "rules/deep.yaml(3,267): error: invalid YAML: lists and mappings nested more than 256 deep\ncorpuslint: 1 error(s) in the rule files; nothing was linted.\n"),
            (result.ExitCode, result.Error));
    }

    [Fact]
    public async Task Control_characters_in_a_file_name_are_escaped_so_they_cannot_forge_a_line_or_drive_the_terminal()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TypoRule);
        folder.Write("corpus/a\nb.txt(9,9): error XX9999: forged\u001b[2J.txt", "زار بوينغ يانغ أمس.\n");

        var result = await CliRunner.RunProcessAsync(folder.Path, "check", "corpus", "--rules", "rules");

        Assert.Equal(
            "corpus/a\\u000ab.txt(9,9): error XX9999: forged\\u001b[2J.txt(1,5): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'\n"
            + "1 file linted: 0 errors, 1 warning, 0 suggestions\n",
            result.Output);
    }

    [Fact]
    public async Task A_glob_too_large_to_match_is_an_error_naming_where_it_is_written()
    {
        var glob = string.Concat(Enumerable.Repeat("*a", 5000));
        var shown = $"the glob '{glob[..60]}…' is too large to match";
        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TypoRule);
        folder.Write("rules-with-files/typo.yaml", TypoRule + $"\n    files: [\"{glob}\"]\n");
        folder.Write("corpus/a.txt", "نص\n");
        folder.Write("configured/.editorconfig", $"[{glob}]\ncorpuslint_severity = none\n");
        folder.Write("configured/a.txt", "نص\n");

        var include = await CliRunner.RunProcessAsync(folder.Path, "check", "corpus", "--rules", "rules", "--include", glob);
        var ruleFile = await CliRunner.RunProcessAsync(folder.Path, "check", "corpus", "--rules", "rules-with-files");
        var editorConfig = await CliRunner.RunProcessAsync(folder.Path, "check", "configured", "--rules", "rules");

        Assert.Equal((2, $"corpuslint: error: --include or --exclude: {shown}\n"), (include.ExitCode, include.Error));
        Assert.Equal((2, $"rules-with-files/typo.yaml(10,14): error: {shown}\ncorpuslint: 1 error(s) in the rule files; nothing was linted.\n"), (ruleFile.ExitCode, ruleFile.Error));
        Assert.Equal((2, $"configured/.editorconfig(1,1): error: {shown}\ncorpuslint: 1 error(s) in .editorconfig files; nothing was linted.\n"), (editorConfig.ExitCode, editorConfig.Error));
    }

    [Fact]
    public async Task A_glob_of_many_folder_wildcards_matches_at_once()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TypoRule);
        folder.Write("corpus/deep/x", "زار بوينغ يانغ أمس.\n");

        var result = await CliRunner.RunProcessAsync(folder.Path, "check", "corpus", "--rules", "rules", "--include", string.Concat(Enumerable.Repeat("**/", 3000)) + "x");

        Assert.Equal((0, "corpus/deep/x(1,5): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'\n1 file linted: 0 errors, 1 warning, 0 suggestions\n"), (result.ExitCode, result.Output));
    }

    [Fact]
    public async Task Rule_pages_written_to_a_file_instead_of_a_folder_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TypoRule);
        folder.Write("pages.md", "keep\n");

        var result = await CliRunner.RunProcessAsync(folder.Path, "rules", "docs", "--out", "pages.md", "--rules", "rules");

        Assert.Equal((2, "corpuslint: error: --out pages.md: a file, not a folder; the pages go into a folder\n"), (result.ExitCode, result.Error));
        Assert.Equal("keep\n", File.ReadAllText(Path.Combine(folder.Path, "pages.md")));
    }

    [Fact]
    public async Task A_baseline_whose_counts_add_up_past_the_largest_number_holds_back_as_many_as_it_can()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TypoRule);
        folder.Write("a.txt", "زار بوينغ يانغ أمس.\n");
        Assert.Equal(0, (await CliRunner.RunProcessAsync(folder.Path, "baseline", "a.txt", "--rules", "rules")).ExitCode);
        var baseline = Path.Combine(folder.Path, ".corpuslint-baseline.json");
        var json = File.ReadAllText(baseline);
        var entry = json[json.IndexOf("    {", StringComparison.Ordinal)..(json.IndexOf("    }", StringComparison.Ordinal) + 5)].Replace("\"count\": 1", "\"count\": 2147483647", StringComparison.Ordinal);
        File.WriteAllText(baseline, json.Replace(json[json.IndexOf("    {", StringComparison.Ordinal)..(json.IndexOf("    }", StringComparison.Ordinal) + 5)], entry + ",\n" + entry, StringComparison.Ordinal));

        var result = await CliRunner.RunProcessAsync(folder.Path, "check", "a.txt", "--rules", "rules");

        Assert.Equal((0, "1 file linted: 0 errors, 0 warnings, 0 suggestions (1 more in the baseline)\n", string.Empty), (result.ExitCode, result.Output, result.Error));
    }

    [Fact]
    public async Task An_unreadable_folder_and_a_name_that_is_not_UTF8_are_skipped_with_a_warning_and_the_rest_is_linted()
    {
        // A superuser reads any folder, whatever its mode, so the unreadable folder needs an ordinary user.
        if (!OperatingSystem.IsLinux() || Environment.UserName == "root")
        {
            return;
        }

        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TypoRule);
        folder.Write("corpus/a.txt", "زار بوينغ يانغ أمس.\n");
        folder.Write("corpus/locked/b.txt", "زار بوينغ يانغ أمس.\n");
        File.SetUnixFileMode(Path.Combine(folder.Path, "corpus", "locked"), UnixFileMode.None);
        try
        {
            var result = await CliRunner.RunProcessAsync(folder.Path, "check", "corpus", "--rules", "rules");

            Assert.StartsWith("corpus/locked: warning: the folder could not be read (", result.Error, StringComparison.Ordinal);
            Assert.Equal((1, "corpus/a.txt(1,5): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'\n1 file linted: 0 errors, 1 warning, 0 suggestions\n"), (result.ExitCode, result.Output));
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(folder.Path, "corpus", "locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public async Task A_file_name_that_is_not_UTF8_is_named_as_skipped()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TypoRule);
        folder.Write("corpus/a.txt", "نص\n");
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh") { WorkingDirectory = folder.Path };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("printf 'x' > \"$(printf 'corpus/bad\\377.txt')\"");
        using (var shell = System.Diagnostics.Process.Start(start)!)
        {
            await shell.WaitForExitAsync();
        }

        var result = await CliRunner.RunProcessAsync(folder.Path, "check", "corpus", "--rules", "rules");

        // .NET cannot delete the file either; the shell can.
        start.ArgumentList[1] = "rm corpus/bad*";
        using (var shell = System.Diagnostics.Process.Start(start)!)
        {
            await shell.WaitForExitAsync();
        }

        Assert.Equal("corpus/bad\uFFFD.txt: warning: its name is not valid UTF-8; skipped\n", result.Error);
        Assert.Equal((0, "1 file linted: 0 errors, 0 warnings, 0 suggestions\n"), (result.ExitCode, result.Output));
    }

    private static byte[] Gzip(string text)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return compressed.ToArray();
    }

    private static byte[] Fill(int length)
    {
        var bytes = new byte[length];
        bytes.AsSpan().Fill((byte)'a');
        return bytes;
    }
}
