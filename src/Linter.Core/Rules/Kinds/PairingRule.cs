using System.Globalization;
using System.Text;
using Linter.Core.Analysis;
using Linter.Core.Arabic;
using Linter.Core.Diagnostics;
using Linter.Core.Text;

namespace Linter.Core.Rules.Kinds;

/// <summary>
/// Paired punctuation: quotation marks, guillemets, brackets. <c>check: balance</c> flags a mark left open or
/// closed without an opening in its paragraph (a line); <c>check: mixed</c> flags a document that uses more than
/// one of the listed pair styles. Neither has a fix: where the missing mark belongs is for a person to decide.
/// </summary>
public sealed class PairingRule : Rule
{
    /// <summary>The kind's table entry.</summary>
    public static readonly RuleKind Kind = new(
        "pairing",
        "Paired punctuation: marks left unbalanced in a paragraph, or a document mixing pair styles. No fix.",
        [
            new("pairs", FieldType.StringList, "Each pair as two characters, opening then closing; both may be the same character, such as \"\".", Required: true),
            new("check", FieldType.String, "balance (default): every mark is paired within its paragraph; mixed: a document uses one of the pair styles only.", AllowedValues: ["balance", "mixed"]),
        ],
        ["match", "expected", "styles", "count"],
        definition => new PairingRule(definition));

    private readonly List<(char Open, char Close)> _pairs = [];
    private readonly bool _mixed;

    private PairingRule(RuleDefinition definition)
        : base(definition)
    {
        _mixed = definition.Node.String("check")?.Value == "mixed";
        foreach (var pair in definition.Node.StringList("pairs"))
        {
            if (pair.Value.Length != 2 || char.IsSurrogate(pair.Value[0]) || char.IsSurrogate(pair.Value[1]))
            {
                definition.Error(pair.Location, $"a pair is two characters, opening then closing, such as «»; '{pair.Value}' is not");
            }
            else
            {
                _pairs.Add((pair.Value[0], pair.Value[1]));
            }
        }

        if (_mixed && _pairs.Count < 2)
        {
            definition.Error(definition.Node.LocationOf("pairs"), "check: mixed needs at least two pairs to compare");
        }
    }

    /// <inheritdoc />
    public override string? FixDescription(RuleDescriptor descriptor) => null;

    /// <inheritdoc />
    public override void Analyze(DocumentContext context)
    {
        if (_mixed)
        {
            AnalyzeMixed(context);
            return;
        }

        // A quote may run over two paragraphs: opened in one and closed in the next, each holding its one unpaired
        // mark. A paragraph's unpaired quotation mark waits for the next paragraph, so such a pair is not reported.
        var source = context.Source;
        var waiting = new Unpaired?[_pairs.Count];
        for (var line = 0; line < source.LineCount; line++)
        {
            var span = source.LineSpan(line);
            if (source.IsBlankLine(line))
            {
                continue;
            }

            for (var p = 0; p < _pairs.Count; p++)
            {
                var unpaired = CheckBalance(context, span, _pairs[p].Open, _pairs[p].Close);
                if (waiting[p] is { Opens: true } && unpaired is { Opens: false })
                {
                    waiting[p] = null;
                    continue;
                }

                Report(context, waiting[p]);
                waiting[p] = unpaired;
            }
        }

        foreach (var unpaired in waiting)
        {
            Report(context, unpaired);
        }
    }

