using Linter.Core.Analysis;
using Linter.Core.Diagnostics;

namespace Linter.Core.Corpus;

/// <summary>
/// What the rules make of a corpus, for a corpus report: every document's findings tallied (<see cref="Findings"/>)
/// and the corpus pass of the rules across documents (<see cref="Pass"/>), whose findings join the tally once the
/// corpus is linted and whose states the report reads (spelling counts, duplicate clusters). The discovery analyses
/// collect every document in the same pass (<see cref="Discovery"/>). Summaries of parts of a corpus merge into the
/// summary of the whole.
/// </summary>
public sealed class CorpusSummary
{
    private readonly LintEngine _engine;
    private readonly CorpusCollector<DiscoveryState> _discovery;

    /// <summary>Creates an empty summary.</summary>
    /// <param name="engine">The engine that lints the documents.</param>
    /// <param name="worstKept">How many of the documents with the most findings to list.</param>
    /// <param name="discoverySource">Names a document's source for discovery from the lint run's name for it (see <see cref="DiscoveryState"/>); null keeps it.</param>
    public CorpusSummary(LintEngine engine, int worstKept, Func<string, string>? discoverySource = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
        _discovery = new CorpusCollector<DiscoveryState>(() => new DiscoveryState(discoverySource));
        Pass = engine.StartCorpus(_discovery);
        Findings = new FindingTally(worstKept);
    }

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

    /// <summary>Counts the findings across documents; call it once every document is linted and added.</summary>
    /// <param name="severity">The effective severity of a descriptor in a document; the engine's when null.</param>
    public void Finish(Func<string, RuleDescriptor, Severity>? severity = null) =>
        Findings.AddAcrossDocuments(_engine.FinishCorpus(Pass, severity));
}
