using Linter.Core.Arabic;
using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using Linter.Core.Text;

namespace Linter.Core.Tests.Corpus;

public sealed class ParagraphCountsTests
{
    private const string Footer = "جميع الحقوق محفوظة لموقع الأخبار ولا يجوز نقل أي مادة دون إذن مسبق من إدارة التحرير";

    /// <summary>
    /// The footer as the normalization and the letter folds see it: with diacritics, tatweel, a double space, other
    /// alef, ta marbuta and alef maqsura forms, and spaces around the line.
    /// </summary>
    private const string FooterWritten = "  جميعُ الحقـوق محفوظه لموقع  الاخبار ولا يجوز نقل أى مادة دون إذن مسبق من إدارة التحرير ";

    /// <summary>Differs from the footer by one letter, which no folding removes.</summary>
    private const string OtherFooter = "جميع الحقوق محفوظة لموقع الأخبار ولا يجوز نقل أي مادة دون إذن مسبق من إدارة التحريك";

    private static readonly (string Path, string Source, string Text)[] Documents =
    [
        ("a/1.txt", "a", "خبر أول\n" + Footer + "\n" + OtherFooter),
        ("a/2.txt", "a", FooterWritten + "\r\nخبر ثان\n" + OtherFooter),
        ("a/3.txt", "a", "خبر ثالث\n\n" + Footer + "\n" + Footer),
        ("a/4.txt", "a", "خبر رابع"),
        ("b/5.txt", "b", Footer),
        ("b/6.txt", "b", "خبر سادس\n" + OtherFooter),
    ];

    [Fact]
    public void Lines_that_differ_only_in_what_normalization_and_folding_remove_are_one_paragraph_keyed_by_its_line_key()
    {
        var state = Collect(Enumerable.Range(0, Documents.Length));

        var repeated = state.Repeated(minDocuments: 2, minShare: 0);

        Assert.Equal(
            [
                $"a 4 {DiagnosticFingerprint.LineKey(Footer)}: a/1.txt 1:0-1:{Footer.Length} [8..{8 + Footer.Length}), a/2.txt 0:2-0:{2 + FooterWritten.Trim().Length} [2..{2 + FooterWritten.Trim().Length}), a/3.txt 2:0-2:{Footer.Length} [10..{10 + Footer.Length})",
                $"a 4 {DiagnosticFingerprint.LineKey(OtherFooter)}: a/1.txt 2:0-2:{OtherFooter.Length} [{9 + Footer.Length}..{9 + Footer.Length + OtherFooter.Length}), a/2.txt 2:0-2:{OtherFooter.Length} [{FooterWritten.Length + 10}..{FooterWritten.Length + 10 + OtherFooter.Length})",
            ],
            repeated.Select(Show));
        Assert.Equal(DiagnosticFingerprint.LineKey(FooterWritten), repeated[0].LineKey);
        Assert.Equal(new Dictionary<string, int> { ["a"] = 4, ["b"] = 2 }, state.DocumentsPerSource);
    }

    [Fact]
    public void Each_source_counts_its_own_documents_and_share()
    {
        var state = Collect(Enumerable.Range(0, Documents.Length));

        // The footer is in 3 of a's 4 documents and 1 of b's 2; the other footer in 2 of a's 4 and 1 of b's 2.
        Assert.Equal(["a 3 a/1.txt"], state.Repeated(minDocuments: 3, minShare: 0).Select(Summary));
        Assert.Equal(["a 3 a/1.txt", "a 2 a/1.txt", "b 1 b/5.txt", "b 1 b/6.txt"], state.Repeated(minDocuments: 1, minShare: 0.5).Select(Summary));
        Assert.Equal(["a 3 a/1.txt"], state.Repeated(minDocuments: 1, minShare: 0.6).Select(Summary));
    }

    [Fact]
    public void States_collected_in_any_order_and_merged_report_what_one_state_does()
    {
        var expected = Collect(Enumerable.Range(0, Documents.Length)).Repeated(2, 0).Select(Show).ToList();

        var merged = Collect([5, 2]);
        merged.Merge(Collect([3, 0]));
        merged.Merge(Collect([4, 1]));

        Assert.Equal(expected, merged.Repeated(2, 0).Select(Show));
        Assert.Equal(expected, merged.Repeated(2, 0).Select(Show));
    }

    [Fact]
    public void A_document_whose_collecting_failed_midway_leaves_nothing_that_counts_against_the_next()
    {
        // A text of one line with a normalized text of two: the second line has no place in the text, so collecting
        // fails right after the paragraph's key was noted for the document.
        var broken = new CorpusDocument(0, "a/0.txt", "a", new SourceText("خبر"), ArabicNormalizer.Normalize("خبر\n" + Footer));
        var state = new ParagraphCounts(minWords: 12);
        Assert.Throws<IndexOutOfRangeException>(() => state.Collect(broken));

        state.Collect(CorpusDocument.Create(1, "a/1.txt", "a", Footer));
        state.Collect(CorpusDocument.Create(2, "a/2.txt", "a", Footer));

        Assert.Equal(["a 2 a/1.txt"], state.Repeated(minDocuments: 2, minShare: 0).Select(Summary));
    }

    private static ParagraphCounts Collect(IEnumerable<int> ordinals)
    {
        var state = new ParagraphCounts(minWords: 12);
        foreach (var i in ordinals)
        {
            state.Collect(CorpusDocument.Create(i, Documents[i].Path, Documents[i].Source, Documents[i].Text));
        }

        return state;
    }

    private static string Show(RepeatedParagraph paragraph) =>
        $"{paragraph.Source} {paragraph.SourceDocuments} {paragraph.LineKey}: " +
        string.Join(", ", paragraph.Occurrences.Select(o => $"{o.Path} {o.Position.Start.Line}:{o.Position.Start.Column}-{o.Position.End.Line}:{o.Position.End.Column} [{o.Span.Start}..{o.Span.End})"));

    private static string Summary(RepeatedParagraph paragraph) => $"{paragraph.Source} {paragraph.Occurrences.Count} {paragraph.Occurrences[0].Path}";
}
