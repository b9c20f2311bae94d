using Linter.Core.Pipeline;
using Linter.Core.Tests.Pipeline;
using System.Globalization;
using Linter.Core.Diagnostics;
using Linter.Core.Fixes;
using Linter.Tests.Shared;
using static Linter.Core.Tests.TestSupport;

namespace Linter.Core.Tests.Rules.Kinds;

/// <summary>
/// The leftover rule on corpora written here: sources of 25 articles whose bodies all differ, some with the leftovers
/// of a wire service's pages (a byline lead-in, a time stamp, an end mark, a dateline, a link tail).
/// </summary>
public sealed class LeftoverRuleTests
{
    private const string EndMark = "// انتهى //";

    /// <summary>The rule as shipped (CL1008), with its default thresholds: 5 documents, 3%, sources of 20 or more.</summary>
    private static readonly string Leftover = Rule(
        "leftover",
        string.Empty,
        message: "Leftover of the page ({where}) in {count} of the {total} documents of {source}: «{match}»",
        id: "CL1008",
        category: "Boilerplate");




    private static readonly string[] Names = ["محمد العلي", "سعد الحربي", "فهد", "خالد الشمري", "ناصر"];


    /// <summary>
    /// The first sentence of article <paramref name="i"/> (0 to 55), without its full stop: more than 16 tokens, so
    /// that no two articles' lines share a shape, even with a word left out.
    /// </summary>
    private static string Opening(int i) => GeneratedNews.Lead(i);

    /// <summary>The second sentence of article <paramref name="i"/> (0 to 62), without its full stop.</summary>
    private static string Second(int i) => GeneratedNews.Follow(i);

    private static string Byline(int i) => $"{Names[i % 5]}- الوكالة- {GeneratedNews.Cities[(i + 4) % 13]}: ";

    private static string TimeStamp(int i) => $"{10 + (i % 12)}:{(7 * i) % 60:D2} ت م";

    /// <summary>A wire article: a byline glued before the first sentence, a time stamp line and the end mark.</summary>
    private static string WireArticle(int i, string lineBreak = "\n", bool finalBreak = true) =>
        string.Join(lineBreak, Byline(i) + Opening(i) + ".", Second(i) + ".", TimeStamp(i), EndMark) + (finalBreak ? lineBreak : string.Empty);

    private static string PlainArticle(int i) => Opening(i) + ".\n" + Second(i) + ".\n";

    /// <summary>
    /// Source a/: 25 wire articles, one with CRLF line breaks (a/07) and one without a final line break (a/08);
    /// source b/: 25 articles without leftovers, one of which holds the end mark once (b/12).
    /// </summary>
    private static List<(string Path, string Text)> WireCorpus()
    {
        var documents = new List<(string Path, string Text)>();
        for (var i = 0; i < 25; i++)
        {
            documents.Add(($"a/{i:D2}.txt", i switch
            {
                7 => WireArticle(i, "\r\n"),
                8 => WireArticle(i, finalBreak: false),
                _ => WireArticle(i),
            }));
        }

        for (var i = 0; i < 25; i++)
        {
            documents.Add(($"b/{i:D2}.txt", i == 12 ? PlainArticle(25 + i) + EndMark + "\n" : PlainArticle(25 + i)));
        }

        return documents;
    }

