using System.Text.Json;
using Linter.CorpusGenerator;

namespace Linter.Core.Tests.Corpus;

public sealed class DuplicateScoreTests
{
    private const string CheckReport = """
        {
          "tool": { "name": "corpuslint", "version": "0.1.0" },
          "diagnostics": [
            { "id": "CL1003", "path": "corpus/a.txt", "line": 1, "column": 1, "message": "Section label" },
            { "id": "CL2003", "path": "corpus/b.txt", "line": 1, "column": 1, "endLine": 1, "endColumn": 1, "message": "Near-duplicate of corpus/a.txt",
              "related": [ { "path": "corpus/a.txt", "line": 1, "column": 1, "endLine": 1, "endColumn": 1, "message": "first occurrence" } ] },
            { "id": "CL2002", "path": "corpus/o.txt", "line": 1, "column": 1, "endLine": 1, "endColumn": 1, "message": "Same text as corpus/a.txt",
              "related": [ { "path": "corpus/a.txt", "line": 1, "column": 1, "endLine": 1, "endColumn": 1, "message": "first occurrence" } ] }
          ],
          "summary": { "files": 4, "error": 0, "warning": 1, "suggestion": 2, "silent": 0, "baselined": 0 }
        }
        """;

    [Fact]
    public void Findings_are_read_from_check_json_with_the_first_occurrence_they_point_at()
    {
        var findings = DuplicateScore.FindingsFromJson(CheckReport, new HashSet<string>(["CL2002", "CL2003"]));

        Assert.Equal(
            [new ReportedDuplicate("CL2003", "corpus/b.txt", "corpus/a.txt"), new ReportedDuplicate("CL2002", "corpus/o.txt", "corpus/a.txt")],
            findings);
    }

    [Fact]
    public void A_duplicate_finding_without_its_first_occurrence_is_an_error_naming_it()
    {
        var report = CheckReport.Replace("\"related\": [ { \"path\": \"corpus/a.txt\", \"line\": 1, \"column\": 1, \"endLine\": 1, \"endColumn\": 1, \"message\": \"first occurrence\" } ]", "\"related\": []", StringComparison.Ordinal);

        var error = Assert.Throws<JsonException>(() => DuplicateScore.FindingsFromJson(report, new HashSet<string>(["CL2003"])));

        Assert.Equal("diagnostic 2 (CL2003 on corpus/b.txt) has no related location: a duplicate points at its first occurrence", error.Message);
        Assert.Throws<JsonException>(() => DuplicateScore.FindingsFromJson("[]", new HashSet<string>(["CL2003"])));
    }

    [Fact]
    public void Copies_of_one_article_pointing_at_each_other_count_and_an_unrelated_pair_is_measured_on_its_files()
    {
        var folder = Path.Combine(Path.GetTempPath(), "corpuslint-duplicate-score-" + Guid.NewGuid().ToString("N"));
        try
        {
            var seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
            var original = seeds[2];
            var firstCopy = original.Replace("مصنع الطائرات", "مصنع السفن", StringComparison.Ordinal);
            var secondCopy = original.Replace("الزعيم الكوري الشمالي", "الرئيس الكوري", StringComparison.Ordinal);
            var texts = new Dictionary<string, string>
            {
                ["corpus/a.txt"] = firstCopy,
                ["corpus/b.txt"] = secondCopy,
                ["corpus/o.txt"] = original,
                ["corpus/u.txt"] = seeds[3],
            };
            Directory.CreateDirectory(Path.Combine(folder, "corpus"));
            foreach (var (path, text) in texts)
            {
                File.WriteAllText(Path.Combine(folder, path), text);
            }

            IReadOnlyDictionary<string, double> Jaccard(string a, string b) =>
                Enumerable.Range(1, 5).ToDictionary(k => k.ToString(System.Globalization.CultureInfo.InvariantCulture), k => Math.Round(Shingles.Jaccard(texts[a], texts[b], k), 4));
            var manifest = new CorpusManifest(1, 4, [], [], [], [], [], [new("corpus/o.txt", "corpus/a.txt", 0.01, Jaccard("corpus/o.txt", "corpus/a.txt")), new("corpus/o.txt", "corpus/b.txt", 0.01, Jaccard("corpus/o.txt", "corpus/b.txt"))]);

            // As the rule reports them: each document points at the earliest one it resembles, here the copy a.txt.
            var score = DuplicateScore.Measure(
                manifest,
                folder,
                [new("CL2003", "corpus/b.txt", "corpus/a.txt"), new("CL2003", "corpus/o.txt", "corpus/a.txt"), new("CL2003", "corpus/u.txt", "corpus/a.txt")],
                shingleWords: 3);

            Assert.All(score.Injected, pair => Assert.True(pair.Found));
            Assert.Equal([true, true, false], score.Reported.Select(pair => pair.SameArticle));
            Assert.Equal(Math.Round(Shingles.Jaccard(firstCopy, secondCopy, 3), 4), score.Reported[0].Jaccard);
            Assert.Equal(manifest.NearDuplicates[0].Jaccard["3"], score.Reported[1].Jaccard);
            Assert.Equal("corpus/u.txt", score.LowestReported!.Finding.Path);
            Assert.InRange(score.LowestReported.Jaccard, 0, 0.1);
            Assert.Equal(new Score(2, 2, 2, 3), score.Score);
            Assert.Contains("precision: 2 of 3 reported pairs are copies of one article (66.7%); 2 of 3 at true Jaccard >= 0.8; 1 below 0.5\n", score.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
