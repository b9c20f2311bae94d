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
    public async Task Rules_schema_prints_the_published_schema()
    {
        var published = await File.ReadAllTextAsync(Path.Combine(CliRunner.RepositoryRoot, "rules", "corpuslint-rules.schema.json"));

        var result = await CliRunner.RunInRepositoryAsync("rules", "schema");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(published, result.Output);
    }
}