    [Fact]
    public void The_byline_time_stamp_and_end_mark_of_a_wire_source_are_flagged_and_nothing_in_the_other_source()
    {
        var engine = new LintEngine(Load(Leftover));

        var diagnostics = CorpusRun.LintCorpus(engine, WireCorpus());

        Assert.Equal(
            [
                "a/00.txt(1,1)-(1,27): CL1008: Leftover of the page (lead-in) in 25 of the 25 documents of a: «محمد العلي- الوكالة- أبها:»",
                "a/00.txt(3,1)-(3,10): CL1008: Leftover of the page (line) in 25 of the 25 documents of a: «10:00 ت م»",
                "a/00.txt(4,1)-(4,12): CL1008: Leftover of the page (line) in 25 of the 25 documents of a: «// انتهى //»",
            ],
            diagnostics.Where(d => d.Path == "a/00.txt").Select(Show));
        Assert.Equal(
            [
                "a/07.txt(1,1)-(1,21): CL1008: Leftover of the page (lead-in) in 25 of the 25 documents of a: «فهد- الوكالة- الخبر:»",
                "a/07.txt(3,1)-(3,10): CL1008: Leftover of the page (line) in 25 of the 25 documents of a: «17:49 ت م»",
                "a/07.txt(4,1)-(4,12): CL1008: Leftover of the page (line) in 25 of the 25 documents of a: «// انتهى //»",
            ],
            diagnostics.Where(d => d.Path == "a/07.txt").Select(Show));

        // Every wire article has its three, and the end mark that occurs once in b/ is no evidence there.
        Assert.All(Enumerable.Range(0, 25), i => Assert.Equal(3, diagnostics.Count(d => d.Path == $"a/{i:D2}.txt")));
        Assert.Equal(75, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.All(diagnostics, d => Assert.NotNull(d.Fix));
    }

    [Fact]
    public void A_handful_of_documents_gives_no_evidence_and_nothing_is_reported()
    {
        var engine = new LintEngine(Load(Leftover));

        var diagnostics = CorpusRun.LintCorpus(engine, [.. Enumerable.Range(0, 5).Select(i => ($"a/{i}.txt", WireArticle(i)))]);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Copies_of_one_article_count_once()
    {
        const string Follow = "تابعونا على حساب الصحيفة في تويتر";
        var engine = new LintEngine(Load(Leftover));
        List<(string Path, string Text)> Corpus(Func<int, string> sharing) =>
            [.. Enumerable.Range(0, 25).Select(i => ($"a/{i:D2}.txt", i < 6 ? sharing(i) + Follow + "\n" : PlainArticle(i)))];

        var copies = CorpusRun.LintCorpus(engine, Corpus(_ => PlainArticle(30)));
        var distinct = CorpusRun.LintCorpus(engine, Corpus(i => PlainArticle(30 + i)));

        Assert.Empty(copies);

        // The same line in six different articles does recur: the copies above are quiet only because they are copies.
        Assert.Equal(
            Enumerable.Range(0, 6).Select(i => $"a/{i:D2}.txt(3,1)-(3,34): CL1008: Leftover of the page (line) in 6 of the 25 documents of a: «{Follow}»"),
            distinct.Select(Show));
    }

    [Fact]
    public void A_dateline_whose_city_and_date_change_and_a_label_above_the_first_sentence_are_flagged_but_not_a_list_number_a_dash_or_a_body_line_ending_in_a_colon()
    {
        const string Label = "الصحافة الاقتصادية :";
        var engine = new LintEngine(Load(Leftover));
        var documents = Enumerable.Range(0, 25)
            .Select(i => ($"d/{i:D2}.txt", string.Join(
                "\n",
                Dateline(i),
                Second(25 + i),
                Label,
                Opening(i) + ".",
                "(3)",
                "-",
                "وأضاف:",
                Second(i) + ".",
                string.Empty)))
            .ToList();

        var diagnostics = CorpusRun.LintCorpus(engine, documents);

        // A line ending in a colon above the first sentence is a label (or a byline); below it, a lead to a quote.
        Assert.Equal(
            Enumerable.Range(0, 25).SelectMany(i => new[]
            {
                $"d/{i:D2}.txt(1,1)-(1,{Dateline(i).Length + 1}): CL1008: Leftover of the page (line) in 25 of the 25 documents of d: «{Dateline(i)}»",
                $"d/{i:D2}.txt(3,1)-(3,{Label.Length + 1}): CL1008: Leftover of the page (line) in 25 of the 25 documents of d: «{Label}»",
            }),
            diagnostics.Select(Show));
        Assert.Equal(
            "d/03.txt(1,1)-(1,51): CL1008: Leftover of the page (line) in 25 of the 25 documents of d: «الدمام 28 شوال 1436 هـ الموافق 13 أغسطس 2015 م واس»",
            Show(diagnostics[6]));

        static string Dateline(int i) =>
            $"{GeneratedNews.Cities[(i * 5) % 13]} {25 + i} شوال 1436 هـ الموافق {10 + i} أغسطس 2015 م واس";
    }

    [Fact]
    public void A_tail_glued_after_the_last_sentence_is_flagged_and_its_fix_keeps_the_sentence_and_its_full_stop()
    {
        var engine = new LintEngine(Load(Leftover));
        var documents = Enumerable.Range(0, 25)
            .Select(i => ($"c/{i:D2}.txt", Opening(i) + ".\n" + Second(i) + " ثم انتهى الاجتماع. " + Tail(i) + "\n"))
            .ToList();

        var diagnostics = CorpusRun.LintCorpus(engine, documents);

        Assert.Equal(25, diagnostics.Count);
        var second = Assert.Single(diagnostics, d => d.Path == "c/01.txt");
        var column = Second(1).Length + " ثم انتهى الاجتماع. ".Length + 1;
        Assert.Equal(
            $"c/01.txt(2,{column})-(2,{column + Tail(1).Length}): CL1008: Leftover of the page (tail) in 25 of the 25 documents of c: «رابط الخبر في صحيفة الأنباء: المحافظ يتابع المشاريع»",
            Show(second));
        Assert.Equal(
            Opening(1) + ".\n" + Second(1) + " ثم انتهى الاجتماع.\n",
            FixApplier.ApplyOnce(documents[1].Item2, [second]).Text);

        static string Tail(int i) => $"رابط الخبر في صحيفة الأنباء: {GeneratedNews.Subjects[i % 7]} يتابع المشاريع";
    }

    [Fact]
    public void Fixing_learns_from_the_corpus_first_then_deletes_each_leftover_and_keeps_every_other_byte()
    {
        var engine = new LintEngine(Load(Leftover));
        Assert.True(engine.FixesNeedCorpus);
        var documents = WireCorpus();
        var corpus = engine.StartCorpus();
        for (var i = 0; i < documents.Count; i++)
        {
            Runs.Collect(engine, documents[i].Path, documents[i].Text, corpus, i, documents[i].Path[..1]);
        }

        var resolved = engine.Resolve(corpus);
        var fixer = new DocumentFixer(resolved);

        Assert.False(resolved.FixesNeedCorpus);
        Assert.Equal(Opening(0) + ".\n" + Second(0) + ".\n", fixer.FixText("a/00.txt", documents[0].Text).Text);
        Assert.Equal(Opening(7) + ".\r\n" + Second(7) + ".\r\n", fixer.FixText("a/07.txt", documents[7].Text).Text);
        Assert.Equal(Opening(8) + ".\n" + Second(8) + ".", fixer.FixText("a/08.txt", documents[8].Text).Text);

        // One end mark in b/ is no leftover of b/'s pages; a document of the other source is left as it is.
        Assert.Equal(documents[37].Text, fixer.FixText("b/12.txt", documents[37].Text).Text);
        Assert.Empty(fixer.FixText("b/12.txt", documents[37].Text).Applied);
    }

    [Fact]
    public void The_fixes_reported_by_check_give_the_same_text_as_fixing()
    {
        var engine = new LintEngine(Load(Leftover));
        var documents = WireCorpus();

        var diagnostics = CorpusRun.LintCorpus(engine, documents);

        Assert.Equal(
            Opening(3) + ".\n" + Second(3) + ".\n",
            FixApplier.ApplyOnce(documents[3].Text, [.. diagnostics.Where(d => d.Path == "a/03.txt")]).Text);
    }

    [Fact]
    public void A_recurring_footer_longer_than_every_line_of_the_briefs_that_hold_it_is_flagged()
    {
        // The footer is each brief's longest line, the line that tells copies apart: it must not count as one article.
        const string Footer = "جميع الحقوق محفوظة لموقع الأخبار ولا يجوز نقل أي مادة دون إذن مسبق من إدارة التحرير";
        var engine = new LintEngine(Load(Leftover));

        var diagnostics = CorpusRun.LintCorpus(engine, [.. Enumerable.Range(0, 25).Select(i => ($"f/{i:D2}.txt", $"{GeneratedNews.Subjects[i % 7]} {GeneratedNews.Actions[i % 8]} في {GeneratedNews.Cities[i % 13]}.\n{Footer}\n"))]);

        Assert.Equal(
            Enumerable.Range(0, 25).Select(i => $"f/{i:D2}.txt(2,1)-(2,{Footer.Length + 1}): CL1008: Leftover of the page (line) in 25 of the 25 documents of f: «{Footer}»"),
            diagnostics.Select(Show));
    }

    /// <summary>A finding as path(line,column)-(line,column): id: message, 1-based.</summary>
    private static string Show(Diagnostic diagnostic)
    {
        var (start, end) = (diagnostic.Location.Start, diagnostic.Location.End);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{diagnostic.Path}({start.Line + 1},{start.Column + 1})-({end.Line + 1},{end.Column + 1}): {diagnostic.Id}: {diagnostic.Message}");
    }
}
