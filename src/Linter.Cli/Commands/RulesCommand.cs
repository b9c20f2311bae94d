using System.CommandLine;
using System.Text;
using Linter.Cli.Input;
using Linter.Cli.Output;
using Linter.Core.Diagnostics;
using Linter.Core.Rules;

namespace Linter.Cli.Commands;

/// <summary>
/// <c>corpuslint rules</c> lists the loaded rules; <c>rules explain ID</c>, <c>rules docs</c>, <c>rules test</c> and
/// <c>rules schema</c> document and check them.
/// </summary>
internal sealed class RulesCommand(CliEnvironment environment, RulesOption rulesOption)
{
    /// <summary>Builds the command and its subcommands.</summary>
    public Command Build()
    {
        var test = new Command("test", "Load the rules and check every rule's examples.");
        var testRules = AddRulesOption(test);
        test.SetAction(parseResult => rulesOption.Run(
            parseResult.GetValue(testRules.Rules),
            () => ConfigurationFile.Find([], parseResult.GetValue(testRules.Config), environment),
            (ruleSet, _) =>
            {
                environment.Output.WriteLine($"{ruleSet.Rules.Count} rules loaded ({ruleSet.Descriptors.Count} diagnostic ids); every example passed.");
                return ExitCodes.Success;
            },
            checkExamples: true));

        var schema = new Command("schema", $"Print the JSON Schema of rule files ({RuleSchema.FileName}).");
        schema.SetAction(_ =>
        {
            environment.Output.Write(RuleSchema.Generate());
            return ExitCodes.Success;
        });

        var id = new Argument<string>("id") { Description = "The diagnostic id, such as CL1001." };
        var explain = new Command("explain", "Print a rule's title, description, examples and fix.") { id };
        var explainRules = AddRulesOption(explain);
        explain.SetAction(parseResult => rulesOption.Run(
            parseResult.GetValue(explainRules.Rules), () => ConfigurationFile.Find([], parseResult.GetValue(explainRules.Config), environment), (ruleSet, _) => Explain(ruleSet, parseResult.GetValue(id)!)));

        var output = new Option<string>("--out") { Description = "The folder to write the pages to.", DefaultValueFactory = _ => "docs/rules" };
        var docs = new Command("docs", "Write one Markdown page per diagnostic id, and an index, generated from the rule files.") { output };
        var docsRules = AddRulesOption(docs);
        docs.SetAction(parseResult => rulesOption.Run(
            parseResult.GetValue(docsRules.Rules), () => ConfigurationFile.Find([], parseResult.GetValue(docsRules.Config), environment), (ruleSet, _) => WriteDocs(ruleSet, parseResult.GetValue(output)!)));

        var forPath = new Option<string>("--for")
        {
            Description = "Show the severities .editorconfig gives this document (default: a .txt file in the working folder).",
            DefaultValueFactory = _ => "document.txt",
        };
        var command = new Command("rules", "List the loaded rules: id, kind, category, effective severity and source file.") { test, schema, explain, docs, forPath };
        var listRules = AddRulesOption(command);
        command.SetAction(parseResult => rulesOption.Run(
            parseResult.GetValue(listRules.Rules),
            () => ConfigurationFile.Find([parseResult.GetValue(forPath)!], parseResult.GetValue(listRules.Config), environment),
            (ruleSet, _) => List(ruleSet, parseResult.GetValue(forPath)!)));
        return command;
    }

    private static (Option<string[]> Rules, Option<string> Config) AddRulesOption(Command command)
    {
        var rules = RulesOption.Create();
        var config = SharedOptions.Config();
        command.Options.Add(rules);
        command.Options.Add(config);
        return (rules, config);
    }

    private int List(RuleSet ruleSet, string documentPath)
    {
        var document = environment.Resolve(documentPath);
        if (EditorConfigSeverities.Load([new CorpusFile(environment.Display(document), document)], environment) is not { } severities)
        {
            return ExitCodes.Error;
        }

        var rows = ruleSet.Rules
            .SelectMany(rule => rule.Descriptors.Select(descriptor => new[]
            {
                descriptor.Id,
                descriptor.Kind,
                descriptor.Category,
                severities.SeverityOf(environment.Display(document), descriptor).ToName(),
                descriptor.Source is { } source ? environment.Display(environment.Resolve(source.Path)) : string.Empty,
                descriptor.Title,
            }))
            .OrderBy(row => row[0], StringComparer.Ordinal)
            .Prepend(["ID", "KIND", "CATEGORY", "SEVERITY", "SOURCE", "TITLE"])
            .ToList();
        var widths = Enumerable.Range(0, 5).Select(column => rows.Max(row => row[column].Length)).ToList();
        foreach (var row in rows)
        {
            var line = new StringBuilder();
            for (var column = 0; column < 5; column++)
            {
                line.Append(row[column].PadRight(widths[column] + 2));
            }

            environment.Output.WriteLine(line.Append(row[5]).ToString());
        }

        return ExitCodes.Success;
    }

    private int Explain(RuleSet ruleSet, string id)
    {
        foreach (var rule in ruleSet.Rules)
        {
            if (rule.Descriptors.FirstOrDefault(d => d.Id.Equals(id, StringComparison.OrdinalIgnoreCase)) is { } descriptor)
            {
                environment.Output.Write(RuleDocumentation.Page(rule, descriptor));
                return ExitCodes.Success;
            }
        }

        throw new UsageException($"no loaded rule has the id {id}; 'corpuslint rules' lists them");
    }

    private int WriteDocs(RuleSet ruleSet, string folder)
    {
        var fullFolder = environment.Resolve(folder);
        if (File.Exists(fullFolder))
        {
            throw new UsageException($"--out {folder}: a file, not a folder; the pages go into a folder");
        }

        Directory.CreateDirectory(fullFolder);
        var pages = RuleDocumentation.Pages(ruleSet).ToList();
        foreach (var (fileName, markdown) in pages)
        {
            AtomicFileWriter.Write(Path.Combine(fullFolder, fileName), Encoding.UTF8.GetBytes(markdown));
        }

        // Pages of rules that no longer exist would mislead; only pages this command wrote can go.
        var stale = Directory.GetFiles(fullFolder, "*.md")
            .Where(path => !pages.Any(page => page.FileName == Path.GetFileName(path)) && IsGeneratedPage(Path.GetFileName(path)))
            .ToList();
        stale.ForEach(File.Delete);
        environment.Output.WriteLine($"Wrote {pages.Count} pages to {environment.Display(fullFolder)}{(stale.Count > 0 ? $"; removed {stale.Count} stale" : string.Empty)}.");
        return ExitCodes.Success;
    }

    private static bool IsGeneratedPage(string fileName) =>
        System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileNameWithoutExtension(fileName), CommonFields.IdPattern);
}
