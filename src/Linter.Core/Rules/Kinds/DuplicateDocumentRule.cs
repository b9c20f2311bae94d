using System.Globalization;
using Linter.Core.Analysis;
using Linter.Core.Corpus;
using Linter.Core.Diagnostics;

namespace Linter.Core.Rules.Kinds;

/// <summary>
/// Documents that repeat an earlier document of the corpus (by path order): exactly (the same normalized text,
/// spacing and line breaks aside) or, with <c>near</c>, nearly (MinHash over word shingles with LSH banding). Each
/// duplicate is reported once the corpus is linted, on the whole document, pointing at the first occurrence.
/// Which copy to keep, and whether a near copy is an update or a rewrite, is an editor's call: there is no fix.
/// </summary>
public sealed class DuplicateDocumentRule : Rule
{
    private static readonly IReadOnlyList<FieldSpec> NearFields =
    [
        new("id", FieldType.String, "Id of the near-duplicate diagnostic.", Required: true),
        new("title", FieldType.String, "A short title."),
        new("message", FieldType.String, "The message; {original} and {similarity} are filled in.", Required: true),
        new("severity", FieldType.String, "The default severity.", Required: true, AllowedValues: SeverityNames.All),
        new("description", FieldType.String, "A longer explanation."),
        new("min_similarity", FieldType.Integer, "The Jaccard similarity of word shingles, in percent, from which two documents are near duplicates (default 80).", Minimum: 1, Maximum: 100),
    ];

    /// <summary>The kind's table entry.</summary>
    public static readonly RuleKind Kind = new(
        "duplicate-document",
        "Documents that repeat an earlier document of the corpus, exactly or (with near) nearly; reported once the whole corpus is linted.",
        [
            new("near", FieldType.Object, "Also find near duplicates, with their own diagnostic.", Fields: NearFields),
            new("min_words", FieldType.Integer, "Documents with fewer words are not compared (default 10).", Minimum: 1),
            new("shingle_words", FieldType.Integer, "Words per shingle, the unit of similarity (default 3).", Minimum: 1, Maximum: 20),
        ],
        ["match", "original"],
        definition => new DuplicateDocumentRule(definition));

    private static readonly string[] NearPlaceholders = ["match", "original", "similarity"];

    private DuplicateDocumentRule(RuleDefinition definition)
        : base(definition)
    {
        MinWords = definition.Node.Integer("min_words", 10);
        ShingleWords = definition.Node.Integer("shingle_words", 3);
        if (definition.Node.Object("near") is { } nearNode)
        {
            Near = definition.ExtraDescriptor(nearNode, NearPlaceholders, "Near-duplicate document");
            Threshold = nearNode.Integer("min_similarity", 80) / 100.0;
        }

        Corpus = new Analyzer(this);
    }

    /// <summary>The near-duplicate diagnostic; null when the rule looks for exact duplicates only.</summary>
    public RuleDescriptor? Near { get; }

    /// <summary>The similarity from which two documents are near duplicates; null without <c>near</c>.</summary>
    public double? Threshold { get; }

    /// <summary>Documents with fewer words are not compared.</summary>
    public int MinWords { get; }

    /// <summary>Words per shingle.</summary>
    public int ShingleWords { get; }

    /// <inheritdoc />
    public override CorpusAnalyzer Corpus { get; }

    /// <summary>The duplicate clusters this rule finds in <paramref name="corpus"/>, every document collected, for reports that show them.</summary>
    public IReadOnlyList<DuplicateCluster> Clusters(ICorpusStates corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return corpus.StateOf<DocumentSignatures>(this).Clusters(Threshold);
    }

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Descriptors => field ??= Near is null ? [Descriptor] : [Descriptor, Near];

    /// <inheritdoc />
    public override string? FixDescription(RuleDescriptor descriptor) => null;

    /// <inheritdoc />
    public override void Analyze(DocumentContext context)
    {
        // Everything happens across documents.
    }

    private sealed class Analyzer(DuplicateDocumentRule rule) : CorpusAnalyzer<DocumentSignatures>
    {
        public override DocumentSignatures CreateState() => new(rule.ShingleWords, rule.MinWords);

        public override void Report(DocumentSignatures state, CorpusReporter reporter)
        {
            foreach (var cluster in state.Clusters(rule.Threshold))
            {
                var first = CorpusLocation.WholeDocument(cluster.First.Path);
                IReadOnlyList<RelatedLocation> related = [first.AsRelated("first occurrence")];
                foreach (var member in cluster.Members)
                {
                    var descriptor = member.Exact ? rule.Descriptor : rule.Near!;
                    reporter.Report(
                        descriptor,
                        member.Document.Ordinal,
                        CorpusLocation.WholeDocument(member.Document.Path),
                        null,
                        related,
                        ("original", cluster.First.Path),
                        ("similarity", member.Similarity.ToString("0%", CultureInfo.InvariantCulture)));
                }
            }
        }
    }
}
