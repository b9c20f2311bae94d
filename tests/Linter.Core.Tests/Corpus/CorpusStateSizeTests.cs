using System.Runtime.CompilerServices;
using Linter.Core.Analysis;
using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using Xunit.Abstractions;
using static Linter.Core.Tests.TestSupport;

namespace Linter.Core.Tests.Corpus;

/// <summary>Memory is measured for the whole process, so these tests run alone.</summary>
[CollectionDefinition(nameof(CorpusStateSizeTests), DisableParallelization = true)]
public sealed class RunsAlone;

[Collection(nameof(CorpusStateSizeTests))]
public sealed class CorpusStateSizeTests(ITestOutputHelper output)
{
    [Fact]
    public void States_stay_small_per_document()
    {
        var (texts, _) = NearDuplicateCorpus.Generate(originals: 4_000, copies: 0, seed: 3);
        var paths = texts.Select((_, i) => $"outlet/{i:D5}.txt").ToArray();
        var longParagraphs = texts.Sum(text => text.Split('\n').Count(line => line.Split(' ').Length >= 12));

        var signatures = Measure(() => new DocumentSignatures(3, 10), texts, paths);
        var paragraphs = Measure(() => new ParagraphCounts(12), texts, paths);

        output.WriteLine($"duplicate documents: {signatures / texts.Count} bytes a document; repeated paragraphs: {paragraphs / longParagraphs} bytes a long paragraph, {paragraphs / texts.Count} bytes a document of {longParagraphs / texts.Count} long paragraphs");
        Assert.InRange(signatures / texts.Count, 500, 700);
        Assert.InRange(paragraphs / longParagraphs, 30, 60);
    }

    [Fact]
    public void The_finding_tally_keeps_a_few_counters_a_document()
    {
        var (texts, _) = NearDuplicateCorpus.Generate(originals: 4_000, copies: 0, seed: 3);
        var engine = new LintEngine(LoadShippedRules());
        var documents = texts.Select((text, i) => (Path: $"outlet/{i:D5}.txt", Diagnostics: engine.LintText($"outlet/{i:D5}.txt", text))).ToList();
        var ids = documents.Average(document => document.Diagnostics.Where(d => d.Severity >= Severity.Suggestion).Select(d => d.Id).Distinct().Count());

        var findings = 0L;
        var bytes = RetainedBytes(() =>
        {
            var tally = new FindingTally(worstKept: 25);
            for (var i = 0; i < documents.Count; i++)
            {
                tally.Add(i, documents[i].Path, documents[i].Diagnostics);
            }

            findings = tally.Total;
            return tally;
        });

        output.WriteLine($"finding tally: {bytes / texts.Count} bytes a document of {ids:0.0} ids with findings, {findings / (double)texts.Count:0.0} findings");
        Assert.InRange(ids, 1, 20);
        Assert.InRange(bytes / texts.Count, 40, 100 + (ids * 40));
    }

    private static long Measure<TState>(Func<TState> create, List<string> texts, string[] paths)
        where TState : ICorpusState<TState>
        => RetainedBytes(() =>
        {
            var state = create();
            for (var i = 0; i < texts.Count; i++)
            {
                state.Collect(CorpusDocument.Create(i, paths[i], "outlet", texts[i]));
            }

            return state;
        });

    /// <summary>
    /// What the built object keeps alive: the heap with it, less the heap once it is gone, read in two full
    /// collections back to back. Comparing with the heap before building let unrelated memory freed meanwhile count
    /// against the object: the shared array pool drops buffers left unused for a while at a full collection. The heap
    /// is the process's, which work left running by earlier tests can change between two readings, so the object is
    /// built and measured three times and the median taken.
    /// </summary>
    private static long RetainedBytes(Func<object> build)
    {
        long[] measured = [.. Enumerable.Range(0, 3).Select(_ => HeapWith(build) - GC.GetTotalMemory(forceFullCollection: true)).Order()];
        return measured[1];
    }

    // Not inlined, so that the built object is unreachable once it returns, in Debug builds too.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long HeapWith(Func<object> build)
    {
        var built = build();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(built);
        return heap;
    }
}
