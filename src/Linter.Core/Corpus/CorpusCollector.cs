namespace Linter.Core.Corpus;

/// <summary>
/// A corpus analysis that is not a rule, run alongside the rules in a lint run's one pass (see
/// <c>LintEngine.StartCorpus</c>): each document is collected into its state with the rules' states,
/// and the caller reads the merged state once the pass is done (<c>CorpusPass.StateOf</c>).
/// It reports no findings.
/// </summary>
/// <typeparam name="TState">The state.</typeparam>
/// <param name="createState">Makes an empty state.</param>
public sealed class CorpusCollector<TState>(Func<TState> createState) : CorpusAnalyzer<TState>
    where TState : ICorpusState<TState>
{
    /// <inheritdoc />
    public override TState CreateState() => createState();

    /// <inheritdoc />
    public override void Report(TState state, CorpusReporter reporter)
    {
        // Its state is read, not reported: a collector gives no diagnostics.
    }
}
