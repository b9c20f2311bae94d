using System.Globalization;

namespace Linter.Evaluation;

/// <summary>A candidate of <c>discover boilerplate</c> as its JSON report gives it.</summary>
/// <param name="Rank">Its rank, from 1.</param>
/// <param name="Placement">line, prefix or suffix.</param>
/// <param name="Kind">What it looks like (label, number, byline, ...).</param>
/// <param name="Sources">Its documents per source, as "SOURCE DOCUMENTS/OF, ...".</param>
/// <param name="Text">Its text in the earliest document that holds it.</param>
internal sealed record DiscoveredCandidate(int Rank, string Placement, string Kind, string Sources, string Text);

/// <summary>What <c>discover boilerplate</c> found in one corpus, and the findings of <c>check</c> with the rules its <c>--out</c> wrote.</summary>
/// <param name="Corpus">The corpus.</param>
/// <param name="Candidates">The candidates, in rank order.</param>
/// <param name="Findings">The findings of the written rules alone, each with the rule id <see cref="BoilerplateEvaluation.RuleId"/>.</param>
internal sealed record BoilerplateRun(CorpusEntry Corpus, IReadOnlyList<DiscoveredCandidate> Candidates, IReadOnlyList<Finding> Findings);

/// <summary>
/// The figures of <c>discover boilerplate</c> on each development corpus, with the thresholds of the leftover rule and
/// one source per outlet as <c>eval/corpora.tsv</c> gives them: the share of its top candidates that reviewers judged
/// leftovers of the page (<c>eval/discovery/boilerplate-candidates.tsv</c>), and the precision of <c>check</c> with
/// the rules its <c>--out</c> writes (<c>eval/discovery/boilerplate-rules.tsv</c>). The recall of the outlets'
/// reviewed leftovers is a column of the recall table.
/// </summary>
internal static class BoilerplateEvaluation
{
    /// <summary>
    /// The rule id the findings of the written rules are judged under: the ids a written file takes (CL1900, CL1901, ...)
    /// follow its sources and placements, so a reviewed finding is known by its place alone.
    /// </summary>
    public const string RuleId = "discovered";

    /// <summary>The candidates judged, from the top of each corpus's list.</summary>
    private const int Top = 50;

    public static BoilerplateRun Discover(LinterRun linter, string corporaRoot, CorpusEntry corpus)
    {
        var rulesFile = Path.Combine(Path.GetTempPath(), $"corpuslint-eval-{Environment.ProcessId}-{corpus.Name}-boilerplate.yaml");
        try
        {
            Console.Error.WriteLine($"discovering boilerplate in {corpus.Folder} ...");
            List<DiscoveredCandidate> candidates;
            using (var report = linter.Discover("boilerplate", corporaRoot, corpus, rulesFile))
            {
                candidates = [.. report.RootElement.GetProperty("candidates").EnumerateArray().Select(candidate => new DiscoveredCandidate(
                    candidate.GetProperty("rank").GetInt32(),
                    candidate.GetProperty("placement").GetString()!,
                    candidate.GetProperty("kind").GetString()!,
                    string.Join(", ", candidate.GetProperty("sources").EnumerateArray().Select(source => string.Create(CultureInfo.InvariantCulture,
                        $"{source.GetProperty("source").GetString()} {source.GetProperty("documents").GetInt64()}/{source.GetProperty("sourceDocuments").GetInt64()}"))),
                    candidate.GetProperty("text").GetString()!))];
            }

            Console.Error.WriteLine($"checking {corpus.Folder} with the rules discovery wrote ...");
            var findings = File.Exists(rulesFile) ? linter.Check(corporaRoot, corpus, rulesFile) : [];
            return new BoilerplateRun(corpus, candidates, [.. findings.Select(finding => finding with { Id = RuleId })]);
        }
        finally
        {
            File.Delete(rulesFile);
        }
    }

