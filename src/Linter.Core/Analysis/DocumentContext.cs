using System.Globalization;
using System.Text;
using Linter.Core.Arabic;
using Linter.Core.Diagnostics;
using Linter.Core.Matching;
using Linter.Core.Text;

namespace Linter.Core.Analysis;

/// <summary>What a rule sees of one document, and where it reports what it finds.</summary>
public sealed class DocumentContext
{
    private static readonly IReadOnlyList<PhraseMatch> NoMatches = [];
    private readonly Dictionary<object, List<PhraseMatch>> _phraseMatches;
    private readonly Func<RuleDescriptor, Severity> _severity;
    private readonly List<Diagnostic> _diagnostics;

    // A paragraph often has several findings: they share one copy of its line. Indexed by line, made at the first finding.
    private LineContent?[]? _lines;

    internal DocumentContext(
        string path,
        SourceText source,
        NormalizedText normalized,
        Dictionary<object, List<PhraseMatch>> phraseMatches,
        Func<RuleDescriptor, Severity> severity,
        List<Diagnostic> diagnostics)
    {
        Path = path;
        Source = source;
        Normalized = normalized;
        _phraseMatches = phraseMatches;
        _severity = severity;
        _diagnostics = diagnostics;
    }

    /// <summary>The document's path as shown to the user.</summary>
    public string Path { get; }

    /// <summary>The document's text.</summary>
    public SourceText Source { get; }

    /// <summary>The text normalized for matching.</summary>
    public NormalizedText Normalized { get; }

    /// <summary>The matches of the phrases <paramref name="owner"/> registered, leftmost-longest, without overlaps.</summary>
    public IReadOnlyList<PhraseMatch> PhraseMatches(object owner) =>
        _phraseMatches.TryGetValue(owner, out var matches) ? matches : NoMatches;

    /// <summary>The original span of a phrase match, without its clitic prefix.</summary>
    public TextSpan OriginalSpan(PhraseMatch match) => Normalized.ToOriginal(match.Start, match.End, Source.Text);

    /// <summary>The original span of a normalized range.</summary>
    public TextSpan OriginalSpan(int normalizedStart, int normalizedEnd) => Normalized.ToOriginal(normalizedStart, normalizedEnd, Source.Text);

    /// <summary>
    /// Reports a diagnostic. <c>{match}</c> is always available to the message; <paramref name="arguments"/>
    /// supplies the rest.
    /// </summary>
    public void Report(RuleDescriptor descriptor, TextSpan span, Fix? fix, params (string Name, string Value)[] arguments)
    {
        var severity = _severity(descriptor);
        if (severity == Severity.None)
        {
            return;
        }

        var matched = Source.Text.Substring(span.Start, span.Length);
        var values = new Dictionary<string, string>(arguments.Length + 1, StringComparer.Ordinal) { ["match"] = OnOneLine(matched) };
        foreach (var (name, value) in arguments)
        {
            values[name] = value;
        }

        if (fix is not null)
        {
            var edits = new TextEdit[fix.Edits.Count];
            var safe = true;
            for (var i = 0; i < edits.Length; i++)
            {
                var edit = fix.Edits[i];
                edits[i] = edit with { NewText = Source.InStyle(edit.NewText), Location = Source.PositionOf(edit.Span) };

                // Between a lone CR and an LF, emptying or deleting would make one CRLF of two breaks: no safe fix.
                safe &= !LineBreaks.ChangedAround(Source.Text, edit.Span, edits[i].NewText);
            }

            fix = safe ? fix with { Edits = edits } : null;
        }

        _diagnostics.Add(new Diagnostic(
            descriptor,
            severity,
            Path,
            span,
            Source.PositionOf(span),
            descriptor.Message.Format(values),
            matched,
            fix)
        {
            Line = LineContent(Source.LineIndexOf(span.Start)),
        });
    }

    private LineContent LineContent(int line)
    {
        _lines ??= new LineContent?[Source.LineCount];
        return _lines[line] ??= new LineContent(Source.LineText(line).ToString());
    }

    /// <summary>
    /// Messages are one line of visible text: a match spanning lines is shown with its breaks as spaces, and other
    /// control characters (a NUL would end a line in some terminals and tools) by their code points.
    /// </summary>
    internal static string OnOneLine(string text)
    {
        var line = text.AsSpan().IndexOfAny('\r', '\n') < 0 ? text : string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (!line.Any(c => char.IsControl(c) && c != '\t'))
        {
            return line;
        }

        var visible = new StringBuilder(line.Length + 8);
        var afterCodePoint = false;
        foreach (var c in line)
        {
            if (char.IsControl(c) && c != '\t')
            {
                visible.Append(afterCodePoint ? " " : string.Empty).Append(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");
                afterCodePoint = true;
            }
            else
            {
                visible.Append(c);
                afterCodePoint = false;
            }
        }

        return visible.ToString();
    }
}
