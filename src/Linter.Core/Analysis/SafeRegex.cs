using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Linter.Core.Analysis;

/// <summary>
/// A user's regular expression that cannot hang the linter: it runs on the linear-time non-backtracking
/// engine, and only a pattern that needs backtracking features (lookarounds, backreferences) falls back to
/// the backtracking engine, under a match timeout.
/// </summary>
public sealed class SafeRegex
{
    /// <summary>The longest a backtracking pattern may run on one document, in all its matches, before the rule is stopped there.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Lazy<Regex>? _backtrackingTwin;

    private SafeRegex(Regex regex, bool isNonBacktracking)
    {
        Regex = regex;
        IsNonBacktracking = isNonBacktracking;
        if (isNonBacktracking)
        {
            _backtrackingTwin = new Lazy<Regex>(() => new Regex(regex.ToString(), regex.Options & ~RegexOptions.NonBacktracking, MatchTimeout));
        }
    }

    /// <summary>The compiled expression.</summary>
    public Regex Regex { get; }

    /// <summary>True when the expression runs in linear time.</summary>
    public bool IsNonBacktracking { get; }

    /// <summary>Compiles <paramref name="pattern"/>; syntax errors throw <see cref="RegexParseException"/>.</summary>
    public static SafeRegex Create(string pattern, RegexOptions options = RegexOptions.None)
    {
        options |= RegexOptions.CultureInvariant;
        try
        {
            return new SafeRegex(new Regex(pattern, options | RegexOptions.NonBacktracking, MatchTimeout), true);
        }
        catch (NotSupportedException)
        {
            return new SafeRegex(new Regex(pattern, options, MatchTimeout), false);
        }
    }

    /// <summary>
    /// Expands <paramref name="replacement"/> (<c>$1</c>, <c>${name}</c>) for <paramref name="match"/>, a match of
    /// <see cref="Regex"/>. The non-backtracking engine can lose a group's capture (for instance a line break
    /// captured before <c>\z</c>), so groups are read from the backtracking engine run on the matched text alone,
    /// under the usual timeout.
    /// </summary>
    public string Result(Match match, string replacement)
    {
        if (_backtrackingTwin is null || !replacement.Contains('$', StringComparison.Ordinal))
        {
            return match.Result(replacement);
        }

        var twin = _backtrackingTwin.Value.Match(match.Value);
        return twin.Success && twin.Index == 0 && twin.Length == match.Length ? twin.Result(replacement) : match.Result(replacement);
    }

    /// <summary>
    /// Throws <see cref="RegexMatchTimeoutException"/> once a backtracking pattern has run longer than
    /// <see cref="MatchTimeout"/> on one document in all, so that many slow lines cannot add up to a hang.
    /// </summary>
    /// <param name="documentStarted">A <see cref="Stopwatch.GetTimestamp"/> taken when the rule started on the document.</param>
    public void ThrowIfOverBudget(long documentStarted)
    {
        if (!IsNonBacktracking && Stopwatch.GetElapsedTime(documentStarted) > MatchTimeout)
        {
            throw new RegexMatchTimeoutException(Regex.ToString(), string.Empty, MatchTimeout);
        }
    }
}
