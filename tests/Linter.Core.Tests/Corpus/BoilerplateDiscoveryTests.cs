using System.Text.Json;
using Linter.Core.Corpus;

namespace Linter.Core.Tests.Corpus;

public sealed class BoilerplateDiscoveryTests
{
    private static readonly string[] Cities = ["الرياض", "جدة", "أبها", "الدمام", "تبوك"];
    private static readonly string[] Reporters = ["سامي الحداد", "فهد العتيبي", "بدر الجبل", "محمد السيد", "خالد علي"];
    private static readonly string[] Quarters = ["الربع الأول", "الربع الثاني", "الربع الثالث", "الربع الرابع", "النصف الثاني"];

    /// <summary>
    /// Outlet a, 25 documents: a dateline whose city changes, an end mark in 20, and an article paragraph with «وقال :»
    /// and a figure in percent. Outlet b, 25 documents of one line: a lead-in «NAME- الوطن-» glued to its start in 10, a
    /// tail «المصدر صحيفة الوطن» after its last sentence in 15, and a figure in points.
    /// </summary>
    private static List<CorpusDocument> Documents()
    {
        var documents = new List<CorpusDocument>();
        for (var i = 0; i < 25; i++)
        {
            var lines = new List<string>
            {
                $"{Cities[i % 5]} {10 + (i % 3)} شوال 1436 هـ الموافق {20 + i} أغسطس 2015 م واس",
                $"أعلنت الهيئة العامة للإحصاء اليوم نتائج المسح الخاص بالقوى العاملة في {Cities[i % 5]} للربع {Quarters[i / 5]} من العام الحالي بعد مراجعة شملت كل المناطق.",
                $"وقال : إن نسبة البطالة في {Cities[(i + 2) % 5]} بلغت {i + 3} في المائة خلال {Quarters[i / 5]} وفق ما أعلنه المتحدث الرسمي باسم الهيئة في مؤتمر صحفي.",
            };
            if (i < 20)
            {
                lines.Add("// انتهى //");
            }

            documents.Add(CorpusDocument.Create(i, $"corpus/a/{i}.txt", "a", string.Join("\n", lines) + "\n"));
        }

        for (var i = 0; i < 25; i++)
        {
            var text = (i < 10 ? $"{Reporters[i % 5]}- الوطن- " : string.Empty) + $"ارتفع المؤشر العام للسوق {i + 20} نقطة في تداولات {Cities[i % 5]} خلال {Quarters[i / 5]} وسط سيولة بلغت مليار ريال في نهاية الجلسة.";
            documents.Add(CorpusDocument.Create(25 + i, $"corpus/b/{i}.txt", "b", i < 15 ? text + " المصدر صحيفة الوطن" : text));
        }

        return documents;
    }

    private static LeftoverCounts Collect(IEnumerable<CorpusDocument> documents)
    {
        var state = new LeftoverCounts();
        foreach (var document in documents)
        {
            state.Collect(document);
        }

        return state;
    }

    private static string Describe(BoilerplateCandidate candidate) =>
        $"{candidate.Placement} {candidate.Kind} «{candidate.Text}» /{candidate.Pattern}/ {string.Join(", ", candidate.Sources.Select(s => $"{s.Source} {s.Documents}/{s.SourceDocuments}"))}";

