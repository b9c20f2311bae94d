using Linter.Core.Configuration;
using Linter.Core.Rules;
using Linter.Core.Text;

namespace Linter.Cli.Input;

/// <summary>
/// Finds the rule files to load: the paths given with --rules alone; else the pack shipped with the tool and the rules
/// the configuration file adds (or only those, with <c>shipped_rules: false</c>); else the shipped pack.
/// </summary>
internal static class RuleFileLocator
{
    /// <summary>The default rule folder's name.</summary>
    public const string DefaultFolder = "rules";

    /// <summary>Reads every rule file named by <paramref name="paths"/> (files or folders), else by <paramref name="configuration"/>, in a stable order.</summary>
    public static List<RuleFile> Locate(IReadOnlyList<string> paths, ConfigurationFile? configuration, CliEnvironment environment)
    {
        var roots = paths.Count > 0 ? [.. paths.Select(environment.Resolve)] : DefaultRoots(configuration, environment);
        var files = new List<string>();
        foreach (var root in roots)
        {
            var kind = FileStatus.Of(root).Kind;
            if (kind == FileKind.Regular)
            {
                files.Add(root);
            }
            else if (kind == FileKind.Directory)
            {
                var found = DocumentEnumerator.EnumerateFolder(root, environment)
                    .Where(IsRuleFile)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    throw new UsageException($"no rule files (*.yaml, *.yml) in {environment.Display(root)}");
                }

                files.AddRange(found);
            }
            else
            {
                throw new UsageException(kind == FileKind.Missing
                    ? $"rule path not found: {environment.Display(root)}"
                    : $"{environment.Display(root)}: {FileStatus.Of(root).Description}, not a rule file or folder");
            }
        }

        return [.. files.Distinct().Select(file => Read(file, environment))];
    }

    private static RuleFile Read(string file, CliEnvironment environment)
    {
        var shown = environment.Display(file);
        byte[] bytes;
        try
        {
            bytes = RegularFile.ReadAllBytes(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{shown}: cannot read the file: {exception.Message}");
        }

        var decoded = DocumentDecoder.Decode(bytes);
        if (decoded.Failure is { } failure)
        {
            throw new UsageException($"{shown}({failure.Position.Line + 1},{failure.Position.Column + 1}): {failure.Message}");
        }

        return new RuleFile(shown, decoded.Text!);
    }

    /// <summary>Where the rules come from when --rules is not given, as the log shows it.</summary>
    public static string Origin(IReadOnlyList<string> paths, ConfigurationFile? configuration) =>
        paths.Count > 0 ? "--rules"
        : configuration is null ? $"the shipped pack; no {ProjectConfiguration.FileName} above the linted paths"
        : configuration.Settings.ShippedRules && configuration.Settings.Rules.Count > 0 ? $"the shipped pack and the rules of {configuration.DisplayPath}"
        : configuration.Settings.ShippedRules ? $"the shipped pack, as {configuration.DisplayPath} adds no rules"
        : $"the rules of {configuration.DisplayPath}";

    private static List<string> DefaultRoots(ConfigurationFile? configuration, CliEnvironment environment)
    {
        var roots = new List<string>();
        if (configuration?.Settings.ShippedRules != false)
        {
            var shipped = Path.Combine(AppContext.BaseDirectory, DefaultFolder);
            roots.Add(Directory.Exists(shipped) ? shipped : throw new UsageException($"the rule pack shipped with the tool is missing ({shipped}); pass --rules PATH"));
        }

        if (configuration is null)
        {
            // Once a rules/ here was loaded instead of the pack; now only a configuration file loads it, so say so.
            if (Directory.Exists(environment.Resolve(DefaultFolder)))
            {
                environment.Error.WriteLine($"corpuslint: warning: ./{DefaultFolder} is not loaded: no {ProjectConfiguration.FileName} names it (write 'rules: [{DefaultFolder}]' in one); the shipped pack is used");
            }

            return roots;
        }

        roots.AddRange(configuration.Settings.Rules.Select(configuration.Resolve));
        return roots.Count > 0 ? roots : throw new UsageException($"{configuration.DisplayPath}: no rules: 'shipped_rules' is false and 'rules' names none");
    }

    private static bool IsRuleFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
