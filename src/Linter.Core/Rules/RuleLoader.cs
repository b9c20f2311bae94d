using Linter.Core.Analysis;
using Linter.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Linter.Core.Rules;

/// <summary>A rule file's path and text.</summary>
/// <param name="Path">The path shown in errors.</param>
/// <param name="Text">The YAML.</param>
public sealed record RuleFile(string Path, string Text);

/// <summary>The outcome of loading rule files: the rules, or every error found.</summary>
public sealed record RuleLoadResult(RuleSet? RuleSet, IReadOnlyList<RuleFileError> Errors)
{
    /// <summary>True when the rules loaded without error.</summary>
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Loads rule files strictly: YAML syntax, unknown keys, missing keys, wrong shapes and values, duplicate ids,
/// invalid regular expressions and (when they are run) failing examples are all errors with a file, line and column.
/// </summary>
public static class RuleLoader
{
    /// <summary>Valid values of the required common keys, read in place of a missing or wrong one so the rest of a rule is still checked.</summary>
    private static readonly IReadOnlyDictionary<string, YamlScalarNode> CommonStandIns = new Dictionary<string, YamlScalarNode>(StringComparer.Ordinal)
    {
        ["id"] = new("X000"),
        ["title"] = new("-"),
        ["message"] = new("-"),
        ["category"] = new(RuleCategory.Formatting),
        ["severity"] = new("warning"),
    };

    private static readonly IReadOnlyList<FieldSpec> FileFields =
    [
        new("rules", FieldType.ObjectList, "The rules this file defines.", Required: true, Fields: CommonFields.All),
    ];

    /// <summary>Loads all <paramref name="files"/> into one rule set.</summary>
    /// <param name="files">The rule files, in load order.</param>
    /// <param name="checkExamples">
    /// Whether to run every rule's examples (<see cref="RuleExamples"/>). Running them costs more than the rest of
    /// loading, so linting skips them and leaves them to <c>rules test</c> and the tests of a rule pack.
    /// </param>
    public static RuleLoadResult Load(IEnumerable<RuleFile> files, bool checkExamples = true)
    {
        var errors = new List<RuleFileError>();
        var rules = new List<Rule>();
        var ids = EngineDiagnostics.All.ToDictionary(d => d.Id, d => (SourceLocation?)null, StringComparer.Ordinal);
        // Building rules compiles their expressions, most of what loading costs: files, and the rules in a file, are
        // built in parallel, and their rules and errors kept in order.
        var fileList = files.ToList();
        var loaded = new (List<Rule> Rules, List<RuleFileError> Errors)[fileList.Count];
        ParallelLoop.For(fileList.Count, Environment.ProcessorCount, i =>
        {
            var fileErrors = new List<RuleFileError>();
            loaded[i] = (LoadFile(fileList[i], checkExamples, fileErrors), fileErrors);
        });
        foreach (var (fileRules, fileErrors) in loaded)
        {
            // In the order of the file, as an editor lists them.
            errors.AddRange(fileErrors.OrderBy(error => error.Location.Line).ThenBy(error => error.Location.Column));
            foreach (var rule in fileRules)
            {
                if (CheckIds(rule, ids, errors))
                {
                    rules.Add(rule);
                }
            }
        }

        return errors.Count == 0 ? new RuleLoadResult(RuleSet.Create(rules), errors) : new RuleLoadResult(null, errors);
    }

    private static bool CheckIds(Rule rule, Dictionary<string, SourceLocation?> ids, List<RuleFileError> errors)
    {
        var unique = true;
        foreach (var descriptor in rule.Descriptors)
        {
            if (ids.TryGetValue(descriptor.Id, out var first))
            {
                var where = first is { } location ? $"first defined at {location}" : "it is reserved for the linter's own diagnostics";
                errors.Add(new RuleFileError(descriptor.Source!.Value, $"duplicate rule id '{descriptor.Id}'; {where}"));
                unique = false;
            }
            else
            {
                ids[descriptor.Id] = descriptor.Source;
            }
        }

        return unique;
    }

