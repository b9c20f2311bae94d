using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Linter.Cli.Reporting;
using Linter.Core.Corpus;
using Linter.Core.Discovery;

namespace Linter.Cli.Tests.Reporting;

public sealed class HtmlReportWriterTests
{
    /// <summary>When set, the full fixture's page is also written to this file (the Chromium test loads it).</summary>
    private const string FixtureOutputVariable = "CORPUSLINT_REPORT_FIXTURE";

    [Fact]
    public void Every_section_is_rendered_from_the_model_in_order()
    {
        var html = HtmlReportWriter.Render(ReportFixtures.Full());
        if (Environment.GetEnvironmentVariable(FixtureOutputVariable) is { Length: > 0 } fixturePath)
        {
            File.WriteAllText(fixturePath, html);
        }

        var page = Parse(html);

        Assert.Equal("10,000 documents, 45,263 findings · corpuslint", page.Title);
        Assert.Equal(
            ["totals", "categories", "rules", "documents", "transliteration", "discovered", "boilerplate", "duplicates"],
            page.QuerySelectorAll("main > section").Select(section => section.Id));
        Assert.Equal(
            ["10,000 documents", "7,412 with findings (74.1%)", "12 errors", "18,940 warnings", "26,311 suggestions"],
            page.QuerySelectorAll("#totals .card").Select(Text));
        Assert.Equal(
            ["Transliteration 21,981", "Boilerplate 14,220", "Formatting 7,974", "Duplication 870", "Spelling 206", "Input 12"],
            page.QuerySelectorAll("#categories svg > g").Select(g => Text(g.QuerySelector("text.label")!) + " " + Text(g.QuerySelector("text.count")!)));
        Assert.Equal(
            "CL3001 | Transliteration differs from the preferred form | Transliteration | 19,877 |  | 0 | 0 | 19,877 | 5,120",
            string.Join(" | ", page.QuerySelectorAll("#rules tbody tr")[0].Children.Select(Text)));
        Assert.Equal(9, page.QuerySelectorAll("#rules tbody tr").Length);
        Assert.Equal(
            [
                "1 corpus/sada-news/0412 & 0413.txt 0 27 40 CL5004 ×38 CL1002 ×11 CL3002 ×3",
                "2 corpus/al-akhbar/2023/11/كييف-تقصف.txt 0 31 12 CL1001 ×14 CL3001 ×12 CL2001 ×9",
                "3 corpus/sada-news/0977.txt 0 19 2 CL1001 ×17 CL3001 ×2",
                "4 corpus/wires.jsonl#L4410 1 0 0 CL0006 ×1",
            ],
            page.QuerySelectorAll("#documents .by-findings tbody tr").Select(row => string.Join(' ', row.Children.Select(Text).Where(cell => cell.Length > 0))));
        Assert.Equal(
            [
                "1 corpus/sada-news/0977.txt 0 19 2 150.0 CL1001 ×17 CL3001 ×2",
                "2 corpus/sada-news/0412 & 0413.txt 0 27 40 40.0 CL5004 ×38 CL1002 ×11 CL3002 ×3",
            ],
            page.QuerySelectorAll("#documents .by-density tbody tr").Select(row => string.Join(' ', row.Children.Select(Text).Where(cell => cell.Length > 0))));

        Assert.Equal("3 families in use; 3 listed families never occur.", Text(page.QuerySelector("#transliteration p.note")!));
        Assert.Equal(
            ["Kim Jong Un CL3001|2,249 occurrences · 212 documents mix forms", "Pyongyang CL3001|3,138 occurrences · 97 documents mix forms", "Telegram CL3001|423 occurrences · 4 documents mix forms"],
            page.QuerySelectorAll("#transliteration article").Select(card => Text(card.QuerySelector("h3")!) + "|" + Text(card.QuerySelector("p.note")!)));

        Assert.Equal(["زيلينسكي", "غوغل"], page.QuerySelectorAll("#discovered article h3").Select(Text));
        Assert.Equal("3,967 occurrences · context similarity 0.82", Text(page.QuerySelector("#discovered article p.note")!));
        Assert.Equal(
            ["corpus/al-akhbar ×2,210", "corpus/sada-news ×1,301", "corpus/wires.jsonl ×456"],
            page.QuerySelectorAll("#discovered article")[0].QuerySelectorAll(".sources .chip").Select(Text));
        Assert.Equal(
            [
                "شارك هذا المقال على فيسبوك وتويتر|widget a whole line|corpus/al-akhbar 3,890 of 4,100 documents (94.9%)",
                "عدد القراءات: 5321|number a whole line|corpus/al-akhbar 2,050 of 4,100 documents (50%)",
                "صدى الأخبار (خاص) -|lead-in glued before a line|corpus/sada-news 1,200 of 3,700 documents (32.4%)",
                "تابعونا على قناتنا في تلغرام|widget a whole line|corpus/sada-news 310 of 3,700 documents (8.4%)",
            ],
            page.QuerySelectorAll("#boilerplate article").Select(card =>
                Text(card.QuerySelector("p.line")!) + "|" + Text(card.QuerySelector("p.note")!) + "|" + string.Join(';', card.QuerySelectorAll("table.shares tr").Select(row => string.Join(' ', row.Children.Select(Text).Where(cell => cell.Length > 0))))));
        Assert.Equal(
            ["3 documents|First: corpus/al-akhbar/2023/11/0101.txt|corpus/sada-news/0412 & 0413.txt exact copy;corpus/wires.jsonl#afp-7781 0.91", "2 documents|First: corpus/sada-news/0977.txt|corpus/sada-news/0978.txt 0.84"],
            page.QuerySelectorAll("#duplicates article").Select(card =>
                Text(card.QuerySelector("h3")!) + "|" + Text(card.QuerySelector("p.first")!) + "|"
                + string.Join(';', card.QuerySelectorAll("tr").Select(row => string.Join(' ', row.Children.Select(Text).Where(cell => cell.Length > 0))))));
    }

