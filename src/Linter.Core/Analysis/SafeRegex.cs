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

    private SafeRegex(Regex regex, bool isNonBacktracking)
    {
        Regex = regex;
        IsNonBacktracking = isNonBacktracking;
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
