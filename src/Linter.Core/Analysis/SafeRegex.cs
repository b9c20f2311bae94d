using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Linter.Core.Analysis;

/// <summary>
/// A user's regular expression that cannot hang the linter: it runs on the linear-time non-backtracking
/// engine, and only a pattern that needs backtracking features (lookarounds, backreferences) falls back to
/// the backtracking engine, under a match timeout. A backtracking pattern starts interpreted, which costs nothing
/// to build, and is compiled to IL once it has scanned enough text for compiling to pay off: a hook on a few files
/// never waits for a compiler, a large corpus runs at compiled speed. What is built on the way (the compiled
/// expression, a line finder) is built by one thread while the others go on without it.
/// </summary>
public sealed class SafeRegex
{
    /// <summary>The longest a backtracking pattern may run on one document, in all its matches, before the rule is stopped there.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    // About 2 MB of Arabic text: interpreting that much costs about what compiling costs.
    private const long CompileAfterChars = 1_000_000;

    // A line finder that must be built costs a second linear-time expression: worth it only once a run has many lines to skip.
    private const long FindLinesAfterChars = 200_000;

    // \A, \z, \Z and \G mean the input's edges, which a line has and the middle of a text has not.
    private static readonly Regex InputEdgeAnchor = new(@"(?<!\\)(?:\\\\)*\\[AzZG]", RegexOptions.CultureInvariant);

    // An inline option group that turns multi-line mode off, such as (?-m) or (?s-m:...).
    private static readonly Regex MultilineOff = new(@"\(\?[imnsx]*-[imnsx]*m", RegexOptions.CultureInvariant);

    private readonly Regex _regex;
    private readonly NonBlockingLazy<Regex>? _compiled;
    private readonly Lazy<Regex>? _backtrackingTwin;
    private readonly NonBlockingLazy<Regex?> _lineFinder;
    private readonly NonBlockingLazy<PatternShortcuts?> _shortcuts;
    private readonly NonBlockingLazy<Regex> _anchored;
    private long _scannedChars;

    /// <param name="regex">The expression as it starts: linear-time, or backtracking and interpreted.</param>
    /// <param name="options">The options the pattern was given, for the expressions built from it.</param>
    /// <param name="isNonBacktracking">True when <paramref name="regex"/> runs in linear time.</param>
    private SafeRegex(Regex regex, RegexOptions options, bool isNonBacktracking)
    {
        _regex = regex;
        IsNonBacktracking = isNonBacktracking;
        var pattern = regex.ToString();
        if (isNonBacktracking)
        {
            _backtrackingTwin = new Lazy<Regex>(() => new Regex(pattern, options, MatchTimeout));
        }
        else
        {
            _compiled = new NonBlockingLazy<Regex>(() => new Regex(pattern, options | RegexOptions.Compiled, MatchTimeout));
        }

        // In multi-line mode a linear-time expression is its own line finder, with nothing to build.
        _lineFinder = isNonBacktracking && (regex.Options & RegexOptions.Multiline) != 0
            ? NonBlockingLazy<Regex?>.FromValue(LineFinder(regex))
            : new NonBlockingLazy<Regex?>(() => LineFinder(regex));
        _shortcuts = new NonBlockingLazy<PatternShortcuts?>(() => PatternShortcuts.From(pattern, regex.Options));

        // Built only for shortcuts that try the pattern at given places, on a run long enough to compile for.
        _anchored = new NonBlockingLazy<Regex>(() => new Regex($@"\G(?:{pattern})", (regex.Options & ~RegexOptions.NonBacktracking) | RegexOptions.Compiled, MatchTimeout));
    }

    /// <summary>The expression, interpreted or compiled.</summary>
    public Regex Regex => _compiled is not null && _compiled.TryGetBuilt(out var compiled) ? compiled : _regex;

    /// <summary>True when the expression runs in linear time.</summary>
    public bool IsNonBacktracking { get; }

    /// <summary>True once the expression has scanned enough text for skipping lines to pay for building what skips them (see <see cref="NextPossibleLineMatch"/>).</summary>
    public bool WorthFindingLines => _scannedChars >= FindLinesAfterChars;

