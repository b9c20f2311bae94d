using System.Globalization;
using System.Text;
using Linter.Core.Diagnostics;
using Linter.Core.Fixes;
using Linter.Core.Pipeline;
using Linter.Core.Text;

namespace Linter.Core.Rules;

/// <summary>
/// Runs the examples a rule carries, so that its documentation cannot drift from its behaviour. In a
/// flagged text, <c>[|</c> and <c>|]</c> mark the exact spans the rule must report. An example is linted as a
/// corpus of its own, so findings across documents count: a duplicate needs an example of several documents.
/// </summary>
public static class RuleExamples
{
    /// <summary>Opens an expected span in an example.</summary>
    public const string SpanStart = "[|";

    /// <summary>Closes an expected span in an example.</summary>
    public const string SpanEnd = "|]";

    /// <summary>Checks the shape of the examples of a rule: a flagged example has a text or documents, not both, and only a text has a fixed text.</summary>
    public static IReadOnlyList<RuleFileError> Validate(RuleNode node)
    {
        var errors = new List<RuleFileError>();
        foreach (var flagged in node.Object("examples")?.ObjectList("flagged") ?? [])
        {
            var hasText = flagged.Has("text");
            var hasDocuments = flagged.Has("documents");
            if (hasText == hasDocuments)
            {
                errors.Add(new RuleFileError(flagged.Location, "a flagged example has either 'text' (one document) or 'documents' (several), not both or neither"));
            }
            else if (hasDocuments && flagged.String("fixed") is { } fixedText)
            {
                errors.Add(new RuleFileError(fixedText.Location, "'fixed' goes with 'text'; an example of several documents has no fixed text"));
            }
        }

        return errors;
    }

    /// <summary>The examples defined in a rule's <paramref name="node"/>, flagged ones first, in file order.</summary>
    public static IReadOnlyList<RuleExample> Read(RuleNode node)
    {
        if (node.Object("examples") is not { } examples)
        {
            return [];
        }

        return
        [
            .. examples.ObjectList("flagged").Select(flagged => Example(Documents(flagged), true, flagged.String("fixed")?.Value)),
            .. examples.StringList("clean").Select(clean => new RuleExample(clean.Value, false, null)),
            .. examples.ObjectList("clean_corpora").Select(corpus => Example(Documents(corpus), false, null)),
        ];
    }

    /// <summary>Checks every example of <paramref name="rule"/> defined in <paramref name="node"/>.</summary>
    public static IReadOnlyList<RuleFileError> Check(Rule rule, RuleNode node)
    {
        var errors = new List<RuleFileError>();
        if (node.Object("examples") is not { } examples)
        {
            return errors;
        }

        // Examples check what the rule finds, whatever its severity (a rule that is off by default still finds) and
        // whatever documents its 'files' choose.
        var engine = new LintEngine(RuleSet.Create([rule]), (_, _) => Severity.Warning, _ => null);
        foreach (var flagged in examples.ObjectList("flagged"))
        {
            var documents = Documents(flagged);
            var location = documents[0].Location;
            var parsed = documents.Select(document => ParseMarkers(document.Value)).ToList();
            var paths = PathsOf(documents.Count);
            var diagnostics = CorpusRun.LintCorpus(engine, [.. paths.Zip(parsed, (path, document) => (path, document.Text))]);
            if (diagnostics.Count == 0)
            {
                errors.Add(new RuleFileError(location, $"example of {rule.Descriptor.Id} should be flagged but produced no diagnostic"));
                continue;
            }

            if (parsed.Any(document => document.Spans.Count > 0) && SpanMismatch(rule, documents, parsed, paths, diagnostics) is { } mismatch)
            {
                errors.Add(mismatch);
                continue;
            }

            if (flagged.String("fixed") is { } expectedFix)
            {
                var (fixedText, _) = FixApplier.ApplyOnce(parsed[0].Text, diagnostics);
                if (fixedText != expectedFix.Value)
                {
                    errors.Add(new RuleFileError(expectedFix.Location, $"example of {rule.Descriptor.Id} should fix to '{expectedFix.Value}' but fixed to '{fixedText}'"));
                }
            }
        }

        IEnumerable<IReadOnlyList<Located>> cleanCorpora =
        [
            .. examples.StringList("clean").Select(clean => (IReadOnlyList<Located>)[clean]),
            .. examples.ObjectList("clean_corpora").Select(Documents),
        ];
        foreach (var documents in cleanCorpora)
        {
            var paths = PathsOf(documents.Count);
            var diagnostics = CorpusRun.LintCorpus(engine, [.. paths.Zip(documents, (path, document) => (path, document.Value))]);
            for (var i = 0; i < documents.Count; i++)
            {
                var found = diagnostics.Where(d => d.Path == paths[i]).Select(d => d.Span).ToList();
                if (found.Count > 0)
                {
                    errors.Add(new RuleFileError(documents[i].Location, $"example of {rule.Descriptor.Id} should be clean but the rule reported {Describe(documents[i].Value, found)}"));
                    break;
                }
            }
        }

        return errors;
    }