    [Fact]
    public void Each_family_is_a_bar_chart_of_its_forms_running_right_to_left_with_bars_in_proportion()
    {
        var page = Parse(HtmlReportWriter.Render(ReportFixtures.Full()));
        var chart = page.QuerySelectorAll("#transliteration article svg.chart")[0];
        var rows = chart.QuerySelectorAll("g").Select(row => (
            Form: row.QuerySelector("text.form")!,
            Bar: row.QuerySelector("rect")!,
            Count: Text(row.QuerySelector("text.count")!))).ToList();

        Assert.Equal(["كيم جونج أون", "كيم جونغ أون", "كيم يونغ أون"], rows.Select(row => Text(row.Form)));
        Assert.Equal(["1,204", "988", "57"], rows.Select(row => row.Count));
        Assert.Equal(["other", "preferred", "other"], rows.Select(row => row.Bar.ClassName));
        Assert.All(rows, row =>
        {
            Assert.Equal("rtl", row.Form.GetAttribute("direction"));
            Assert.True(Number(row.Form, "x") > Number(row.Bar, "x") + Number(row.Bar, "width"), "the label is right of its bar");
        });
        var widths = rows.Select(row => Number(row.Bar, "width")).ToList();
        Assert.Equal(988.0 / 1204, widths[1] / widths[0], 2);
        Assert.Equal(57.0 / 1204, widths[2] / widths[0], 2);
        Assert.Equal(5, page.QuerySelectorAll("svg.chart.forms").Length);
    }

    [Fact]
    public void Every_rule_to_copy_has_a_button_naming_the_exact_yaml()
    {
        var page = Parse(HtmlReportWriter.Render(ReportFixtures.Full()));
        var buttons = page.QuerySelectorAll("button.copy");

        Assert.Equal(
            [
                """
                      - name: 'زيلينسكي'
                        preferred: 'زيلينسكي'
                        forms: ['زيلينسكي', 'زيلنسكي', 'زلينسكي']
                        description: 'The corpus majority. Found by corpuslint discover variants: زيلينسكي ×2871, زيلنسكي ×1032, زلينسكي ×64.'

                """,
                """
                      - name: 'غوغل'
                        preferred: 'غوغل'
                        forms: ['غوغل', 'جوجل', 'قوقل']
                        description: 'The corpus majority. Found by corpuslint discover variants: غوغل ×512, جوجل ×498, قوقل ×23.'

                """,
                ReportFixtures.VariantRules,
                @"patterns: ['شارك\s+هذا\s+المقال\s+على\s+فيسبوك\s+وتويتر']",
                @"patterns: ['عدد\s+القراءات:\s+\d+']",
                @"patterns: ['صدى\s+الأخبار\s+\(خاص\)\s+-']",
                @"patterns: ['تابعونا\s+على\s+قناتنا\s+في\s+تلغرام']",
                ReportFixtures.BoilerplateRules,
            ],
            buttons.Select(button => page.GetElementById(button.GetAttribute("data-copy")!)!.TextContent.ReplaceLineEndings()));
        Assert.Equal(buttons.Length, buttons.Select(button => button.GetAttribute("data-copy")).Distinct().Count());
    }

