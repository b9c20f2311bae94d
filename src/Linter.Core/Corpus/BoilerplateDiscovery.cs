using Linter.Core.Arabic;

namespace Linter.Core.Corpus;

/// <summary>
/// The final step of <c>discover boilerplate</c>: reads a merged <see cref="BoilerplateState"/> and ranks what
/// recurs within a source. A line is a source's boilerplate when enough of that source's documents hold it, however
/// rare it is in the corpus: outlets differ. Each candidate is classed by its shape and vocabulary (widget, footer,
/// byline, number, lead-in, credit, label, sentence), and what looks like an article sentence (many words, a final
/// full stop) is ranked far down.
/// </summary>
public static class BoilerplateDiscovery
{
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
        ["widget"] = 1, ["footer"] = 1, ["byline"] = 1, ["number"] = 1, ["lead-in"] = 1, ["credit"] = 1, ["label"] = 0.5, ["sentence"] = 0.1,
    };

    /// <summary>Ranks what recurs in <paramref name="state"/>.</summary>
    /// <param name="state">The merged state of the whole corpus.</param>
    /// <param name="isCovered">True for a normalized line or fragment that a loaded rule already finds; such are left out.</param>
    /// <param name="options">The thresholds.</param>
    public static BoilerplateReport Discover(BoilerplateState state, Func<string, bool> isCovered, BoilerplateOptions? options = null)
    {
        options ??= new BoilerplateOptions();
        var sourceDocuments = state.Sources.Names.Select((_, id) => state.DocumentsPerSource[id]).ToArray();
        var candidates = new List<BoilerplateCandidate>();
        foreach (var ((placement, key), counts) in state.Items)
        {
            var itemDocuments = counts.Documents.Entries().Sum(entry => entry.Count);
            var kind = Classify(counts.Example, placement);

            // A line is its source's own when it recurs there. A lead-in, a tail or a sentence must also be rarer
            // elsewhere: the way sentences begin, and a wire paragraph that every outlet carries, recur everywhere.
            var mustOwn = placement != BoilerplatePlacement.Line || kind == "sentence";
            var sources = new List<BoilerplateSource>();
            foreach (var (id, documents) in counts.Documents.Entries())
            {
                var share = (double)documents / sourceDocuments[id];
                var restDocuments = state.Documents - sourceDocuments[id];
                var restShare = restDocuments == 0 ? 0 : (double)(itemDocuments - documents) / restDocuments;
                var recurs = documents >= options.MinDocuments && share >= options.MinShare;
                var ownsIt = !mustOwn || restDocuments == 0 || share >= options.MinLift * restShare;
                sources.Add(new BoilerplateSource(state.Sources.Names[id], documents, sourceDocuments[id], recurs && ownsIt));
            }

            if (!sources.Any(source => source.Boilerplate) || isCovered(counts.Example))
            {
                continue;
            }

            var ordered = sources
                .OrderByDescending(source => source.Boilerplate)
                .ThenByDescending(source => source.Share)
                .ThenBy(source => source.Source, StringComparer.Ordinal)
                .ToList();
            var score = ordered.Where(source => source.Boilerplate).Max(source => source.Share) * KindWeights[kind];
            candidates.Add(new BoilerplateCandidate(counts.Example, key, placement, kind, ordered, Math.Round(score, 6)));
        }

        return new BoilerplateReport(
            state.Documents,
            [.. state.Sources.Names.Select((name, id) => new SourceCount(name, sourceDocuments[id])).OrderBy(count => count.Source, StringComparer.Ordinal)],
            [.. candidates
                .OrderByDescending(candidate => candidate.Score)
                .ThenByDescending(candidate => candidate.Documents)
                .ThenBy(candidate => candidate.Placement)
                .ThenBy(candidate => candidate.Key, StringComparer.Ordinal)]);
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
        if (words.Length >= 8 && (endsSentence || words.Length > BoilerplateState.MaxLineWords))
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
