namespace Linter.Cli.Tests;

public sealed class RulesCommandTests
{
    [Fact]
    public async Task Rules_test_passes_on_the_shipped_pack()
    {
        var result = await CliRunner.RunInRepositoryAsync("rules", "test");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("21 rules loaded (22 diagnostic ids); every example passed." + Environment.NewLine, result.Output);
    }

    [Fact]
    public async Task Rules_test_reports_a_failing_example_with_its_position_and_exits_two()
    {
        using var folder = new TempFolder();
        folder.Write("rules/r.yaml", """
            rules:
              - id: XX1001
                kind: substitution
                title: t
                message: m
                category: Spelling
                severity: warning
                swap: { بوينغ يانغ: بيونغ يانغ }
                examples:
                  clean:
                    - قد تحصل بوينغ يانغ على النفط
            """);

        var result = await CliRunner.RunAsync(folder.Path, "rules", "test");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(
            "rules/r.yaml(11,11): error: example of XX1001 should be clean but the rule reported 'بوينغ يانغ' at 8..18",
            result.Error,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_does_not_run_examples_so_a_failing_one_is_left_to_rules_test()
    {
        using var folder = new TempFolder();
        folder.Write("rules/r.yaml", """
            rules:
              - id: XX1001
                kind: substitution
                title: t
                message: m
                category: Spelling
                severity: warning
                swap: { بوينغ يانغ: بيونغ يانغ }
                examples:
                  clean:
                    - قد تحصل بوينغ يانغ على النفط
            """);
        folder.Write("a.txt", "قد تحصل بوينغ يانغ على النفط");

        var check = await CliRunner.RunAsync(folder.Path, "check", "a.txt");
        var test = await CliRunner.RunAsync(folder.Path, "rules", "test");

        Assert.Equal(0, check.ExitCode);
        Assert.Equal(string.Empty, check.Error);
        Assert.StartsWith("a.txt(1,9): warning XX1001: m", check.Output, StringComparison.Ordinal);
        Assert.Equal(2, test.ExitCode);
    }

    [Fact]
    public async Task Rules_schema_prints_the_published_schema()
    {
        var published = await File.ReadAllTextAsync(Path.Combine(CliRunner.RepositoryRoot, "rules", "corpuslint-rules.schema.json"));

        var result = await CliRunner.RunInRepositoryAsync("rules", "schema");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(published, result.Output);
    }
}