    /// <summary>
    /// Compiles <paramref name="pattern"/>; syntax errors throw <see cref="RegexParseException"/>. A caller that only
    /// runs it on single lines may add <see cref="RegexOptions.Multiline"/>, which changes nothing on a line and makes
    /// a linear-time pattern its own line finder (see <see cref="NextPossibleLineMatch"/>).
    /// </summary>
    public static SafeRegex Create(string pattern, RegexOptions options = RegexOptions.None)
    {
        options |= RegexOptions.CultureInvariant;
        try
        {
            // Linear time needs no timeout, and a timeout costs a clock reading on every match call. Its matches are
            // read for where they are, never for their groups (a replacement's come from the backtracking twin), and
            // finding a match's groups takes the linear-time engine another pass, under a lock that every thread
            // shares: so its unnamed groups capture nothing.
            return new SafeRegex(new Regex(pattern, options | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture, Regex.InfiniteMatchTimeout), options, true);
        }
        catch (Exception exception) when (exception is NotSupportedException or RegexParseException)
        {
            // A construct the linear-time engine lacks, or a backreference by number, which refers to nothing once
            // groups do not capture: the backtracking engine runs the pattern, or reports its syntax error.
            return new SafeRegex(new Regex(pattern, options, MatchTimeout), options, false);
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

    /// <summary>
    /// The matches in <paramref name="text"/> from <paramref name="start"/> for <paramref name="length"/> characters,
    /// read as a whole input, in order. Once the pattern has scanned enough text, a pattern whose matches are short and
    /// each hold a rare character is run only around those characters (see <see cref="PatternShortcuts.Matches"/>), on
    /// a whole text a pattern that opens with a lookbehind of a rare character is tried only after one (see
    /// <see cref="PatternShortcuts.MatchesAfterRareCharacters"/>), and a backtracking pattern is tried only where its
    /// line finder matches (see <see cref="MatchesWhereFinderMatches"/>). Those run the pattern once per place tried,
    /// each call with its own time limit, so the document's budget is checked before each.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the input starts.</param>
    /// <param name="length">The input's length.</param>
    /// <param name="documentStarted">What <see cref="StartBudget"/> gave when the rule started on the document.</param>
    public IEnumerable<RegexMatch> Matches(string text, int start, int length, long documentStarted)
    {
        if (Built(_shortcuts) is { } shortcuts)
        {
            Action? checkBudget = IsNonBacktracking ? null : () => ThrowIfOverBudget(documentStarted);
            if (shortcuts.FindsMatchesAroundRareCharacters)
            {
                return shortcuts.Matches(Scanning(length), text, start, length, checkBudget).Select(match => new RegexMatch(match));
            }

            if (shortcuts.FollowsRareCharacters && start == 0 && length == text.Length && _anchored.TryGetValue(out var anchored))
            {
                _ = Scanning(length);
                return shortcuts.MatchesAfterRareCharacters(anchored, text, checkBudget).Select(match => new RegexMatch(match));
            }
        }

        if (!IsNonBacktracking && (_regex.Options & RegexOptions.RightToLeft) == 0 && Built(_lineFinder) is { } finder && _anchored.TryGetValue(out var anchoredAtFinds))
        {
            _ = Scanning(length);
            return MatchesWhereFinderMatches(finder, anchoredAtFinds, text, start, length, documentStarted);
        }

        return Scanned(text, start, length);
    }

    private IEnumerable<RegexMatch> Scanned(string text, int start, int length)
    {
        for (var match = FirstMatch(text, start, length); match is { Success: true }; match = match.NextMatch())
        {
            yield return new RegexMatch(match);
        }
    }

    /// <summary>
    /// The matches of a backtracking pattern, tried only where its line finder (the pattern without its lookarounds,
    /// linear-time) matches: every place the pattern matches, the finder matches too, so the first place at or after
    /// a position where the pattern matches is among those, and trying the pattern there, anchored, gives the match a
    /// scan would give. A pattern of many lookarounds, tried by a scan at every character of a line that holds a
    /// match somewhere, costs many times the finder's scan. A match is made again on a copy of its line, for its
    /// groups: on the text it would read what comes before the line.
    /// </summary>
    private IEnumerable<RegexMatch> MatchesWhereFinderMatches(Regex finder, Regex anchored, string text, int start, int length, long documentStarted)
    {
        string? input = null;
        var position = 0;
        while (position <= length)
        {
            ThrowIfOverBudget(documentStarted);
            var candidate = FirstMatchStart(finder, text.AsSpan(start, length), position);
            if (candidate < 0)
            {
                yield break;
            }

            var matchLength = MatchLengthAt(anchored, text.AsSpan(start, length), candidate);
            if (matchLength < 0)
            {
                position = candidate + 1;
                continue;
            }

            input ??= text.Substring(start, length);
            yield return new RegexMatch(anchored.Match(input, candidate), text, start, length);

            // After an empty match the next is sought one character on, as a scan does.
            position = candidate + Math.Max(matchLength, 1);
        }
    }

    /// <summary>Where the first match of <paramref name="regex"/> in <paramref name="input"/> at or after <paramref name="startAt"/> starts; -1 when there is none.</summary>
    private static int FirstMatchStart(Regex regex, ReadOnlySpan<char> input, int startAt)
    {
        foreach (var match in regex.EnumerateMatches(input, startAt))
        {
            return match.Index;
        }

        return -1;
    }

    /// <summary>The length of the match of <paramref name="anchored"/>, which opens with \G, in <paramref name="input"/> at <paramref name="place"/>; -1 when there is none.</summary>
    private static int MatchLengthAt(Regex anchored, ReadOnlySpan<char> input, int place)
    {
        foreach (var match in anchored.EnumerateMatches(input, place))
        {
            return match.Length;
        }

        return -1;
    }

    /// <summary>Whether <paramref name="text"/> from <paramref name="start"/> for <paramref name="length"/> characters, read as a whole input, holds a match; allocates nothing.</summary>
    public bool IsMatch(string text, int start, int length) => Scanning(length).IsMatch(text.AsSpan(start, length));

    /// <summary>
    /// For a scan that runs the pattern on each line of <paramref name="text"/> on its own: a position at or after
    /// <paramref name="lineStart"/> (a line's start) on the first line that may hold a match, found without running
    /// the pattern on each line; -1 when no later line can match. Every line that ends before the position returned
    /// certainly has no match. It returns <paramref name="lineStart"/>, promising nothing, while no shortcut applies
    /// or what it needs is not built yet: what must be built is built once the pattern has scanned enough text (see
    /// <see cref="WorthFindingLines"/>), by one thread while the others go on without it.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Where the pattern's structure gives a cheap test (<see cref="PatternShortcuts"/>: a rare character every match
    /// holds, or the characters a match anchored to the line's end ends with), lines are skipped by that test,
    /// whatever their line breaks. Otherwise, and for a backtracking pattern unless it is anchored to the line's end, the
    /// lines are skipped by a scan with the line finder.
    /// </para>
    /// <para>
    /// A match of a line read alone is also a match at the same place of the whole text read in multi-line mode, when
    /// the lines end in LF alone: ^ and $ then stand at the same places, \b sees a line break as it sees a line's
    /// edge, and the linear-time engine has no lookarounds to see into the next line. Where the text has a CR, or the
    /// pattern names the input's edges (\A, \z, \Z, \G) or turns multi-line mode off, the finder is not used.
    /// A backtracking pattern is searched for without its lookarounds (see <see cref="LookaroundFreePattern"/>): that
    /// pattern matches wherever the original matches a line, at the same start, and having no lookarounds it matches
    /// there in the whole text too, so its first match is at or before the first line that matches. A lookbehind,
    /// which in the whole text would see the line before, is not there to see it; that it may match where the
    /// original does not only makes the scan stop at a line that then has no match. The text cut at a line's end
    /// holds the same matches in its lines: $ stands at the cut as at a line break.
    /// </para>
    /// </remarks>
    /// <param name="text">The whole text.</param>
    /// <param name="lineStart">Where the scan is: the start of a line.</param>
    /// <param name="linesEndInLineFeed">True when <paramref name="text"/> has no CR.</param>
    /// <param name="linesEnd">The end of the last line to search (a line's end); the text's end when null.</param>
    public int NextPossibleLineMatch(string text, int lineStart, bool linesEndInLineFeed, int? linesEnd = null)
    {
        var end = linesEnd ?? text.Length;
        var shortcuts = Built(_shortcuts);

        // A test of each line's last character is cheaper than any scan of the lines. Otherwise a backtracking pattern
        // costs far more on a line than its linear-time finder costs to scan it, and the finder, which tests the whole
        // pattern but its lookarounds, skips more lines than a rare character does: a digit is on most lines of news,
        // a digit glued to a letter is not.
        if (shortcuts is not { LastCharacters: not null } && !IsNonBacktracking && linesEndInLineFeed && Built(_lineFinder) is { } backtrackingFinder)
        {
            return NextLineFinderMatch(backtrackingFinder, text, lineStart, end);
        }

        if (shortcuts is { SkipsLines: true })
        {
            return shortcuts.NextCandidate(text, lineStart, end);
        }

        return linesEndInLineFeed && Built(_lineFinder) is { } lineFinder ? NextLineFinderMatch(lineFinder, text, lineStart, end) : lineStart;
    }

    private int NextLineFinderMatch(Regex lineFinder, string text, int lineStart, int end)
    {
        var next = -1;
        foreach (var match in lineFinder.EnumerateMatches(text.AsSpan(0, end), lineStart))
        {
            next = match.Index;
            break;
        }

        // As its own line finder, the expression has scanned the lines it skipped: they count toward what is worth
        // building for it, as they would have scanned one by one.
        if (ReferenceEquals(lineFinder, _regex))
        {
            _scannedChars += (next < 0 ? end : next) - lineStart;
        }

        return next;
    }

    /// <summary>What <paramref name="lazy"/> holds, when it is there to use: built, or worth building and built by this thread.</summary>
    private T? Built<T>(NonBlockingLazy<T?> lazy)
        where T : class =>
        lazy.TryGetBuilt(out var built) ? built : WorthFindingLines && lazy.TryGetValue(out var value) ? value : null;

    /// <summary>
    /// The linear-time, multi-line expression that <see cref="NextPossibleLineMatch"/> scans with: the pattern itself
    /// (<paramref name="regex"/> when it is in multi-line mode already), or for a backtracking pattern the pattern
    /// without its lookarounds; null where it would not be sound (the input's edges, multi-line mode turned off),
    /// cannot be built, or would match the empty string and so stop at every line, as a pattern of lookarounds alone
    /// would.
    /// </summary>
    internal static Regex? LineFinder(Regex regex)
    {
        var options = regex.Options | RegexOptions.Multiline;
        if ((options & RegexOptions.NonBacktracking) != 0)
        {
            var pattern = regex.ToString();
            return !LinesReadAsText(pattern) ? null : options == regex.Options ? regex : new Regex(pattern, options, Regex.InfiniteMatchTimeout);
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
    /// Expands <paramref name="replacement"/> (<c>$1</c>, <c>${name}</c>) for <paramref name="match"/>, one of
    /// <see cref="Matches"/>. The non-backtracking engine can lose a group's capture (for instance a line break
    /// captured before <c>\z</c>), so groups are read from the backtracking engine run on the matched text alone,
    /// under the usual timeout.
    /// </summary>
    public string Result(RegexMatch match, string replacement)
    {
        if (match.Text is not null)
        {
            // $`, $' and $_ stand for the text around the match and the whole input: the copy of a line holds neither.
            return LeavesMatchedText(replacement) ? AsScanned(match).Result(replacement) : match.Match.Result(replacement);
        }

        if (_backtrackingTwin is null || !replacement.Contains('$', StringComparison.Ordinal))
        {
            return match.Match.Result(replacement);
        }

        var twin = _backtrackingTwin.Value.Match(match.Value);
        return twin.Success && twin.Index == 0 && twin.Length == match.Length ? twin.Result(replacement) : match.Match.Result(replacement);
    }

    private static bool LeavesMatchedText(string replacement) =>
        replacement.Contains("$`", StringComparison.Ordinal) || replacement.Contains("$'", StringComparison.Ordinal) || replacement.Contains("$_", StringComparison.Ordinal);

    /// <summary>The match a scan of the line gives at the place of <paramref name="match"/>, made on a copy of the line.</summary>
    private Match AsScanned(RegexMatch match)
    {
        var scanned = _regex.Match(match.Text!, match.Offset, match.CopyLength);
        while (scanned.Success && scanned.Index < match.Index)
        {
            scanned = scanned.NextMatch();
        }

        return scanned;
    }

    /// <summary>The expression to scan <paramref name="length"/> more characters with, compiled once enough text has been scanned.</summary>
    private Regex Scanning(int length)
    {
        // The count is a heuristic: a lost update between threads only delays a tier a little.
        _scannedChars += length;
        return _compiled is not null && _scannedChars > CompileAfterChars && _compiled.TryGetValue(out var compiled) ? compiled : _regex;
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
