using System.Collections.Concurrent;
using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using Linter.Core.Rules;

namespace Linter.Core.Analysis;

/// <summary>Where a document stands in a corpus pass: the pass, its place in path order and its source.</summary>
/// <param name="Pass">The pass that collects it.</param>
/// <param name="Ordinal">Its place in path order (see <see cref="CorpusDocument.Ordinal"/>).</param>
/// <param name="Source">Its source (see <see cref="CorpusDocument.Source"/>).</param>
public readonly record struct CorpusEntry(CorpusPass Pass, long Ordinal, string Source);

/// <summary>
/// The corpus-level side of one lint run: the states of every rule that looks across documents. Documents linted
/// with a <see cref="CorpusEntry"/> of this pass are collected as they are linted, on whatever thread lints them,
/// each worker into a state of its own; <see cref="Finish"/> merges them and reports. The states merge in any
/// order, so the findings are the same at any parallelism, and passes over parts of a corpus can be merged
/// (<see cref="Merge"/>) before finishing.
/// </summary>
public sealed class CorpusPass
{
    private readonly IReadOnlyList<(Rule Rule, CorpusAnalyzer Analyzer)> _analyzers;
    private readonly ConcurrentBag<ICorpusStateHolder[]> _idle = [];
    private readonly List<ICorpusStateHolder[]> _all = [];
    private ICorpusStateHolder[]? _merged;

    internal CorpusPass(RuleSet rules)
    {
        _analyzers = [.. rules.Rules.Where(rule => rule.Corpus is not null).Select(rule => (rule, rule.Corpus!))];
    }

    /// <summary>True when no loaded rule looks across documents, so collecting does nothing.</summary>
    public bool IsEmpty => _analyzers.Count == 0;

    /// <summary>Collects one document into a state of this pass; safe to call from several threads at once.</summary>
    internal void Collect(CorpusDocument document, Action<Rule, Action> guard)
    {
        if (IsEmpty)
        {
            return;
        }

        if (!_idle.TryTake(out var states))
        {
            states = [.. _analyzers.Select(pair => pair.Analyzer.CreateHolder())];
            lock (_all)
            {
                EnsureOpen();
                _all.Add(states);
            }
        }

        for (var i = 0; i < states.Length; i++)
        {
            var state = states[i];
            guard(_analyzers[i].Rule, () => state.Collect(document));
        }

        _idle.Add(states);
    }

    /// <summary>
    /// Adds everything <paramref name="other"/>, a pass of the same rules over other documents, collected; it is not
    /// used afterwards. Neither pass may be finished.
    /// </summary>
    public void Merge(CorpusPass other)
    {
        ArgumentNullException.ThrowIfNull(other);
        lock (_all)
        {
            lock (other._all)
            {
                EnsureOpen();
                other.EnsureOpen();
                _all.AddRange(other._all);
                other._all.Clear();
            }
        }
    }

    /// <summary>
    /// Merges every state and reports the corpus's findings, in output order (path, line, column, id). Call it once
    /// every document is collected.
    /// </summary>
    /// <param name="severity">The effective severity of a descriptor in a document.</param>
    public IReadOnlyList<Diagnostic> Finish(Func<string, RuleDescriptor, Severity> severity)
    {
        var merged = MergeAll();
        var diagnostics = new List<Diagnostic>();
        var reporter = new CorpusReporter(severity, diagnostics);
        foreach (var state in merged)
        {
            state.Report(reporter);
        }

        diagnostics.Sort(Diagnostic.Compare);
        return diagnostics;
    }

    /// <summary>The merged state of <paramref name="rule"/>'s corpus analyzer, for reports that show more than findings (duplicate clusters, spelling counts).</summary>
    /// <exception cref="ArgumentException">The rule is not one of this pass's, or its state is not a <typeparamref name="TState"/>.</exception>
    public TState StateOf<TState>(Rule rule)
        where TState : ICorpusState<TState>
    {
        var index = -1;
        for (var i = 0; i < _analyzers.Count; i++)
        {
            if (ReferenceEquals(_analyzers[i].Rule, rule))
            {
                index = i;
            }
        }

        return index >= 0 && MergeAll()[index].State is TState state
            ? state
            : throw new ArgumentException($"rule {rule.Descriptor.Id} has no corpus state of type {typeof(TState).Name} in this pass", nameof(rule));
    }

    /// <summary>Called under the lock: a finished pass takes no more documents, since its states are merged.</summary>
    private void EnsureOpen()
    {
        if (_merged is not null)
        {
            throw new InvalidOperationException("the corpus pass is finished; collect and merge before finishing it");
        }
    }

    private ICorpusStateHolder[] MergeAll()
    {
        lock (_all)
        {
            if (_merged is null)
            {
                _merged = [.. _analyzers.Select(pair => pair.Analyzer.CreateHolder())];
                foreach (var states in _all)
                {
                    for (var i = 0; i < states.Length; i++)
                    {
                        _merged[i].Merge(states[i]);
                    }
                }

                _all.Clear();
            }

            return _merged;
        }
    }
}
