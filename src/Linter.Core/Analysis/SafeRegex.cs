using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Linter.Core.Analysis;

/// <summary>
/// A user's regular expression that cannot hang the linter: it runs on the linear-time non-backtracking
/// engine, and only a pattern that needs backtracking features (lookarounds, backreferences) falls back to
/// the backtracking engine, under a match timeout. A backtracking pattern starts interpreted, which costs nothing
/// to build, and is compiled to IL once it has scanned enough text for compiling to pay off: a hook on a few files
/// never waits for a compiler, a large corpus runs at compiled speed.
/// </summary>
public sealed class SafeRegex
{
    /// <summary>The longest a backtracking pattern may run on one document, in all its matches, before the rule is stopped there.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    // About 2 MB of Arabic text: interpreting that much costs about what compiling costs.
    private const long CompileAfterChars = 1_000_000;

    // A line finder costs a second linear-time expression to build: worth it only once a run has many lines to skip.
    private const long FindLinesAfterChars = 200_000;

    // \A, \z, \Z and \G mean the input's edges, which a line has and the middle of a text has not.
    private static readonly Regex InputEdgeAnchor = new(@"(?<!\\)(?:\\\\)*\\[AzZG]", RegexOptions.CultureInvariant);

    // An inline option group that turns multi-line mode off, such as (?-m) or (?s-m:...).
    private static readonly Regex MultilineOff = new(@"\(\?[imnsx]*-[imnsx]*m", RegexOptions.CultureInvariant);

    private readonly Lazy<Regex>? _backtrackingTwin;
    private readonly Lazy<Regex?> _lineFinder;
    private Regex _regex;
    private long _scannedChars;
    private int _compiling;

    private SafeRegex(Regex regex, bool isNonBacktracking)
    {
        _regex = regex;
        IsNonBacktracking = isNonBacktracking;
        _lineFinder = new Lazy<Regex?>(() => LineFinder(regex));
        if (isNonBacktracking)
        {
            _backtrackingTwin = new Lazy<Regex>(() => new Regex(regex.ToString(), regex.Options & ~RegexOptions.NonBacktracking, MatchTimeout));
        }
    }

    /// <summary>The expression, interpreted or compiled.</summary>
    public Regex Regex => Volatile.Read(ref _regex);

    /// <summary>True when the expression runs in linear time.</summary>
    public bool IsNonBacktracking { get; }

    /// <summary>True once the expression has scanned enough text for skipping lines to pay for building what skips them (see <see cref="NextPossibleLineMatch"/>).</summary>
    public bool WorthFindingLines => _scannedChars >= FindLinesAfterChars;

    /// <summary>Compiles <paramref name="pattern"/>; syntax errors throw <see cref="RegexParseException"/>.</summary>
    public static SafeRegex Create(string pattern, RegexOptions options = RegexOptions.None)
    {
        options |= RegexOptions.CultureInvariant;
        try
        {
            // Linear time needs no timeout, and a timeout costs a clock reading on every match call.
            return new SafeRegex(new Regex(pattern, options | RegexOptions.NonBacktracking, Regex.InfiniteMatchTimeout), true);
        }
        catch (NotSupportedException)
        {
            return new SafeRegex(new Regex(pattern, options, MatchTimeout), false);
        }
    }

    /// <summary>
    /// The first match in <paramref name="text"/> from <paramref name="start"/> for <paramref name="length"/>
    /// characters, read as a whole input (anchors and lookarounds see nothing outside it); null when there is none.
    /// Most lines hold no match, so an allocation-free test runs first and only a line that matches builds matches.
    /// </summary>
    public Match? FirstMatch(string text, int start, int length)
    {
        if (!IsMatch(text, start, length))
        {
            return null;
        }

        var match = Regex.Match(text, start, length);
        return match.Success ? match : null;
    }

    /// <summary>Whether <paramref name="text"/> from <paramref name="start"/> for <paramref name="length"/> characters, read as a whole input, holds a match; allocates nothing.</summary>
    public bool IsMatch(string text, int start, int length) => Scanning(length).IsMatch(text.AsSpan(start, length));

