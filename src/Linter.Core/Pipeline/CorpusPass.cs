using System.Collections.Concurrent;
using Linter.Core.Analysis;
using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using Linter.Core.Rules;

namespace Linter.Core.Pipeline;

/// <summary>Where a document stands in a corpus pass: the pass, its place in path order and its source.</summary>
/// <param name="Pass">The pass that collects it.</param>
/// <param name="Ordinal">Its place in path order (see <see cref="CorpusDocument.Ordinal"/>).</param>
/// <param name="Source">Its source (see <see cref="CorpusDocument.Source"/>).</param>
public readonly record struct CorpusEntry(CorpusPass Pass, long Ordinal, string Source);

/// <summary>
/// The corpus-level side of one lint run: the states of every rule that looks across documents, and of the analyses
/// run alongside them (<see cref="CorpusCollector{TState}"/>). Documents linted
/// with a <see cref="CorpusEntry"/> of this pass are collected as they are linted, on whatever thread lints them,
/// each worker into a state of its own; <see cref="Finish"/> merges them and reports. The states merge in any
/// order, so the findings are the same at any parallelism, and passes over parts of a corpus can be merged
/// (<see cref="Merge"/>) before finishing.
/// </summary>
public sealed partial class CorpusPass : ICorpusStates
{
    /// <summary>Each analyzer with its rule; an analysis run alongside the rules has none.</summary>
    private readonly IReadOnlyList<(Rule? Rule, CorpusAnalyzer Analyzer)> _analyzers;
    private readonly ConcurrentBag<ICorpusStateHolder[]> _idle = [];
    private readonly List<ICorpusStateHolder[]> _all = [];
    private ICorpusStateHolder[]? _merged;

    internal CorpusPass(RuleSet rules, IEnumerable<CorpusAnalyzer> alongside)
    {
        _analyzers =
        [
            .. rules.Rules.Where(rule => rule.Corpus is not null).Select(rule => ((Rule?)rule, rule.Corpus!)),
            .. alongside.Select(analyzer => ((Rule?)null, analyzer)),
        ];
    }

    /// <summary>True when no loaded rule looks across documents and nothing runs alongside them, so collecting does nothing.</summary>
    public bool IsEmpty => _analyzers.Count == 0;

    /// <summary>
    /// Collects one document into a state of this pass; safe to call from several threads at once. A rule's state
    /// collects it through <paramref name="guard"/>, which checks the rule's <c>files</c> and turns its failure into
    /// a diagnostic; an analysis alongside the rules collects every document.
    /// </summary>
    internal void Collect(CorpusDocument document, Action<Rule, Action> guard)
    {
        CountDocument(document.Ordinal);
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
            if (_analyzers[i].Rule is { } rule)
            {
                guard(rule, () => state.Collect(document));
            }
            else
            {
                state.Collect(document);
            }
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
                TakeDocumentsOf(other);
            }
        }
    }

    /// <summary>
    /// Merges every state and reports the corpus's findings, in output order (path, line, column, id). Call it once
    /// every document is collected.
    /// </summary>
    /// <param name="severity">The effective severity of a descriptor in a document.</param>
    /// <param name="maxParallelism">
    /// The most states merged and reported at once. The states are independent, and at the end of a run nothing else
    /// is left to keep the other threads busy.
    /// </param>
    /// <param name="reportFrom">
    /// The lowest ordinal of the documents reported on: the documents judged against saved states, whose own documents
    /// were judged by the run that saved them.
    /// </param>
    public IReadOnlyList<Diagnostic> Finish(Func<string, RuleDescriptor, Severity> severity, int maxParallelism = 1, long reportFrom = long.MinValue)
    {
        var merged = MergeAll(maxParallelism);
        var reported = new List<Diagnostic>[merged.Length];
        ParallelLoop.For(merged.Length, maxParallelism, i =>
        {
            reported[i] = [];
            merged[i].Report(new CorpusReporter(severity, reported[i], reportFrom, maxParallelism));
        });

        // Joined in the states' order, so findings that compare equal come out as they would from one thread.
        var diagnostics = new List<Diagnostic>(reported.Sum(list => list.Count));
        foreach (var list in reported)
        {
            diagnostics.AddRange(list);
        }

        diagnostics.Sort(Diagnostic.Compare);
        return diagnostics;
    }

    /// <summary>The merged state of <paramref name="rule"/>'s corpus analyzer, for reports that show more than findings (duplicate clusters, spelling counts).</summary>
    /// <exception cref="ArgumentException">The rule is not one of this pass's, or its state is not a <typeparamref name="TState"/>.</exception>
    public TState StateOf<TState>(Rule rule)
        where TState : ICorpusState<TState>
    {
        ArgumentNullException.ThrowIfNull(rule);
        return StateAt<TState>(
            IndexOf(pair => ReferenceEquals(pair.Rule, rule)),
            () => new ArgumentException($"rule {rule.Descriptor.Id} has no corpus state of type {typeof(TState).Name} in this pass", nameof(rule)));
    }

    /// <summary>The merged state of <paramref name="analyzer"/>, an analysis run alongside the rules; this finishes collecting.</summary>
    /// <exception cref="ArgumentException">The analyzer is not one of this pass's, or its state is not a <typeparamref name="TState"/>.</exception>
    public TState StateOf<TState>(CorpusAnalyzer analyzer)
        where TState : ICorpusState<TState> =>
        StateAt<TState>(
            IndexOf(pair => ReferenceEquals(pair.Analyzer, analyzer)),
            () => new ArgumentException($"this pass has no analysis with a state of type {typeof(TState).Name} alongside its rules", nameof(analyzer)));

    private int IndexOf(Func<(Rule? Rule, CorpusAnalyzer Analyzer), bool> match)
    {
        for (var i = 0; i < _analyzers.Count; i++)
        {
            if (match(_analyzers[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private TState StateAt<TState>(int index, Func<ArgumentException> missing)
        where TState : ICorpusState<TState> =>
        index >= 0 && MergeAll(1)[index].State is TState state ? state : throw missing();

    /// <summary>Called under the lock: a finished pass takes no more documents, since its states are merged.</summary>
    private void EnsureOpen()
    {
        if (_merged is not null)
        {
            throw new InvalidOperationException("the corpus pass is finished; collect and merge before finishing it");
        }
    }

    private ICorpusStateHolder[] MergeAll(int maxParallelism)
    {
        lock (_all)
        {
            if (_merged is null)
            {
                // The first worker's states take in the others', each let go once merged: the peak holds no fresh
                // copy of the largest state (a corpus's vocabulary) beside the workers' own.
                var merged = _all.Count == 0 ? [.. _analyzers.Select(pair => pair.Analyzer.CreateHolder())] : _all[0];
                ParallelLoop.For(merged.Length, maxParallelism, i =>
                {
                    for (var worker = 1; worker < _all.Count; worker++)
                    {
                        merged[i].Merge(_all[worker][i]);
                        _all[worker][i] = null!;
                    }
                });
                _merged = merged;
                _all.Clear();
            }

            return _merged;
        }
    }
}
