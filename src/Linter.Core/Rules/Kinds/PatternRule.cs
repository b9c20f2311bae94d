using System.Net;
using System.Text.RegularExpressions;
using Linter.Core.Analysis;
using Linter.Core.Arabic;
using Linter.Core.Diagnostics;
using Linter.Core.Text;

namespace Linter.Core.Rules.Kinds;

/// <summary>
/// A regular expression for formatting faults, run on the original text: each line on its own (the default,
/// so ^ and $ anchor the line and a match never crosses a line break), or the whole document. With a
/// <c>replacement</c> (which may use $1, ${name}, $0), each match carries a fix; with <c>decode: html</c>, the fix
/// is the character an HTML character reference stands for.
/// </summary>
public sealed class PatternRule : Rule
{
    /// <summary>The kind's table entry.</summary>
    public static readonly RuleKind Kind = new(
        "pattern",
        "A regular expression over the original text; an optional replacement makes the fix.",
        [
            new("regex", FieldType.String, "The .NET regular expression. It runs in linear time unless it needs lookarounds or backreferences; then a time limit applies.", Required: true),
            new("replacement", FieldType.String, "What a match becomes; $0, $1 and ${name} refer to the match and its groups. Without it the rule has no fix."),
            new("scope", FieldType.String, "line (default): run on each line without its line break; document: run on the whole text.", AllowedValues: ["line", "document"]),
            new("decode", FieldType.String, "html: the fix replaces the match with the text it encodes as an HTML character reference (&quot; becomes \", &#39; an apostrophe, &nbsp; a no-break space); a match that encodes nothing is not reported. Not with replacement.", AllowedValues: ["html"]),
            new("in_vowelled_text", FieldType.String, "fix (default): a match in text written with its vowels is fixed like any other; report: a match in such text, in a word that carries a vowel, or in a verse quoted from the Quran without brackets, is reported without a fix, as verse and scripture are quoted as they are.", AllowedValues: ["fix", "report"]),
        ],
        ["match", "suggestion"],
        definition => new PatternRule(definition));

    private readonly SafeRegex? _regex;
    private readonly string? _replacement;
    private readonly bool _perLine;
    private readonly bool _leaveVowelled;
    private readonly bool _decodesHtml;

    private PatternRule(RuleDefinition definition)
        : base(definition)
    {
        var node = definition.Node;
        _perLine = node.String("scope")?.Value != "document";
        _leaveVowelled = node.String("in_vowelled_text")?.Value == "report";

        // Multi-line mode changes nothing on a line read alone, and makes a linear-time pattern its own line finder.
        _regex = definition.Regex(node.String("regex")!.Value, _perLine ? RegexOptions.Multiline : RegexOptions.None);
        _replacement = node.String("replacement")?.Value;
        if (node.String("decode") is { } decode)
        {
            _decodesHtml = true;
            if (_replacement is not null)
            {
                definition.Error(decode.Location, "decode and replacement both say what a match becomes; keep one");
            }
        }

        if (_regex is not null && node.String("replacement") is { } replacement)
        {
            try
            {
                _ = _regex.Regex.Replace(string.Empty, replacement.Value);
            }
            catch (ArgumentException exception)
            {
                definition.Error(replacement.Location, $"invalid replacement '{replacement.Value}': {exception.Message}");
            }
        }
    }

    /// <inheritdoc />
    public override string? FixDescription(RuleDescriptor descriptor) => _replacement switch
    {
        null when _decodesHtml => "Replaces the HTML character reference with the character it stands for.",
        null => null,
        "" => "Deletes the match.",
        _ => $"Replaces the match with '{Visible(_replacement)}' ($1, $2… are the regex's groups).",
    };

    /// <inheritdoc />
    public override void Analyze(DocumentContext context)
    {
        var source = context.Source;
        var started = _regex!.StartBudget();
        if (!_perLine)
        {
            ReportMatches(context, 0, source.Length, started);
            return;
        }

        for (var line = 0; line < source.LineCount; line++)
        {
            var span = source.LineSpan(line);
            var next = _regex.NextPossibleLineMatch(source.Text, span.Start, source.LinesEndInLineFeed);
            if (next < 0)
            {
                return;
            }

            if (next > span.End)
            {
                line = source.LineIndexOf(next);
                span = source.LineSpan(line);
            }

            if (span.Length > 0)
            {
                ReportMatches(context, span.Start, span.Length, started);
            }
        }
    }

    private void ReportMatches(DocumentContext context, int start, int length, long started)
    {
        _regex!.ThrowIfOverBudget(started);
        foreach (var match in _regex.Matches(context.Source.Text, start, length, started))
        {
            _regex.ThrowIfOverBudget(started);
            if (match.Length == 0)
            {
                continue;
            }

            var span = new TextSpan(match.Index, match.Length);
            if (_decodesHtml)
            {
                ReportDecoded(context, span, match.Value);
                continue;
            }

            if (_replacement is null || (_leaveVowelled && (VowelledText.KeepsItsLetters(context.Source.Text, span) || VowelledText.InVowelledWord(context.Source.Text, span))))
            {
                context.Report(Descriptor, span, null, ("suggestion", string.Empty));
                continue;
            }

            var replaced = _regex.Result(match, _replacement);
            var title = replaced.Length == 0 ? "Delete it" : $"Replace with '{Visible(replaced)}'";
            context.Report(Descriptor, span, new Fix(title, [new TextEdit(span, replaced)]), ("suggestion", replaced));
        }
    }

    private void ReportDecoded(DocumentContext context, TextSpan span, string encoded)
    {
        var decoded = WebUtility.HtmlDecode(encoded);
        if (decoded != encoded)
        {
            context.Report(Descriptor, span, new Fix($"Replace with '{Visible(decoded)}'", [new TextEdit(span, decoded)]), ("suggestion", decoded));
        }
    }

    /// <summary>Fix titles are one line: line breaks and tabs in a replacement are shown as escapes.</summary>
    private static string Visible(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
