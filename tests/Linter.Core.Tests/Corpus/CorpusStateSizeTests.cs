using Linter.Core.Corpus;
using Xunit.Abstractions;

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
        Assert.InRange(paragraphs / longParagraphs, 40, 160);
    }

    private static long Measure<TState>(Func<TState> create, List<string> texts, string[] paths)
        where TState : ICorpusState<TState>
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var state = create();
        for (var i = 0; i < texts.Count; i++)
        {
            state.Collect(CorpusDocument.Create(i, paths[i], "outlet", texts[i]));
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(state);
        return after - before;
    }
}
