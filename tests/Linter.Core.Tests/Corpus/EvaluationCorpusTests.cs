using Linter.CorpusGenerator;

namespace Linter.Core.Tests.Corpus;

public sealed class EvaluationCorpusTests
{
    private static readonly IReadOnlyList<string> Seeds =
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    [Fact]
    public void The_same_seed_gives_the_same_corpus_byte_for_byte()
    {
        var first = Path.Combine(Path.GetTempPath(), "corpuslint-generated-" + Guid.NewGuid().ToString("N"));
        var second = Path.Combine(Path.GetTempPath(), "corpuslint-generated-" + Guid.NewGuid().ToString("N"));
        try
        {
            var manifest = EvaluationCorpus.Generate(first, Seeds, articles: 300);
            EvaluationCorpus.Generate(second, Seeds, articles: 300);

            var files = Directory.GetFiles(first, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(first, path)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(301, files.Count);
            Assert.All(files, file => Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file))));
            Assert.Equal(300, manifest.Articles);
            Assert.Equal(manifest.Outlets.Sum(outlet => outlet.Articles), manifest.Articles);
            Assert.Equal(manifest.ToJson(), CorpusManifest.FromJson(File.ReadAllText(Path.Combine(first, CorpusManifest.FileName))).ToJson());
        }
        finally
        {
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }

    [Fact]
    public void Injected_families_are_in_no_shipped_rule_and_each_has_two_to_four_spellings()
    {
        var folder = Path.Combine(Path.GetTempPath(), "corpuslint-generated-" + Guid.NewGuid().ToString("N"));
        try
        {
            var manifest = EvaluationCorpus.Generate(folder, Seeds, articles: 200);
            var listed = new Linter.Core.Discovery.ListedSpellings(TestSupport.LoadShippedRules());

            Assert.Equal(40, manifest.Families.Count);
            Assert.All(manifest.Families, family => Assert.InRange(family.Forms.Count, 2, 4));
            Assert.DoesNotContain(manifest.Families.SelectMany(family => family.Forms), form => listed.Covers(form));
            Assert.Contains(manifest.Boilerplate, leftover => leftover.Placement == "prefix");
            Assert.Contains(manifest.Boilerplate, leftover => leftover.Placement == "suffix");
            Assert.Single(manifest.Boilerplate, leftover => leftover.Listed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
