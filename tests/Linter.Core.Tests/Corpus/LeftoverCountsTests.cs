using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using Linter.Tests.Shared;

namespace Linter.Core.Tests.Corpus;

/// <summary>
/// The leftover rule's state on 25 articles of one source, each with a byline lead-in, and a long footer line (kept
/// compressed, as every candidate's text of 96 characters or more) whose diacritics differ from one article to the next.
/// </summary>
public sealed class LeftoverCountsTests
{
    private static readonly LeftoverThresholds Thresholds = new(5, 0.03, 20);

    /// <summary>The footer of an article: of an odd one with diacritics on its first word.</summary>
    private static string Footer(int article) =>
        (article % 2 == 0 ? "جميع" : "جَميعُ") + " الحقوق محفوظة لصحيفة الأخبار اليومية ولا يجوز نقل أو نسخ أي مادة منشورة دون إذن مسبق من إدارة التحرير";

    private static CorpusDocument Article(int i)
    {
        var text = $"كتب سعد- الأخبار- : {GeneratedNews.Lead(i)}.\n{GeneratedNews.Follow(i)}.\n{Footer(i)}\n";
        return CorpusDocument.Create(i, $"news/{i:D2}.txt", "news", text);
    }

    private static LeftoverCounts Collect(IEnumerable<int> articles)
    {
        var state = new LeftoverCounts();
        foreach (var i in articles)
        {
            state.Collect(Article(i));
        }

        return state;
    }

    private static string Describe(RecurringLeftover leftover) =>
        $"{leftover.Path} {leftover.Kind} {leftover.Position.Start.Line}:{leftover.Position.Start.Column} «{leftover.Text}» {leftover.LineKey} {leftover.Documents}/{leftover.SourceDocuments}";

    [Fact]
    public void Each_article_s_own_footer_and_lead_in_are_reported_with_its_own_text_and_line_key()
    {
        var leftovers = Collect(Enumerable.Range(0, 25)).Leftovers(Thresholds);

        Assert.Equal(50, leftovers.Count);
        foreach (var leftover in leftovers)
        {
            var article = Article((int)leftover.Ordinal);
            Assert.Equal(article.Text.Text.Substring(leftover.Span.Start, leftover.Span.Length), leftover.Text);
            Assert.Equal(DiagnosticFingerprint.LineKey(article.Text.LineText(leftover.Position.Start.Line)), leftover.LineKey);
        }

        Assert.Equal(Footer(1), leftovers.Single(l => l.Path == "news/01.txt" && l.Kind == LeftoverKind.Line).Text);
    }

    [Fact]
    public void States_merged_on_several_threads_report_what_one_state_reports()
    {
        var one = Collect(Enumerable.Range(0, 25)).Leftovers(Thresholds).Select(Describe);
        var merged = Collect(Enumerable.Range(0, 25).Where(i => i % 3 == 0));
        merged.Merge(Collect(Enumerable.Range(0, 25).Where(i => i % 3 == 1)));
        merged.Merge(Collect(Enumerable.Range(0, 25).Where(i => i % 3 == 2)));

        Assert.Equal(one, merged.Leftovers(Thresholds, maxParallelism: 4).Select(Describe));
        Assert.Equal(one, merged.Leftovers(Thresholds).Select(Describe));
    }
}
