using Linter.Core.Corpus;

namespace Linter.Core.Rules;

/// <summary>
/// The merged states of a corpus pass, as a rule reads its own once every document is collected (the counts a
/// corpus-scope fix depends on, the clusters a report shows), without depending on the run that collected them.
/// </summary>
public interface ICorpusStates
{
    /// <summary>The merged state of <paramref name="rule"/>'s corpus analyzer.</summary>
    /// <exception cref="ArgumentException">The rule is not one of the pass's, or its state is not a <typeparamref name="TState"/>.</exception>
    TState StateOf<TState>(Rule rule)
        where TState : ICorpusState<TState>;
}
