using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Linter.CorpusGenerator;

/// <summary>A finding of a duplicate-document rule: its id, the duplicate, and the first occurrence it points at.</summary>
public sealed record ReportedDuplicate(string Id, string Path, string Original);

/// <summary>An injected pair, its true Jaccard similarity, and whether the findings put both documents in one duplicate group.</summary>
public sealed record InjectedPairResult(string Original, string Copy, double Jaccard, bool Found);

/// <summary>A reported pair, its true Jaccard similarity, and whether both documents are copies of one generated article.</summary>
public sealed record ReportedPairResult(ReportedDuplicate Finding, double Jaccard, bool SameArticle);

/// <summary>
/// Scores the findings of a duplicate-document rule against a generated corpus's manifest, by the true Jaccard
/// similarity of word shingles of the size the rule uses. The rule points each duplicate at the earliest document
/// it resembles, by path order, which may be another copy of the same article, or a copy when the copy's path sorts
/// before its original's; so an injected pair is found when the findings link its two documents, directly or through
/// other findings, and a reported pair is correct when both its documents are copies of one article (the original
/// and its copies). The true Jaccard of a reported pair the manifest does not list is measured on the two files.
/// </summary>
public sealed class DuplicateScore
{
    /// <summary>The true Jaccard from which every injected pair should be found.</summary>
    public const double RecallFloor = 0.8;

    /// <summary>The true Jaccard below which no pair should be reported.</summary>
    public const double ReportFloor = 0.5;

    // Bands of true Jaccard for the table, highest first: [low, high), the first holding exactly 1.
    private static readonly (double Low, double High, string Label)[] Bands =
    [
        (1, double.PositiveInfinity, "1"),
        (0.9, 1, "0.9 - 1"),
        (0.8, 0.9, "0.8 - 0.9"),
        (0.7, 0.8, "0.7 - 0.8"),
        (0.6, 0.7, "0.6 - 0.7"),
        (0.5, 0.6, "0.5 - 0.6"),
        (0, 0.5, "0 - 0.5"),
    ];

    private DuplicateScore(int shingleWords, IReadOnlyList<InjectedPairResult> injected, IReadOnlyList<ReportedPairResult> reported)
    {
        ShingleWords = shingleWords;
        Injected = injected;
        Reported = reported;
    }

    /// <summary>Words per shingle: the similarity the pairs are measured by.</summary>
    public int ShingleWords { get; }

    /// <summary>Every injected pair, in the manifest's order.</summary>
    public IReadOnlyList<InjectedPairResult> Injected { get; }

    /// <summary>Every reported pair, in the findings' order.</summary>
    public IReadOnlyList<ReportedPairResult> Reported { get; }

    /// <summary>
    /// Recall over the injected pairs at true Jaccard <see cref="RecallFloor"/> or more, and precision: reported pairs
    /// that are copies of one article, over all reported pairs.
    /// </summary>
    public Score Score
    {
        get
        {
            var similar = Injected.Where(pair => pair.Jaccard >= RecallFloor).ToList();
            return new Score(similar.Count(pair => pair.Found), similar.Count, Reported.Count(pair => pair.SameArticle), Reported.Count);
        }
    }

    /// <summary>The reported pair with the lowest true Jaccard; null when nothing is reported.</summary>
    public ReportedPairResult? LowestReported => Reported.MinBy(pair => pair.Jaccard);

    /// <summary>Measures <paramref name="findings"/> against <paramref name="manifest"/>.</summary>
    /// <param name="manifest">The corpus's manifest.</param>
    /// <param name="folder">The manifest's folder; finding paths are relative to it, as <c>corpuslint check corpus</c> run there shows them.</param>
    /// <param name="findings">The findings of one duplicate-document rule (exact and near).</param>
    /// <param name="shingleWords">Words per shingle of that rule.</param>
    public static DuplicateScore Measure(CorpusManifest manifest, string folder, IReadOnlyList<ReportedDuplicate> findings, int shingleWords)
    {
        var key = shingleWords.ToString(CultureInfo.InvariantCulture);
        var article = new Dictionary<string, string>(StringComparer.Ordinal);
        var known = new Dictionary<(string, string), double>();
        foreach (var pair in manifest.NearDuplicates)
        {
            article[pair.Original] = pair.Original;
            article[pair.Copy] = pair.Original;
            if (pair.Jaccard.TryGetValue(key, out var jaccard))
            {
                known[(pair.Original, pair.Copy)] = known[(pair.Copy, pair.Original)] = jaccard;
            }
        }

        double TrueJaccard(string a, string b) => known.TryGetValue((a, b), out var jaccard)
            ? jaccard
            : Math.Round(Shingles.Jaccard(File.ReadAllText(Path.Combine(folder, a)), File.ReadAllText(Path.Combine(folder, b)), shingleWords), 4);

        var groups = new DisjointSets();
        foreach (var finding in findings)
        {
            groups.Union(finding.Path, finding.Original);
        }

        return new DuplicateScore(
            shingleWords,
            [.. manifest.NearDuplicates.Select(pair => new InjectedPairResult(pair.Original, pair.Copy, pair.Jaccard.TryGetValue(key, out var jaccard) ? jaccard : TrueJaccard(pair.Original, pair.Copy), groups.Together(pair.Original, pair.Copy)))],
            [.. findings.Select(finding => new ReportedPairResult(
                finding,
                TrueJaccard(finding.Path, finding.Original),
                article.TryGetValue(finding.Path, out var first) && article.TryGetValue(finding.Original, out var second) && first == second))]);
    }

