using Linter.Core.Arabic;
using Linter.Core.Diagnostics;
using Linter.Core.Matching;

namespace Linter.Core.Rules;

/// <summary>Loaded rules, ready to run: every literal phrase of every rule goes into one shared matcher.</summary>
public sealed class RuleSet
{
    private readonly PhraseMatcher _matcher;

    private RuleSet(IReadOnlyList<Rule> rules)
    {
        Rules = rules;
        _matcher = new PhraseMatcher(rules.SelectMany(rule => rule.Phrases));
        Descriptors = [.. rules.SelectMany(rule => rule.Descriptors).OrderBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>The rules, in load order.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Every diagnostic id the rules can report, sorted by id.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>True when fixing needs a pass over the whole corpus first (see <see cref="Rule.FixesNeedCorpus"/>).</summary>
    public bool FixesNeedCorpus => Rules.Any(rule => rule.FixesNeedCorpus);

    /// <summary>These rules once <paramref name="corpus"/> is known (see <see cref="Rule.Resolve"/>).</summary>
    public RuleSet Resolve(ICorpusStates corpus)
    {
        var resolved = Rules.Select(rule => rule.Resolve(corpus)).ToList();
        return resolved.SequenceEqual(Rules) ? this : new RuleSet(resolved);
    }

    /// <summary>Prepares <paramref name="rules"/> to run.</summary>
    public static RuleSet Create(IReadOnlyList<Rule> rules) => new(rules);

    /// <summary>Finds every rule's phrases in <paramref name="text"/>: per rule, the leftmost-longest matches without overlaps.</summary>
    internal Dictionary<object, List<PhraseMatch>> FindPhrases(NormalizedText text) => _matcher.FindPerOwner(text);
}
