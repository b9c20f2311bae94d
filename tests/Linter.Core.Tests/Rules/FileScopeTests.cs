using Linter.Core.Rules;
using Linter.Core.Pipeline;

namespace Linter.Core.Tests.Rules;

public sealed class FileScopeTests
{
    private static readonly string ScopedRule = TestSupport.Rule(
        "boilerplate",
        "files: ['corpus/outlet-a/*', '*.md']\nphrases: [حمل التطبيق الآن]\nexamples:\n  flagged:\n    - text: '[|حمل التطبيق الآن|]'\n      fixed: ''");

    [Theory]
    [InlineData("corpus/outlet-a/1.txt", 1)]
    [InlineData("corpus/outlet-b/1.txt", 0)]
    [InlineData("corpus/outlet-a/2023/1.txt", 0)]
    [InlineData("notes/readme.md", 1)]
    [InlineData("/corpus/outlet-a/1.txt", 1)]
    public void A_rule_with_files_runs_only_on_matching_paths(string path, int expected)
    {
        var diagnostics = new LintEngine(TestSupport.Load(ScopedRule)).LintText(path, "مقال.\nحمل التطبيق الآن\n");

        Assert.Equal(expected, diagnostics.Count);
    }

    [Fact]
    public void The_scope_path_can_differ_from_the_document_path()
    {
        var engine = new LintEngine(TestSupport.Load(ScopedRule), scopePath: _ => "corpus/outlet-a/news.jsonl");

        Assert.Single(engine.LintText("corpus/outlet-a/news.jsonl#17", "حمل التطبيق الآن"));
    }

    [Fact]
    public void Examples_run_whatever_the_files_and_the_rule_keeps_its_globs()
    {
        var rule = Assert.Single(TestSupport.Load(ScopedRule).Rules);

        Assert.Equal(["corpus/outlet-a/*", "*.md"], rule.Files!.Globs);
        Assert.Contains("| Applies to | `corpus/outlet-a/*`, `*.md` |", RuleDocumentation.Page(rule, rule.Descriptor), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_without_files_runs_everywhere()
    {
        var rule = Assert.Single(TestSupport.Load(TestSupport.Rule("boilerplate", "phrases: [حمل التطبيق الآن]")).Rules);

        Assert.Null(rule.Files);
    }

    [Fact]
    public void An_empty_glob_is_an_error_at_its_position()
    {
        var error = TestSupport.SingleError(TestSupport.Rule("boilerplate", "files: ['corpus/*', '']\nphrases: [حمل التطبيق الآن]"));

        TestSupport.AssertError(error, 8, 26, "a glob of 'files' cannot be empty");
    }

    [Fact]
    public void Files_must_be_a_list_of_strings()
    {
        var error = TestSupport.SingleError(TestSupport.Rule("boilerplate", "files: corpus/*\nphrases: [حمل التطبيق الآن]"));

        TestSupport.AssertError(error, 8, 12, "'files'");
    }
}
