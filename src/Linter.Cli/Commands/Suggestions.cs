using Quickenshtein;

namespace Linter.Cli.Commands;

/// <summary>"Did you mean" for a mistyped command, option, rule id or category.</summary>
internal static class Suggestions
{
    /// <summary>
    /// The candidate nearest <paramref name="typed"/> (in any case), or null when none is near enough to be a typo
    /// of it: at most two letters changed (a third of a long name), never half of it, or <paramref name="typed"/> the
    /// start of exactly one candidate. Between equally near candidates, the one that starts most like it wins.
    /// </summary>
    public static string? Closest(string typed, IReadOnlyCollection<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidates);
        var lower = typed.ToLowerInvariant();
        var best = candidates
            .Select(candidate => (Candidate: candidate, Distance: Levenshtein.GetDistance(lower, candidate.ToLowerInvariant())))
            .OrderBy(scored => scored.Distance)
            .ThenByDescending(scored => CommonPrefixLength(lower, scored.Candidate.ToLowerInvariant()))
            .ThenBy(scored => scored.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        var length = best.Candidate?.TrimStart('-').Length ?? 0;
        if (best.Candidate is not null && best.Distance <= Math.Max(2, length / 3) && 2 * best.Distance <= length)
        {
            return best.Candidate;
        }

        var starting = candidates.Where(candidate => candidate.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        return starting.Count == 1 && typed.TrimStart('-').Length > 0 ? starting[0] : null;
    }

    private static int CommonPrefixLength(string a, string b) => a.AsSpan().CommonPrefixLength(b);
}
