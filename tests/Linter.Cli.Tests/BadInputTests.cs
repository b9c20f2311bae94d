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
        folder.Write("rules/typo.yaml", TypoRule);
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
        folder.Write("rules/typo.yaml", TypoRule);
        folder.Write("corpus.jsonl", Surrogates);

        var result = await CliRunner.RunProcessAsync(folder.Path, "report", "corpus.jsonl", "--rules", "rules", "--html", "report.html");

        Assert.Equal((0, "Wrote report.html: 3 documents, 2 errors, 1 warning, 0 suggestions.\n", string.Empty), (result.ExitCode, result.Output, result.Error));
    }

    [Fact]
    public async Task A_lone_surrogate_escape_in_a_record_is_skipped_with_a_warning_by_discover()
    {
        using var folder = new TempFolder();
        folder.Write("rules/typo.yaml", TypoRule);
        folder.Write("corpus.jsonl", Surrogates);

        var result = await CliRunner.RunProcessAsync(folder.Path, "discover", "variants", "corpus.jsonl", "--rules", "rules");

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
        folder.Write("rules/typo.yaml", TypoRule);
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
        folder.Write("rules/typo.yaml", TypoRule);
        var records = string.Concat(Enumerable.Range(0, 200).Select(i => $"{{\"id\": \"r{i}\", \"text\": \"نص رقم {i}\"}}\n"));
        var member = Gzip(records);
        folder.WriteBytes("cut.jsonl.gz", member[..(member.Length * 2 / 3)]);
        folder.WriteBytes("whole.jsonl.gz", [.. member, .. member]);

        var cut = await CliRunner.RunProcessAsync(folder.Path, "check", "cut.jsonl.gz", "--rules", "rules");
        var whole = await CliRunner.RunProcessAsync(folder.Path, "check", "whole.jsonl.gz", "--rules", "rules");

        Assert.Equal(1, cut.ExitCode);
        Assert.StartsWith(
            "cut.jsonl.gz(1,1): error CL0005: the corpus could not be read to its end: the compressed stream ends early: the file was cut short\n",
            cut.Output,
            StringComparison.Ordinal);
        Assert.Equal((0, "400 files linted: 0 errors, 0 warnings, 0 suggestions\n"), (whole.ExitCode, whole.Output));
    }

    [Fact]
    public async Task A_rule_file_nested_fifty_thousand_deep_is_an_error_at_its_place()
    {
        using var folder = new TempFolder();
        folder.Write("rules/deep.yaml", "rules:\n  - id: XX1001\n    swap: " + new string('[', 50_000) + "\n");
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
        folder.Write("rules/typo.yaml", TypoRule);
        folder.Write("corpus/a\nb.txt(9,9): error XX9999: forged\u001b[2J.txt", "زار بوينغ يانغ أمس.\n");

        var result = await CliRunner.RunProcessAsync(folder.Path, "check", "corpus", "--rules", "rules");

        Assert.Equal(
            "corpus/a\\u000ab.txt(9,9): error XX9999: forged\\u001b[2J.txt(1,5): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'\n"
            + "1 file linted: 0 errors, 1 warning, 0 suggestions\n",
            result.Output);
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
