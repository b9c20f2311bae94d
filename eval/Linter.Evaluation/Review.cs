using System.Globalization;
using System.Text.RegularExpressions;

namespace Linter.Evaluation;

/// <summary>
/// A finding read by a person, with the verdict: <c>ok</c> (a real problem) or <c>fp</c> (not one), and for its fix
/// <c>safe</c>, <c>unsafe</c> or <c>none</c>. Kept in <c>eval/samples/RULE.tsv</c>.
/// </summary>
internal sealed record Sample(string Rule, string Path, int Line, int Column, string Match, string Verdict, string Fix, string Context, string Note)
{
    private const string Header = "rule\tpath\tline\tcolumn\tmatch\tverdict\tfix\tcontext\tnote";

    public (string, string, int, int) Key => (Rule, Path, Line, Column);

    public static IReadOnlyList<Sample> ReadAll(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.tsv").Order(StringComparer.Ordinal).SelectMany(Read)];

    /// <summary>The reviewed findings of one file.</summary>
    public static IEnumerable<Sample> Read(string file) => Tsv.Read(file).Select(row =>
    {
        var sample = new Sample(
            row["rule"], row["path"], int.Parse(row["line"], CultureInfo.InvariantCulture), int.Parse(row["column"], CultureInfo.InvariantCulture),
            row["match"], row["verdict"], row["fix"], row["context"], row["note"]);
        return sample.Verdict is "ok" or "fp" && sample.Fix is "safe" or "unsafe" or "none"
            ? sample
            : throw new EvaluationException($"{file}: {sample.Path}({sample.Line},{sample.Column}): verdict must be ok or fp and fix safe, unsafe or none");
    });

    /// <summary>
    /// Writes <paramref name="count"/> findings of <paramref name="rule"/> that no sample judges, taken in turn from each
    /// folder (outlet) so that the sample spreads across them, as rows to review: fill in verdict and fix, and replace
    /// the note (the finding's message and fix, to read) with the reason for the verdict.
    /// </summary>
    public static void Draw(IReadOnlyList<Finding> findings, IReadOnlyList<Sample> samples, string rule, int count, int seed, CorpusTexts texts, TextWriter output)
    {
        var judged = samples.Select(s => s.Key).ToHashSet();
        var random = new Random(seed);
        var byFolder = findings
            .Where(f => f.Id == rule && !judged.Contains(f.Key))
            .GroupBy(f => f.Folder)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Queue<Finding>(g.OrderBy(_ => random.Next())))
            .ToList();
        output.WriteLine(Header);
        for (var drawn = 0; drawn < count && byFolder.Any(q => q.Count > 0);)
        {
            foreach (var queue in byFolder.Where(q => q.Count > 0))
            {
                if (drawn++ == count)
                {
                    break;
                }

                var f = queue.Dequeue();
                var fix = f.Replacement is null ? "none" : "?";
                output.WriteLine(string.Join('\t', f.Id, f.Path, f.Line, f.Column, Tsv.Cell(f.Text), "?", fix, Tsv.Cell(Marked(texts.Line(f.Path, f.Line), f.Column, f.Text.Length)), Tsv.Cell(f.Replacement is null ? f.Message : $"{f.Message}; fix: «{f.Replacement}»")));
            }
        }
    }

    /// <summary>The finding's line, cut to about 100 characters either side, with the match in ⟦ ⟧.</summary>
    private static string Marked(string line, int column, int length)
    {
        var start = Math.Clamp(column - 1, 0, line.Length);
        var end = Math.Clamp(start + length, start, line.Length);
        var from = Math.Max(0, start - 100);
        var to = Math.Min(line.Length, end + 100);
        return $"{line[from..start]}⟦{line[start..end]}⟧{line[end..to]}";
    }
}

/// <summary>
/// A reviewed leftover of one outlet, for recall: the files it is in (a regular expression on the path relative to the
/// corpora root) and the lines that are it (a regular expression on the trimmed line, matched whole). Kept in
/// <c>eval/leftovers/*.tsv</c>.
/// </summary>
internal sealed record Leftover(string Outlet, Regex Files, Regex Lines, string Note);

/// <summary>Reads the reviewed leftover lists.</summary>
internal static class LeftoverList
{
    public static IReadOnlyList<Leftover> ReadAll(string folder) =>
    [
        .. Directory.EnumerateFiles(folder, "*.tsv").Order(StringComparer.Ordinal).SelectMany(file => Tsv.Read(file).Select(row =>
            new Leftover(row["outlet"], new Regex(row["files"], RegexOptions.CultureInvariant), new Regex("^(?:" + row["line"] + ")$", RegexOptions.CultureInvariant), row["note"]))),
    ];
}

/// <summary>The figures: precision per rule on the reviewed samples, what no sample judges yet, recall per outlet.</summary>
internal static class Report
{
    /// <summary>The fewest reviewed findings a rule that fires needs.</summary>
    private const int SampleSize = 30;

