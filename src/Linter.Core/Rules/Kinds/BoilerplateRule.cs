using System.Text.RegularExpressions;
using Linter.Core.Analysis;
using Linter.Core.Arabic;
using Linter.Core.Diagnostics;
using Linter.Core.Matching;
using Linter.Core.Text;

namespace Linter.Core.Rules.Kinds;

/// <summary>
/// Web-page leftovers: widget labels, mastheads, credits and bylines, given as literal phrases or as regular
/// expressions over the normalized line. With <c>scope: line</c> they must be the whole line and the fix deletes
/// the line; with <c>scope: phrase</c> they may sit inside a line and the fix deletes just them.
/// </summary>
public sealed class BoilerplateRule : Rule
{
    /// <summary>The kind's table entry.</summary>
    public static readonly RuleKind Kind = new(
        "boilerplate",
        "Phrases or whole lines that are page leftovers; the fix deletes them.",
        [
            new("scope", FieldType.String, "line (default): the phrase or pattern must be the whole line; phrase: it may sit anywhere in a line.", AllowedValues: ["line", "phrase"]),
            new("phrases", FieldType.StringList, "Literal phrases; diacritics, tatweel and extra spaces never stop a match."),
            new("patterns", FieldType.StringList, "Regular expressions matched against the normalized line (letters folded as the rule says)."),
            CommonFields.Fold,
            new("within_first_lines", FieldType.Integer, "Only match within the document's first N lines (section labels, bylines).", Minimum: 1),
            new("next_line_max_words", FieldType.Integer, "With scope line: also take the next line when it has at most N words and no sentence punctuation (the name under a masthead title).", Minimum: 1),
        ],
        ["match"],
        definition => new BoilerplateRule(definition));

    private static readonly char[] LineEndPunctuation = [':', '.', '،', '؛', '!', '؟', '-', '–'];
    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create(".!?؟،,:؛\"“”«»");
    private readonly bool _wholeLine;
    private readonly List<PhraseRegistration> _phrases = [];
    private readonly List<LinePattern> _patterns = [];
    private readonly NonBlockingLazy<SafeRegex?>? _anyWholeLine;

    // Every whole-line filter, once all are built: looked up once rather than on each document.
    private WholeLineFilters? _wholeLineFilters;
    private readonly LetterFolds _folds;
    private readonly int _withinFirstLines;
    private readonly int _nextLineMaxWords;

    private BoilerplateRule(RuleDefinition definition)
        : base(definition)
    {
        var node = definition.Node;
        _wholeLine = node.String("scope")?.Value != "phrase";
        _folds = definition.Folds();
        _withinFirstLines = node.Integer("within_first_lines", int.MaxValue);
        _nextLineMaxWords = node.Integer("next_line_max_words", 0);
        foreach (var phrase in node.StringList("phrases"))
        {
            if (definition.Phrase(phrase) is { } normalized)
            {
                _phrases.Add(new PhraseRegistration(this, normalized, _folds, AllowCliticPrefix: !_wholeLine, null));
            }
        }

        foreach (var pattern in node.StringList("patterns"))
        {
            // The normalized text is lower-cased, so the pattern ignores case as phrases do. It runs on each line alone,
            // where multi-line mode changes nothing and makes a linear-time pattern its own line finder.
            if (definition.Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.Multiline, _folds) is { } regex)
            {
                _patterns.Add(new LinePattern(regex, _wholeLine ? new NonBlockingLazy<SafeRegex?>(() => WholeLineFilter(regex)) : null));
            }
        }

        if (_wholeLine && _patterns.Count > 1)
        {
            _anyWholeLine = new NonBlockingLazy<SafeRegex?>(() => AnyWholeLineFilter(_patterns));
        }

        if (!node.Has("phrases") && !node.Has("patterns"))
        {
            definition.Error(node.Location, "a boilerplate rule needs 'phrases', 'patterns' or both");
        }

