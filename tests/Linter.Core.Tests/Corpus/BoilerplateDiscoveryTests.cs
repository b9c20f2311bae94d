using System.Text.Json;
using Linter.Core.Corpus;

namespace Linter.Core.Tests.Corpus;

public sealed class BoilerplateDiscoveryTests
{
    private const string Body = "وقال وزير الخارجية إن المحادثات مع الوفد الزائر تناولت ملفات التعاون الاقتصادي والأمني";

    /// <summary>
    /// Outlet a: a widget line in 6 of its 10 documents, a lead-in glued to the first paragraph in 5 and a tail glued
    /// to the last in the other 5, a view counter with changing numbers in 5. Outlet b: the widget once, and its own byline in
    /// all 10. Every document also has a title of its own, and a sentence that many share.
    /// </summary>
    private static List<CorpusDocument> Documents()
    {
        var documents = new List<CorpusDocument>();
        for (var i = 0; i < 10; i++)
        {
            var lines = new List<string> { $"عنوان المقال رقم {Words[i]}" };
            lines.Add((i < 5 ? "الوطن اليوم - " : string.Empty) + Body + $" في جولة {Words[i]}.");
            lines.Add(Body + " بين البلدين." + (i >= 5 ? "المصدر: الوطن اليوم" : string.Empty));
            if (i < 6)
            {
                lines.Add("حمّل تطبيق الوطن اليوم الآن");
            }

            if (i % 2 == 0)
            {
                lines.Add($"عدد القراءات: {(i + 1) * 137}");
            }

            documents.Add(CorpusDocument.Create(i, $"corpus/a/{i}.txt", "a", string.Join("\n\n", lines) + "\n"));
        }

        for (var i = 0; i < 10; i++)
        {
            var lines = new List<string> { "كتب: سامي الحداد", $"خبر آخر عن {Words[i]}", Body + "." };
            if (i == 0)
            {
                lines.Add("حمّل تطبيق الوطن اليوم الآن");
            }

            documents.Add(CorpusDocument.Create(10 + i, $"corpus/b/{i}.txt", "b", string.Join("\n", lines)));
        }

        return documents;
    }

    private static readonly string[] Words = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"];

    private static BoilerplateState Collect(IEnumerable<CorpusDocument> documents)
    {
        var state = new BoilerplateState();
        foreach (var document in documents)
        {
            state.Collect(document);
        }

        return state;
    }

    private static string Describe(BoilerplateCandidate candidate) =>
        $"{candidate.Placement} {candidate.Kind} «{candidate.Text}» {string.Join(", ", candidate.Sources.Select(s => $"{s.Source} {s.Documents}/{s.SourceDocuments}{(s.Boilerplate ? string.Empty : " (not)")}"))}";

    [Fact]
    public void Finds_each_source_s_lines_lead_ins_and_tails_ranked_by_share()
    {
        var report = BoilerplateDiscovery.Discover(Collect(Documents()), _ => false);

        // Texts are normalized (حمّل is حمل); the numbers are those of the earliest document; sentences come last.
        Assert.Equal(
            [
                "Line byline «كتب: سامي الحداد» b 10/10",
                "Line widget «حمل تطبيق الوطن اليوم الآن» a 6/10, b 1/10 (not)",
                "Line widget «عدد القراءات: 137» a 5/10",
                "Prefix lead-in «الوطن اليوم -» a 5/10",
                "Suffix credit «المصدر: الوطن اليوم» a 5/10",
                $"Line sentence «{Body}.» b 10/10",
                $"Line sentence «{Body} بين البلدين.» a 5/10",
            ],
            report.Candidates.Select(Describe));
        Assert.Equal(["a 10", "b 10"], report.SourceDocuments.Select(count => $"{count.Source} {count.Count}"));
    }

