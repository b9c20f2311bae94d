using System.Globalization;
using System.Text;
using Linter.Core.Analysis;
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
        ["match", "expected", "styles"],
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

        var source = context.Source;
        for (var line = 0; line < source.LineCount; line++)
        {
            var span = source.LineSpan(line);
            foreach (var (open, close) in _pairs)
            {
                if (open == close)
                {
                    CheckSymmetric(context, span, open);
                }
                else
                {
                    CheckNested(context, span, open, close);
                }
            }
        }
    }

    private void CheckSymmetric(DocumentContext context, TextSpan line, char mark)
    {
        var text = context.Source.Text.AsSpan(line.Start, line.Length);
        if (text.Count(mark) % 2 == 1)
        {
            context.Report(Descriptor, new TextSpan(line.Start + text.LastIndexOf(mark), 1), null, ("expected", mark.ToString()));
        }
    }

    private void CheckNested(DocumentContext context, TextSpan line, char open, char close)
    {
        var text = context.Source.Text;
        // Most lines hold neither mark: a vectorized search finds each one instead of a test of every character.
        Stack<int>? openings = null;
        for (var i = NextMark(text, line.Start, line.End, open, close); i >= 0; i = NextMark(text, i + 1, line.End, open, close))
        {
            if (text[i] == open)
            {
                (openings ??= new Stack<int>()).Push(i);
            }
            else if (openings is null || !openings.TryPop(out _))
            {
                context.Report(Descriptor, new TextSpan(i, 1), null, ("expected", open.ToString()));
            }
        }

        foreach (var position in openings?.Reverse() ?? [])
        {
            context.Report(Descriptor, new TextSpan(position, 1), null, ("expected", close.ToString()));
        }
    }

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
}
