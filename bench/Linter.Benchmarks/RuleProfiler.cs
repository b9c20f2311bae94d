using System.Diagnostics;
using System.Globalization;
using Linter.Core.Arabic;
using Linter.Core.Matching;
using Linter.Core.Text;
using Linter.Core.Pipeline;
using Linter.Core.Rules;

namespace Linter.Benchmarks;

/// <summary>
/// <c>profile CORPUS_DIR MAX_FILES RULES...</c>: where the time of linting goes, on one thread over the first
/// MAX_FILES documents of a corpus: the text model, normalization, the shared phrase search, then each rule on
/// its own (the time of a rule set holding that rule alone, less the time of an empty one).
/// </summary>
public static class RuleProfiler
{
    /// <summary>Runs the mode; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        if (args.Length < 3 || !int.TryParse(args[1], CultureInfo.InvariantCulture, out var maxFiles))
        {
            Console.Error.WriteLine("usage: profile CORPUS_DIR MAX_FILES RULES...");
            return 2;
        }

        var texts = Directory.EnumerateFiles(args[0], "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Take(maxFiles).Select(File.ReadAllText).ToList();
        var rules = BenchData.Load(args[2..].SelectMany(BenchData.RuleFiles));
        var megabytes = texts.Sum(text => (long)System.Text.Encoding.UTF8.GetByteCount(text)) / 1e6;
        Console.WriteLine($"{texts.Count} documents, {megabytes:0.0} MB, {rules.Rules.Count} rules, one thread");

        var rows = new List<(string Name, double Ms)>
        {
            ("SourceText (line index)", Time(texts, text => _ = new SourceText(text).LineCount)),
            ("ArabicNormalizer.Normalize", Time(texts, text => _ = ArabicNormalizer.Normalize(text))),
        };
        var matcher = new PhraseMatcher(rules.Rules.SelectMany(rule => rule.Phrases));
        var normalized = texts.ConvertAll(ArabicNormalizer.Normalize);
        rows.Add(($"PhraseMatcher.FindAll ({rules.Rules.Sum(rule => rule.Phrases.Count())} phrases)", Time(normalized, text => _ = matcher.FindAll(text))));

        var empty = new LintEngine(RuleSet.Create([]));
        var baseline = Time(texts, text => empty.LintText("doc.txt", text));
        rows.Add(("LintText, no rules", baseline));
        foreach (var rule in rules.Rules)
        {
            var engine = new LintEngine(RuleSet.Create([rule]));
            rows.Add(($"{rule.Descriptor.Id} ({rule.Descriptor.Kind}), less the above", Time(texts, text => engine.LintText("doc.txt", text)) - baseline));
        }

        var all = new LintEngine(rules);
        var (pause, allocated, collections) = (GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(precise: true), Collections());
        rows.Add(("LintText, all rules", Time(texts, text => all.LintText("doc.txt", text))));
        pause = GC.GetTotalPauseDuration() - pause;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var collected = Collections().Zip(collections, (after, before) => after - before).ToList();

        Console.WriteLine();
        Console.WriteLine("| step | ms | MB/s |");
        Console.WriteLine("| --- | ---: | ---: |");
        foreach (var (name, ms) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {ms:0} | {(ms > 0 ? megabytes / (ms / 1000) : double.NaN):0} |"));
        }

        // The passes of the last row (a warm-up and three timed passes), for what allocating costs.
        Console.WriteLine();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"All rules, warm-up and 3 passes: {allocated / 1e6 / (megabytes * 3):0.0} MB allocated per MB of text; collections gen0/gen1/gen2 {collected[0]}/{collected[1]}/{collected[2]}; {pause.TotalMilliseconds:0} ms paused."));
        return 0;
    }

    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    /// <summary>
    /// Milliseconds for <paramref name="action"/> over every text: the best of three passes after a warm-up over a
    /// few, since other work on a shared machine only ever adds time.
    /// </summary>
    private static double Time<T>(List<T> texts, Action<T> action)
    {
        foreach (var text in texts.Take(20))
        {
            action(text);
        }

        var best = double.MaxValue;
        for (var pass = 0; pass < 3; pass++)
        {
            var started = Stopwatch.GetTimestamp();
            foreach (var text in texts)
            {
                action(text);
            }

            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return best;
    }
}
