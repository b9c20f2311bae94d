using System.Text;
using Linter.Core.Analysis;
using Linter.Core.Diagnostics;
using Linter.Core.Fixes;
using Linter.Core.Text;

namespace Linter.Core.Rules;

/// <summary>
/// Runs the examples a rule carries, so that its documentation cannot drift from its behaviour. In a
/// flagged text, <c>[|</c> and <c>|]</c> mark the exact spans the rule must report.
/// </summary>
public static class RuleExamples
{
    /// <summary>Opens an expected span in an example.</summary>
    public const string SpanStart = "[|";

    /// <summary>Closes an expected span in an example.</summary>
    public const string SpanEnd = "|]";

    /// <summary>The examples defined in a rule's <paramref name="node"/>, flagged ones first, in file order.</summary>
    public static IReadOnlyList<RuleExample> Read(RuleNode node)
    {
        if (node.Object("examples") is not { } examples)
        {
            return [];
        }

        return
        [
            .. examples.ObjectList("flagged").Select(flagged => new RuleExample(flagged.String("text")!.Value.Value, true, flagged.String("fixed")?.Value)),
            .. examples.StringList("clean").Select(clean => new RuleExample(clean.Value, false, null)),
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
            var text = flagged.String("text")!.Value;
            var (plain, expectedSpans) = ParseMarkers(text.Value);
            var diagnostics = engine.LintText("example", plain);
            if (diagnostics.Count == 0)
            {
                errors.Add(new RuleFileError(text.Location, $"example of {rule.Descriptor.Id} should be flagged but produced no diagnostic"));
                continue;
            }

            if (expectedSpans.Count > 0)
            {
                var actual = diagnostics.Select(d => d.Span).Distinct().Order(SpanOrder.Instance).ToList();
                if (!actual.SequenceEqual(expectedSpans))
                {
                    errors.Add(new RuleFileError(text.Location, $"example of {rule.Descriptor.Id} marks {Describe(plain, expectedSpans)} but the rule reported {Describe(plain, actual)}"));
                    continue;
                }
            }

            if (flagged.String("fixed") is { } expectedFix)
            {
                var (fixedText, _) = FixApplier.ApplyOnce(plain, diagnostics);
                if (fixedText != expectedFix.Value)
                {
                    errors.Add(new RuleFileError(expectedFix.Location, $"example of {rule.Descriptor.Id} should fix to '{expectedFix.Value}' but fixed to '{fixedText}'"));
                }
            }
        }

        var cleanTexts = examples.StringList("clean");
        foreach (var clean in cleanTexts)
        {
            var diagnostics = engine.LintText("example", clean.Value);
            if (diagnostics.Count > 0)
            {
                errors.Add(new RuleFileError(clean.Location, $"example of {rule.Descriptor.Id} should be clean but the rule reported {Describe(clean.Value, [.. diagnostics.Select(d => d.Span)])}"));
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