    [Fact]
    public void A_rare_line_is_boilerplate_of_the_source_where_it_recurs_however_rare_in_the_corpus()
    {
        var report = BoilerplateDiscovery.Discover(Collect(Documents()), _ => false, new BoilerplateOptions { MinDocuments = 7 });

        Assert.Equal(["Line byline «كتب: سامي الحداد» b 10/10", $"Line sentence «{Body}.» b 10/10"], report.Candidates.Select(Describe));
    }

    [Fact]
    public void What_the_rules_already_find_is_left_out()
    {
        var report = BoilerplateDiscovery.Discover(Collect(Documents()), text => text.StartsWith("كتب", StringComparison.Ordinal));

        Assert.DoesNotContain(report.Candidates, candidate => candidate.Kind == "byline");
        Assert.Equal(6, report.Candidates.Count);
    }

    [Theory]
    [InlineData("تابعونا على فيسبوك", BoilerplatePlacement.Line, "widget")]
    [InlineData("جميع الحقوق محفوظة © 2024", BoilerplatePlacement.Line, "footer")]
    [InlineData("بقلم: ليلى الخطيب", BoilerplatePlacement.Line, "byline")]
    [InlineData("2023-09-15", BoilerplatePlacement.Line, "number")]
    [InlineData("سياسة دولية", BoilerplatePlacement.Line, "label")]
    [InlineData("وقال المتحدث باسم الكرملين إن الزيارة لم تتضمن توقيع أي اتفاق.", BoilerplatePlacement.Line, "sentence")]
    [InlineData("صدى نيوز -", BoilerplatePlacement.Prefix, "lead-in")]
    [InlineData("- جيتي", BoilerplatePlacement.Suffix, "credit")]
    public void Classifies_by_vocabulary_and_shape(string text, BoilerplatePlacement placement, string kind) =>
        Assert.Equal(kind, BoilerplateDiscovery.Classify(text, placement));

    [Theory]
    [InlineData("صدى نيوز -(أ ف ب) -أعلن الكرملين الجمعة أنه لم يتم توقيع أي اتفاقات", "صدى نيوز -")]
    [InlineData("أعلن الكرملين الجمعة أنه لم يتم توقيع أي اتفاقات خلال الزيارة", null)]
    public void A_lead_in_ends_at_the_first_separator_of_the_line_s_first_words(string line, string? expected) =>
        Assert.Equal(expected, BoilerplateState.LeadIn(line));

    [Theory]
    [InlineData("وقال إن الزيارة انتهت في وقت متأخر من مساء أمس.المصدر: الوطن", "المصدر: الوطن")]
    [InlineData("وقال إن الزيارة انتهت في وقت متأخر من مساء أمس. - صدى الأخبار", "- صدى الأخبار")]
    [InlineData("وصل زعيم كوريا الشمالية إلى روسيا عبر قطاره المصفح- جيتي", "- جيتي")]
    [InlineData("وقال إن الزيارة انتهت في وقت متأخر من مساء أمس.", null)]
    public void A_tail_follows_the_last_sentence_end_or_dash(string line, string? expected) =>
        Assert.Equal(expected, BoilerplateState.Tail(line));

    [Fact]
    public void Keys_fold_letters_and_numbers()
    {
        Assert.Equal(BoilerplateState.Key("عدد القراءات: 137"), BoilerplateState.Key("عدد القراءآت: 90210."));
        Assert.NotEqual(BoilerplateState.Key("حمل التطبيق"), BoilerplateState.Key("حمل تطبيق"));
    }

    [Fact]
    public void Merging_two_half_corpus_states_gives_the_report_of_one_pass()
    {
        var documents = Documents();
        var first = Collect(documents.Where((_, i) => i % 2 == 0));
        first.Merge(Collect(documents.Where((_, i) => i % 2 == 1)));

        Assert.Equal(
            JsonSerializer.Serialize(BoilerplateDiscovery.Discover(Collect(documents), _ => false)),
            JsonSerializer.Serialize(BoilerplateDiscovery.Discover(first, _ => false)));
        Assert.Equal(Collect(documents).EstimatedBytes, first.EstimatedBytes);
    }
}
