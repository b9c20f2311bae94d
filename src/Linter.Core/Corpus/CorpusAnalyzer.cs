namespace Linter.Core.Corpus;

/// <summary>
/// The part of a rule that looks across documents: during the one pass over the corpus each document is collected
/// into a state (see <see cref="ICorpusState{TSelf}"/>), the states of all workers are merged, and one final step
/// reports. A rule offers one through <c>Rule.Corpus</c>.
/// </summary>
public abstract class CorpusAnalyzer
{
    /// <summary>An empty state, wrapped so that states of different types can travel together.</summary>
    internal abstract ICorpusStateHolder CreateHolder();
}

/// <summary>A corpus analyzer whose state is <typeparamref name="TState"/>.</summary>
/// <typeparam name="TState">The state: collected per document, merged, then reported.</typeparam>
public abstract class CorpusAnalyzer<TState> : CorpusAnalyzer
    where TState : ICorpusState<TState>
{
    /// <summary>Makes an empty state.</summary>
    public abstract TState CreateState();

    /// <summary>Reports the findings of the whole corpus from its merged state.</summary>
    public abstract void Report(TState state, CorpusReporter reporter);

    internal override ICorpusStateHolder CreateHolder() => new Holder(this, CreateState());

    private sealed class Holder(CorpusAnalyzer<TState> analyzer, TState state) : ICorpusStateHolder
    {
        public object State => state;

        public void Collect(CorpusDocument document) => state.Collect(document);

        public void Merge(ICorpusStateHolder other) => state.Merge(((Holder)other).Typed);

        public void Report(CorpusReporter reporter) => analyzer.Report(state, reporter);

        private TState Typed => state;
    }
}

/// <summary>A state of some corpus analyzer, with the operations the engine needs.</summary>
internal interface ICorpusStateHolder
{
    /// <summary>The state itself.</summary>
    object State { get; }

    /// <summary>Collects one document.</summary>
    void Collect(CorpusDocument document);

    /// <summary>Merges a state of the same analyzer.</summary>
    void Merge(ICorpusStateHolder other);

    /// <summary>Reports from the merged state.</summary>
    void Report(CorpusReporter reporter);
}
