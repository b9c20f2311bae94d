using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Linter.Core.Arabic;
using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using Linter.Core.Pipeline;
using Linter.Core.Rules;
using Linter.Core.State;
using Linter.Core.Text;

namespace Linter.Benchmarks;

/// <summary>
/// The <c>state-file</c> mode: lints a corpus folder with a rule folder, as <c>check</c> does (the rules' corpus
/// states) and as <c>report</c> does (discovery alongside), saves each pass's state, loads it back into a new pass,
/// and prints the file's size per document and per analyzer, the time to save and to load (median of five), and
/// whether the loaded state reports what the pass in memory reports.
/// </summary>
internal static class StateFile
{
    private const int Repeats = 5;

    /// <summary>Runs the mode; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        var options = args.Skip(2).Chunk(2).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        if (args.Length < 2 || args.Length % 2 != 0 || options.Keys.Except(["--encoding", "--source-pattern", "--dictionary", "--keep"]).Any())
        {
            Console.Error.WriteLine("usage: state-file CORPUS_DIR RULES_DIR [--encoding NAME] [--source-pattern REGEX] [--dictionary FILE.dic] [--keep DIR]");
            return 2;
        }

        var root = Path.GetFullPath(args[0]);
        var encoding = options.TryGetValue("--encoding", out var encodingName) ? TextEncodings.ParseSetting(encodingName) ?? EncodingSetting.Utf8 : EncodingSetting.Utf8;
        var pattern = options.TryGetValue("--source-pattern", out var regex) ? new Regex(regex, RegexOptions.CultureInvariant) : null;
        using var dictionary = options.TryGetValue("--dictionary", out var dic) ? File.OpenText(dic) : null;
        var lexicon = dictionary is null ? null : ArabicLexicon.Read(dictionary);
        var documents = Directory.GetFiles(root, "*.txt", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Path.GetDirectoryName(root)!, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(path => new InputDocument(path, () => File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(root)!, path)))
            {
                Source = pattern?.Match(path) is { Success: true } match ? match.Groups["source"].Value : CorpusDocument.FolderOf(path),
            })
            .ToList();
        var files = Directory.GetFiles(args[1], "*.yaml").Order(StringComparer.Ordinal).Select(file => new RuleFile(file, File.ReadAllText(file))).ToList();
        var rules = RuleLoader.Load(files).RuleSet!;
        var engine = new LintEngine(rules, encoding: _ => encoding);
        var stamp = CorpusStateStamp.ThisBuild(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["encoding"] = encodingName ?? "utf-8",
            ["source"] = regex ?? "folder",
            ["dictionary"] = dic ?? "none",
        });
        var leftovers = rules.Rules.OfType<Linter.Core.Rules.Kinds.LeftoverRule>().Any();

        Console.WriteLine($"{string.Join(' ', args)}: {documents.Count} documents, {documents.Sum(d => new FileInfo(Path.Combine(Path.GetDirectoryName(root)!, d.Path)).Length) / 1e6:0.0} MB");
        Console.WriteLine();
        Console.WriteLine("| pass | state file | bytes a document | collect (lint + collect) | save | load | save / collect | load / collect | loaded reports the same |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        var parts = new List<string>();
        foreach (var (name, alongside) in new (string, CorpusAnalyzer[])[]
        {
            ("rules (check)", []),
            ("rules and discovery (report)", [new CorpusCollector<DiscoveryState>(() => new DiscoveryState(lexicon, collectLeftovers: !leftovers))]),
        })
        {
            var clock = Stopwatch.StartNew();
            var pass = engine.StartCorpus(alongside);
            CorpusRun.Run(engine, documents, new CollectingSink(), new RunOptions { MaxParallelism = Environment.ProcessorCount, Corpus = pass, ReportAcrossDocuments = false });
            var collect = clock.Elapsed;

            // The first save finishes collecting (merges the workers' states), so it is left out of the timing.
            var bytes = Save(pass, stamp);
            if (options.TryGetValue("--keep", out var keep))
            {
                File.WriteAllBytes(Path.Combine(keep, (alongside.Length == 0 ? "check" : "report") + ".state"), bytes);
            }

            var save = Median(() => Save(pass, stamp));
            var load = Median(() => Load(engine, alongside, bytes, stamp));
            var same = Show(engine.FinishCorpus(pass)).SequenceEqual(Show(engine.FinishCorpus(Load(engine, alongside, bytes, stamp))));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {bytes.Length / 1e6:0.00} MB | {(double)bytes.Length / documents.Count:0} | {collect.TotalSeconds:0.0} s | {save.TotalMilliseconds:0} ms | {load.TotalMilliseconds:0} ms | {save / collect:0.000} | {load / collect:0.000} | {(same ? "yes" : "NO")} |"));
            var header = CorpusStateHeader.Read(new MemoryStream(bytes), "state");
            parts.AddRange(header.Analyzers.Select(analyzer => string.Create(CultureInfo.InvariantCulture, $"| {name} | {analyzer.Name} | {(double)analyzer.Bytes / documents.Count:0.0} |")));
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"| {name} | string table, header, preamble | {(double)(bytes.Length - header.Analyzers.Sum(analyzer => analyzer.Bytes)) / documents.Count:0.0} |"));
        }

        Console.WriteLine();
        Console.WriteLine("| pass | state | bytes a document |");
        Console.WriteLine("| --- | --- | --- |");
        parts.ForEach(Console.WriteLine);
        return 0;
    }

    private static byte[] Save(CorpusPass pass, CorpusStateStamp stamp)
    {
        using var stream = new MemoryStream();
        pass.Save(stream, stamp);
        return stream.ToArray();
    }

    private static CorpusPass Load(LintEngine engine, CorpusAnalyzer[] alongside, byte[] bytes, CorpusStateStamp stamp)
    {
        var pass = engine.StartCorpus(alongside);
        pass.Load(new MemoryStream(bytes), "state", stamp);
        return pass;
    }

    private static TimeSpan Median(Action action)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < Repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed);
        }

        return times.Order().ElementAt(Repeats / 2);
    }

    private static IEnumerable<string> Show(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Id} {d.Path} {d.Span.Start}+{d.Span.Length} {d.Message} {string.Join(';', d.RelatedLocations)}");
}
