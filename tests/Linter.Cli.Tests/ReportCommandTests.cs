using System.Text.Json;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using static Linter.Cli.Tests.TestRules;

namespace Linter.Cli.Tests;

public sealed class ReportCommandTests
{
    private const string Rules = """
        rules:
          - id: XX1001
            kind: substitution
            title: Pyongyang typo
            message: "'{match}' should be '{suggestion}'"
            category: Spelling
            severity: warning
            swap:
              بوينغ يانغ: بيونغ يانغ
          - id: XX3001
            kind: consistency
            title: Transliteration
            message: "'{match}' is written '{suggestion}'"
            category: Transliteration
            severity: suggestion
            families:
              - name: Zelensky
                preferred: زيلينسكي
                forms: [زيلينسكي, زيلنسكي]
              - name: Google
                preferred: غوغل
                forms: [غوغل, جوجل, قوقل]
        """;

    [Fact]
    public async Task The_seeds_report_counts_what_check_finds_and_charts_the_transliteration_families()
    {
        using var folder = new TempFolder();
        var htmlPath = Path.Combine(folder.Path, "out", "seeds.html");

        var result = await CliRunner.RunInRepositoryAsync("report", "seeds", "--html", htmlPath, "--dictionary", TestDictionary.Path);

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        Assert.Equal($"Wrote {htmlPath}: 5 documents, 0 errors, 27 warnings, 42 suggestions.{Environment.NewLine}", result.Output);
        var page = await ParseFileAsync(htmlPath);
        Assert.Equal("5 documents, 69 findings", Text(page.QuerySelector("h1")!));
        Assert.Equal(["CL3001", "27", "4"], Cells(page.QuerySelectorAll("#rules tbody tr")[0], 0, 3, 8));
        Assert.Equal((19, "Show 9 more rules"), (page.QuerySelectorAll("#rules tbody tr").Length, Text(page.QuerySelector("#rules details.more summary")!)));
        Assert.Equal(5, page.QuerySelectorAll("#documents .by-findings tbody tr").Length);
        var kim = page.QuerySelectorAll("#transliteration article")[0];
        Assert.Equal("Kim Jong Un CL3001", Text(kim.QuerySelector("h3")!));
        Assert.Equal(["كيم جونج أون 5", "كيم جونغ أون 4", "كيم جونغ-أون 4", "كيم جونغ-اون 1"], kim.QuerySelectorAll("svg g").Select(g => Text(g.QuerySelector("text.form")!) + " " + Text(g.QuerySelector("text.count")!)));
        Assert.Equal("11 families in use; 8 listed families never occur.", Text(page.QuerySelector("#transliteration p.note")!));

        // The shipped pack's duplicate-document rule looked, and the seeds are five different articles.
        Assert.Equal("None found: no two documents are copies of each other.", Text(page.QuerySelector("#duplicates p.empty")!));
    }

    [Fact]
    public async Task Forms_are_counted_over_files_and_json_lines_records_with_editorconfig_severities()
    {
        using var folder = new TempFolder();
        folder.WriteRules("r.yaml", Rules);
        folder.Write("corpus/a.txt", "قال زيلنسكي إن جوجل وقوقل و\nبوينغ يانغ");
        folder.Write("corpus/b.txt", "قال زيلينسكي لزيلنسكي");
        folder.Write("corpus/feed.jsonl", "{\"id\": \"r1\", \"text\": \"غوغل وجوجل\"}\n{\"id\": \"r2\", \"text\": 5}\n{\"id\": \"r3\", \"text\": \"بوينغ يانغ\"}\n");
        folder.Write("corpus/.editorconfig", "[feed.jsonl]\ncorpuslint_diagnostic.XX1001.severity = none\n");

        var result = await CliRunner.RunAsync(folder.Path, "report", "corpus", "--html", "report.html", "--dictionary", TestDictionary.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"Wrote report.html: 5 documents, 1 error, 1 warning, 5 suggestions.{Environment.NewLine}", result.Output);
        var page = await ParseFileAsync(Path.Combine(folder.Path, "report.html"));
        Assert.Equal(
            ["Google: جوجل 2/2, غوغل 1/1, قوقل 1/1 (2 documents mix forms)", "Zelensky: زيلنسكي 2/2, زيلينسكي 1/1 (1 document mixes forms)"],
            page.QuerySelectorAll("#transliteration article").Select(Describe));
        Assert.Equal(
            ["corpus/a.txt 0 1 3", "corpus/feed.jsonl#r2 1 0 0", "corpus/b.txt 0 0 1", "corpus/feed.jsonl#r1 0 0 1"],
            page.QuerySelectorAll("#documents .by-findings tbody tr").Select(row => string.Join(' ', Cells(row, 1, 3, 4, 5))));
    }

