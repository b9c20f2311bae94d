using Linter.Core.Rules;

namespace Linter.Benchmarks;

/// <summary>The inputs every benchmark shares: the seeds and the shipped rule pack, found from the repository root.</summary>
public static class BenchData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root: the nearest folder above the working folder or the program holding Linter.sln.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The seed articles' texts, in file name order.</summary>
    public static IReadOnlyList<string> Seeds() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    /// <summary>The shipped rule files (rules/*.yaml), in file name order.</summary>
    public static IReadOnlyList<RuleFile> ShippedRuleFiles() => RuleFiles(Path.Combine(RepositoryRoot, "rules"));

    /// <summary>The rule files at <paramref name="path"/>: one YAML file, or every YAML file of a folder.</summary>
    public static IReadOnlyList<RuleFile> RuleFiles(string path) =>
        File.Exists(path)
            ? [new RuleFile(path, File.ReadAllText(path))]
            : [.. Directory.GetFiles(path, "*.y*ml").Order(StringComparer.Ordinal).Select(file => new RuleFile(file, File.ReadAllText(file)))];

    /// <summary>Loads rule files without running their examples, as <c>check</c> does.</summary>
    public static RuleSet Load(IEnumerable<RuleFile> files)
    {
        var result = RuleLoader.Load(files, checkExamples: false);
        return result.RuleSet ?? throw new InvalidOperationException("rules failed to load: " + string.Join(Environment.NewLine, result.Errors));
    }

    /// <summary>The rules of one kind from <paramref name="rules"/>, as a rule set of their own.</summary>
    public static RuleSet OfKind(RuleSet rules, string kind) =>
        RuleSet.Create([.. rules.Rules.Where(rule => kind == "all" || rule.Descriptor.Kind == kind)]);

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Linter.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("run inside the repository: Linter.sln not found above the working folder");
    }
}