    /// <summary>The reviewed findings of the written rules.</summary>
    public static IReadOnlyList<Sample> Samples(string repository) =>
        [.. Sample.Read(Path.Combine(repository, "eval", "discovery", "boilerplate-rules.tsv"))];

    public static void Write(IReadOnlyList<BoilerplateRun> runs, string repository, TextWriter output)
    {
        output.WriteLine("## Boilerplate discovery (discover boilerplate, one source per outlet)");
        output.WriteLine();
        WriteCandidates(runs, Tsv.Read(Path.Combine(repository, "eval", "discovery", "boilerplate-candidates.tsv")).ToList(), output);
        WriteRules(runs, Samples(repository), output);
        output.WriteLine();
    }

    private static void WriteCandidates(IReadOnlyList<BoilerplateRun> runs, List<Dictionary<string, string>> reviewed, TextWriter output)
    {
        var verdicts = reviewed.ToDictionary(row => (row["corpus"], row["placement"], row["text"]), row => row["verdict"]);
        var unreviewed = new List<string>();
        var wrong = new List<string>();
        int allJudged = 0, allReal = 0;
        foreach (var run in runs)
        {
            var top = run.Candidates.Take(Top).ToList();
            var judged = top.Where(c => verdicts.ContainsKey((run.Corpus.Name, c.Placement, c.Text))).ToList();
            var real = judged.Count(c => verdicts[(run.Corpus.Name, c.Placement, c.Text)] == "ok");
            (allJudged, allReal) = (allJudged + judged.Count, allReal + real);
            output.WriteLine($"- candidates on {run.Corpus.Name}: {run.Candidates.Count}; of the top {top.Count}, {judged.Count} reviewed, {real} leftovers of the page ({Percent(real, judged.Count)})");
            unreviewed.AddRange(top.Except(judged).Select(c => string.Join('\t', run.Corpus.Name, c.Rank, c.Placement, c.Kind, c.Sources, Tsv.Cell(c.Text), "?", string.Empty)));
            wrong.AddRange(judged.Where(c => verdicts[(run.Corpus.Name, c.Placement, c.Text)] != "ok").Select(c => $"  - wrong: {run.Corpus.Name} {c.Rank} {c.Placement} «{c.Text}»"));
        }

        output.WriteLine($"- top candidates that are leftovers of the page: {allReal} of {allJudged} reviewed ({Percent(allReal, allJudged)})");
        foreach (var line in wrong)
        {
            output.WriteLine(line);
        }

        if (unreviewed.Count > 0)
        {
            output.WriteLine($"  - {unreviewed.Count} not reviewed, as rows of eval/discovery/boilerplate-candidates.tsv:");
            output.WriteLine();
            output.WriteLine("```");
            output.WriteLine(string.Join(Environment.NewLine, unreviewed));
            output.WriteLine("```");
        }
    }

    private static void WriteRules(IReadOnlyList<BoilerplateRun> runs, IReadOnlyList<Sample> samples, TextWriter output)
    {
        var findings = runs.SelectMany(run => run.Findings).ToList();
        var produced = findings.Select(f => f.Key).ToHashSet();
        var judged = samples.Where(s => produced.Contains(s.Key)).ToList();
        var real = judged.Count(s => s.Verdict == "ok");
        var counts = string.Join(", ", runs.Select(run => $"{run.Findings.Count} on {run.Corpus.Name}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"- check with the written rules: {findings.Count} findings ({counts}); {judged.Count} reviewed, {real} leftovers ({Percent(real, judged.Count)}), {judged.Count(s => s.Fix == "unsafe")} unsafe fixes; {samples.Count - judged.Count} reviewed findings gone (`--boilerplate --draw {RuleId}` to review more)"));
        foreach (var sample in judged.Where(s => s.Verdict == "fp" || s.Fix == "unsafe"))
        {
            output.WriteLine($"  - {sample.Path}({sample.Line},{sample.Column}) {sample.Verdict}/{sample.Fix}: {sample.Note}");
        }
    }

    private static string Percent(int part, int whole) => whole == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.0}%");
}
