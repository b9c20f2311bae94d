using Linter.Core.Analysis;
using Linter.Core.Rules.Kinds;

namespace Linter.Core.Corpus;

/// <summary>One spelling of a family, counted across a corpus.</summary>
/// <param name="Form">The spelling, as written in the rule file.</param>
/// <param name="Occurrences">How often it occurs.</param>
/// <param name="Documents">How many documents use it.</param>
public sealed record SpellingFormCount(string Form, long Occurrences, long Documents);

/// <summary>One consistency family, counted across a corpus.</summary>
/// <param name="RuleId">The id of the consistency rule that lists it.</param>
/// <param name="Name">The name it spells.</param>
/// <param name="Preferred">The preferred form; null when the rule names none.</param>
/// <param name="Forms">Its forms in rule-file order.</param>
/// <param name="MixingDocuments">How many documents use two forms of it or more.</param>
public sealed record SpellingFamilyCount(string RuleId, string Name, string? Preferred, IReadOnlyList<SpellingFormCount> Forms, long MixingDocuments)
{
    /// <summary>How often any of its forms occurs.</summary>
    public long Occurrences => Forms.Sum(form => form.Occurrences);
}

/// <summary>
/// Counts, across a corpus, how often each form of each consistency family occurs, in how many documents, and how
/// many documents mix forms of one family: what a corpus editor needs to confirm or choose a preferred form. Forms
/// are found as the rules find them (the shared phrase matcher, leftmost-longest per rule), so the counts agree with
/// the rules' findings. The state is a few counters per form, whatever the corpus's size.
/// </summary>
public sealed class SpellingFormCounts : ICorpusState<SpellingFormCounts>
{
    private readonly RuleSet _rules;
    private readonly ConsistencyRule[] _consistencyRules;

    // Per rule, per family: occurrences and documents of each form, and documents that mix forms.
    private readonly FamilyCounter[][] _counters;

    /// <summary>Creates empty counts for the consistency rules of <paramref name="rules"/>.</summary>
    public SpellingFormCounts(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        _consistencyRules = [.. rules.Rules.OfType<ConsistencyRule>()];
        _counters = Array.ConvertAll(_consistencyRules, rule => rule.Families.Select(family => new FamilyCounter(family.Forms.Count)).ToArray());
    }

    /// <summary>Every family of every consistency rule, in load order, with its counts.</summary>
    public IReadOnlyList<SpellingFamilyCount> Families =>
    [
        .. _consistencyRules.SelectMany((rule, r) => rule.Families.Select((family, f) =>
        {
            var counter = _counters[r][f];
            return new SpellingFamilyCount(
                rule.Descriptor.Id,
                family.Name,
                family.Preferred >= 0 ? family.Forms[family.Preferred] : null,
                [.. family.Forms.Select((form, i) => new SpellingFormCount(form, counter.Occurrences[i], counter.Documents[i]))],
                counter.MixingDocuments);
        })),
    ];

    /// <inheritdoc />
    public void Collect(CorpusDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var phrases = _rules.FindPhrases(document.Normalized);
        var used = new HashSet<(int Family, int Form)>();
        for (var r = 0; r < _consistencyRules.Length; r++)
        {
            if (!phrases.TryGetValue(_consistencyRules[r], out var matches))
            {
                continue;
            }

            used.Clear();
            foreach (var match in matches)
            {
                var (family, form) = ConsistencyRule.FormOf(match);
                _counters[r][family].Occurrences[form]++;
                used.Add((family, form));
            }

            foreach (var (family, form) in used)
            {
                _counters[r][family].Documents[form]++;
            }

            foreach (var mixed in used.GroupBy(use => use.Family).Where(forms => forms.Count() > 1))
            {
                _counters[r][mixed.Key].CountMixing();
            }
        }
    }

    /// <inheritdoc />
    public void Merge(SpellingFormCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!ReferenceEquals(_rules, other._rules))
        {
            throw new ArgumentException("only counts made for the same rules can be merged", nameof(other));
        }

        for (var r = 0; r < _counters.Length; r++)
        {
            for (var f = 0; f < _counters[r].Length; f++)
            {
                _counters[r][f].Add(other._counters[r][f]);
            }
        }
    }

    private sealed class FamilyCounter(int forms)
    {
        public long[] Occurrences { get; } = new long[forms];

        public long[] Documents { get; } = new long[forms];

        public long MixingDocuments { get; private set; }

        public void CountMixing() => MixingDocuments++;

        public void Add(FamilyCounter other)
        {
            for (var i = 0; i < Occurrences.Length; i++)
            {
                Occurrences[i] += other.Occurrences[i];
                Documents[i] += other.Documents[i];
            }

            MixingDocuments += other.MixingDocuments;
        }
    }
}
