using System.Globalization;
using Linter.Core.Rules;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Linter.Cli.Tests;

/// <summary>Meta-tests over the shipped rule pack and its published schema.</summary>
public sealed class RulePackTests
{
    private static readonly string RulesFolder = Path.Combine(CliRunner.RepositoryRoot, "rules");

    public static TheoryData<string> RuleFiles() =>
        [.. Directory.GetFiles(RulesFolder, "*.yaml").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Published_schema_is_generated_from_the_loader_field_tables()
    {
        Assert.Equal(RuleSchema.Generate(), File.ReadAllText(Path.Combine(RulesFolder, RuleSchema.FileName)));
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public async Task Every_shipped_rule_file_is_valid_against_the_published_schema(string fileName)
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RulesFolder, RuleSchema.FileName));

        var errors = schema.Validate(ToJson(Path.Combine(RulesFolder, fileName)));

        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_schema_rejects_what_the_loader_rejects()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RulesFolder, RuleSchema.FileName));
        using var folder = new TempFolder();
        var path = folder.Write("bad.yaml", """
            rules:
              - id: XX1001
                kind: substitution
                title: t
                message: m
                category: Spelling
                severity: warning
                swap: { a: b }
                scope: line
            """);

        Assert.NotEmpty(schema.Validate(ToJson(path)));
        Assert.False(RuleLoader.Load([new RuleFile("bad.yaml", File.ReadAllText(path))]).Succeeded);
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Every_shipped_rule_documents_itself_with_examples_both_ways(string fileName)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RulesFolder, fileName))));
        var rules = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode).Children["rules"];

        foreach (var rule in rules.Children.Cast<YamlMappingNode>())
        {
            var id = rule.Children["id"].ToString();
            Assert.True(rule.Children.ContainsKey("description"), $"{id} has no description");
            Assert.True(rule.Children.ContainsKey("help"), $"{id} has no help");
            var examples = Assert.IsType<YamlMappingNode>(rule.Children["examples"]);
            Assert.True(examples.Children.ContainsKey("flagged"), $"{id} has no flagged example");
            Assert.True(examples.Children.ContainsKey("clean") || examples.Children.ContainsKey("clean_corpora"), $"{id} has no clean example");
        }
    }

    /// <summary>YAML to JSON as a schema-aware editor sees it: plain scalars that are integers become numbers.</summary>
    private static JToken ToJson(string yamlPath)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(yamlPath)));
        return Convert(stream.Documents[0].RootNode);

        static JToken Convert(YamlNode node) => node switch
        {
            YamlMappingNode mapping => new JObject(mapping.Children.Select(pair => new JProperty(((YamlScalarNode)pair.Key).Value!, Convert(pair.Value)))),
            YamlSequenceNode sequence => new JArray(sequence.Children.Select(Convert)),
            YamlScalarNode { Style: ScalarStyle.Plain } scalar when long.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => new JValue(number),
            YamlScalarNode scalar => new JValue(scalar.Value),
            _ => throw new InvalidOperationException("unexpected YAML node"),
        };
    }
}