    /// <summary>
    /// For a scan that runs the pattern on each line of <paramref name="text"/> on its own: the first position at or
    /// after <paramref name="lineStart"/> (a line's start) where a line's match can start, found in one scan of the
    /// whole text rather than one call per line; -1 when no later line can match. Every line that ends before the
    /// position returned certainly has no match. It returns <paramref name="lineStart"/>, promising nothing, while the
    /// shortcut does not apply.
    /// </summary>
    /// <remarks>
    /// A match of a line read alone is also a match at the same place of the whole text read in multi-line mode, when
    /// the lines end in LF alone: ^ and $ then stand at the same places, \b sees a line break as it sees a line's
    /// edge, and the linear-time engine has no lookarounds to see into the next line. Where the text has a CR, or the
    /// pattern names the input's edges (\A, \z, \Z, \G) or turns multi-line mode off, the shortcut is not taken.
    /// A backtracking pattern is searched for without its lookarounds (see <see cref="LookaroundFreePattern"/>): that
    /// pattern matches wherever the original matches a line, at the same start, and having no lookarounds it matches
    /// there in the whole text too, so its first match is at or before the first line that matches. A lookbehind,
    /// which in the whole text would see the line before, is not there to see it; that it may match where the
    /// original does not only makes the scan stop at a line that then has no match.
    /// </remarks>
    /// <param name="text">The whole text.</param>
    /// <param name="lineStart">Where the scan is: the start of a line.</param>
    /// <param name="linesEndInLineFeed">True when <paramref name="text"/> has no CR.</param>
    public int NextPossibleLineMatch(string text, int lineStart, bool linesEndInLineFeed)
    {
        if (!linesEndInLineFeed || !WorthFindingLines || _lineFinder.Value is not { } lineFinder)
        {
            return lineStart;
        }

        foreach (var match in lineFinder.EnumerateMatches(text, lineStart))
        {
            return match.Index;
        }

        return -1;
    }

    /// <summary>
    /// The linear-time, multi-line expression that <see cref="NextPossibleLineMatch"/> scans with: the pattern itself,
    /// or for a backtracking pattern the pattern without its lookarounds; null where it would not be sound (the
    /// input's edges, multi-line mode turned off), cannot be built, or would match the empty string and so stop at
    /// every line, as a pattern of lookarounds alone would.
    /// </summary>
    internal static Regex? LineFinder(Regex regex)
    {
        var options = regex.Options | RegexOptions.Multiline;
        if ((options & RegexOptions.NonBacktracking) != 0)
        {
            var pattern = regex.ToString();
            return LinesReadAsText(pattern) ? new Regex(pattern, options, Regex.InfiniteMatchTimeout) : null;
        }

        if (LookaroundFreePattern.From(regex.ToString(), regex.Options) is not { } lookaroundFree || !LinesReadAsText(lookaroundFree))
        {
            return null;
        }

        try
        {
            var finder = new Regex(lookaroundFree, options | RegexOptions.NonBacktracking, Regex.InfiniteMatchTimeout);
            return finder.IsMatch(string.Empty) ? null : finder;
        }
        catch (Exception exception) when (exception is NotSupportedException or ArgumentException)
        {
            // Constructs the linear-time engine lacks, such as balancing groups. A pattern misread would not parse,
            // and gets no finder rather than an error.
            return null;
        }
    }

    /// <summary>True when <paramref name="pattern"/> matches a line read alone where it matches the text in multi-line mode.</summary>
    private static bool LinesReadAsText(string pattern) => !InputEdgeAnchor.IsMatch(pattern) && !MultilineOff.IsMatch(pattern);

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

    /// <summary>The expression to scan <paramref name="length"/> more characters with, compiled once enough text has been scanned.</summary>
    private Regex Scanning(int length)
    {
        // The count is a heuristic: a lost update between threads only delays a tier a little.
        _scannedChars += length;
        if (!IsNonBacktracking && _compiling == 0 && _scannedChars > CompileAfterChars && Interlocked.Exchange(ref _compiling, 1) == 0)
        {
            var interpreted = Regex;
            Volatile.Write(ref _regex, new Regex(interpreted.ToString(), interpreted.Options | RegexOptions.Compiled, MatchTimeout));
        }

        return Regex;
    }

    /// <summary>
    /// Where the time budget of one document starts, for <see cref="ThrowIfOverBudget"/>. Only a backtracking pattern
    /// has a budget: a linear-time one reads no clock, which on every document of a corpus would cost.
    /// </summary>
    public long StartBudget() => IsNonBacktracking ? 0 : Stopwatch.GetTimestamp();

    /// <summary>
    /// Throws <see cref="RegexMatchTimeoutException"/> once a backtracking pattern has run longer than
    /// <see cref="MatchTimeout"/> on one document in all, so that many slow lines cannot add up to a hang.
    /// </summary>
    /// <param name="documentStarted">What <see cref="StartBudget"/> gave when the rule started on the document.</param>
    public void ThrowIfOverBudget(long documentStarted)
    {
        if (!IsNonBacktracking && Stopwatch.GetElapsedTime(documentStarted) > MatchTimeout)
        {
            throw new RegexMatchTimeoutException(Regex.ToString(), string.Empty, MatchTimeout);
        }
    }
}