    [Fact]
    public void Finds_each_source_s_lines_lead_ins_and_tails_by_the_leftover_rule_s_shapes_and_never_article_phrases()
    {
        var report = BoilerplateDiscovery.Discover(Collect(Documents()), _ => false);

        // The dateline of each city recurs word for word, so each is its own shape; numbers are any number, and the
        // reporter's name of the lead-in any words. The paragraphs with «وقال :», «في المائة» and «نقطة» are articles.
        Assert.Equal(
            [
                @"Suffix credit «المصدر صحيفة الوطن» /المصدر\s+صحيفه[^.!?؟\n]{0,120}$/ b 15/25",
                @"Line label «// انتهى //» ///\s*انتهي\s*/// a 20/25",
                @"Prefix lead-in «سامي الحداد- الوطن-» /^\s*[\w.]+\s+[\w.]+\s*-\s*الوطن\s*-/ b 10/25",
                @"Line dateline «أبها 12 شوال 1436 هـ الموافق 22 أغسطس 2015 م واس» /ابها\s+\d+(?:[.,/:٫٬]\d+)*\s+شوال\s+\d+(?:[.,/:٫٬]\d+)*\s+ه\s+الموافق\s+\d+(?:[.,/:٫٬]\d+)*\s+اغسطس\s+\d+(?:[.,/:٫٬]\d+)*\s+م\s+واس/ a 5/25",
                @"Line dateline «الدمام 10 شوال 1436 هـ الموافق 23 أغسطس 2015 م واس» /الدمام\s+\d+(?:[.,/:٫٬]\d+)*\s+شوال\s+\d+(?:[.,/:٫٬]\d+)*\s+ه\s+الموافق\s+\d+(?:[.,/:٫٬]\d+)*\s+اغسطس\s+\d+(?:[.,/:٫٬]\d+)*\s+م\s+واس/ a 5/25",
                @"Line dateline «الرياض 10 شوال 1436 هـ الموافق 20 أغسطس 2015 م واس» /الرياض\s+\d+(?:[.,/:٫٬]\d+)*\s+شوال\s+\d+(?:[.,/:٫٬]\d+)*\s+ه\s+الموافق\s+\d+(?:[.,/:٫٬]\d+)*\s+اغسطس\s+\d+(?:[.,/:٫٬]\d+)*\s+م\s+واس/ a 5/25",
                @"Line dateline «تبوك 11 شوال 1436 هـ الموافق 24 أغسطس 2015 م واس» /تبوك\s+\d+(?:[.,/:٫٬]\d+)*\s+شوال\s+\d+(?:[.,/:٫٬]\d+)*\s+ه\s+الموافق\s+\d+(?:[.,/:٫٬]\d+)*\s+اغسطس\s+\d+(?:[.,/:٫٬]\d+)*\s+م\s+واس/ a 5/25",
                @"Line dateline «جدة 11 شوال 1436 هـ الموافق 21 أغسطس 2015 م واس» /جده\s+\d+(?:[.,/:٫٬]\d+)*\s+شوال\s+\d+(?:[.,/:٫٬]\d+)*\s+ه\s+الموافق\s+\d+(?:[.,/:٫٬]\d+)*\s+اغسطس\s+\d+(?:[.,/:٫٬]\d+)*\s+م\s+واس/ a 5/25",
            ],
            report.Candidates.Select(Describe));
        Assert.Equal(["a 25", "b 25"], report.SourceDocuments.Select(count => $"{count.Source} {count.Count}"));
    }

    [Fact]
    public void A_source_of_too_few_documents_or_a_shape_of_too_few_gives_no_candidate()
    {
        Assert.Empty(BoilerplateDiscovery.Discover(Collect(Documents().Where(document => document.Source == "a").Take(15)), _ => false).Candidates);

        var report = BoilerplateDiscovery.Discover(Collect(Documents()), _ => false, new BoilerplateOptions { MinDocuments = 21 });

        Assert.Equal(["Line dateline a 25/25"], report.Candidates.Select(c => $"{c.Placement} {c.Kind} {string.Join(", ", c.Sources.Select(s => $"{s.Source} {s.Documents}/{s.SourceDocuments}"))}"));
    }

    [Fact]
    public void What_the_rules_already_find_is_left_out()
    {
        var report = BoilerplateDiscovery.Discover(Collect(Documents()), text => text.StartsWith("//", StringComparison.Ordinal));

        Assert.DoesNotContain(report.Candidates, candidate => candidate.Text.StartsWith("//", StringComparison.Ordinal));
        Assert.Equal(7, report.Candidates.Count);
    }

