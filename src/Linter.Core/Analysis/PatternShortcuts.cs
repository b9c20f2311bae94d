using System.Globalization;
using System.Text.RegularExpressions;

namespace Linter.Core.Analysis;

/// <summary>
/// Shortcuts read from a pattern's structure, for a pattern that .NET's engines would otherwise try almost everywhere:
/// their own search skips to where a match can start, which for a match that can start with a letter or a space is
/// almost anywhere in text.
/// <list type="bullet">
/// <item>Tests a line must pass to hold a non-empty match (the line read as the whole input): a rare character that
/// every match holds, such as the digit of "digit glued to a word", found by a vectorized search; and for a pattern
/// anchored to the line's end, the few characters a match can end with, tested on the line's last character alone, as
/// "trailing whitespace" is (<see cref="NextCandidate"/>).</item>
/// <item>A pattern whose matches are short and see nothing around them (no anchors or lookarounds) is run only around
/// each rare character (<see cref="Matches"/>).</item>
/// <item>A pattern that opens with a lookbehind of one rare character, such as a line break, is tried only just after
/// one (<see cref="MatchesAfterRareCharacters"/>).</item>
/// </list>
/// </summary>
/// <remarks>
/// The facts are what every match must have, so a superset is always safe: lookarounds consume nothing (a positive
/// one still needs its characters on the line), atomic groups are read as plain groups. A pattern this does not read
/// (backreferences, conditionals, whitespace mode, right to left, ECMAScript), that can match the empty string, or
/// that the engine's own search already skips well (anchored to the line's start, or starting with rare characters
/// only) gets no shortcuts: the line finder, which tests the whole pattern, is then the better skip.
/// </remarks>
internal sealed class PatternShortcuts
{
    // A bound too large to read as one: a quantifier without an upper bound.
    private const int Unbounded = int.MaxValue;

    // At most this many common characters among those a line can end with: a test on the line's last character
    // then rejects most lines.
    private const int FewCommonCharacters = 8;

    private readonly CharSearch? _required;
    private readonly CharRanges? _lastCharacters;

    // For a pattern without anchors, word boundaries and lookarounds, whose matches hold a rare character and are at
    // most this long: the span around a rare character that holds every match holding it; 0 otherwise.
    private readonly int _windowLength;

    // For a pattern that opens with a lookbehind of one rare character: those characters, for a search of where a
    // match can start; null otherwise.
    private readonly CharSearch? _preceding;
    private readonly bool _precedingMayBeStart;

    private PatternShortcuts(CharRanges? required, CharRanges? lastCharacters, int windowLength, CharRanges? preceding, bool precedingMayBeStart)
    {
        Required = required;
        _required = required?.ToSearch();
        _lastCharacters = lastCharacters;
        _windowLength = windowLength;
        _preceding = preceding?.ToSearch();
        _precedingMayBeStart = precedingMayBeStart;
    }

    /// <summary>True when <see cref="NextCandidate"/> can skip lines.</summary>
    public bool SkipsLines => _required is not null || _lastCharacters is not null;

    /// <summary>True when <see cref="MatchesAfterRareCharacters"/> applies: every match stands just after one of a few rare characters (or at the start).</summary>
    public bool FollowsRareCharacters => _preceding is not null;

    /// <summary>True when <see cref="Matches"/> finds matches around the rare characters rather than by scanning.</summary>
    public bool FindsMatchesAroundRareCharacters => _windowLength > 0;

    /// <summary>The rare characters one of which every match holds; null when there are none.</summary>
    public CharRanges? Required { get; }

    /// <summary>For a pattern anchored to the line's end: the characters a match can end with; otherwise null.</summary>
    public CharRanges? LastCharacters => _lastCharacters;

