using Linter.Cli.Output;

namespace Linter.Cli.Tests;

/// <summary><c>--format github</c>: workflow commands the Actions runner turns into annotations.</summary>
public sealed class GitHubOutputTests
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
            title: Moscow
            message: "'{match}' is usually '{suggestion}'"
            category: Spelling
            severity: suggestion
            swap:
              موسكوا: موسكو
          - id: XX1003
            kind: substitution
            title: Kremlin
            message: "'{match}' is spelled '{suggestion}'"
            category: Spelling
            severity: silent
            swap:
              الكرملن: الكرملين
        """;

    [Fact]
    public async Task Github_output_is_one_workflow_command_per_diagnostic_then_the_summary()
    {
        using var folder = new TempFolder();
        folder.WriteRules("r.yaml", Rules);
        folder.Write("corpus/a.txt", "قال الكرملن\nفي موسكوا إن بوينغ يانغ");
        folder.WriteBytes("corpus/image", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--format", "github");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(
            "::notice file=corpus/a.txt,line=2,col=4,endLine=2,endColumn=10,title=XX1002::'موسكوا' is usually 'موسكو'" + Environment.NewLine
            + "::warning file=corpus/a.txt,line=2,col=14,endLine=2,endColumn=24,title=XX1001::'بوينغ يانغ' should be 'بيونغ يانغ'" + Environment.NewLine
            + "::error file=corpus/image,line=1,col=1,endLine=1,endColumn=1,title=CL0002::the file looks binary (2 NUL or other control bytes in its first 6 bytes, the first at offset 4); it was not linted" + Environment.NewLine
            + "2 files linted: 1 error, 1 warning, 1 suggestion" + Environment.NewLine,
            result.Output);
    }

    [Fact]
    public async Task Percent_colon_and_comma_are_escaped_in_the_message_and_the_path()
    {
        using var folder = new TempFolder();
        folder.WriteRules("r.yaml", """
            rules:
              - id: XX1001
                kind: substitution
                title: Percent
                message: "100% wrong: '{match}', write '{suggestion}'"
                category: Spelling
                severity: warning
                swap:
                  بوينغ يانغ: بيونغ يانغ
            """);
        folder.Write("news, 2023.txt", "بوينغ يانغ");

        var result = await CliRunner.RunAsync(folder.Path, "check", "news, 2023.txt", "--format", "github");

        Assert.Equal(
            "::warning file=news%2C 2023.txt,line=1,col=1,endLine=1,endColumn=11,title=XX1001::100%25 wrong: 'بوينغ يانغ', write 'بيونغ يانغ'" + Environment.NewLine
            + "1 file linted: 0 errors, 1 warning, 0 suggestions" + Environment.NewLine,
            result.Output);
    }

    [Theory]
    [InlineData("50% done", "50%25 done")]
    [InlineData("line one\r\nline two\n", "line one%0D%0Aline two%0A")]
    [InlineData("a: b, c", "a: b, c")]
    [InlineData("%0A", "%250A")]
    public void Messages_escape_percent_and_line_breaks(string message, string expected)
    {
        Assert.Equal(expected, GitHubFormatter.EscapeData(message));
    }

    [Theory]
    [InlineData("C:/corpus/a,b.txt", "C%3A/corpus/a%2Cb.txt")]
    [InlineData("100%\n", "100%25%0A")]
    [InlineData("مقالات/خبر.txt", "مقالات/خبر.txt")]
    public void Property_values_also_escape_colon_and_comma(string value, string expected)
    {
        Assert.Equal(expected, GitHubFormatter.EscapeProperty(value));
    }
}