    [Fact]
    public async Task Findings_across_documents_count_as_in_check_and_duplicates_are_shown_as_clusters()
    {
        using var folder = new TempFolder();
        folder.WriteRules("r.yaml", CorpusRules);
        TestRules.WriteNews(folder);
        folder.Write("news/b/2.txt", Article.Replace("الكوري", "الروسي", StringComparison.Ordinal) + "\n");

        var check = await CliRunner.RunAsync(folder.Path, "check", "news");
        var result = await CliRunner.RunAsync(folder.Path, "report", "news", "--html", "report.html", "--dictionary", TestDictionary.Path);

        Assert.EndsWith($"5 files linted: 1 error, 2 warnings, 2 suggestions{Environment.NewLine}", check.Output, StringComparison.Ordinal);
        Assert.Equal((0, $"Wrote report.html: 5 documents, 1 error, 2 warnings, 2 suggestions.{Environment.NewLine}"), (result.ExitCode, result.Output));
        var page = await ParseFileAsync(Path.Combine(folder.Path, "report.html"));
        Assert.Equal(
            ["XX2004 2 2", "XX2002 1 1", "XX2003 1 1", "XX3003 1 1"],
            page.QuerySelectorAll("#rules tbody tr").Select(row => string.Join(' ', Cells(row, 0, 3, 8))));
        Assert.Equal(
            ["news/a/3.txt 0 1 1 XX2004 ×1 XX3003 ×1", "news/b/1.txt 1 0 0 XX2002 ×1", "news/b/2.txt 0 1 0 XX2003 ×1", "news/a/2.txt 0 0 1 XX2004 ×1"],
            page.QuerySelectorAll("#documents .by-findings tbody tr").Select(row => string.Join(' ', Cells(row, 1, 3, 4, 5, 6))));
        Assert.Equal("4 with findings (80%)", Text(page.QuerySelectorAll("#totals .card")[1]));

        var cluster = Assert.Single(page.QuerySelectorAll("#duplicates article"));
        Assert.Equal("3 documents", Text(cluster.QuerySelector("h3")!));
        Assert.Equal("First: news/a/1.txt", Text(cluster.QuerySelector("p.first")!));
        var copies = cluster.QuerySelectorAll("tr").Select(row => Cells(row, 0, 1)).ToList();
        Assert.Equal(["news/b/1.txt", "exact copy"], copies[0]);
        Assert.Equal("news/b/2.txt", copies[1][0]);
        Assert.InRange(double.Parse(copies[1][1], System.Globalization.CultureInfo.InvariantCulture), 0.75, 0.95);

        // A family with scope: corpus prefers the corpus majority.
        var family = Assert.Single(page.QuerySelectorAll("#transliteration article"));
        Assert.Equal("Zelensky: زيلينسكي 2/2, زيلنسكي 1/1 (1 document mixes forms)", Describe(family));
        Assert.Equal(["preferred", "other"], family.QuerySelectorAll("svg rect").Select(rect => rect.ClassName));
    }

    [Fact]
    public async Task The_jsonl_source_field_names_the_source_of_each_record_for_rules_that_count_per_source()
    {
        using var folder = new TempFolder();
        folder.WriteRules("r.yaml", CorpusRules);
        folder.Write(
            "feed.jsonl",
            $$"""
            {"id": "r1", "outlet": "x", "text": "وصل زعيم كوريا الشمالية إلى روسيا عبر قطاره المصفح في زيارة تستمر عدة أيام\n{{Footer}}"}
            {"id": "r2", "outlet": "x", "text": "قال المتحدث باسم الكرملين إن الزيارة لم تتضمن خطة لتوقيع أي اتفاقيات رسمية\n{{Footer}}"}
            {"id": "r3", "outlet": "y", "text": "أعلنت وزارة الخارجية أن الوفد سيعود إلى العاصمة بعد انتهاء المحادثات مساء اليوم\n{{Footer}}"}

            """);

        var bySource = await CliRunner.RunAsync(folder.Path, "report", "feed.jsonl", "--html", "by-source.html", "--jsonl-source", "outlet", "--dictionary", TestDictionary.Path);
        var byFolder = await CliRunner.RunAsync(folder.Path, "report", "feed.jsonl", "--html", "by-folder.html", "--dictionary", TestDictionary.Path);

        Assert.Equal($"Wrote by-source.html: 3 documents, 0 errors, 0 warnings, 2 suggestions.{Environment.NewLine}", bySource.Output);
        Assert.Equal($"Wrote by-folder.html: 3 documents, 0 errors, 0 warnings, 3 suggestions.{Environment.NewLine}", byFolder.Output);
        var page = await ParseFileAsync(Path.Combine(folder.Path, "by-source.html"));
        Assert.Equal(["feed.jsonl#r1", "feed.jsonl#r2"], page.QuerySelectorAll("#documents .by-findings tbody tr").Select(row => Cells(row, 1)[0]));
        Assert.Equal("None found: no two documents are copies of each other.", Text(page.QuerySelector("#duplicates p.empty")!));
    }

