using Linter.Core.Tests.Pipeline;
using Linter.Core.Corpus;

namespace Linter.Core.Tests.Corpus;

public sealed class CorpusAnalysisTests
{
    [Fact]
    public void Parallel_run_merges_every_document_exactly_once()
    {
        var documents = Enumerable.Range(0, 5_000)
            .Select(i => CorpusDocument.Create(i, $"doc{i}.txt", $"source{i % 7}", $"سطر {i}\n"))
            .ToList();

        var state = Runs.Collect(() => new WordsPerSource(), documents, maxParallelism: 4);

        Assert.Equal(7, state.Counts.Count);
        Assert.Equal(5_000 * 2, state.Counts.Values.Sum());
        Assert.Equal(715 * 2, state.Counts["source0"]);
        Assert.Equal(0, state.FirstOrdinal);
    }

    [Fact]
    public void No_documents_give_the_empty_state()
    {
        var state = Runs.Collect(() => new WordsPerSource(), [], maxParallelism: 2);

        Assert.Empty(state.Counts);
    }

    private sealed class WordsPerSource : ICorpusState<WordsPerSource>
    {
        public Dictionary<string, int> Counts { get; } = [];

        public long FirstOrdinal { get; private set; } = long.MaxValue;

        public void Collect(CorpusDocument document)
        {
            Counts[document.Source] = Counts.GetValueOrDefault(document.Source) + document.Normalized.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            FirstOrdinal = Math.Min(FirstOrdinal, document.Ordinal);
        }

        public void Merge(WordsPerSource other)
        {
            foreach (var (source, count) in other.Counts)
            {
                Counts[source] = Counts.GetValueOrDefault(source) + count;
            }

            FirstOrdinal = Math.Min(FirstOrdinal, other.FirstOrdinal);
        }
    }
}
