namespace Linter.Core.Rules;

/// <summary>One entry of the rule-kind table: its name, its fields and how to build a rule from YAML.</summary>
/// <param name="Name">The value of <c>kind</c> in rule files.</param>
/// <param name="Summary">One sentence for the schema and the docs.</param>
/// <param name="Fields">Fields beyond the ones every rule has.</param>
/// <param name="Placeholders">Names the rule's message may use.</param>
/// <param name="Create">Builds the rule, reporting semantic errors to the definition.</param>
public sealed record RuleKind(
    string Name,
    string Summary,
    IReadOnlyList<FieldSpec> Fields,
    IReadOnlyList<string> Placeholders,
    Func<RuleDefinition, Rule> Create);