    private static readonly string[] Verbs = ["والتقى", "واستقبل", "وهاتف"];
    private static readonly string[] Guests = ["وزير الخارجية", "سفير فرنسا", "وفدا أوروبيا", "رئيس الحكومة", "قائد الجيش"];
    private static readonly string[] Topics = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الحادي عشر", "الثاني عشر"];

    /// <summary>
    /// Two outlets: news/outlet-a writes نتانياهو and ends 6 of its 8 articles with its footer, news/outlet-b writes
    /// نتنياهو. No loaded rule lists either.
    /// </summary>
    private static TempFolder DiscoveryCorpus()
    {
        var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        // 24 documents of outlet-a, its footer in 18: a source of 20 documents or more gives the leftover rule evidence.
        for (var i = 0; i < 32; i++)
        {
            var outlet = i < 24 ? "outlet-a" : "outlet-b";
            var name = i < 24 ? "نتانياهو" : "نتنياهو";
            var footer = i < 18 ? "\nجميع الحقوق محفوظة لموقع الوطن" : string.Empty;
            var topic = $"{Topics[i % 12]} {Guests[i / 12]}";
            folder.Write(
                $"news/{outlet}/{i:00}.txt",
                $"الخبر {topic}\nوقال رئيس الوزراء الإسرائيلي {name} إن الاجتماع {topic} مع الحلفاء تناول الدعم العسكري والاقتصادي.\n{Verbs[i % 3]} {name} {Guests[i % 5]} في كييف.{footer}\n");
        }

        return folder;
    }