    [Fact]
    public void Text_from_the_corpus_is_escaped()
    {
        const string path = "corpus/<img src=x onerror=alert(1)>&.txt";
        const string name = "</title><script>alert(1)</script>";
        const string rules = "rules: [] # </code></pre><script>alert(2)</script> \"'";
        var family = new VariantFamily(name, name, [new VariantForm(name, 2, 1, [new SourceCount("<s>", 2)]), new VariantForm("\"x\"", 1, 1, [])], 1);
        var model = ReportFixtures.Clean() with
        {
            Paths = [path],
            WorstDocuments = [new DocumentFindings(0, path, 0, 1, 0, [])],
            Transliteration = new TransliterationSection([new TransliterationFamily("CL3001", name, [new FormBar("<b>بيونغ</b>", 2, 1, true)], 0)], 0),
            Discoveries = ReportFixtures.Clean().Discoveries with { Variants = new VariantReport(2, 3, [family]), VariantRules = rules },
        };

        var html = HtmlReportWriter.Render(model);
        var page = Parse(html);

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Single(page.Scripts);
        Assert.Empty(page.QuerySelectorAll("img, b, s"));
        Assert.Equal(path, Text(page.QuerySelector("#documents td.path")!));
        Assert.Equal(path, Text(page.QuerySelector(".meta code")!));
        Assert.Equal(name, Text(page.QuerySelector("#transliteration h3 bdi")!));
        Assert.Equal("<b>بيونغ</b>", Text(page.QuerySelector("#transliteration text.form")!));
        Assert.Equal(name, Text(page.QuerySelector("#discovered h3 bdi")!));
        Assert.Equal([DiscoveredRules.FamilyYaml(family), rules], page.QuerySelectorAll("#discovered pre code").Select(code => code.TextContent));
    }

    [Fact]
    public void The_page_loads_nothing_from_outside()
    {
        var html = HtmlReportWriter.Render(ReportFixtures.Full());
        var page = Parse(html);

        Assert.Empty(page.QuerySelectorAll("link, img, iframe, object, embed, video, audio, source, [src]"));
        Assert.All(page.QuerySelectorAll("[href]"), link => Assert.StartsWith("#", link.GetAttribute("href"), StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll("nav a"), link => Assert.NotNull(page.GetElementById(link.GetAttribute("href")![1..])));
        Assert.DoesNotContain("://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_sections_say_none_was_found_and_sections_not_looked_for_say_so()
    {
        var clean = Parse(HtmlReportWriter.Render(ReportFixtures.Clean()));
        var notLookedFor = Parse(HtmlReportWriter.Render(ReportFixtures.Clean() with { Duplicates = null }));

        Assert.Equal(
            [
                "No findings: the rules found nothing in this corpus.",
                "No rule found anything in this corpus.",
                "No document has a finding.",
                "None found: the corpus uses none of the 11 families the rules list.",
                "None found: every family of spellings in this corpus is listed by a rule.",
                "None found: no line recurs across enough documents of one source.",
                "None found: no two documents are copies of each other.",
            ],
            clean.QuerySelectorAll("p.empty").Select(Text));
        Assert.Equal("Not looked for: no duplicate-document rule is loaded.", Text(notLookedFor.QuerySelector("#duplicates p.empty")!));
        Assert.Empty(clean.QuerySelectorAll("button.copy, .rule-file"));
        Assert.Empty(clean.QuerySelectorAll("svg.chart"));
        Assert.Equal("0 with findings (0%)", Text(clean.QuerySelectorAll("#totals .card")[1]));
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>An element's text with runs of whitespace as one space.</summary>
    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static double Number(IElement element, string attribute) => double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);
}
