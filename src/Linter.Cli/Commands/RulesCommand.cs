using System.CommandLine;
using Linter.Core.Rules;

namespace Linter.Cli.Commands;

/// <summary><c>corpuslint rules test</c> and <c>corpuslint rules schema</c>.</summary>
internal sealed class RulesCommand(CliEnvironment environment, RulesOption rulesOption)
{
    /// <summary>Builds the command and its subcommands.</summary>
    public Command Build()
    {
        var rules = RulesOption.Create();
        var test = new Command("test", "Load the rules and check every rule's examples.") { rules };
        test.SetAction(parseResult => Test(parseResult.GetValue(rules)));

        var schema = new Command("schema", $"Print the JSON Schema of rule files ({RuleSchema.FileName}).");
        schema.SetAction(_ =>
        {
            environment.Output.Write(RuleSchema.Generate());
            return ExitCodes.Success;
        });

        return new Command("rules", "Work with rule files.") { test, schema };
    }

    private int Test(string[]? rulePaths) => rulesOption.Run(
        rulePaths,
        ruleSet =>
        {
            environment.Output.WriteLine($"{ruleSet.Rules.Count} rules loaded ({ruleSet.Descriptors.Count} diagnostic ids); every example passed.");
            return ExitCodes.Success;
        },
        checkExamples: true);
}