    [Fact]
    public async Task An_unlisted_family_and_an_outlet_footer_are_shown_with_the_yaml_discover_writes_for_them()
    {
        using var folder = DiscoveryCorpus();

        var result = await CliRunner.RunAsync(folder.Path, "report", "news", "--html", "report.html", "--dictionary", TestDictionary.Path);
        var variants = await CliRunner.RunAsync(folder.Path, "discover", "variants", "news", "--out", "variants.yaml", "--dictionary", TestDictionary.Path);
        var boilerplate = await CliRunner.RunAsync(folder.Path, "discover", "boilerplate", "news", "--out", "boilerplate.yaml");

        Assert.Equal((0, $"Wrote report.html: 32 documents, 0 errors, 0 warnings, 0 suggestions.{Environment.NewLine}"), (result.ExitCode, result.Output));
        Assert.Equal((0, 0), (variants.ExitCode, boilerplate.ExitCode));
        var page = await ParseFileAsync(Path.Combine(folder.Path, "report.html"));

        var family = Assert.Single(page.QuerySelectorAll("#discovered article.family"));
        Assert.Equal("نتانياهو", Text(family.QuerySelector("h3")!));
        Assert.Equal("64 occurrences · context similarity 0.99", Text(family.QuerySelector("p.note")!));
        Assert.Equal(["نتانياهو 48", "نتنياهو 16"], family.QuerySelectorAll("svg g").Select(g => Text(g.QuerySelector("text.form")!) + " " + Text(g.QuerySelector("text.count")!)));
        Assert.Equal(["preferred", "other"], family.QuerySelectorAll("svg rect").Select(rect => rect.ClassName));
        Assert.Equal(["news/outlet-a ×48", "news/outlet-b ×16"], family.QuerySelectorAll(".sources .chip").Select(Text));
        Assert.Equal(
            """
                  - name: 'نتانياهو'
                    preferred: 'نتانياهو'
                    forms: ['نتانياهو', 'نتنياهو']
                    description: 'The corpus majority. Found by corpuslint discover variants: نتانياهو ×48, نتنياهو ×16.'

            """.ReplaceLineEndings("\n"),
            CopiedYaml(page, family));

        // The generated titles and second lines recur as shapes too (one word changing); the footer is the outlet's own.
        var footer = Assert.Single(page.QuerySelectorAll("#boilerplate article.boilerplate"), article => Text(article.QuerySelector("p.line")!) == "جميع الحقوق محفوظة لموقع الوطن");
        Assert.Equal("footer a whole line", Text(footer.QuerySelector("p.note")!));
        Assert.Equal(["news/outlet-a 18 of 24 documents (75%)"], footer.QuerySelectorAll("table.shares tr").Select(row => string.Join(' ', Cells(row, 0, 1))));
        Assert.Equal(@"patterns: ['جميع\s+الحقوق\s+محفوظه\s+لموقع\s+الوطن']", CopiedYaml(page, footer));

        // Both rule files, byte for byte as discover --out writes them; the footer's rule is limited to outlet-a's files.
        var ruleFiles = page.QuerySelectorAll(".rule-file").Select(card => CopiedYaml(page, card)).ToList();
        Assert.Equal(
            [await File.ReadAllTextAsync(Path.Combine(folder.Path, "variants.yaml")), await File.ReadAllTextAsync(Path.Combine(folder.Path, "boilerplate.yaml"))],
            ruleFiles);
        Assert.Contains("    files: ['news/outlet-a/*']\n", ruleFiles[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_reads_the_dictionary_discover_reads_and_writes_the_same_variant_rules()
    {
        using var folder = DiscoveryCorpus();
        // A dictionary that knows none of the corpus's words: الوزراء الإسرائيلي is then taken for part of a name too.
        folder.Write("unrelated.dic", "1\nكتاب\n");

        foreach (var (dictionary, families) in new[] { (TestDictionary.Path, 1), ("unrelated.dic", 2) })
        {
            var report = await CliRunner.RunAsync(folder.Path, "report", "news", "--html", "report.html", "--dictionary", dictionary);
            var discover = await CliRunner.RunAsync(folder.Path, "discover", "variants", "news", "--out", "variants.yaml", "--dictionary", dictionary);

            Assert.Equal((0, string.Empty, 0), (report.ExitCode, report.Error, discover.ExitCode));
            var page = await ParseFileAsync(Path.Combine(folder.Path, "report.html"));
            Assert.Equal(families, page.QuerySelectorAll("#discovered article.family").Length);
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(folder.Path, "variants.yaml")), CopiedYaml(page, page.QuerySelectorAll(".rule-file")[0]));
        }
    }

    [Fact]
    public async Task The_json_report_ranks_every_document_while_the_page_shows_the_worst_twenty_five()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 30; i++)
        {
            // Document i has the typo i + 1 times, so the ranking is known: the last document is the worst.
            folder.Write($"news/{i:D2}.txt", $"خبر رقم {i} عن الاقتصاد." + string.Concat(Enumerable.Repeat("\nزار بوينغ يانغ", i + 1)) + "\n");
        }

        folder.WriteRules("typo.yaml", TestRules.TypoRule);

        var result = await CliRunner.RunAsync(folder.Path, "report", "news", "--html", "report.html", "--json", "report.json", "--rules", "rules", "--dictionary", TestDictionary.Path);

