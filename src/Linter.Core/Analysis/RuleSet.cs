using Linter.Core.Arabic;
using Linter.Core.Diagnostics;
using Linter.Core.Matching;
using Linter.Core.Rules;

namespace Linter.Core.Analysis;

/// <summary>Loaded rules, ready to run: every literal phrase of every rule goes into one shared matcher.</summary>
public sealed class RuleSet
{
    private RuleSet(IReadOnlyList<Rule> rules)
    {
        Rules = rules;
        Matcher = new PhraseMatcher(rules.SelectMany(rule => rule.Phrases));
        Descriptors = [.. rules.SelectMany(rule => rule.Descriptors).OrderBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>The rules, in load order.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Every diagnostic id the rules can report, sorted by id.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    internal PhraseMatcher Matcher { get; }

    /// <summary>True when fixing needs a pass over the whole corpus first (see <see cref="Rule.FixesNeedCorpus"/>).</summary>
    public bool FixesNeedCorpus => Rules.Any(rule => rule.FixesNeedCorpus);

    /// <summary>These rules once <paramref name="corpus"/> is known (see <see cref="Rule.Resolve"/>).</summary>
    public RuleSet Resolve(CorpusPass corpus)
    {
        var resolved = Rules.Select(rule => rule.Resolve(corpus)).ToList();
        return resolved.SequenceEqual(Rules) ? this : new RuleSet(resolved);
    }

    /// <summary>Prepares <paramref name="rules"/> to run.</summary>
    public static RuleSet Create(IReadOnlyList<Rule> rules) => new(rules);

    /// <summary>Finds every rule's phrases in <paramref name="text"/>: per rule, the leftmost-longest matches without overlaps.</summary>
    internal Dictionary<object, List<PhraseMatch>> FindPhrases(NormalizedText text)
    {
        var byOwner = new Dictionary<object, List<PhraseMatch>>(ReferenceEqualityComparer.Instance);
        foreach (var match in Matcher.FindAll(text))
        {
            if (!byOwner.TryGetValue(match.Registration.Owner, out var list))
            {
                byOwner[match.Registration.Owner] = list = [];
            }

            list.Add(match);
        }

        foreach (var list in byOwner.Values)
        {
            list.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
            var kept = 0;
            var lastEnd = -1;
            for (var i = 0; i < list.Count; i++)
            {
                var match = list[i];
                if (match.Start >= lastEnd)
                {
                    list[kept++] = match;
                    lastEnd = match.End;
                }
            }

            list.RemoveRange(kept, list.Count - kept);
        }

        return byOwner;
    }
}