    /// <summary>
    /// Reads the findings of <paramref name="ids"/> from the report of <c>corpuslint check --format json</c>: each
    /// finding's path and its first related location (the first occurrence).
    /// </summary>
    /// <exception cref="JsonException">The report is not JSON, or not a check report, or a finding of those ids has no related location.</exception>
    public static IReadOnlyList<ReportedDuplicate> FindingsFromJson(string checkJson, IReadOnlySet<string> ids)
    {
        using var report = JsonDocument.Parse(checkJson);
        if (report.RootElement.ValueKind != JsonValueKind.Object || !report.RootElement.TryGetProperty("diagnostics", out var diagnostics) || diagnostics.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("not a report of corpuslint check --format json: it has no diagnostics array");
        }

        var findings = new List<ReportedDuplicate>();
        var index = 0;
        foreach (var diagnostic in diagnostics.EnumerateArray())
        {
            index++;
            var id = diagnostic.GetProperty("id").GetString()!;
            if (!ids.Contains(id))
            {
                continue;
            }

            var path = diagnostic.GetProperty("path").GetString()!;
            if (!diagnostic.TryGetProperty("related", out var related) || related.GetArrayLength() == 0)
            {
                throw new JsonException($"diagnostic {index} ({id} on {path}) has no related location: a duplicate points at its first occurrence");
            }

            findings.Add(new ReportedDuplicate(id, path, related[0].GetProperty("path").GetString()!));
        }

        return findings;
    }

    /// <summary>The figures, with a table of injected and reported pairs by true Jaccard.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        var byId = string.Join(", ", Reported.GroupBy(pair => pair.Finding.Id).OrderBy(group => group.Key, StringComparer.Ordinal).Select(group => $"{group.Key} {group.Count()}"));
        text.Append(CultureInfo.InvariantCulture, $"{ShingleWords}-word shingles: {Injected.Count} injected pairs, {Reported.Count} reported ({(byId.Length == 0 ? "none" : byId)})\n");
        text.Append("TRUE JACCARD  INJECTED  FOUND  RECALL  REPORTED  SAME ARTICLE\n");
        foreach (var (low, high, label) in Bands)
        {
            var injected = Injected.Where(pair => pair.Jaccard >= low && pair.Jaccard < high).ToList();
            var reported = Reported.Where(pair => pair.Jaccard >= low && pair.Jaccard < high).ToList();
            var found = injected.Count(pair => pair.Found);
            var recall = Percent(found, injected.Count);
            text.Append(CultureInfo.InvariantCulture, $"{label,-12}  {injected.Count,8}  {found,5}  {recall,6}  {reported.Count,8}  {reported.Count(pair => pair.SameArticle),12}\n");
        }

        var score = Score;
        text.Append(CultureInfo.InvariantCulture, $"recall at true Jaccard >= {RecallFloor}: {score.Found} of {score.Injected} ({Percent(score.Found, score.Injected)})\n");
        text.Append("lowest true Jaccard reported: ")
            .Append(LowestReported is { } lowest ? FormattableString.Invariant($"{lowest.Jaccard:0.0000} ({lowest.Finding.Path}, {lowest.Finding.Id} of {lowest.Finding.Original})") : "none reported")
            .Append('\n');
        var aboveFloor = Reported.Count(pair => pair.Jaccard >= RecallFloor);
        var belowReportFloor = Reported.Count(pair => pair.Jaccard < ReportFloor);
        text.Append(CultureInfo.InvariantCulture, $"precision: {score.Correct} of {score.Reported} reported pairs are copies of one article ({Percent(score.Correct, score.Reported)}); ")
            .Append(CultureInfo.InvariantCulture, $"{aboveFloor} of {score.Reported} at true Jaccard >= {RecallFloor}; {belowReportFloor} below {ReportFloor}\n");
        return text.ToString();
    }

    private static string Percent(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("0.0%", CultureInfo.InvariantCulture);

    /// <summary>Union-find over paths: the duplicate groups the findings make.</summary>
    private sealed class DisjointSets
    {
        private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

        public void Union(string a, string b)
        {
            var (rootA, rootB) = (Find(a), Find(b));
            if (rootA != rootB)
            {
                _parent[rootA] = rootB;
            }
        }

        public bool Together(string a, string b) => Find(a) == Find(b);

        private string Find(string path)
        {
            while (_parent.TryGetValue(path, out var parent) && parent != path)
            {
                // Path halving keeps the chains short.
                var grandparent = _parent.GetValueOrDefault(parent, parent);
                _parent[path] = grandparent;
                path = grandparent;
            }

            return path;
        }
    }
}