    private static List<Rule> LoadFile(RuleFile file, bool checkExamples, List<RuleFileError> errors)
    {
        var rules = new List<Rule>();
        if (YamlDepth.FirstTooDeep(file.Text) is { } tooDeep)
        {
            errors.Add(new RuleFileError(new SourceLocation(file.Path, tooDeep.Line, tooDeep.Column), $"invalid YAML: lists and mappings nested more than {YamlDepth.Limit} deep"));
            return rules;
        }

        var stream = new YamlStream();
        var parser = new Parser(new StringReader(file.Text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException exception)
        {
            errors.Add(new RuleFileError(RuleNode.Locate(file.Path, exception.Start), $"invalid YAML: {InnermostMessage(exception)}"));
            return rules;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            // The YAML reader fails so on some malformed text ("- {" then a line "0", or "- :" at the end); the last
            // event read is as near as it tells.
            errors.Add(new RuleFileError(RuleNode.Locate(file.Path, parser.Current?.End ?? Mark.Empty), "invalid YAML: the text could not be read past here"));
            return rules;
        }

        if (stream.Documents.Count == 0)
        {
            errors.Add(new RuleFileError(new SourceLocation(file.Path, 1, 1), "the rule file is empty; it must hold a 'rules' list"));
            return rules;
        }

        if (stream.Documents.Count > 1)
        {
            errors.Add(new RuleFileError(RuleNode.Locate(file.Path, stream.Documents[1].RootNode.Start), "a rule file must hold one YAML document"));
            return rules;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new RuleFileError(RuleNode.Locate(file.Path, stream.Documents[0].RootNode.Start), "a rule file must be a mapping with a 'rules' list"));
            return rules;
        }

        var fileErrors = new List<RuleFileError>();
        ValidateRootShape(root, file.Path, fileErrors);
        if (fileErrors.Count > 0)
        {
            errors.AddRange(fileErrors);
            return rules;
        }

        var items = ((YamlSequenceNode)root.Children[new YamlScalarNode("rules")]).Children;
        var built = new (Rule? Rule, List<RuleFileError> Errors)[items.Count];
        ParallelLoop.For(items.Count, Environment.ProcessorCount, i =>
        {
            var ruleErrors = new List<RuleFileError>();
            built[i] = (LoadRule(file.Path, items[i], checkExamples, ruleErrors), ruleErrors);
        });
        foreach (var (rule, ruleErrors) in built)
        {
            errors.AddRange(ruleErrors);
            if (rule is not null)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private static void ValidateRootShape(YamlMappingNode root, string path, List<RuleFileError> errors)
    {
        foreach (var (key, _) in root.Children)
        {
            if (key is not YamlScalarNode { Value: "rules" })
            {
                errors.Add(new RuleFileError(RuleNode.Locate(path, key.Start), $"unknown key '{(key as YamlScalarNode)?.Value}' at the top of a rule file; expected 'rules'"));
            }
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("rules"), out var rules) || RuleNode.IsEmpty(rules))
        {
            errors.Add(new RuleFileError(RuleNode.Locate(path, root.Start), "the rule file is missing the required key 'rules'"));
        }
        else if (rules is not YamlSequenceNode)
        {
            errors.Add(new RuleFileError(RuleNode.Locate(path, rules.Start), "'rules' must be a list of rules"));
        }
    }

    private static Rule? LoadRule(string path, YamlNode item, bool checkExamples, List<RuleFileError> errors)
    {
        if (item is not YamlMappingNode mapping)
        {
            errors.Add(new RuleFileError(RuleNode.Locate(path, item.Start), "each item of 'rules' must be a mapping"));
            return null;
        }

        var kindNode = mapping.Children.TryGetValue(new YamlScalarNode("kind"), out var found) ? found as YamlScalarNode : null;
        var kind = RuleKinds.Find(kindNode?.Value);
        if (kind is null)
        {
            var location = RuleNode.Locate(path, kindNode?.Start ?? mapping.Start);
            var got = kindNode?.Value is { Length: > 0 } value ? $", not '{value}'" : string.Empty;
            errors.Add(new RuleFileError(location, $"'kind' must be one of {string.Join(", ", RuleKinds.All.Select(k => k.Name))}{got}"));
            return null;
        }

        // Every error of the rule is reported in one run: a key whose value is wrong reads as absent from here on,
        // and a missing or wrong common key as a stand-in, so that the checks below still run on the rest.
        var ruleErrors = new List<RuleFileError>();
        var unusable = FieldValidator.Validate(mapping, [.. CommonFields.All, .. kind.Fields], path, $"a {kind.Name} rule", ruleErrors);
        var node = new RuleNode(mapping, path, unusable, CommonStandIns);
        if (node.String("id") is { } id && !System.Text.RegularExpressions.Regex.IsMatch(id.Value, CommonFields.IdPattern))
        {
            ruleErrors.Add(new RuleFileError(id.Location, $"rule id '{id.Value}' must be capital letters followed by at least three digits, such as CL1001"));
        }

        Uri? helpUri = null;
        if (node.String(CommonFields.HelpUri.Name) is { } helpUriText)
        {
            helpUri = CommonFields.ParseHelpUri(helpUriText.Value);
            if (helpUri is null)
            {
                ruleErrors.Add(new RuleFileError(helpUriText.Location, $"'{CommonFields.HelpUri.Name}' must be an absolute http or https URI, such as https://example.org/rules/CL1001, not '{helpUriText.Value}'"));
            }
        }

        var descriptor = CreateDescriptor(node, kind, helpUri, ruleErrors)
            ?? CreateDescriptor(new RuleNode(mapping, path, new HashSet<string>(unusable, StringComparer.Ordinal) { "message" }, CommonStandIns), kind, helpUri, ruleErrors)!;

        // Without its own required keys a kind cannot check the rest of what it reads.
        if (kind.Fields.Any(field => field.Required && !node.Has(field.Name)))
        {
            errors.AddRange(ruleErrors);
            return null;
        }

        var definition = new RuleDefinition(node, descriptor, ruleErrors);
        var rule = kind.Create(definition);
        ruleErrors.AddRange(RuleExamples.Validate(node));
        var globs = node.StringList(CommonFields.Files.Name);
        foreach (var glob in globs.Where(glob => string.IsNullOrWhiteSpace(glob.Value)))
        {
            ruleErrors.Add(new RuleFileError(glob.Location, $"a glob of '{CommonFields.Files.Name}' cannot be empty"));
        }

        if (!globs.Any(glob => string.IsNullOrWhiteSpace(glob.Value)))
        {
            try
            {
                rule.Files = node.Has(CommonFields.Files.Name) ? new FileScope(globs.Select(glob => glob.Value)) : null;
            }
            catch (FormatException exception)
            {
                ruleErrors.Add(new RuleFileError(globs[0].Location, exception.Message));
            }
        }

        if (ruleErrors.Count > 0)
        {
            errors.AddRange(ruleErrors);
            return null;
        }

        rule.Examples = RuleExamples.Read(node);
        if (!checkExamples)
        {
            return rule;
        }

        var exampleErrors = RuleExamples.Check(rule, node);
        errors.AddRange(exampleErrors);
        return exampleErrors.Count == 0 ? rule : null;
    }

    /// <summary>The rule's main descriptor, or null when its message is not a valid template (reported).</summary>
    private static RuleDescriptor? CreateDescriptor(RuleNode node, RuleKind kind, Uri? helpUri, List<RuleFileError> errors) =>
        RuleDefinition.CreateDescriptor(
            node,
            kind.Name,
            kind.Placeholders,
            node.String("title")!.Value.Value,
            node.String("category")!.Value.Value,
            node.String("description")?.Value,
            node.String("help")?.Value,
            helpUri,
            (location, message) => errors.Add(new RuleFileError(location, message)));

    private static string InnermostMessage(YamlException exception)
    {
        Exception current = exception;
        while (current.InnerException is YamlException inner)
        {
            current = inner;
        }

        var message = current.Message;
        var detail = message.IndexOf("): ", StringComparison.Ordinal);
        return detail >= 0 ? message[(detail + 3)..] : message;
    }
}