    /// <summary>The shortcuts of <paramref name="pattern"/>, a pattern that compiles with <paramref name="options"/>; null when it has none.</summary>
    public static PatternShortcuts? From(string pattern, RegexOptions options)
    {
        if ((options & (RegexOptions.RightToLeft | RegexOptions.IgnorePatternWhitespace | RegexOptions.ECMAScript)) != 0)
        {
            return null;
        }

        Facts facts;
        try
        {
            facts = new Reader(pattern).Read((options & RegexOptions.IgnoreCase) != 0);
        }
        catch (Exception exception) when (exception is NotSupportedException or ArgumentException)
        {
            // What the reader does not follow, or an element it misread that does not compile alone: no shortcuts
            // rather than an error, as for the line finder.
            return null;
        }

        if (facts.Nullable || facts.StartAnchored || facts.First.CommonCharacters(0) == 0)
        {
            return null;
        }

        var last = facts.EndAnchored && facts.Last.CommonCharacters(FewCommonCharacters) <= FewCommonCharacters ? facts.Last : null;
        var windowLength = facts.Required is not null && !facts.Assertions && facts.MaxLength < Unbounded ? facts.MaxLength : 0;
        var preceding = facts.Preceding?.CommonCharacters(0) == 0 ? facts.Preceding : null;
        return facts.Required is null && last is null && preceding is null
            ? null
            : new PatternShortcuts(facts.Required, last, windowLength, preceding, facts.PrecedingMayBeStart);
    }

