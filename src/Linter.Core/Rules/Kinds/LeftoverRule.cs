using System.Globalization;
using Linter.Core.Analysis;
using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using Linter.Core.Text;

namespace Linter.Core.Rules.Kinds;

/// <summary>
/// Leftovers of the page that a source's documents share: a line (an end mark, a dateline, a footer, a signature), a
/// lead-in glued to the first line (a byline ending in a colon or a dash) or a tail glued to the end of the last one,
/// whose shape recurs in a notable share of the source's documents. Learned from the corpus in the same pass, so it
/// needs no list of any site's strings; a run over a handful of documents gives no evidence, and the rule stays
/// quiet. Fixing first learns from every document, then deletes each leftover.
/// </summary>
public sealed class LeftoverRule : Rule
{
    /// <summary>The kind's table entry.</summary>
    public static readonly RuleKind Kind = new(
        "leftover",
        "Lines, lead-ins and tails whose shape recurs in many documents of one source (end marks, datelines, footers, bylines), learned from the corpus; reported once the whole corpus is linted.",
        [
            new("min_documents", FieldType.Integer, "The fewest documents of one source that must share the shape (default 5).", Minimum: 2),
            new("min_percent", FieldType.Integer, "The smallest share, in percent, of the source's documents that must share it (default 3).", Minimum: 0, Maximum: 100),
            new("min_source_documents", FieldType.Integer, "A source with fewer documents gives no evidence, and nothing is reported in it (default 20).", Minimum: 2),
        ],
        ["match", "count", "total", "source", "where"],
        definition => new LeftoverRule(definition));

    private readonly LeftoverThresholds _thresholds;
    private readonly LearnedLeftovers? _learned;
    // A resolved rule serves the documents of a fix run, fixed in parallel: each thread finds shapes with buffers of its own.
    [ThreadStatic]
    private static LeftoverShapes? t_shapes;

    private LeftoverRule(RuleDefinition definition)
        : base(definition)
    {
        _thresholds = new LeftoverThresholds(
            definition.Node.Integer("min_documents", 5),
            definition.Node.Integer("min_percent", 3) / 100.0,
            definition.Node.Integer("min_source_documents", 20));
        Corpus = new Analyzer(this);
    }

    private LeftoverRule(LeftoverRule original, LearnedLeftovers learned)
        : base(original)
    {
        _thresholds = original._thresholds;
        _learned = learned;
        Files = original.Files;
    }

    /// <inheritdoc />
    public override CorpusAnalyzer? Corpus { get; }

    /// <inheritdoc />
    public override bool FixesNeedCorpus => _learned is null;

    /// <inheritdoc />
    public override string? FixDescription(RuleDescriptor descriptor) =>
        "Deletes the leftover: a line with its line break, a lead-in or a tail with the space that joined it to the text.";

    /// <summary>A copy that knows what recurs in <paramref name="corpus"/>, to find and fix leftovers one document at a time.</summary>
    public override Rule Resolve(ICorpusStates corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return _learned is null ? new LeftoverRule(this, corpus.StateOf<LeftoverCounts>(this).Learn(_thresholds)) : this;
    }

    /// <inheritdoc />
    public override void Analyze(DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_learned is null || !_learned.SourceOfPath.TryGetValue(context.Path, out var source))
        {
            // Before the corpus is known, everything happens across documents.
            return;
        }

        var shapes = t_shapes ??= new LeftoverShapes();
        shapes.Find(context.Source, context.Normalized, source);
        var reportedEnd = -1;
        foreach (var candidate in shapes.Candidates.OrderBy(c => c.Span.Start).ThenBy(c => c.Kind))
        {
            var documents = 0;
            for (var k = candidate.KeyStart; k < candidate.KeyStart + candidate.KeyCount; k++)
            {
                documents = Math.Max(documents, _learned.Recurring.GetValueOrDefault(shapes.Keys[k]));
            }

            if (documents > 0 && candidate.Span.Start >= reportedEnd)
            {
                reportedEnd = candidate.Span.End;
                context.Report(Descriptor, candidate.Span, Deletion(candidate.Deletion), Arguments(candidate.Kind, source, documents, _learned.SourceDocuments[source]));
            }
        }
    }

    private static Fix Deletion(TextSpan span, LinePositionSpan position = default) =>
        new("Delete the leftover", [new TextEdit(span, string.Empty) { Location = position }]);

    private static (string Name, string Value)[] Arguments(LeftoverKind kind, string source, int documents, int total) =>
    [
        ("count", documents.ToString(CultureInfo.InvariantCulture)),
        ("total", total.ToString(CultureInfo.InvariantCulture)),
        ("source", source.Length == 0 ? "." : source),
        ("where", kind switch
        {
            LeftoverKind.LeadIn => "lead-in",
            LeftoverKind.Tail => "tail",
            _ => "line",
        }),
    ];

    private sealed class Analyzer(LeftoverRule rule) : CorpusAnalyzer<LeftoverCounts>
    {
        public override LeftoverCounts CreateState() => new();

        public override void Report(LeftoverCounts state, CorpusReporter reporter)
        {
            string? path = null;
            var reportedEnd = -1;
            foreach (var leftover in state.Leftovers(rule._thresholds, reporter.MaxParallelism))
            {
                if (leftover.Path != path)
                {
                    path = leftover.Path;
                    reportedEnd = -1;
                }

                // A whole line comes before a lead-in or tail on it, and takes its place.
                if (leftover.Span.Start < reportedEnd)
                {
                    continue;
                }

                reportedEnd = leftover.Span.End;
                reporter.Report(
                    rule.Descriptor,
                    leftover.Ordinal,
                    new CorpusLocation(leftover.Path, leftover.Span, leftover.Position, leftover.Text, leftover.LineKey),
                    Deletion(leftover.Deletion, leftover.DeletionPosition),
                    [],
                    Arguments(leftover.Kind, leftover.Source, leftover.Documents, leftover.SourceDocuments));
            }
        }
    }
}