    private void Report(DocumentContext context, Unpaired? unpaired)
    {
        if (unpaired is { } mark)
        {
            context.Report(Descriptor, new TextSpan(mark.Position, 1), null, ("expected", mark.Expected.ToString()), ("count", mark.Count.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>
    /// Reports the brackets of <paramref name="line"/> left unpaired; for quotation marks, returns the one finding the
    /// line deserves, if any, for the caller to report once the next paragraph is known.
    /// </summary>
    private Unpaired? CheckBalance(DocumentContext context, TextSpan line, char open, char close)
    {
        var text = context.Source.Text;
        var quotes = IsQuotationMark(open) && IsQuotationMark(close);

        // Most lines hold neither mark: a vectorized search finds each one instead of a test of every character.
        Stack<int>? openings = null;
        List<int>? strayClosings = null;
        var count = 0;
        for (var i = NextMark(text, line.Start, line.End, open, close); i >= 0; i = NextMark(text, i + 1, line.End, open, close))
        {
            count++;
            if (Opens(text, line, i, open, close, quotes, openings is { Count: > 0 }))
            {
                (openings ??= new Stack<int>()).Push(i);
            }
            else if (openings is null || !openings.TryPop(out _))
            {
                (strayClosings ??= []).Add(i);
            }
        }

        if (!quotes)
        {
            foreach (var position in strayClosings ?? [])
            {
                Report(context, new Unpaired(position, false, open, count));
            }

            foreach (var position in openings?.Reverse() ?? [])
            {
                Report(context, new Unpaired(position, true, close, count));
            }

            return null;
        }

        // Quotation marks are drawn every way (»…«, ”…” glued to the word before, a quote closed in another style), so
        // an even number is taken as pairing up, and an odd number gets one finding, at the mark that the sides leave
        // without a partner first: that one is unpaired for sure, which one is a best guess.
        if (count % 2 == 0)
        {
            return null;
        }

        var firstOpening = openings is { Count: > 0 } ? openings.Min() : int.MaxValue;
        var firstClosing = strayClosings is { Count: > 0 } ? strayClosings[0] : int.MaxValue;
        var flagged = Math.Min(firstOpening, firstClosing);
        if (flagged == int.MaxValue)
        {
            flagged = NextMark(text, line.Start, line.End, open, close);
        }

        var opens = flagged == firstOpening;
        return new Unpaired(flagged, opens, opens ? close : open, count);
    }

    /// <summary>
    /// True when the mark at <paramref name="i"/> opens. A quotation mark is told by what stands on its sides,
    /// whichever way it is drawn, since a closed quote is often written with its marks turned the wrong way (»…«,
    /// «…«): punctuation right after it closes; a space (an opening bracket, a colon, a dash, or a one-letter
    /// conjunction or preposition, or the tatweel after one: و"الهاكرز", بـ"تعزيز") before and a letter after opens; a letter before and a space after
    /// closes; a mark with space on both sides closes what is open, or opens. Brackets, and marks between two letters,
    /// go by their glyph; a straight mark opens when nothing is open.
    /// </summary>
    private static bool Opens(string text, TextSpan line, int i, char open, char close, bool quotes, bool anyOpen)
    {
        if (quotes)
        {
            var before = i > line.Start ? text[i - 1] : ' ';
            var after = i + 1 < line.End ? text[i + 1] : ' ';
            if (after is '.' or '،' or ',' or '؛' or ';' or ':' or '!' or '?' or '؟' or ')' or ']')
            {
                return false;
            }

            var clitic = (before is 'و' or 'ف' or 'ب' or 'ل' or 'ك' && (i - 1 == line.Start || char.IsWhiteSpace(text[i - 2]))) || before == ArabicNormalizer.Tatweel;
            var freeBefore = char.IsWhiteSpace(before) || clitic || before is '(' or '[' or '{' or ':' or '-' or '–' or '—' or '/' || IsQuotationMark(before);
            var freeAfter = char.IsWhiteSpace(after) || char.IsPunctuation(after) || IsQuotationMark(after);
            if (freeBefore != freeAfter)
            {
                return freeBefore;
            }

            if (freeBefore)
            {
                return !anyOpen;
            }
        }

        return open == close ? !anyOpen : text[i] == open;
    }

    private static bool IsQuotationMark(char c) => c is '"' or '\'' or '«' or '»' or '“' or '”' or '„' or '‹' or '›' or '‘' or '’';

    /// <summary>The first <paramref name="open"/> or <paramref name="close"/> in [<paramref name="from"/>, <paramref name="end"/>); -1 when there is none.</summary>
    private static int NextMark(string text, int from, int end, char open, char close)
    {
        var found = text.AsSpan(from, end - from).IndexOfAny(open, close);
        return found < 0 ? -1 : from + found;
    }

    private void AnalyzeMixed(DocumentContext context)
    {
        var text = context.Source.Text.AsSpan();
        var counts = new int[_pairs.Count];
        var firstUse = new int[_pairs.Count];
        for (var p = 0; p < _pairs.Count; p++)
        {
            var (open, close) = _pairs[p];
            counts[p] = open == close ? text.Count(open) : text.Count(open) + text.Count(close);
            firstUse[p] = text.IndexOfAny(open, close);
        }

        var used = Enumerable.Range(0, _pairs.Count).Where(p => counts[p] > 0).OrderBy(p => firstUse[p]).ToList();
        if (used.Count < 2)
        {
            return;
        }

        var styles = new StringBuilder();
        foreach (var p in used)
        {
            styles.Append(styles.Length > 0 ? ", " : string.Empty)
                .Append(CultureInfo.InvariantCulture, $"{_pairs[p].Open}…{_pairs[p].Close} ×{counts[p]}");
        }

        context.Report(Descriptor, new TextSpan(firstUse[used[1]], 1), null, ("styles", styles.ToString()));
    }

    /// <summary>A mark left without a partner: where it is, whether it opens, the partner it lacks, and how many marks of its style its paragraph holds.</summary>
    private readonly record struct Unpaired(int Position, bool Opens, char Expected, int Count);
}