    /// <summary>
    /// The first position at or after <paramref name="lineStart"/> (a line's start) and before <paramref name="end"/>
    /// (a line's end) that lies on a line that passes the tests; -1 when no line does. Lines end at LF, CR or CRLF.
    /// </summary>
    public int NextCandidate(string text, int lineStart, int end)
    {
        if (_lastCharacters is null)
        {
            var found = _required!.IndexOfAny(text.AsSpan(lineStart, end - lineStart));
            return found < 0 ? -1 : lineStart + found;
        }

        while (lineStart < end)
        {
            var breakAt = text.AsSpan(lineStart, end - lineStart).IndexOfAny('\n', '\r');
            var lineEnd = breakAt < 0 ? end : lineStart + breakAt;
            if (lineEnd > lineStart && Passes(text.AsSpan(lineStart, lineEnd - lineStart)))
            {
                return lineStart;
            }

            if (breakAt < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        return -1;
    }

    /// <summary>
    /// The matches of <paramref name="regex"/>, the pattern these shortcuts were read from, in <paramref name="text"/> from
    /// <paramref name="start"/> for <paramref name="length"/> characters read as the whole input: the same matches, in
    /// the same order, as scanning it, found by running the pattern only around each run of rare characters, within
    /// the longest match's length on either side. The pattern has no anchors or lookarounds, so a match is a match
    /// wherever its characters stand; every match holds a rare character, so the next match either holds one of the
    /// first run's (and lies in its window, where nothing starts before it) or starts after the run.
    /// </summary>
    /// <param name="regex">The pattern.</param>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the input starts.</param>
    /// <param name="length">The input's length.</param>
    /// <param name="checkBudget">Called before each run of the pattern; throws when the document's time is up.</param>
    public IEnumerable<Match> Matches(Regex regex, string text, int start, int length, Action? checkBudget)
    {
        var end = start + length;
        var position = start;
        while (position < end)
        {
            checkBudget?.Invoke();
            var found = _required!.IndexOfAny(text.AsSpan(position, end - position));
            if (found < 0)
            {
                yield break;
            }

            var run = position + found;
            var runLength = _required!.IndexOfAnyExcept(text.AsSpan(run, end - run));
            var runEnd = runLength < 0 ? end : run + runLength;
            var windowStart = Math.Max(position, run - _windowLength + 1);
            var windowLength = Math.Min(end, runEnd - 1 + _windowLength) - windowStart;

            // Most windows hold no match: the test allocates nothing, and only a hit builds the match.
            var match = regex.IsMatch(text.AsSpan(windowStart, windowLength)) ? regex.Match(text, windowStart, windowLength) : null;
            if (match is { Success: true } && match.Index < runEnd)
            {
                yield return match;
                position = match.Index + match.Length;
            }
            else
            {
                // A match that starts after the run holds a later rare character, and is found from there.
                position = runEnd;
            }
        }
    }

    /// <summary>
    /// The matches of a pattern in the whole of <paramref name="text"/>, in order, for a pattern that opens with a
    /// lookbehind of one rare character: the pattern is tried only where such a character precedes (and at the start,
    /// where its lookbehind is negative), with <paramref name="anchored"/>, the pattern anchored where the search
    /// starts (\G). A scan would try it at every character that can start a match, a space for a blank-line pattern.
    /// </summary>
    /// <param name="anchored">The pattern, anchored with \G.</param>
    /// <param name="text">The whole text.</param>
    /// <param name="checkBudget">Called before each run of the pattern; throws when the document's time is up.</param>
    public IEnumerable<Match> MatchesAfterRareCharacters(Regex anchored, string text, Action? checkBudget)
    {
        var candidate = _precedingMayBeStart ? 0 : NextAfterPreceding(text, 0);
        while (candidate >= 0 && candidate <= text.Length)
        {
            checkBudget?.Invoke();
            if (anchored.IsMatch(text, candidate))
            {
                var match = anchored.Match(text, candidate);
                yield return match;
                candidate = match.Length == 0 ? candidate + 1 : match.Index + match.Length;
                if (candidate > 0 && candidate <= text.Length && _preceding!.Contains(text[candidate - 1]))
                {
                    continue;
                }
            }

            candidate = NextAfterPreceding(text, candidate);
        }
    }

    /// <summary>The first position after <paramref name="from"/> that a rare preceding character stands just before; -1 when none does.</summary>
    private int NextAfterPreceding(string text, int from)
    {
        var found = from < text.Length ? _preceding!.IndexOfAny(text.AsSpan(from)) : -1;
        return found < 0 ? -1 : from + found + 1;
    }

    private bool Passes(ReadOnlySpan<char> line) =>
        _lastCharacters!.Contains(line[^1]) &&
        (_required is null || _required.ContainsAny(line));

    /// <summary>What every match of a part of a pattern has.</summary>
    /// <param name="Nullable">The part can match the empty string.</param>
    /// <param name="First">The characters a non-empty match can start with.</param>
    /// <param name="Last">The characters a non-empty match can end with.</param>
    /// <param name="Required">Rare characters one of which the line holds wherever the part matches; null when unknown.</param>
    /// <param name="StartAnchored">Every match starts at the line's start.</param>
    /// <param name="EndAnchored">Every match ends at the line's end.</param>
    /// <param name="MaxLength">The longest a match can be; <see cref="Unbounded"/> when there is no bound.</param>
    /// <param name="Assertions">The part has an anchor, a word boundary or a lookaround: what it matches depends on what lies around the match.</param>
    /// <param name="Preceding">For a part that opens with a lookbehind of one character: the characters that can stand just before a match; null otherwise.</param>
    /// <param name="PrecedingMayBeStart">With <paramref name="Preceding"/>: a match can also start where nothing precedes it.</param>
    private sealed record Facts(bool Nullable, CharRanges First, CharRanges Last, CharRanges? Required, bool StartAnchored, bool EndAnchored, int MaxLength, bool Assertions, CharRanges? Preceding = null, bool PrecedingMayBeStart = false)
    {
        public static readonly Facts EmptyMatch = new(true, CharRanges.Empty, CharRanges.Empty, null, false, false, 0, false);

        public static readonly Facts Assertion = EmptyMatch with { Assertions = true };

        public static Facts Character(CharRanges characters) => new(false, characters, characters, characters.CommonCharacters(0) == 0 ? characters : null, false, false, 1, false);

        /// <summary>This part followed by <paramref name="next"/>. A part anchored to an edge anchors the sequence: what lies between must match empty there.</summary>
        public Facts Then(Facts next) => new(
            Nullable && next.Nullable,
            Nullable ? First.Union(next.First) : First,
            next.Nullable ? Last.Union(next.Last) : next.Last,
            Rarer(Required, next.Required),
            StartAnchored || next.StartAnchored,
            EndAnchored || next.EndAnchored,
            Saturated((long)MaxLength + next.MaxLength),
            Assertions || next.Assertions,
            Preceding,
            PrecedingMayBeStart);

        /// <summary>This part or <paramref name="other"/>.</summary>
        public Facts Or(Facts other) => new(
            Nullable || other.Nullable,
            First.Union(other.First),
            Last.Union(other.Last),
            Required is not null && other.Required is not null ? Required.Union(other.Required) : null,
            StartAnchored && other.StartAnchored,
            EndAnchored && other.EndAnchored,
            Math.Max(MaxLength, other.MaxLength),
            Assertions || other.Assertions,
            Preceding is not null && other.Preceding is not null ? Preceding.Union(other.Preceding) : null,
            PrecedingMayBeStart || other.PrecedingMayBeStart);

        /// <summary>This part repeated at least <paramref name="minimum"/> and at most <paramref name="maximum"/> times.</summary>
        public Facts Repeated(int minimum, int maximum)
        {
            var repeated = this with { MaxLength = Saturated((long)MaxLength * maximum), Preceding = null };
            return minimum > 0 ? repeated : repeated with { Nullable = true, Required = null, StartAnchored = false, EndAnchored = false };
        }

        private static int Saturated(long length) => (int)Math.Min(length, Unbounded);

        private static CharRanges? Rarer(CharRanges? a, CharRanges? b) => a is null ? b : b is null ? a : b.Count < a.Count ? b : a;
    }

    /// <summary>A recursive reader of the pattern that gathers <see cref="Facts"/> as it goes; it throws <see cref="NotSupportedException"/> on what it does not read.</summary>
    private sealed class Reader(string pattern)
    {
        private int _position;

        public Facts Read(bool ignoreCase)
        {
            var facts = Alternation(ignoreCase);
            return _position == pattern.Length ? facts : throw new NotSupportedException();
        }

        /// <summary>Branches up to the ')' that closes the group being read, or the pattern's end.</summary>
        private Facts Alternation(bool ignoreCase)
        {
            Facts? branches = null;
            var sequence = Facts.EmptyMatch;
            var empty = true;
            while (_position < pattern.Length && pattern[_position] != ')')
            {
                if (pattern[_position] == '|')
                {
                    branches = branches is null ? sequence : branches.Or(sequence);
                    (sequence, empty) = (Facts.EmptyMatch, true);
                    _position++;
                    continue;
                }

                if (Element(ref ignoreCase) is not { } element)
                {
                    continue;
                }

                element = Quantified(element);
                sequence = empty ? element : sequence.Then(element);
                empty = false;
            }

            return branches is null ? sequence : branches.Or(sequence);
        }

        /// <summary>The element at the reading position and its facts; null for a comment or an option setting, which match nothing.</summary>
        private Facts? Element(ref bool ignoreCase)
        {
            var start = _position;
            var (token, end) = RegexSyntax.Read(pattern, start);
            var text = pattern[start..end];
            _position = end;
            switch (token)
            {
                case RegexSyntax.Token.Unsupported:
                    throw new NotSupportedException();
                case RegexSyntax.Token.GroupOpen or RegexSyntax.Token.AtomicOpen:
                    return Group(OptionsOf(text, ignoreCase));
                case RegexSyntax.Token.LookaroundOpen:
                    var inner = Group(ignoreCase);
                    var positive = text[^1] == '=';
                    var assertion = Facts.Assertion with { Required = positive ? inner.Required : null };

                    // A lookbehind of one character: a match stands just after one of its characters (or, when it is
                    // negative, just after none of them, or where nothing precedes).
                    return text.StartsWith("(?<", StringComparison.Ordinal) && inner is { Nullable: false, MaxLength: 1, Assertions: false }
                        ? assertion with { Preceding = positive ? inner.First : inner.First.Complement(), PrecedingMayBeStart = !positive }
                        : assertion;
                case RegexSyntax.Token.Other when text.StartsWith("(?#", StringComparison.Ordinal):
                    return null;
                case RegexSyntax.Token.Other when text.StartsWith("(?", StringComparison.Ordinal):
                    // An option setting applies to the rest of the enclosing group.
                    ignoreCase = OptionsOf(text, ignoreCase);
                    return null;
                case RegexSyntax.Token.Other:
                    return Single(text, ignoreCase);
                default:
                    throw new NotSupportedException();
            }
        }

        private Facts Group(bool ignoreCase)
        {
            var facts = Alternation(ignoreCase);
            if (_position >= pattern.Length)
            {
                throw new NotSupportedException();
            }

            _position++;
            return facts;
        }

        /// <summary>A token that is not a group: an anchor, an assertion, or an element that matches one character.</summary>
        private static Facts Single(string text, bool ignoreCase) => text switch
        {
            "^" or @"\A" => Facts.Assertion with { StartAnchored = true },
            "$" or @"\z" or @"\Z" => Facts.Assertion with { EndAnchored = true },
            @"\b" or @"\B" or @"\G" => Facts.Assertion,

            // Any character but LF, which a line does not hold.
            "." => Facts.Character(CharRanges.All),
            _ when text.Length == 1 && !ignoreCase => Facts.Character(CharRanges.Of(text[0])),
            _ when text.Length == 1 => Facts.Character(CharRanges.Matching(Regex.Escape(text), ignoreCase)),
            _ => Facts.Character(CharRanges.Matching(text, ignoreCase)),
        };

        /// <summary>The element's facts with the quantifier that follows it, if any.</summary>
        private Facts Quantified(Facts element)
        {
            var start = RegexSyntax.AfterComments(pattern, _position);
            var end = RegexSyntax.QuantifierEnd(pattern, start);
            if (end == start)
            {
                return element;
            }

            var (minimum, maximum) = pattern[start] switch
            {
                '+' => (1, Unbounded),
                '*' => (0, Unbounded),
                '?' => (0, 1),
                _ => Bounds(pattern.AsSpan(start + 1, end - start - 2)),
            };
            _position = RegexSyntax.AfterComments(pattern, end);
            if (_position < pattern.Length && pattern[_position] == '?')
            {
                _position++;
            }

            return element.Repeated(minimum, maximum);
        }

        /// <summary>The bounds of a quantifier written {n}, {n,} or {n,m}, given without its braces.</summary>
        private static (int Minimum, int Maximum) Bounds(ReadOnlySpan<char> inside)
        {
            var comma = inside.IndexOf(',');
            if (comma < 0)
            {
                var exactly = int.Parse(inside, CultureInfo.InvariantCulture);
                return (exactly, exactly);
            }

            var minimum = int.Parse(inside[..comma], CultureInfo.InvariantCulture);
            return comma == inside.Length - 1 ? (minimum, Unbounded) : (minimum, int.Parse(inside[(comma + 1)..], CultureInfo.InvariantCulture));
        }

        /// <summary>Whether case is ignored after an option setting or group opening such as (?i-m) or (?-i:.</summary>
        private static bool OptionsOf(string opening, bool ignoreCase)
        {
            if (!opening.StartsWith("(?", StringComparison.Ordinal) || opening.Length < 3 || opening[2] is '<' or '\'' or ':' or '>')
            {
                return ignoreCase;
            }

            var on = true;
            foreach (var option in opening.AsSpan(2))
            {
                switch (option)
                {
                    case '-':
                        on = false;
                        break;
                    case '+':
                        on = true;
                        break;
                    case 'i' or 'I':
                        ignoreCase = on;
                        break;
                }
            }

            return ignoreCase;
        }
    }
}
