using Linter.Core.Analysis;

namespace Linter.Core.Corpus;

/// <summary>
/// What the rules make of a corpus, gathered in one pass for a corpus report: the findings tallied
/// (<see cref="FindingTally"/>) and the consistency families' forms counted (<see cref="SpellingFormCounts"/>).
/// </summary>
public sealed class CorpusSummary : ICorpusState<CorpusSummary>
{
    /// <summary>Creates an empty summary.</summary>
    /// <param name="engine">Lints each document; it must run <paramref name="rules"/>.</param>
    /// <param name="rules">The rules whose consistency families are counted.</param>
    /// <param name="worstKept">How many of the documents with the most findings to keep.</param>
    public CorpusSummary(LintEngine engine, RuleSet rules, int worstKept)
    {
        Findings = new FindingTally(engine, worstKept);
        Spellings = new SpellingFormCounts(rules);
    }

    /// <summary>The findings, counted.</summary>
    public FindingTally Findings { get; }

    /// <summary>The consistency families' forms, counted.</summary>
    public SpellingFormCounts Spellings { get; }

    /// <inheritdoc />
    public void Collect(CorpusDocument document)
    {
        Findings.Collect(document);
        Spellings.Collect(document);
    }

    /// <inheritdoc />
    public void Merge(CorpusSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Findings.Merge(other.Findings);
        Spellings.Merge(other.Spellings);
    }
}