    [Fact]
    public void A_line_whose_most_specific_shape_no_other_document_shares_is_listed_under_the_shape_it_shares_with_the_others()
    {
        // Six stamps of one weekday and month share every word; the seventh, of another month, shares only its time and
        // place with them, so it is listed under that shape, which all seven documents hold.
        var documents = Enumerable.Range(0, 25).Select(i => CorpusDocument.Create(i, $"corpus/t/{i}.txt", "t", string.Join(
            "\n",
            i switch
            {
                < 6 => $"الخميس {10 + i} جويلية 2012 الساعة 15:{10 + i}:56 بتوقيت تونس العاصمة",
                6 => "الجمعة 03 أوت 2012 الساعة 10:12:35 بتوقيت تونس العاصمة",
                _ => $"سجلت أسواق {Cities[i % 5]} ارتفاعا في {Quarters[i % 5]} بحسب بيانات الهيئة رقم {i}",
            },
            $"أعلنت الهيئة العامة للإحصاء اليوم نتائج المسح الخاص بالقوى العاملة في {Cities[i % 5]} للربع {Quarters[i / 5]} من العام الحالي رقم {i}.") + "\n")).ToList();

        var report = BoilerplateDiscovery.Discover(Collect(documents), _ => false);

        Assert.Equal(
            [
                @"Line dateline «الجمعة 03 أوت 2012 الساعة 10:12:35 بتوقيت تونس العاصمة» /(?:\S+\s*){1,3}\d+(?:[.,/:٫٬]\d+)*\s+الساعه\s+\d+(?:[.,/:٫٬]\d+)*\s+بتوقيت\s+تونس\s+العاصمه/ t 7/25",
                @"Line dateline «الخميس 10 جويلية 2012 الساعة 15:10:56 بتوقيت تونس العاصمة» /الخميس\s+\d+(?:[.,/:٫٬]\d+)*\s+جويليه\s+\d+(?:[.,/:٫٬]\d+)*\s+الساعه\s+\d+(?:[.,/:٫٬]\d+)*\s+بتوقيت\s+تونس\s+العاصمه/ t 6/25",
            ],
            report.Candidates.Select(Describe));
    }

    [Theory]
    [InlineData("تابعونا على فيسبوك", BoilerplatePlacement.Line, "widget")]
    [InlineData("جميع الحقوق محفوظة © 2024", BoilerplatePlacement.Line, "footer")]
    [InlineData("بقلم: ليلى الخطيب", BoilerplatePlacement.Line, "byline")]
    [InlineData("2023-09-15", BoilerplatePlacement.Line, "number")]
    [InlineData("سياسة دولية", BoilerplatePlacement.Line, "label")]
    [InlineData("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", BoilerplatePlacement.Line, "dateline")]
    [InlineData("وقال المتحدث باسم الكرملين إن الزيارة لم تتضمن توقيع أي اتفاق.", BoilerplatePlacement.Line, "sentence")]
    [InlineData("صدى نيوز -", BoilerplatePlacement.Prefix, "lead-in")]
    [InlineData("- جيتي", BoilerplatePlacement.Suffix, "credit")]
    public void Classifies_by_vocabulary_and_shape(string text, BoilerplatePlacement placement, string kind) =>
        Assert.Equal(kind, BoilerplateDiscovery.Classify(text, placement));

    [Fact]
    public void Each_key_of_a_leftover_is_described_by_a_pattern_its_texts_match()
    {
        var patterns = LeftoverShapes.Describe(LeftoverKind.Line, "جدة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", "a");

        // Every key of the line: itself, each of its 7 words left out, two or three tokens left out at either end, the stamp.
        Assert.Equal(13, patterns.Count);
        Assert.All(patterns, pattern => Assert.Matches(pattern.Pattern, "جده 26 شوال 1436 ه الموافق 11 اغسطس 2015 م واس"));
        Assert.Equal(7, patterns.Max(pattern => pattern.Literals));
        Assert.Equal(["^\\s*[\\w.]+\\s*-\\s*الوطن\\s*-", "^\\s*فهد\\s*-\\s*[\\w.]+\\s*-"], LeftoverShapes.Describe(LeftoverKind.LeadIn, "فهد- الوطن-", "a").Select(p => p.Pattern).Order(StringComparer.Ordinal));
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
    }
}