        Assert.Equal((0, "Wrote report.html and report.json: 30 documents, 0 errors, 465 warnings, 0 suggestions.\n".ReplaceLineEndings()), (result.ExitCode, result.Output));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder.Path, "report.json")));
        var worst = json.RootElement.GetProperty("worstDocuments").EnumerateArray().Select(d => (d.GetProperty("path").GetString(), d.GetProperty("warnings").GetInt32())).ToList();
        Assert.Equal([.. Enumerable.Range(0, 30).Reverse().Select(i => ((string?)$"news/{i:D2}.txt", i + 1))], worst);
        var page = await ParseFileAsync(Path.Combine(folder.Path, "report.html"));
        Assert.Equal(25, page.QuerySelectorAll(".by-findings td.path").Length);
        Assert.Equal("news/29.txt", page.QuerySelector(".by-findings td.path")!.TextContent);
    }

    [Fact]
    public async Task Where_discovery_finds_nothing_both_sections_say_none_was_found()
    {
        using var folder = DiscoveryCorpus();

        // One outlet's last articles alone: one spelling of the name, and too few documents to learn a leftover from.
        var result = await CliRunner.RunAsync(folder.Path, "report", "news", "--html", "report.html", "--exclude", "news/outlet-b/**", "--exclude", "[01]*.txt", "--dictionary", TestDictionary.Path);

        Assert.Equal((0, $"Wrote report.html: 4 documents, 0 errors, 0 warnings, 0 suggestions.{Environment.NewLine}"), (result.ExitCode, result.Output));
        var page = await ParseFileAsync(Path.Combine(folder.Path, "report.html"));
        Assert.Equal(
            ["None found: every family of spellings in this corpus is listed by a rule.", "None found: no line recurs across enough documents of one source."],
            page.QuerySelectorAll("#discovered p.empty, #boilerplate p.empty").Select(Text));
        Assert.Empty(page.QuerySelectorAll("#discovered article, #boilerplate article, .rule-file, button.copy"));
    }

    [Fact]
    public async Task Include_and_exclude_choose_the_documents_and_a_previous_report_in_the_corpus_is_skipped()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write("corpus/a.txt", "بوينغ يانغ");
        folder.Write("corpus/b.md", "بوينغ يانغ");
        folder.Write("corpus/report.html", "<p>بوينغ يانغ</p>");

        var result = await CliRunner.RunAsync(folder.Path, "report", "corpus", "--html", "corpus/report.html", "--exclude", "*.md", "--dictionary", TestDictionary.Path);

        Assert.Equal($"Wrote corpus/report.html: 1 document, 0 errors, 1 warning, 0 suggestions.{Environment.NewLine}", result.Output);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Without_html_the_command_exits_two()
    {
        var result = await CliRunner.RunInRepositoryAsync("report", "seeds");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--html", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Theory]
    [InlineData("no-such-folder", "corpuslint: error: path not found: no-such-folder")]
    [InlineData("-", "corpuslint: error: 'report' does not read standard input; '-' is only for 'corpuslint check'")]
    [InlineData("a.txt", "corpuslint: error: a.txt is both a path of the corpus and the --html file")]
    public async Task Bad_paths_exit_two_and_say_why(string path, string error)
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write("a.txt", "نص");

        var result = await CliRunner.RunAsync(folder.Path, "report", path, "--html", "a.txt");

        Assert.Equal((2, error + Environment.NewLine, string.Empty), (result.ExitCode, result.Error, result.Output));
        Assert.Equal("نص", await File.ReadAllTextAsync(Path.Combine(folder.Path, "a.txt")));
    }

    [Fact]
    public async Task A_bad_rule_file_exits_two_with_its_position_and_writes_nothing()
    {
        using var folder = new TempFolder();
        folder.WriteRules("bad.yaml", TypoRule.Replace("severity: warning", "severity: fatal", StringComparison.Ordinal));
        folder.Write("a.txt", "نص");

        var result = await CliRunner.RunAsync(folder.Path, "report", "a.txt", "--html", "r.html");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("rules/bad.yaml(7,15): error: 'severity' must be one of", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "r.html")));
    }

    [Fact]
    public async Task A_bad_editorconfig_exits_two_with_its_position()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write("corpus/a.txt", "نص");
        folder.Write("corpus/.editorconfig", "[*]\ncorpuslint_diagnostic.XX1001.severity = loud\n");

        var result = await CliRunner.RunAsync(folder.Path, "report", "corpus", "--html", "r.html");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("corpus/.editorconfig(2,", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "r.html")));
    }

    [Fact]
    public async Task A_report_that_cannot_be_written_exits_two_naming_the_file()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write("a.txt", "نص");

        var result = await CliRunner.RunAsync(folder.Path, "report", "a.txt", "--html", "a.txt/r.html", "--dictionary", TestDictionary.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("corpuslint: error: could not write the report to a.txt/r.html: could not create the folder of the file:", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    private static async Task<IDocument> ParseFileAsync(string path) =>
        new HtmlParser().ParseDocument(await File.ReadAllTextAsync(path, Encoding.UTF8));

    private static string Describe(IElement card)
    {
        var forms = card.QuerySelectorAll("svg g").Select(g =>
        {
            var title = g.QuerySelector("title")!.TextContent;
            var documents = title.Split(" in ")[1].Split(' ')[0];
            return $"{Text(g.QuerySelector("text.form")!)} {Text(g.QuerySelector("text.count")!)}/{documents}";
        });
        var note = Text(card.QuerySelector("p.note")!);
        return $"{card.QuerySelector("h3 bdi")!.TextContent}: {string.Join(", ", forms)} ({note[(note.IndexOf('·', StringComparison.Ordinal) + 2)..]})";
    }

    /// <summary>The text the copy button inside <paramref name="card"/> copies.</summary>
    private static string CopiedYaml(IDocument page, IElement card) =>
        page.GetElementById(card.QuerySelector("button.copy")!.GetAttribute("data-copy")!)!.TextContent;

    private static string[] Cells(IElement row, params int[] indexes) => [.. indexes.Select(i => Text(row.Children[i]))];

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
