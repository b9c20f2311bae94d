using System.Text.RegularExpressions;

namespace Linter.Core.Tests;

/// <summary>The engine's folders are layers: each imports only the folders below it (docs/architecture.md).</summary>
public sealed partial class LayeringTests
{
    /// <summary>The layers, from the bottom.</summary>
    private static readonly string[] Layers =
        ["Text", "Paths", "Arabic", "Matching", "Diagnostics", "Baselines", "Analysis", "Corpus", "Rules", "Configuration", "Pipeline", "Fixes", "Discovery"];

    /// <summary>Loading a rule runs its examples through the run, so that a rule whose examples fail is refused.</summary>
    private static readonly string[] Exceptions = ["Rules/RuleExamples.cs"];

    [Fact]
    public void Every_folder_of_the_engine_imports_only_the_folders_below_it()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "Linter.Core");
        var upward = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            var layer = Array.IndexOf(Layers, relative.Split('/')[0]);
            Assert.True(layer >= 0, $"{relative} is in no layer");
            if (Exceptions.Contains(relative))
            {
                continue;
            }

            foreach (Match import in Import().Matches(File.ReadAllText(file)))
            {
                if (Array.IndexOf(Layers, import.Groups[1].Value) > layer)
                {
                    upward.Add($"{relative} uses {import.Groups[1].Value}");
                }
            }
        }

        Assert.Empty(upward);
    }

    private static string RepositoryRoot()
    {
        for (var folder = AppContext.BaseDirectory; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, "Linter.sln")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException("Linter.sln not found above the test assembly");
    }

    [GeneratedRegex(@"^using Linter\.Core\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex Import();
}
