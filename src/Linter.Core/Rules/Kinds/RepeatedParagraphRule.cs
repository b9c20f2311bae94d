using System.Globalization;
using Linter.Core.Analysis;
using Linter.Core.Corpus;
using Linter.Core.Diagnostics;

namespace Linter.Core.Rules.Kinds;

/// <summary>
/// The same long paragraph (a line, compared normalized and letter-folded) in many documents of one source: a site
/// footer, a syndication note, an author's bio. Every copy is reported once the corpus is linted, each pointing at
/// the first occurrence. A recurring paragraph may also be article text quoted on purpose, so there is no fix; a
/// confirmed one becomes a boilerplate rule.
/// </summary>
public sealed class RepeatedParagraphRule : Rule
{
    /// <summary>The kind's table entry.</summary>
    public static readonly RuleKind Kind = new(
        "repeated-paragraph",
        "The same long paragraph in many documents of one source (a footer, a syndication note); reported once the whole corpus is linted.",
        [
            new("min_words", FieldType.Integer, "Lines with fewer words are not compared (default 12).", Minimum: 1),
            new("min_documents", FieldType.Integer, "The fewest documents of one source that must hold the paragraph (default 5).", Minimum: 2),
            new("min_percent", FieldType.Integer, "The smallest share, in percent, of the source's documents that must hold it (default 2).", Minimum: 0, Maximum: 100),
        ],
        ["match", "count", "total", "source", "original"],
        definition => new RepeatedParagraphRule(definition));

    private readonly int _minWords;
    private readonly int _minDocuments;
    private readonly double _minShare;

    private RepeatedParagraphRule(RuleDefinition definition)
        : base(definition)
    {
        _minWords = definition.Node.Integer("min_words", 12);
        _minDocuments = definition.Node.Integer("min_documents", 5);
        _minShare = definition.Node.Integer("min_percent", 2) / 100.0;
        Corpus = new Analyzer(this);
    }

    /// <inheritdoc />
    public override CorpusAnalyzer Corpus { get; }

    /// <inheritdoc />
    public override string? FixDescription(RuleDescriptor descriptor) => null;

    /// <inheritdoc />
    public override void Analyze(DocumentContext context)
    {
        // Everything happens across documents.
    }

    /// <summary>How a source is named in messages: its folder, or <c>.</c> for the working folder.</summary>
    private static string SourceName(string source) => source.Length == 0 ? "." : source;

    private sealed class Analyzer(RepeatedParagraphRule rule) : CorpusAnalyzer<ParagraphCounts>
    {
        public override ParagraphCounts CreateState() => new(rule._minWords);

        public override void Report(ParagraphCounts state, CorpusReporter reporter)
        {
            foreach (var paragraph in state.Repeated(rule._minDocuments, rule._minShare))
            {
                var first = paragraph.Occurrences[0];
                IReadOnlyList<RelatedLocation> related = [new RelatedLocation(first.Path, first.Position, "first occurrence")];
                foreach (var occurrence in paragraph.Occurrences)
                {
                    reporter.Report(
                        rule.Descriptor,
                        occurrence.Ordinal,
                        new CorpusLocation(occurrence.Path, occurrence.Span, occurrence.Position, string.Empty, paragraph.LineKey),
                        null,
                        occurrence.Ordinal == first.Ordinal ? [] : related,
                        ("count", paragraph.Occurrences.Count.ToString(CultureInfo.InvariantCulture)),
                        ("total", paragraph.SourceDocuments.ToString(CultureInfo.InvariantCulture)),
                        ("source", SourceName(paragraph.Source)),
                        ("original", first.Path));
                }
            }
        }
    }
}
