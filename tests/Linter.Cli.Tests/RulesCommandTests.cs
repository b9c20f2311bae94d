namespace Linter.Cli.Tests;

public sealed class RulesCommandTests
{
    [Fact]
    public async Task Rules_test_passes_on_the_shipped_pack()
    {
        var result = await CliRunner.RunInRepositoryAsync("rules", "test");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("30 rules loaded (33 diagnostic ids); every example passed." + Environment.NewLine, result.Output);
    }

    [Fact]
    public async Task Rules_test_reports_a_failing_example_with_its_position_and_exits_two()
    {
        using var folder = new TempFolder();
        folder.WriteRules("r.yaml", """
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
        folder.WriteRules("r.yaml", """
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

    private const string TwoRules = """
        rules:
          - id: XX1001
            kind: substitution
            title: Pyongyang typo
            message: "'{match}' should be '{suggestion}'"
            category: Spelling
            severity: warning
            description: A misspelling of Pyongyang.
            help: Write بيونغ يانغ.
            swap: { بوينغ يانغ: بيونغ يانغ }
            examples:
              flagged:
                - text: قد تحصل [|بوينغ يانغ|] على النفط
                  fixed: قد تحصل بيونغ يانغ على النفط
              clean:
                - قد تحصل بيونغ يانغ على النفط
          - id: XX5007
            kind: pairing
            title: Quotation mark left open
            message: 'Quotation mark {match} has no partner {expected}'
            category: Formatting
            severity: suggestion
            pairs: ['«»']
        """;

    [Fact]
    public async Task Rules_lists_id_kind_category_effective_severity_source_and_title()
    {
        using var folder = new TempFolder();
        folder.WriteRules("r.yaml", TwoRules);
        folder.Write(".editorconfig", "root = true\n[*.txt]\ncorpuslint_analyzer_diagnostic.category-Formatting.severity = error\n");

        var result = await CliRunner.RunAsync(folder.Path, "rules");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "ID      KIND          CATEGORY    SEVERITY  SOURCE        TITLE" + Environment.NewLine
            + "XX1001  substitution  Spelling    warning   rules/r.yaml  Pyongyang typo" + Environment.NewLine
            + "XX5007  pairing       Formatting  error     rules/r.yaml  Quotation mark left open" + Environment.NewLine,
            result.Output);
    }

    [Fact]
    public async Task Rules_explain_prints_the_rule_page_with_examples_and_fix()
    {
        using var folder = new TempFolder();
        folder.WriteRules("r.yaml", TwoRules);

        var result = await CliRunner.RunAsync(folder.Path, "rules", "explain", "xx1001");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """
            # XX1001: Pyongyang typo

            | | |
            | --- | --- |
            | Category | Spelling |
            | Default severity | warning |
            | Kind | substitution |
            | Defined in | `r.yaml`, line 2 |

            A misspelling of Pyongyang.

            ## How to fix

            Write بيونغ يانغ.

            Automatic fix (`corpuslint fix`): Replaces the text with its correction, keeping a clitic prefix (و, ف, ب, ل, ك, ال) as it was; not where the text carries diacritics, which the correction would strip, nor in a verse quoted from the Quran without brackets. Text inside a Quranic quotation (﴿ ﴾) is not flagged.

            ## Examples

            Flagged (the finding is between `[|` and `|]`):

            ```text
            قد تحصل [|بوينغ يانغ|] على النفط
            ```

            Fixed:

            ```text
            قد تحصل بيونغ يانغ على النفط
            ```

            Not flagged:

            ```text
            قد تحصل بيونغ يانغ على النفط
            ```

            ## Configuration

            In `.editorconfig`, with `error`, `warning`, `suggestion`, `silent` or `none`:

            ```ini
            [*.txt]
            corpuslint_diagnostic.XX1001.severity = none
            ```

            """.ReplaceLineEndings("\n"),
            result.Output);
    }

    [Fact]
    public async Task Rules_explain_says_when_a_rule_has_no_automatic_fix()
    {
        using var folder = new TempFolder();
        folder.WriteRules("r.yaml", TwoRules);

        var result = await CliRunner.RunAsync(folder.Path, "rules", "explain", "XX5007");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\nNo automatic fix: a person decides.\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_explain_of_an_unknown_id_exits_two()
    {
        using var folder = new TempFolder();
        folder.WriteRules("r.yaml", TwoRules);

        var result = await CliRunner.RunAsync(folder.Path, "rules", "explain", "XX9999");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("corpuslint: error: no loaded rule has the id XX9999; 'corpuslint rules' lists them" + Environment.NewLine, result.Error);
    }

    [Fact]
    public async Task The_rule_pages_in_docs_are_those_the_rule_files_generate()
    {
        using var folder = new TempFolder();

        var result = await CliRunner.RunInRepositoryAsync("rules", "docs", "--out", folder.Path);

        Assert.Equal(0, result.ExitCode);
        var published = Path.Combine(CliRunner.RepositoryRoot, "docs", "rules");
        var generated = Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(generated, Directory.GetFiles(published).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(generated, name => Assert.True(
            File.ReadAllText(Path.Combine(folder.Path, name!)) == File.ReadAllText(Path.Combine(published, name!)),
            $"docs/rules/{name} is out of date: run 'dotnet run --project src/Linter.Cli -- rules docs' and review the change"));
    }
}