        if (!_wholeLine && node.Has("next_line_max_words"))
        {
            definition.Error(node.LocationOf("next_line_max_words"), "'next_line_max_words' needs scope: line");
        }
    }

    /// <inheritdoc />
    public override IEnumerable<PhraseRegistration> Phrases => _phrases;

    /// <inheritdoc />
    public override string? FixDescription(RuleDescriptor descriptor) => _wholeLine
        ? "Deletes the line with its line break."
        : "Deletes the leftover from its line, with the space or dash that joined it to the text.";

    /// <inheritdoc />
    public override void Analyze(DocumentContext context)
    {
        var hits = FindHits(context);
        if (hits.Count == 0)
        {
            return;
        }

        var source = context.Source;
        var hitLines = hits.Select(hit => source.LineIndexOf(hit.Span.Start)).ToHashSet();
        var reportedUpTo = -1;
        foreach (var (span, deleteFrom) in hits)
        {
            var line = source.LineIndexOf(span.Start);
            if (span.Start < reportedUpTo || line >= _withinFirstLines)
            {
                continue;
            }

            if (!_wholeLine)
            {
                reportedUpTo = span.End;
                context.Report(Descriptor, span, new Fix("Delete the leftover", [new TextEdit(PhraseDeletionSpan(source, TextSpan.FromBounds(deleteFrom, span.End)), string.Empty)]));
                continue;
            }

            var last = line;
            if (_nextLineMaxWords > 0 && line + 1 < source.LineCount && !hitLines.Contains(line + 1) && IsNameLine(source.LineText(line + 1)))
            {
                last = line + 1;
            }

            var reported = TextSpan.FromBounds(span.Start, last == line ? span.End : source.TrimmedLineSpan(last).End);
            reportedUpTo = source.LineEndIncludingBreak(last);
            context.Report(Descriptor, reported, new Fix(last == line ? "Delete the line" : "Delete the lines", [new TextEdit(source.LinesDeletionSpan(line, last), string.Empty)]));
        }
    }

    /// <summary>Original spans of every phrase and pattern hit, in order, with where their deletion starts (before any clitic prefix).</summary>
    private List<(TextSpan Span, int DeleteFrom)> FindHits(DocumentContext context)
    {
        var normalized = context.Normalized.Text;
        var hits = new List<(TextSpan Span, int DeleteFrom)>();
        foreach (var match in context.PhraseMatches(this))
        {
            if (!_wholeLine || IsWholeLine(normalized, match.Start, match.End))
            {
                var span = context.OriginalSpan(match);
                hits.Add((span, match.PrefixLength > 0 ? context.Normalized.OriginalIndex(match.Start - match.PrefixLength) : span.Start));
            }
        }

        if (_patterns.Count > 0)
        {
            var folded = context.Normalized.Folded(_folds);
            // Normalized text breaks lines with LF alone.
            var lastLineStart = _withinFirstLines == int.MaxValue ? folded.Length : LineStartAfter(folded, _withinFirstLines);
            var lastBreak = folded.IndexOf('\n', lastLineStart);
            var lastLineEnd = lastBreak < 0 ? folded.Length : lastBreak;
            if ((_wholeLineFilters ??= AllWholeLineFilters()) is { } filters)
            {
                FindWholeLineHits(context, folded, lastLineStart, lastLineEnd, filters, hits);
            }
            else
            {
                FindPatternHits(context, folded, lastLineStart, lastLineEnd, hits);
            }
        }

        hits.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        return hits;
    }

    /// <summary>
    /// Once a run is long enough to build them: the filter of any pattern's whole line, then each pattern's, when every
    /// one of them runs in linear time; null otherwise.
    /// </summary>
    private WholeLineFilters? AllWholeLineFilters()
    {
        if (_anyWholeLine is null || !_patterns[0].Regex.WorthFindingLines || !_anyWholeLine.TryGetValue(out var any) || any is null)
        {
            return null;
        }

        var each = new SafeRegex[_patterns.Count];
        for (var i = 0; i < each.Length; i++)
        {
            if (!_patterns[i].WholeLine!.TryGetValue(out var filter) || filter is not { IsNonBacktracking: true })
            {
                return null;
            }

            each[i] = filter;
        }

        return new WholeLineFilters(any, each);
    }

    /// <summary>
    /// One scan for the lines that are wholly some pattern's match, then each pattern tested on those lines alone,
    /// instead of a scan per pattern: the rule's patterns together cost about what one of them does.
    /// </summary>
    private void FindWholeLineHits(DocumentContext context, string folded, int lastLineStart, int lastLineEnd, WholeLineFilters filters, List<(TextSpan Span, int DeleteFrom)> hits)
    {
        for (var lineStart = 0; NextLine(filters.Any, folded, lineStart, lastLineStart, lastLineEnd) is (var start, var lineEnd); lineStart = lineEnd + 1)
        {
            for (var i = 0; i < _patterns.Count; i++)
            {
                if (filters.Each[i].IsMatch(folded, start, lineEnd - start))
                {
                    AddPatternHits(context, _patterns[i].Regex, folded, start, lineEnd, _patterns[i].Regex.StartBudget(), hits);
                }
            }
        }
    }

    /// <summary>Each pattern's scan for its lines, through its whole-line filter once that is built.</summary>
    private void FindPatternHits(DocumentContext context, string folded, int lastLineStart, int lastLineEnd, List<(TextSpan Span, int DeleteFrom)> hits)
    {
        foreach (var (regex, lazyWholeLine) in _patterns)
        {
            var started = regex.StartBudget();
            // Building the filter costs about what building the pattern did: a run on a few files does without it,
            // and so does a document linted while another thread builds it.
            var wholeLine = lazyWholeLine is not null && regex.WorthFindingLines && lazyWholeLine.TryGetValue(out var filter) ? filter : null;
            var finder = wholeLine ?? regex;
            for (var lineStart = 0; NextLine(finder, folded, lineStart, lastLineStart, lastLineEnd) is (var start, var lineEnd); lineStart = lineEnd + 1)
            {
                regex.ThrowIfOverBudget(started);
                if (wholeLine is null || wholeLine.IsMatch(folded, start, lineEnd - start))
                {
                    AddPatternHits(context, regex, folded, start, lineEnd, started, hits);
                }
            }
        }
    }

    /// <summary>
    /// The start and end of the first line at or after <paramref name="lineStart"/> where <paramref name="finder"/> may
    /// match, among the lines up to the one starting at <paramref name="lastLineStart"/> and ending at
    /// <paramref name="lastLineEnd"/>; null when there is none.
    /// </summary>
    private static (int Start, int End)? NextLine(SafeRegex finder, string folded, int lineStart, int lastLineStart, int lastLineEnd)
    {
        if (lineStart > lastLineStart)
        {
            return null;
        }

        var next = finder.NextPossibleLineMatch(folded, lineStart, linesEndInLineFeed: true, lastLineEnd);
        if (next < 0)
        {
            return null;
        }

        var start = next == 0 ? 0 : folded.LastIndexOf('\n', next - 1) + 1;
        var end = folded.IndexOf('\n', start);
        return (start, end < 0 ? folded.Length : end);
    }

    private void AddPatternHits(DocumentContext context, SafeRegex regex, string folded, int lineStart, int lineEnd, long started, List<(TextSpan Span, int DeleteFrom)> hits)
    {
        foreach (var m in regex.Matches(folded, lineStart, lineEnd - lineStart, started))
        {
            regex.ThrowIfOverBudget(started);
            var (start, end) = TrimSpaces(folded, m.Index, m.Index + m.Length);
            if (end > start && (!_wholeLine || IsWholeLine(folded, start, end)))
            {
                var span = context.OriginalSpan(start, end);
                hits.Add((span, span.Start));
            }
        }
    }

    /// <summary>
    /// For a pattern that must be the whole line: the pattern with what <see cref="IsWholeLine"/> accepts around it,
    /// anchored to the line. Every line where the pattern makes a hit matches it, so only the lines it matches need
    /// their matches built; and being anchored, it is rejected at the first character that cannot start the line's
    /// match, where the pattern alone would be tried again at every date or agency name inside a sentence. It keeps
    /// the pattern's multi-line mode, so a linear-time filter is its own line finder. Null when the wrapped pattern
    /// does not compile (a pattern with (?x) whose trailing comment would swallow the wrapper).
    /// </summary>
    private static SafeRegex? WholeLineFilter(SafeRegex pattern) => WholeLine(pattern.Regex.ToString(), pattern.Regex.Options);

    private static SafeRegex? WholeLine(string pattern, RegexOptions options)
    {
        var punctuation = string.Concat(LineEndPunctuation.Select(c => c == '-' ? "\\-" : c.ToString()));
        try
        {
            return SafeRegex.Create($"^ *(?:{pattern}) *[ {punctuation}]*$", options & ~(RegexOptions.CultureInvariant | RegexOptions.NonBacktracking));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The whole-line filter of all <paramref name="patterns"/> at once: their alternation, with what
    /// <see cref="IsWholeLine"/> accepts around it. A line matches it when it matches some pattern's filter. Null unless
    /// every pattern runs in linear time with the same options, and so does the alternation; each pattern is grouped,
    /// so its inline options stay its own.
    /// </summary>
    private static SafeRegex? AnyWholeLineFilter(List<LinePattern> patterns)
    {
        var options = patterns[0].Regex.Regex.Options;
        if (patterns.Any(pattern => !pattern.Regex.IsNonBacktracking || pattern.Regex.Regex.Options != options))
        {
            return null;
        }

        var alternation = string.Join('|', patterns.Select(pattern => $"(?:{pattern.Regex.Regex})"));
        return WholeLine(alternation, options) is { IsNonBacktracking: true } filter ? filter : null;
    }

    /// <summary>The start of the last of the first <paramref name="lines"/> lines of <paramref name="text"/> (its lines end in LF).</summary>
    private static int LineStartAfter(string text, int lines)
    {
        var start = 0;
        for (var line = 1; line < lines; line++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        return start;
    }

    private static bool IsWholeLine(string normalized, int start, int end)
    {
        for (var i = start - 1; i >= 0 && normalized[i] != '\n'; i--)
        {
            if (normalized[i] != ' ')
            {
                return false;
            }
        }

        for (var i = end; i < normalized.Length && normalized[i] != '\n'; i++)
        {
            if (normalized[i] != ' ' && Array.IndexOf(LineEndPunctuation, normalized[i]) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static (int Start, int End) TrimSpaces(string text, int start, int end)
    {
        while (start < end && text[start] == ' ')
        {
            start++;
        }

        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        return (start, end);
    }

    private bool IsNameLine(ReadOnlySpan<char> line)
    {
        var words = 0;
        foreach (var range in line.SplitAny(" \t\u00A0"))
        {
            var word = line[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (word.IndexOfAny(SentencePunctuation) >= 0 || HasDigit(word))
            {
                return false;
            }

            words++;
        }

        return words > 0 && words <= _nextLineMaxWords;
    }

    /// <summary>True when a word holds a decimal digit of any script (2023, ٢٠٢٣, ۲۰۲۳).</summary>
    private static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The span to delete for a leftover inside a line: the leftover and the whitespace on one side of it,
    /// so no double space is left behind; the whole line when nothing else is on it.
    /// </summary>
    private static TextSpan PhraseDeletionSpan(SourceText source, TextSpan span)
    {
        var line = source.LineIndexOf(span.Start);
        var content = source.LineSpan(line);
        var text = source.Text;
        var before = span.Start;
        while (before > content.Start && IsHorizontalSpace(text[before - 1]))
        {
            before--;
        }

        var after = span.End;
        while (after < content.End && IsHorizontalSpace(text[after]))
        {
            after++;
        }

        if (before == content.Start && after == content.End)
        {
            return source.LinesDeletionSpan(line, line);
        }

        return before == content.Start ? TextSpan.FromBounds(span.Start, after) : TextSpan.FromBounds(before, span.End);
    }

    private static bool IsHorizontalSpace(char c) => c != '\n' && c != '\r' && char.IsWhiteSpace(c);

    /// <param name="Regex">The rule's pattern, over the folded text.</param>
    /// <param name="WholeLine">With scope line: the test a line must pass before the pattern's matches are built (see <see cref="WholeLineFilter"/>).</param>
    private readonly record struct LinePattern(SafeRegex Regex, NonBlockingLazy<SafeRegex?>? WholeLine);

    /// <summary>The filter of any pattern's whole line, and each pattern's own, in the order of the patterns.</summary>
    private sealed record WholeLineFilters(SafeRegex Any, SafeRegex[] Each);
}
