using Linter.Core.Arabic;

namespace Linter.Core.Corpus;

/// <summary>
/// The final step of <c>discover boilerplate</c>: the leftover rule's own mechanism (<see cref="LeftoverShapes"/> and
/// <see cref="LeftoverCounts"/>) learns what recurs in each source, and each recurring shape becomes a candidate. A
/// line is a source's boilerplate when enough of that source's documents hold it, however rare it is in the corpus:
/// outlets differ. Each candidate is classed by its shape and vocabulary (widget, footer, byline, number, lead-in,
/// credit, dateline, label); what looks like an article sentence (many words, a final full stop) is left out.
/// </summary>
public static class BoilerplateDiscovery
{
    /// <summary>
    /// A shape held by fewer documents of a source is not listed: its leftovers recur under a key that other, commoner
    /// shapes spell out better.
    /// </summary>
    private const int MinShapeDocuments = 2;

    /// <summary>A line of more words is a sentence, whatever its punctuation.</summary>
    private const int MaxLabelWords = 16;

    private static readonly string[] WidgetWords =
    [
        "تابع", "تابعوا", "تابعونا", "تابعنا", "اشترك", "اشتركوا", "حمل", "حملوا", "تطبيق", "تطبيقنا", "فيسبوك", "فيس بوك", "تويتر", "واتساب",
        "تلغرام", "تليجرام", "يوتيوب", "انستغرام", "انستجرام", "اضغط", "انقر", "الرابط", "رابط", "شارك", "شاركوا", "مشاركة", "التعليقات", "تعليق",
        "للاعلان", "اعلان", "راسلونا", "النشره", "البريديه", "قناه", "قناتنا", "اقرا", "شاهد", "المزيد", "القراءات", "المشاهدات", "مشاهده", "انضموا",
    ];

    private static readonly string[] FooterWords = ["حقوق", "محفوظه", "©", "copyright"];
    private static readonly string[] BylineWords = ["كتب", "بقلم", "اعداد", "تحرير", "مراسل", "مراسله", "تقرير"];

    private static readonly Dictionary<string, double> KindWeights = new(StringComparer.Ordinal)
    {
        ["widget"] = 1, ["footer"] = 1, ["byline"] = 1, ["number"] = 1, ["lead-in"] = 1, ["credit"] = 1, ["dateline"] = 1, ["label"] = 0.5,
    };

    /// <summary>Ranks what recurs in <paramref name="state"/>.</summary>
    /// <param name="state">The leftover counts of the whole corpus: the leftover rule's state, or one collected for discovery alone.</param>
    /// <param name="isCovered">True for a line or fragment that a loaded rule already finds; such are left out.</param>
    /// <param name="options">The thresholds.</param>
    public static BoilerplateReport Discover(LeftoverCounts state, Func<string, bool> isCovered, BoilerplateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(isCovered);
        options ??= new BoilerplateOptions();
        var shapes = state.Shapes(new LeftoverThresholds(options.MinDocuments, options.MinShare, options.MinSourceDocuments));
        var candidates = new List<BoilerplateCandidate>();
        foreach (var group in shapes.GroupBy(shape => (shape.Kind, shape.Pattern)))
        {
            var sources = group
                .Where(shape => shape.Documents >= MinShapeDocuments)
                .Select(shape => (Shape: shape, Source: new BoilerplateSource(shape.Source, shape.Documents, shape.SourceDocuments, true)))
                .OrderByDescending(pair => pair.Source.Share)
                .ThenBy(pair => pair.Source.Source, StringComparer.Ordinal)
                .ToList();
            if (sources.Count == 0)
            {
                continue;
            }

            var example = sources[0].Shape.Example.Trim();
            var placement = group.Key.Kind switch
            {
                LeftoverKind.LeadIn => BoilerplatePlacement.Prefix,
                LeftoverKind.Tail => BoilerplatePlacement.Suffix,
                _ => BoilerplatePlacement.Line,
            };
            if (isCovered(example))
            {
                continue;
            }

            // A line that reads as an article sentence is left to a person, and to the leftover rule's own judgement:
            // a paragraph that many documents share is more often a wire story every outlet carries than a leftover.
            var kind = Classify(example, placement);
            if (kind == "sentence")
            {
                continue;
            }

            var score = sources.Max(pair => pair.Source.Share) * KindWeights[kind];
            candidates.Add(new BoilerplateCandidate(example, group.Key.Pattern, placement, kind, [.. sources.Select(pair => pair.Source)], Math.Round(score, 6)));
        }

        return new BoilerplateReport(
            state.DocumentsPerSource.Values.Sum(),
            [.. state.DocumentsPerSource.Select(pair => new SourceCount(pair.Key, pair.Value)).OrderBy(count => count.Source, StringComparer.Ordinal)],
            [.. candidates
                .OrderByDescending(candidate => candidate.Score)
                .ThenByDescending(candidate => candidate.Documents)
                .ThenBy(candidate => candidate.Placement)
                .ThenBy(candidate => candidate.Pattern, StringComparer.Ordinal)]);
    }

    /// <summary>What a line or fragment looks like, from its vocabulary and shape.</summary>
    public static string Classify(string text, BoilerplatePlacement placement)
    {
        var folded = LetterFolding.Fold(text, LetterFolds.All);
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var bare = words.Select(word => word.Trim(':', '.', '،', '-', '|', '(', ')')).ToList();
        if (FooterWords.Any(word => folded.Contains(word, StringComparison.Ordinal)))
        {
            return "footer";
        }

        if (bare.Count > 0 && (BylineWords.Contains(bare[0]) || (words.Length <= 6 && bare.Any(BylineWords.Contains))))
        {
            return "byline";
        }

        if (bare.Any(word => WidgetWords.Contains(word) || (word.Length > 3 && Clitics.IsPrefix(word.AsSpan(0, 1)) && WidgetWords.Contains(word[1..]))))
        {
            return "widget";
        }

        var endsSentence = text.TrimEnd().EndsWith('.') || text.TrimEnd().EndsWith('؟') || text.TrimEnd().EndsWith('!');

        // A long line of dates and names with no sentence's end: a wire dateline (الرياض 25 شوال 1436 هـ الموافق ...).
        if (placement == BoilerplatePlacement.Line && words.Length >= 8 && !endsSentence && words.Count(word => word.Any(char.IsDigit)) >= 2)
        {
            return "dateline";
        }
        if (words.Length >= 8 && (endsSentence || words.Length > MaxLabelWords))
        {
            return "sentence";
        }

        if (words.Length <= 4 && folded.Any(char.IsDigit))
        {
            return "number";
        }

        return placement switch
        {
            BoilerplatePlacement.Prefix => "lead-in",
            BoilerplatePlacement.Suffix => "credit",
            _ => words.Length >= 8 ? "sentence" : "label",
        };
    }
}
