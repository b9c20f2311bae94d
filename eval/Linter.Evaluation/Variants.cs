using System.Globalization;

namespace Linter.Evaluation;

/// <summary>
/// The figures of <c>discover variants</c> on a development corpus: the share of its top families that reviewers
/// judged spellings of one name or word (<c>eval/variants/families.tsv</c>), the share of the reviewed real families
/// it finds (<c>eval/variants/real-families.tsv</c>), the pairs of different words it must never join
/// (<c>eval/variants/different-words.tsv</c>), and the precision of <c>check</c> with the rules its <c>--out</c>
/// writes, on reviewed findings (<c>eval/variants/findings/RULE.tsv</c>).
/// </summary>
internal static class VariantEvaluation
{
    private const int Top = 100;

    public static void Run(LinterRun linter, string corporaRoot, CorpusEntry corpus, string repository, EvaluationOptions options, TextWriter output)
    {
        var folder = Path.Combine(repository, "eval", "variants");
        var rulesFile = Path.Combine(Path.GetTempPath(), $"corpuslint-eval-{Environment.ProcessId}-variants.yaml");
        try
        {
            Console.Error.WriteLine($"discovering variants in {corpus.Folder} ...");
            List<List<string>> families;
            using (var report = linter.DiscoverVariants(corporaRoot, corpus, rulesFile))
            {
                families = [.. report.RootElement.GetProperty("families").EnumerateArray()
                    .Select(family => family.GetProperty("forms").EnumerateArray().Select(form => form.GetProperty("text").GetString()!).ToList())];
            }

            Console.Error.WriteLine("checking the corpus with the rules discovery wrote ...");
            var findings = File.Exists(rulesFile) ? linter.Check(corporaRoot, corpus, rulesFile) : [];
            var samples = Sample.ReadAll(Path.Combine(folder, "findings"));
            if (options.Draw is { } rule)
            {
                Sample.Draw(findings, samples, rule, options.Count, options.Seed, new CorpusTexts(corporaRoot, [corpus]), output);
                return;
            }

            output.WriteLine($"## Variant discovery on {corpus.Name}");
            output.WriteLine();
            WriteTop(families, Tsv.Read(Path.Combine(folder, "families.tsv")).ToList(), output);
            WriteRecall(families, Tsv.Read(Path.Combine(folder, "real-families.tsv")).ToList(), output);
            WriteDifferentWords(families, Tsv.Read(Path.Combine(folder, "different-words.tsv")).ToList(), output);
            WriteCheck(findings, samples, output);
        }
        finally
        {
            File.Delete(rulesFile);
        }
    }

    /// <summary>A family as reviewed: its forms in order of the report, joined by " ~ ".</summary>
    private static string Key(IEnumerable<string> forms) => string.Join(" ~ ", forms);

    private static void WriteTop(List<List<string>> families, List<Dictionary<string, string>> reviewed, TextWriter output)
    {
        var verdicts = reviewed.ToDictionary(row => row["forms"], row => row["verdict"], StringComparer.Ordinal);
        var top = families.Take(Top).ToList();
        var judged = top.Where(family => verdicts.ContainsKey(Key(family))).ToList();
        var real = judged.Count(family => verdicts[Key(family)] == "ok");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"- families: {families.Count}; of the top {top.Count}, {judged.Count} reviewed, {real} spellings of one name or word ({Percent(real, judged.Count)})"));
        foreach (var family in top.Where(family => !verdicts.ContainsKey(Key(family))))
        {
            output.WriteLine($"  - not reviewed: {Key(family)}");
        }

        foreach (var family in judged.Where(family => verdicts[Key(family)] != "ok"))
        {
            output.WriteLine($"  - wrong: {Key(family)}");
        }
    }

    private static void WriteRecall(List<List<string>> families, List<Dictionary<string, string>> real, TextWriter output)
    {
        // Found: one discovered family holds two or more of the real family's forms, with or without the article.
        var missed = real.Where(row =>
        {
            var forms = row["forms"].Split(" ~ ").Select(WithoutArticle).ToHashSet(StringComparer.Ordinal);
            return !families.Any(family => family.Select(WithoutArticle).Count(forms.Contains) >= 2);
        }).ToList();
        var found = real.Count - missed.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- real families found: {found} of {real.Count} ({Percent(found, real.Count)})"));
        foreach (var row in missed)
        {
            output.WriteLine($"  - missed: {row["forms"]}");
        }
    }

    private static void WriteDifferentWords(List<List<string>> families, List<Dictionary<string, string>> pairs, TextWriter output)
    {
        var joined = pairs.Where(pair => families.Any(family => family.Contains(pair["a"]) && family.Contains(pair["b"]))).ToList();
        output.WriteLine($"- different words in one family: {joined.Count} of {pairs.Count} pairs");
        foreach (var pair in joined)
        {
            output.WriteLine($"  - {pair["a"]} ~ {pair["b"]}");
        }
    }

    private static void WriteCheck(IReadOnlyList<Finding> findings, IReadOnlyList<Sample> samples, TextWriter output)
    {
        var produced = findings.Select(f => f.Key).ToHashSet();
        var judged = samples.Where(s => produced.Contains(s.Key)).ToList();
        var real = judged.Count(s => s.Verdict == "ok");
        var unsafeFixes = judged.Count(s => s.Fix == "unsafe");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"- check with the written rules: {findings.Count} findings in {findings.Select(f => f.Folder).Distinct().Count()} folders; {judged.Count} reviewed, {real} real ({Percent(real, judged.Count)}), {unsafeFixes} unsafe fixes; {samples.Count - judged.Count} reviewed findings gone"));
        foreach (var sample in judged.Where(s => s.Verdict == "fp" || s.Fix == "unsafe"))
        {
            output.WriteLine($"  - {sample.Rule} {sample.Path}({sample.Line},{sample.Column}) {sample.Verdict}/{sample.Fix}: {sample.Note}");
        }
    }

    private static string WithoutArticle(string form) => form.StartsWith("ال", StringComparison.Ordinal) && form.Length >= 5 ? form[2..] : form;

    private static string Percent(int part, int whole) => whole == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.0}%");
}
