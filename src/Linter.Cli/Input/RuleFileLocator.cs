using Linter.Core.Rules;
using Linter.Core.Text;

namespace Linter.Cli.Input;

/// <summary>Finds the rule files to load: the paths given with --rules, else ./rules, else the pack shipped with the tool.</summary>
internal static class RuleFileLocator
{
    /// <summary>The default rule folder's name.</summary>
    public const string DefaultFolder = "rules";

    /// <summary>Reads every rule file named by <paramref name="paths"/> (files or folders), in a stable order.</summary>
    public static List<RuleFile> Locate(IReadOnlyList<string> paths, CliEnvironment environment)
    {
        var roots = paths.Count > 0 ? [.. paths.Select(environment.Resolve)] : DefaultRoots(environment);
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

    private static List<string> DefaultRoots(CliEnvironment environment)
    {
        var local = environment.Resolve(DefaultFolder);
        if (Directory.Exists(local))
        {
            return [local];
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, DefaultFolder);
        return Directory.Exists(shipped)
            ? [shipped]
            : throw new UsageException($"no rules: ./{DefaultFolder} does not exist; pass --rules PATH");
    }

    private static bool IsRuleFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
