using Linter.Core.Arabic;
using Linter.Core.Rules.Kinds;
using Linter.Core.Pipeline;
using Linter.Core.Corpus;

namespace Linter.Core.Discovery;

/// <summary>
/// What the rules make of a corpus, for a corpus report: every document's findings tallied (<see cref="Findings"/>)
/// and the corpus pass of the rules across documents (<see cref="Pass"/>), whose findings join the tally once the
/// corpus is linted and whose states the report reads (spelling counts, duplicate clusters). The discovery analyses
/// collect every document in the same pass (<see cref="Discovery"/>). Summaries of parts of a corpus merge into the
/// summary of the whole.
/// </summary>
public sealed class CorpusSummary
{
    private readonly CorpusCollector<DiscoveryState> _discovery;
    private readonly LeftoverRule? _leftoverRule;

    /// <summary>Creates an empty summary.</summary>
    /// <param name="engine">The engine that lints the documents.</param>
    /// <param name="worstKept">How many of the documents with the most findings to list.</param>
    /// <param name="leftoverRule">A leftover rule of the engine's, whose counts boilerplate discovery reads rather than collecting its own; null when none is loaded.</param>
    /// <param name="lexicon">The known Arabic words variant discovery tells names from, as <c>discover variants</c> reads them; null for none.</param>
    public CorpusSummary(LintEngine engine, int worstKept, LeftoverRule? leftoverRule = null, ArabicLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _leftoverRule = leftoverRule;
        _discovery = new CorpusCollector<DiscoveryState>(() => new DiscoveryState(lexicon, collectLeftovers: leftoverRule is null));
        Pass = engine.StartCorpus(_discovery);
        Findings = new FindingTally(worstKept);
    }

    /// <summary>The leftover counts boilerplate discovery reads: the leftover rule's, or the discovery state's own.</summary>
    public LeftoverCounts Leftovers => _leftoverRule is null ? Discovery.Leftovers! : Pass.StateOf<LeftoverCounts>(_leftoverRule);

    /// <summary>The pass to lint the documents with, so that the rules across documents collect them.</summary>
    public CorpusPass Pass { get; }

    /// <summary>The findings, counted.</summary>
    public FindingTally Findings { get; }

    /// <summary>What the discovery analyses collected over every document; read it once the summary is finished.</summary>
    public DiscoveryState Discovery => Pass.StateOf<DiscoveryState>(_discovery);

    /// <summary>Adds everything <paramref name="other"/>, a summary of other documents with the same engine, holds; neither may be finished.</summary>
    public void Merge(CorpusSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Pass.Merge(other.Pass);
        Findings.Merge(other.Findings);
    }
}
