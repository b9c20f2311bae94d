namespace Linter.Core.Corpus;

/// <summary>Runs corpus analyzer states over documents in parallel: one state per worker, merged at the end.</summary>
public static class CorpusAnalysis
{
    /// <summary>Collects every document into states made by <paramref name="createState"/> and returns their merge.</summary>
    /// <param name="createState">Makes an empty state.</param>
    /// <param name="documents">The documents; enumerated once, and read by several workers.</param>
    /// <param name="maxParallelism">The most documents collected at once.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static TState Run<TState>(
        Func<TState> createState,
        IEnumerable<CorpusDocument> documents,
        int maxParallelism,
        CancellationToken cancellationToken = default)
        where TState : ICorpusState<TState>
    {
        ArgumentNullException.ThrowIfNull(createState);
        var result = createState();
        var gate = new object();
        Parallel.ForEach(
            documents,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelism), CancellationToken = cancellationToken },
            createState,
            (document, _, state) =>
            {
                state.Collect(document);
                return state;
            },
            state =>
            {
                lock (gate)
                {
                    result.Merge(state);
                }
            });
        return result;
    }
}
