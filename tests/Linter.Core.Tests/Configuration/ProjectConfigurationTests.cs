using Linter.Core.Configuration;
using Linter.Core.Text;

namespace Linter.Core.Tests.Configuration;

public sealed class ProjectConfigurationTests
{
    private const string Path = ".corpuslint.yaml";

    [Fact]
    public void Every_setting_is_read_with_the_position_of_its_value()
    {
        var configuration = ProjectConfiguration.Parse(
            Path,
            """
            rules: [rules, "more rules/extra.yaml"]
            shipped_rules: false
            include: ['corpus/**']
            exclude: corpus/drafts/**
            gitignore: false
            sources:
              depth: 2
              pattern: '/(?<source>[A-Z]{2})'
              jsonl_field: outlet
            jsonl:
              text: body
              id: url
            encoding: windows-1256
            baseline: base.json
            state: .state
            """,
            out var errors);

        Assert.Empty(errors);
        Assert.NotNull(configuration);
        Assert.Equal(["rules", "more rules/extra.yaml"], configuration.Rules.Select(rule => rule.Value));
        Assert.Equal((1, 17), (configuration.Rules[1].Location.Line, configuration.Rules[1].Location.Column));
        Assert.False(configuration.ShippedRules);
        Assert.Equal(["corpus/**"], configuration.Include.Select(glob => glob.Value));
        Assert.Equal(["corpus/drafts/**"], configuration.Exclude.Select(glob => glob.Value));
        Assert.False(configuration.Gitignore);
        Assert.Equal(2, configuration.SourceDepth);
        Assert.Equal("/(?<source>[A-Z]{2})", configuration.SourcePattern?.Value);
        Assert.Equal(("outlet", "body", "url"), (configuration.JsonlSource, configuration.JsonlText, configuration.JsonlId));
        Assert.Equal(EncodingSetting.Windows1256, configuration.Encoding);
        Assert.Equal(("base.json", ".state"), (configuration.Baseline?.Value, configuration.State?.Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void An_empty_file_takes_every_default(string text)
    {
        var configuration = ProjectConfiguration.Parse(Path, text, out var errors);

        Assert.Empty(errors);
        Assert.NotNull(configuration);
        Assert.True(configuration.ShippedRules && configuration.Gitignore);
        Assert.Empty(configuration.Rules);
        Assert.Null(configuration.Encoding);
    }

    [Theory]
    [InlineData("rules: [rules]\nrules2: x\n", ".corpuslint.yaml(2,1): error: unknown setting 'rules2'; expected one of: rules, shipped_rules, include, exclude, gitignore, sources, jsonl, encoding, baseline, state")]
    [InlineData("sources:\n  folder: 2\n", ".corpuslint.yaml(2,3): error: unknown key of 'sources' 'folder'; expected one of: depth, pattern, jsonl_field")]
    [InlineData("sources: 2\n", ".corpuslint.yaml(1,10): error: 'sources' must be a mapping with the keys depth, pattern, jsonl_field")]
    [InlineData("shipped_rules: maybe\n", ".corpuslint.yaml(1,16): error: 'shipped_rules' must be true or false, not 'maybe'")]
    [InlineData("rules: [[a]]\n", ".corpuslint.yaml(1,9): error: 'rules' must be a list of strings")]
    [InlineData("jsonl:\n  text: [a]\n", ".corpuslint.yaml(2,9): error: 'text' must be a string")]
    [InlineData("- rules\n", ".corpuslint.yaml(1,1): error: the configuration must be one YAML mapping of settings (rules, include, exclude, ...)")]
    [InlineData("rules: [a\n", ".corpuslint.yaml(2,1): error: invalid YAML: While parsing a flow sequence, did not find expected ',' or ']'.")]
    public void A_mistake_is_an_error_at_its_line_and_column(string text, string expected)
    {
        ProjectConfiguration.Parse(Path, text, out var errors);

        Assert.Equal(expected, Assert.Single(errors).ToString());
    }
}