    /// <summary>Removes the span markers from an example and returns the spans they marked.</summary>
    public static (string Text, IReadOnlyList<TextSpan> Spans) ParseMarkers(string marked)
    {
        var builder = new StringBuilder(marked.Length);
        var spans = new List<TextSpan>();
        var open = -1;
        for (var i = 0; i < marked.Length; i++)
        {
            if (string.CompareOrdinal(marked, i, SpanStart, 0, 2) == 0 && open < 0)
            {
                open = builder.Length;
                i++;
            }
            else if (string.CompareOrdinal(marked, i, SpanEnd, 0, 2) == 0 && open >= 0)
            {
                spans.Add(TextSpan.FromBounds(open, builder.Length));
                open = -1;
                i++;
            }
            else
            {
                builder.Append(marked[i]);
            }
        }

        return (builder.ToString(), spans);
    }

    /// <summary>An example's documents: its <c>text</c>, or each of its <c>documents</c>.</summary>
    private static IReadOnlyList<Located> Documents(RuleNode example) =>
        example.String("text") is { } text ? [text] : example.StringList("documents");

    private static RuleExample Example(IReadOnlyList<Located> documents, bool flagged, string? fixedText) =>
        new(documents[0].Value, flagged, fixedText) { Documents = [.. documents.Select(document => document.Value)] };

    /// <summary>The paths the documents of an example are linted under: <c>example</c>, or <c>example1</c>, <c>example2</c>… in path order.</summary>
    private static string[] PathsOf(int count) =>
        count == 1 ? ["example"] : [.. Enumerable.Range(1, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"example{i}"))];

    private static RuleFileError? SpanMismatch(Rule rule, IReadOnlyList<Located> documents, List<(string Text, IReadOnlyList<TextSpan> Spans)> parsed, string[] paths, IReadOnlyList<Diagnostic> diagnostics)
    {
        for (var i = 0; i < parsed.Count; i++)
        {
            var (plain, expected) = parsed[i];
            var actual = diagnostics.Where(d => d.Path == paths[i]).Select(d => d.Span).Distinct().Order(SpanOrder.Instance).ToList();
            if (!actual.SequenceEqual(expected))
            {
                var which = parsed.Count == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" in document {i + 1}");
                return new RuleFileError(documents[i].Location, $"example of {rule.Descriptor.Id} marks {Describe(plain, expected)}{which} but the rule reported {Describe(plain, actual)}");
            }
        }

        return null;
    }

    private static string Describe(string text, IReadOnlyList<TextSpan> spans) =>
        spans.Count == 0
            ? "nothing"
            : string.Join(", ", spans.Select(span => $"'{text.Substring(span.Start, span.Length)}' at {span.Start}..{span.End}"));

    private sealed class SpanOrder : IComparer<TextSpan>
    {
        public static readonly SpanOrder Instance = new();

        public int Compare(TextSpan x, TextSpan y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End);
    }
}