    public static void Write(IReadOnlyList<Finding> findings, IReadOnlyList<Sample> samples, TextWriter output)
    {
        var produced = findings.Select(f => f.Key).ToHashSet();

        // A fix judged unsafe counts while the finding still offers a fix; one that no longer does is resolved.
        var withFix = findings.Where(f => f.Replacement is not null).Select(f => f.Key).ToHashSet();
        bool Unsafe(Sample s) => s.Fix == "unsafe" && withFix.Contains(s.Key);
        output.WriteLine("## Precision per rule (reviewed samples of the current findings)");
        output.WriteLine();
        output.WriteLine("| rule | findings | judged | real | false | precision | unsafe fixes | folders with findings | folders judged |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var unjudged = new List<string>();
        foreach (var rule in findings.Select(f => f.Id).Union(samples.Select(s => s.Rule)).Order(StringComparer.Ordinal))
        {
            var ofRule = findings.Where(f => f.Id == rule).ToList();
            var judged = samples.Where(s => s.Rule == rule && produced.Contains(s.Key)).ToList();
            var ok = judged.Count(s => s.Verdict == "ok");
            var precision = judged.Count == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * ok / judged.Count:0.0}%");
            var folders = ofRule.Select(f => f.Folder).Distinct().ToList();
            var judgedFolders = judged.Select(s => s.Path[..Math.Max(0, s.Path.LastIndexOf('/'))]).Distinct().ToList();
            output.WriteLine($"| {rule} | {ofRule.Count} | {judged.Count} | {ok} | {judged.Count - ok} | {precision} | {judged.Count(Unsafe)} | {folders.Count} | {judgedFolders.Count} |");
            if (ofRule.Count > 0 && judged.Count < Math.Min(SampleSize, ofRule.Count))
            {
                unjudged.Add($"- {rule}: {judged.Count} of {Math.Min(SampleSize, ofRule.Count)} reviewed (`--draw {rule}`)");
            }

            foreach (var folder in folders.Except(judgedFolders).Order(StringComparer.Ordinal))
            {
                unjudged.Add($"- {rule} in {folder}: {ofRule.Count(f => f.Folder == folder)} findings, none reviewed");
            }

            var gone = samples.Where(s => s.Rule == rule && !produced.Contains(s.Key)).ToList();
            if (gone.Count > 0)
            {
                unjudged.Add($"- {rule}: {gone.Count(s => s.Verdict == "fp")} false findings reviewed are gone, {gone.Count(s => s.Verdict == "ok")} real ones are no longer found");
            }
        }

        output.WriteLine();
        output.WriteLine("## False findings and unsafe fixes still found");
        output.WriteLine();
        var wrong = samples.Where(s => (s.Verdict == "fp" || Unsafe(s)) && produced.Contains(s.Key)).ToList();
        output.WriteLine(wrong.Count == 0 ? "None." : string.Join(Environment.NewLine, wrong.Select(s => $"- {s.Rule} {s.Path}({s.Line},{s.Column}) {s.Verdict}/{s.Fix}: {s.Note}")));
        output.WriteLine();
        output.WriteLine("## Not yet judged");
        output.WriteLine();
        output.WriteLine(unjudged.Count == 0 ? "Every finding class has its reviewed sample." : string.Join(Environment.NewLine, unjudged));
        output.WriteLine();
    }

    /// <summary>
    /// Each outlet's leftover lines (as its reviewed list says) and how many are flagged: by a boilerplate finding
    /// (CL1xxx) of <c>check</c> with the shipped rules; and, when boilerplate discovery ran, by the rules it wrote with
    /// the shipped boilerplate rules but the leftover rule (discovery leaves out what loaded rules find), and by the
    /// written rules alone.
    /// </summary>
    public static void WriteRecall(IReadOnlyList<Finding> findings, IReadOnlyList<BoilerplateRun> discovery, IReadOnlyList<Leftover> leftovers, CorpusTexts texts, TextWriter output)
    {
        static HashSet<(string, int)> Lines(IEnumerable<Finding> flagging) => flagging.Select(f => (f.Path, f.Line)).ToHashSet();
        var boilerplate = findings.Where(f => f.Id.StartsWith("CL1", StringComparison.Ordinal)).ToList();
        var discovered = discovery.SelectMany(run => run.Findings).ToList();
        List<(string Name, HashSet<(string, int)> Flagged)> columns = [("check", Lines(boilerplate))];
        if (discovery.Count > 0)
        {
            columns.Add(("discovery with the shipped rules but CL1008", Lines(discovered.Concat(boilerplate.Where(f => f.Id != "CL1008")))));
            columns.Add(("discovery alone", Lines(discovered)));
        }

        output.WriteLine("## Recall of each outlet's reviewed leftovers");
        output.WriteLine();
        output.WriteLine($"| outlet | leftover lines | {string.Join(" | ", columns.Select(c => c.Name))} |");
        output.WriteLine($"| --- | ---: |{string.Concat(columns.Select(_ => " ---: |"))}");
        var files = texts.Files().ToList();
        var allLines = 0;
        var allFound = new int[columns.Count];
        foreach (var outlet in leftovers.GroupBy(l => l.Outlet).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var lines = 0;
            var found = new int[columns.Count];
            foreach (var path in files.Where(p => outlet.Any(l => l.Files.IsMatch(p))))
            {
                var text = texts.Lines(path);
                for (var i = 0; i < text.Length; i++)
                {
                    var trimmed = text[i].Trim().Trim('\0');
                    if (outlet.Any(l => l.Files.IsMatch(path) && l.Lines.IsMatch(trimmed)))
                    {
                        lines++;
                        for (var c = 0; c < columns.Count; c++)
                        {
                            found[c] += columns[c].Flagged.Contains((path, i + 1)) ? 1 : 0;
                        }
                    }
                }
            }

            allLines += lines;
            for (var c = 0; c < columns.Count; c++)
            {
                allFound[c] += found[c];
            }

            output.WriteLine($"| {outlet.Key} | {lines} | {string.Join(" | ", found.Select(f => Recall(f, lines)))} |");
        }

        output.WriteLine($"| all | {allLines} | {string.Join(" | ", allFound.Select(f => Recall(f, allLines)))} |");
    }

    private static string Recall(int found, int lines) =>
        string.Create(CultureInfo.InvariantCulture, $"{found} ({(lines == 0 ? "—" : $"{100.0 * found / lines:0.0}%")})");
}
