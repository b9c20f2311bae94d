using System.Runtime.CompilerServices;
using Linter.Core.Corpus;
using Linter.Core.Rules;
using Linter.Core.Pipeline;

namespace Linter.Benchmarks;

/// <summary>
/// The <c>state-size</c> mode: the bytes the corpus states keep a document, measured on the heap over the text files
/// of a generated corpus. The tests check what the states hold by count; the bytes are the process's, so they are
/// measured here, in a process of their own.
/// </summary>
internal static class StateSize
{
    /// <summary>Runs the mode; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: state-size CORPUS_DIR RULES_DIR");
            return 2;
        }

        var paths = Directory.GetFiles(args[0], "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var texts = paths.Select(File.ReadAllText).ToArray();
        var longParagraphs = texts.Sum(text => text.Split('\n').Count(line => line.Split(' ').Length >= 12));
        var signatures = RetainedBytes(() => Collect(new DocumentSignatures(3, 10), paths, texts));
        var paragraphs = RetainedBytes(() => Collect(new ParagraphCounts(12), paths, texts));

        var files = Directory.GetFiles(args[1], "*.yaml").Select(file => new RuleFile(file, File.ReadAllText(file))).ToList();
        var engine = new LintEngine(RuleLoader.Load(files).RuleSet!);
        var diagnostics = paths.Select((path, i) => engine.LintText(path, texts[i])).ToArray();
        var tally = RetainedBytes(() =>
        {
            var tally = new FindingTally(worstKept: 25);
            for (var i = 0; i < paths.Length; i++)
            {
                tally.Add(i, paths[i], diagnostics[i]);
            }

            return tally;
        });

        Console.WriteLine($"{paths.Length} documents, {longParagraphs} long paragraphs");
        Console.WriteLine($"duplicate documents: {signatures / paths.Length} bytes a document");
        Console.WriteLine($"repeated paragraphs: {paragraphs / Math.Max(1, longParagraphs)} bytes a long paragraph");
        Console.WriteLine($"finding tally: {tally / paths.Length} bytes a document");
        return 0;
    }

    private static TState Collect<TState>(TState state, string[] paths, string[] texts)
        where TState : ICorpusState<TState>
    {
        for (var i = 0; i < paths.Length; i++)
        {
            state.Collect(CorpusDocument.Create(i, paths[i], "outlet", texts[i]));
        }

        return state;
    }

    /// <summary>
    /// What the built object keeps alive: the heap with it, less the heap once it is gone, each read after a full
    /// collection; the median of three builds.
    /// </summary>
    private static long RetainedBytes(Func<object> build)
    {
        long[] measured = [.. Enumerable.Range(0, 3).Select(_ => HeapWith(build) - GC.GetTotalMemory(forceFullCollection: true)).Order()];
        return measured[1];
    }

    // Not inlined, so that the built object is unreachable once it returns.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long HeapWith(Func<object> build)
    {
        var built = build();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(built);
        return heap;
    }
}
