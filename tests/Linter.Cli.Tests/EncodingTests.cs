using System.Text;
using static Linter.Cli.Tests.TestRules;

namespace Linter.Cli.Tests;

/// <summary>Corpora in Windows-1256 and ISO-8859-6, with CRLF and stray NUL bytes; binary files among text.</summary>
public sealed class EncodingTests
{
    private static readonly Encoding Windows1256 = CodePagesEncodingProvider.Instance.GetEncoding(1256)!;

    // Trailing whitespace before a CRLF, and a NUL after the last one, as one exporter leaves every file.
    private static readonly byte[] LegacyFile = [.. Windows1256.GetBytes("قد تحصل بوينغ يانغ على النفط \r\nسطر ثان.\r\n"), 0x00];

    // What check reports of it, read as Windows-1256: the text's findings, and the NUL on a line of its own.
    private static readonly string LegacyFindings =
        "corpus/a.txt(1,9): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'" + Environment.NewLine
        + "corpus/a.txt(1,29): suggestion CL5004: Trailing whitespace" + Environment.NewLine
        + "corpus/a.txt(3,1): warning CL5011: Control character U+0000 in the text" + Environment.NewLine;

    /// <summary>A folder with the shipped formatting rules and the typo rule, and <paramref name="file"/> as corpus/a.txt.</summary>
    private static TempFolder Corpus(byte[] file)
    {
        var folder = new TempFolder();
        folder.WriteRules("formatting.yaml", File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "rules", "formatting.yaml")));
        folder.WriteRules("typos.yaml", TypoRule);
        folder.WriteBytes("corpus/a.txt", file);
        return folder;
    }

    [Fact]
    public async Task Check_lints_a_windows_1256_file_with_crlf_and_a_final_nul()
    {
        using var folder = Corpus(LegacyFile);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--encoding", "windows-1256");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            LegacyFindings + "1 file linted: 0 errors, 2 warnings, 1 suggestion" + Environment.NewLine,
            result.Output);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task Without_its_encoding_a_windows_1256_file_is_recognised_and_linted_as_with_it()
    {
        using var folder = Corpus(LegacyFile);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            LegacyFindings + "1 file linted: 0 errors, 2 warnings, 1 suggestion" + Environment.NewLine,
            result.Output);
    }

    [Fact]
    public async Task As_utf8_a_windows_1256_file_is_not_valid_utf8_and_not_binary()
    {
        using var folder = Corpus(LegacyFile);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--encoding", "utf-8");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "corpus/a.txt(1,1): error CL0001: the file is not valid UTF-8 (byte 0xDE at offset 0); convert it to UTF-8 to lint it" + Environment.NewLine
            + "1 file linted: 1 error, 0 warnings, 0 suggestions" + Environment.NewLine,
            result.Output);
    }

    [Fact]
    public async Task Fix_writes_windows_1256_back_with_its_crlf_and_without_the_nul()
    {
        using var folder = Corpus(LegacyFile);

        var result = await CliRunner.RunAsync(folder.Path, "fix", "corpus", "--encoding", "windows-1256");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "corpus/a.txt: fixed CL5004, CL5011, XX1001" + Environment.NewLine
            + "Fixed 3 findings in 1 file." + Environment.NewLine
            + "1 file linted: 0 errors, 0 warnings, 0 suggestions" + Environment.NewLine,
            result.Output);
        Assert.Equal(Windows1256.GetBytes("قد تحصل بيونغ يانغ على النفط\r\nسطر ثان.\r\n"), File.ReadAllBytes(Path.Combine(folder.Path, "corpus", "a.txt")));
    }

    [Fact]
    public async Task The_encoding_can_be_set_in_editorconfig_and_a_utf8_bom_beats_it()
    {
        using var folder = Corpus(LegacyFile);
        folder.Write("corpus/.editorconfig", "root = true\n\n[*.txt]\ncorpuslint_encoding = windows-1256\n");
        folder.WriteBytes("corpus/b.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("بوينغ يانغ")]);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            LegacyFindings + "corpus/b.txt(1,1): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'" + Environment.NewLine
            + "2 files linted: 0 errors, 3 warnings, 1 suggestion" + Environment.NewLine,
            result.Output);
    }

    [Fact]
    public async Task A_bad_encoding_in_editorconfig_is_an_error_at_its_line_and_column()
    {
        using var folder = Corpus(LegacyFile);
        folder.Write("corpus/.editorconfig", "root = true\n\n[*.txt]\ncorpuslint_encoding = cp1256\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "corpus/.editorconfig(4,23): error: 'cp1256' is not an encoding; use utf-8, windows-1256, iso-8859-6, auto" + Environment.NewLine
            + "corpuslint: 1 error(s) in .editorconfig files; nothing was linted." + Environment.NewLine,
            result.Error);
    }

    [Fact]
    public async Task Auto_reads_utf8_as_utf8_and_recognizes_windows_1256()
    {
        var arabic = "أكد الكرملين اليوم أن الرئيس الروسي سيلتقي زعيم كوريا الشمالية في مدينة فلاديفوستوك، "
            + "وقال المتحدث باسم الرئاسة إن المحادثات ستتناول التعاون الاقتصادي والعسكري بين البلدين.\r\n";
        using var folder = Corpus([.. Windows1256.GetBytes(arabic + "بوينغ يانغ\r\n"), 0x00]);
        folder.Write("corpus/b.txt", "بوينغ يانغ\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--encoding", "auto");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "corpus/a.txt(2,1): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'" + Environment.NewLine
            + "corpus/a.txt(3,1): warning CL5011: Control character U+0000 in the text" + Environment.NewLine
            + "corpus/b.txt(1,1): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'" + Environment.NewLine
            + "2 files linted: 0 errors, 3 warnings, 0 suggestions" + Environment.NewLine,
            result.Output);
    }

    [Fact]
    public async Task A_fix_that_windows_1256_cannot_write_is_refused_and_the_file_kept()
    {
        using var folder = Corpus(LegacyFile);
        folder.WriteRules("check-mark.yaml", """
            rules:
              - id: XX5001
                kind: pattern
                title: Check mark
                message: Write a check mark
                category: Formatting
                severity: warning
                regex: 'ثان'
                replacement: '✓'
            """);

        var result = await CliRunner.RunAsync(folder.Path, "fix", "corpus", "--encoding", "windows-1256");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "corpus/a.txt: error: the fixed text cannot be written in Windows-1256: «✓» (U+2713) at line 2, column 5 of the fixed text has no byte in it; no fix was applied to this file" + Environment.NewLine,
            result.Error);
        Assert.Equal(LegacyFile, File.ReadAllBytes(Path.Combine(folder.Path, "corpus", "a.txt")));
    }

    [Fact]
    public async Task A_utf8_file_with_one_nul_after_8_kb_is_linted_and_the_nul_reported()
    {
        using var folder = Corpus(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("سطر\n", 1200)) + "\0"));

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "corpus/a.txt(1201,1): warning CL5011: Control character U+0000 in the text" + Environment.NewLine
            + "1 file linted: 0 errors, 1 warning, 0 suggestions" + Environment.NewLine,
            result.Output);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("windows-1256")]
    [InlineData("auto")]
    public async Task A_binary_file_is_skipped_whatever_the_encoding(string encoding)
    {
        // A PNG signature and header, then zeros, as an image's first bytes are.
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, .. new byte[20_000]];
        using var folder = Corpus(png);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--encoding", encoding);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "corpus/a.txt(1,1): error CL0002: the file looks binary (7988 NUL or other control bytes in its first 8000 bytes, the first at offset 6); it was not linted" + Environment.NewLine
            + "1 file linted: 1 error, 0 warnings, 0 suggestions" + Environment.NewLine,
            result.Output);
    }
}
