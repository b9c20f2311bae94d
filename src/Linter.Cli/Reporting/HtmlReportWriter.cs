using System.Globalization;
using System.Net;
using System.Text;
using Linter.Cli.Output;
using Linter.Core.Corpus;
using Linter.Core.Discovery;

namespace Linter.Cli.Reporting;

/// <summary>
/// Writes a <see cref="CorpusReportModel"/> as one self-contained HTML page: its styles, script and charts (inline
/// SVG) are in the file, and it loads nothing from anywhere, so it opens offline and can be mailed or archived as it
/// is. Every text that comes from the corpus or the rules is HTML-escaped; Arabic text is set right to left, and the
/// spelling charts run right to left with it.
/// </summary>
internal static class HtmlReportWriter
{
    /// <summary>The page for <paramref name="model"/>.</summary>
    public static string Render(CorpusReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var page = new Page();
        page.Raw("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<title>").Text(Title(model)).Raw(" · corpuslint</title>\n<style>").Raw(Style).Raw("</style>\n</head>\n<body>\n");
        Header(page, model);
        page.Raw("<main class=\"wrap\">\n");
        Totals(page, model);
        Categories(page, model);
        Rules(page, model);
        WorstDocuments(page, model);
        Transliteration(page, model.Transliteration);
        DiscoveredFamilies(page, model.Discoveries);
        Boilerplate(page, model.Discoveries);
        Duplicates(page, model.Duplicates);
        page.Raw("</main>\n<footer class=\"wrap\">Made by corpuslint ").Text(model.ToolVersion)
            .Raw(". This page is self-contained: it loads nothing from the network.</footer>\n")
            .Raw("<script>").Raw(Script).Raw("</script>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static string Title(CorpusReportModel model) =>
        $"{Plural(model.Totals.Documents, "document")}, {Plural(model.Totals.Findings.Total, "finding")}";

    private static void Header(Page page, CorpusReportModel model)
    {
        page.Raw("<header class=\"top\"><div class=\"wrap\">\n<p class=\"kicker\">corpuslint · corpus report</p>\n<h1>").Text(Title(model)).Raw("</h1>\n")
            .Raw("<p class=\"meta\">");
        foreach (var path in model.Paths)
        {
            page.Raw("<code dir=\"ltr\">").Text(path).Raw("</code> ");
        }

        page.Raw("· ").Text(Plural(model.Totals.RulesLoaded, "rule")).Raw(" loaded</p>\n<nav>");
        foreach (var (id, label) in Sections)
        {
            page.Raw("<a href=\"#").Raw(id).Raw("\">").Text(label).Raw("</a>");
        }

        page.Raw("</nav>\n</div></header>\n");
    }

    private static readonly (string Id, string Label)[] Sections =
    [
        ("totals", "Totals"), ("categories", "Categories"), ("rules", "Rules"), ("documents", "Documents"),
        ("transliteration", "Transliteration"), ("discovered", "Unlisted spellings"), ("boilerplate", "Boilerplate"), ("duplicates", "Duplicates"),
    ];

    private static void Totals(Page page, CorpusReportModel model)
    {
        var totals = model.Totals;
        page.Raw("<section id=\"totals\" class=\"cards\">\n");
        Card(page, "documents", Number(totals.Documents), "documents");
        Card(page, "affected", Number(totals.DocumentsWithFindings), $"with findings ({Percent(totals.DocumentsWithFindings, totals.Documents)})");
        Card(page, "error", Number(totals.Findings.Errors), totals.Findings.Errors == 1 ? "error" : "errors");
        Card(page, "warning", Number(totals.Findings.Warnings), totals.Findings.Warnings == 1 ? "warning" : "warnings");
        Card(page, "suggestion", Number(totals.Findings.Suggestions), totals.Findings.Suggestions == 1 ? "suggestion" : "suggestions");
        page.Raw("</section>\n");
    }

    private static void Card(Page page, string kind, string value, string label) =>
        page.Raw("<div class=\"card total ").Raw(kind).Raw("\"><span class=\"value\">").Text(value).Raw("</span> <span class=\"label\">").Text(label).Raw("</span></div>\n");

    private static void Categories(Page page, CorpusReportModel model)
    {
        SectionStart(page, "categories", "Findings by category", "Each bar splits a category's findings by severity.");
        if (model.Categories.Count == 0)
        {
            Empty(page, "No findings: the rules found nothing in this corpus.");
        }
        else
        {
            page.Raw("<div class=\"card\">");
            Legend(page, ("error", "errors"), ("warning", "warnings"), ("suggestion", "suggestions"));
            StackedChart(page, model.Categories);
            page.Raw("</div>\n");
        }

        page.Raw("</section>\n");
    }

    private static void Rules(Page page, CorpusReportModel model)
    {
        SectionStart(page, "rules", "Findings by rule", "Every rule that found something, most findings first.");
        if (model.Rules.Count == 0)
        {
            Empty(page, "No rule found anything in this corpus.");
            page.Raw("</section>\n");
            return;
        }

        var most = model.Rules.Max(rule => rule.Findings.Total);
        CollapsingTable(
            page,
            "<colgroup><col style=\"width:88px\"><col><col style=\"width:130px\"><col style=\"width:88px\"><col style=\"width:148px\"><col style=\"width:76px\"><col style=\"width:92px\"><col style=\"width:112px\"><col style=\"width:104px\"></colgroup>",
            "<tr><th>Id</th><th>Rule</th><th>Category</th><th class=\"num\">Findings</th><th></th><th class=\"num\">Errors</th><th class=\"num\">Warnings</th><th class=\"num\">Suggestions</th><th class=\"num\">Documents</th></tr>",
            model.Rules,
            "rules",
            (rule, _) =>
            {
                page.Raw("<tr><td><code>").Text(rule.Id).Raw("</code></td><td>").Text(rule.Title).Raw("</td><td>").Text(rule.Category)
                    .Raw("</td><td class=\"num\">").Text(Number(rule.Findings.Total)).Raw("</td><td>");
                MiniBar(page, rule.Findings, most);
                page.Raw("</td>");
                NumberCells(page, rule.Findings);
                page.Raw("<td class=\"num\">").Text(Number(rule.Documents)).Raw("</td></tr>\n");
            });
        page.Raw("</section>\n");
    }

    private static void WorstDocuments(Page page, CorpusReportModel model)
    {
        SectionStart(page, "documents", "Documents with the most findings", "Most findings first, then most errors; below, the most findings per 1,000 words.");
        if (model.WorstDocuments.Count == 0)
        {
            Empty(page, "No document has a finding.");
            page.Raw("</section>\n");
            return;
        }

        DocumentTable(page, model.WorstDocuments, perThousandWords: false);
        page.Raw("<h3>").Text($"Most findings per 1,000 words (documents of {Number(CorpusReportBuilder.MinRankedWords)} words or more)").Raw("</h3>\n");
        if (model.DensestDocuments.Count == 0)
        {
            Empty(page, "No document long enough has a finding.");
        }
        else
        {
            DocumentTable(page, model.DensestDocuments, perThousandWords: true);
        }

        page.Raw("</section>\n");
    }

    private static void DocumentTable(Page page, IReadOnlyList<DocumentFindings> documents, bool perThousandWords)
    {
        page.Raw(perThousandWords ? "<div class=\"by-density\">\n" : "<div class=\"by-findings\">\n");
        var most = documents.Max(document => document.Total);
        CollapsingTable(
            page,
            "<colgroup><col style=\"width:48px\"><col><col style=\"width:148px\"><col style=\"width:76px\"><col style=\"width:92px\"><col style=\"width:112px\">" + (perThousandWords ? "<col style=\"width:88px\"><col style=\"width:212px\">" : "<col style=\"width:300px\">") + "</colgroup>",
            "<tr><th class=\"num\">#</th><th>Document</th><th></th><th class=\"num\">Errors</th><th class=\"num\">Warnings</th><th class=\"num\">Suggestions</th>" + (perThousandWords ? "<th class=\"num\">Per 1,000</th>" : string.Empty) + "<th>Most frequent</th></tr>",
            documents,
            "documents",
            (document, index) =>
            {
                page.Raw("<tr><td class=\"num\">").Text(Number(index + 1)).Raw("</td><td class=\"path\"><bdi dir=\"ltr\">").Text(document.Path).Raw("</bdi></td><td>");
                var findings = new SeverityCounts(document.Errors, document.Warnings, document.Suggestions);
                MiniBar(page, findings, most);
                page.Raw("</td>");
                NumberCells(page, findings);
                if (perThousandWords)
                {
                    page.Raw("<td class=\"num\">").Text(document.PerThousandWords.ToString("N1", CultureInfo.InvariantCulture)).Raw("</td>");
                }

                page.Raw("<td>");
                foreach (var rule in document.TopRules)
                {
                    page.Raw("<span class=\"chip\"><code>").Text(rule.Id).Raw("</code> ×").Text(Number(rule.Count)).Raw("</span> ");
                }

                page.Raw("</td></tr>\n");
            });
        page.Raw("</div>\n");
    }

    /// <summary>
    /// A table showing its first rows; the rest are one click away, in a second table with the same columns (fixed
    /// widths, so both line up), so a long list does not push the charts below it out of sight.
    /// </summary>
    private static void CollapsingTable<T>(Page page, string columns, string header, IReadOnlyList<T> rows, string noun, Action<T, int> writeRow)
    {
        page.Raw("<div class=\"scroll\"><table>").Raw(columns).Raw("\n<thead>").Raw(header).Raw("</thead>\n<tbody>\n");
        for (var i = 0; i < Math.Min(rows.Count, RowsShown); i++)
        {
            writeRow(rows[i], i);
        }

        page.Raw("</tbody></table>\n");
        if (rows.Count > RowsShown)
        {
            page.Raw("<details class=\"more\"><summary>").Text($"Show {Number(rows.Count - RowsShown)} more {noun}").Raw("</summary><table>").Raw(columns).Raw("\n<tbody>\n");
            for (var i = RowsShown; i < rows.Count; i++)
            {
                writeRow(rows[i], i);
            }

            page.Raw("</tbody></table></details>\n");
        }

        page.Raw("</div>\n");
    }

    /// <summary>How many rows of a long table are shown before the rest is folded away.</summary>
    private const int RowsShown = 10;

    /// <summary>How many discovered families, boilerplate candidates and duplicate clusters the page shows, the first in rank: the page stays readable, and the rule files, discover and check list them all.</summary>
    private const int CardsShown = 50;

    private static void Transliteration(Page page, TransliterationSection section)
    {
        SectionStart(page, "transliteration", "Transliteration families", "How often the corpus uses each spelling the consistency rules list; the preferred form is green.");
        if (section.Families.Count == 0)
        {
            Empty(page, section.FamiliesNotFound == 0
                ? "None found: no consistency rule is loaded."
                : $"None found: the corpus uses none of the {Plural(section.FamiliesNotFound, "family", "families")} the rules list.");
            page.Raw("</section>\n");
            return;
        }

        page.Raw("<p class=\"note\">").Text($"{Plural(section.Families.Count, "family", "families")} in use");
        if (section.FamiliesNotFound > 0)
        {
            page.Text($"; {Plural(section.FamiliesNotFound, "listed family", "listed families")} never occur");
        }

        page.Raw(".</p>\n");
        Legend(page, ("preferred", "preferred form"), ("other", "other forms"));
        page.Raw("<div class=\"grid\">\n");
        foreach (var family in section.Families)
        {
            var occurrences = family.Forms.Sum(form => form.Occurrences);
            page.Raw("<article class=\"card family\"><h3><bdi>").Text(family.Name).Raw("</bdi> <span class=\"tag\">").Text(family.RuleId).Raw("</span></h3>\n")
                .Raw("<p class=\"note\">").Text(Plural(occurrences, "occurrence"));
            if (family.MixingDocuments > 0)
            {
                page.Raw(" · <strong>").Text(Plural(family.MixingDocuments, "document")).Raw("</strong>").Text(family.MixingDocuments == 1 ? " mixes forms" : " mix forms");
            }

            page.Raw("</p>\n");
            FormChart(page, family.Name, family.Forms);
            page.Raw("</article>\n");
        }

        page.Raw("</div>\n</section>\n");
    }

    private static void DiscoveredFamilies(Page page, CorpusDiscoveries discoveries)
    {
        SectionStart(page, "discovered", "Spelling families no rule lists", "Spellings of one name that the loaded rules do not know yet, as corpuslint discover variants finds them, each with its entry of the consistency rule.");
        var families = discoveries.Variants.Families;
        if (families.Count == 0)
        {
            Empty(page, "None found: every family of spellings in this corpus is listed by a rule.");
            page.Raw("</section>\n");
            return;
        }

        Legend(page, ("preferred", "suggested preferred form: the corpus majority"), ("other", "other forms"));
        page.Raw("<div class=\"grid\">\n");
        var index = 0;
        foreach (var family in families.Take(CardsShown))
        {
            page.Raw("<article class=\"card family\"><h3><bdi>").Text(family.Preferred).Raw("</bdi></h3>\n<p class=\"note\">")
                .Text($"{Plural(family.Occurrences, "occurrence")} · context similarity {family.ContextSimilarity.ToString("0.00", CultureInfo.InvariantCulture)}").Raw("</p>\n");
            FormChart(page, family.Preferred, [.. family.Forms.Select(form => new FormBar(form.Text, form.Occurrences, form.Documents, form.Text == family.Preferred))]);
            page.Raw("<p class=\"sources\">");
            foreach (var source in family.Sources)
            {
                page.Raw("<span class=\"chip\"><bdi>").Text(source.Source).Raw("</bdi> ×").Text(Number(source.Count)).Raw("</span> ");
            }

            page.Raw("</p>\n");
            Yaml(page, $"family-{++index}", DiscoveredRules.FamilyYaml(family), "Family entry");
            page.Raw("</article>\n");
        }

        page.Raw("</div>\n");
        More(page, families.Count, "families", "the rule file below and corpuslint discover variants list them all");
        RuleFile(page, "variant-rules", discoveries.VariantRules, "discover variants --out", "one consistency rule with every family above and a diagnostic for documents that mix forms");
        page.Raw("</section>\n");
    }

    private static void Boilerplate(Page page, CorpusDiscoveries discoveries)
    {
        SectionStart(page, "boilerplate", "Boilerplate candidates", "Lines, lead-ins and tails that recur across many documents of one source, as corpuslint discover boilerplate finds them, each with what it adds to a boilerplate rule.");
        var candidates = discoveries.Boilerplate.Candidates;
        if (candidates.Count == 0)
        {
            Empty(page, "None found: no line recurs across enough documents of one source.");
            page.Raw("</section>\n");
            return;
        }

        var index = 0;
        foreach (var candidate in candidates.Take(CardsShown))
        {
            page.Raw("<article class=\"card boilerplate\">\n<p class=\"line\" lang=\"ar\" dir=\"rtl\">").Text(candidate.Text).Raw("</p>\n<p class=\"note\"><span class=\"chip\">")
                .Text(candidate.Kind).Raw("</span> ").Text(Placement(candidate.Placement)).Raw("</p>\n<table class=\"shares\"><tbody>\n");
            foreach (var source in candidate.BoilerplateSources)
            {
                page.Raw("<tr><td><bdi>").Text(source.Source).Raw("</bdi></td><td class=\"num\">")
                    .Text($"{Number(source.Documents)} of {Plural(source.SourceDocuments, "document")} ({Percent(source.Documents, source.SourceDocuments)})").Raw("</td><td>");
                ShareBar(page, source.Share);
                page.Raw("</td></tr>\n");
            }

            page.Raw("</tbody></table>\n");
            Yaml(page, $"boilerplate-{++index}", DiscoveredRules.CandidateYaml(candidate), "Rule entry");
            page.Raw("</article>\n");
        }

        More(page, candidates.Count, "candidates", "the rule file below and corpuslint discover boilerplate list them all");
        RuleFile(page, "boilerplate-rules", discoveries.BoilerplateRules, "discover boilerplate --out", "for each source, a rule for its lines and one for its lead-ins and tails, limited to its files; lead-ins anchored to the line's start, tails to its end");
        page.Raw("</section>\n");
    }

    private static string Placement(BoilerplatePlacement placement) => placement switch
    {
        BoilerplatePlacement.Prefix => "glued before a line",
        BoilerplatePlacement.Suffix => "glued after a line",
        _ => "a whole line",
    };

    /// <summary>The whole rule file a discover command's <c>--out</c> would write, to copy as it is; nothing when it would write none.</summary>
    private static void RuleFile(Page page, string id, string? rules, string command, string what)
    {
        if (rules is null)
        {
            return;
        }

        page.Raw("<div class=\"card rule-file\"><h3>All as one rule file</h3>\n<p class=\"note\">The file <code>corpuslint ").Text(command)
            .Raw("</code> writes: ").Text(what).Raw(".</p>\n");
        Yaml(page, id, rules, "Rule file");
        page.Raw("</div>\n");
    }

    private static void Duplicates(Page page, IReadOnlyList<DuplicateCluster>? clusters)
    {
        SectionStart(page, "duplicates", "Duplicate documents", "Documents that copy an earlier one (by path order), exactly or nearly; similarity is the Jaccard index of their word shingles.");
        if (clusters is null || clusters.Count == 0)
        {
            Empty(page, clusters is null ? "Not looked for: no duplicate-document rule is loaded." : "None found: no two documents are copies of each other.");
            page.Raw("</section>\n");
            return;
        }

        foreach (var cluster in clusters.Take(CardsShown))
        {
            page.Raw("<article class=\"card cluster\"><h3>").Text(Plural(cluster.Members.Count + 1, "document")).Raw("</h3>\n")
                .Raw("<p class=\"first\">First: <bdi dir=\"ltr\" class=\"path\">").Text(cluster.First.Path).Raw("</bdi></p>\n<table><tbody>\n");
            foreach (var copy in cluster.Members)
            {
                page.Raw("<tr><td class=\"path\"><bdi dir=\"ltr\">").Text(copy.Document.Path).Raw("</bdi></td><td class=\"num\">")
                    .Text(copy.Exact ? "exact copy" : copy.Similarity.ToString("0.00", CultureInfo.InvariantCulture)).Raw("</td><td>");
                ShareBar(page, copy.Similarity);
                page.Raw("</td></tr>\n");
            }

            page.Raw("</tbody></table></article>\n");
        }

        More(page, clusters.Count, "clusters", "corpuslint check reports every copy");
        page.Raw("</section>\n");
    }

    /// <summary>Says how many of <paramref name="count"/> items were left off the page, and where they all are.</summary>
    private static void More(Page page, int count, string noun, string where)
    {
        if (count > CardsShown)
        {
            page.Raw("<p class=\"note more-items\">").Text($"The first {CardsShown} of {Number(count)} {noun}; {where}.").Raw("</p>\n");
        }
    }

    private static void SectionStart(Page page, string id, string title, string lead) =>
        page.Raw("<section id=\"").Raw(id).Raw("\">\n<h2>").Text(title).Raw("</h2>\n<p class=\"lead\">").Text(lead).Raw("</p>\n");

    private static void Empty(Page page, string message) => page.Raw("<p class=\"empty\">").Text(message).Raw("</p>\n");

    private static void Legend(Page page, params (string Kind, string Label)[] entries)
    {
        page.Raw("<p class=\"legend\">");
        foreach (var (kind, label) in entries)
        {
            page.Raw("<span><i class=\"swatch ").Raw(kind).Raw("\"></i>").Text(label).Raw("</span>");
        }

        page.Raw("</p>\n");
    }

    private static void NumberCells(Page page, SeverityCounts counts) =>
        page.Raw("<td class=\"num\">").Text(Number(counts.Errors)).Raw("</td><td class=\"num\">").Text(Number(counts.Warnings))
            .Raw("</td><td class=\"num\">").Text(Number(counts.Suggestions)).Raw("</td>");

    /// <summary>Horizontal bars, one per row, each split by severity and scaled to the largest.</summary>
    private static void StackedChart(Page page, IReadOnlyList<CategoryRow> rows)
    {
        const int width = 760, labelWidth = 150, rowHeight = 30, countWidth = 80;
        var most = Math.Max(1, rows.Max(row => row.Findings.Total));
        var height = rows.Count * rowHeight;
        page.Raw(Invariant($"<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"Findings by category\">\n"));
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, counts) = (rows[i].Category, rows[i].Findings);
            var y = i * rowHeight;
            page.Raw(Invariant($"<g><title>")).Text($"{label}: {Number(counts.Errors)} errors, {Number(counts.Warnings)} warnings, {Number(counts.Suggestions)} suggestions").Raw("</title>")
                .Raw(Invariant($"<text class=\"label\" x=\"{labelWidth - 10}\" y=\"{y + 20}\" text-anchor=\"end\">")).Text(label).Raw("</text>");
            var x = (double)labelWidth;
            foreach (var (kind, count) in new[] { ("error", counts.Errors), ("warning", counts.Warnings), ("suggestion", counts.Suggestions) })
            {
                var length = (width - labelWidth - countWidth) * (double)count / most;
                if (length > 0)
                {
                    page.Raw(Invariant($"<rect class=\"{kind}\" x=\"{x:0.#}\" y=\"{y + 6}\" width=\"{length:0.#}\" height=\"{rowHeight - 12}\"/>"));
                    x += length;
                }
            }

            page.Raw(Invariant($"<text class=\"count\" x=\"{x + 8:0.#}\" y=\"{y + 20}\">")).Text(Number(counts.Total)).Raw("</text></g>\n");
        }

        page.Raw("</svg>\n");
    }

    /// <summary>
    /// A spelling family's forms as bars running right to left, as Arabic reads: each form's label on the right,
    /// its bar growing leftwards from it, the count at the bar's end.
    /// </summary>
    private static void FormChart(Page page, string name, IReadOnlyList<FormBar> forms)
    {
        const int width = 560, rowHeight = 32, countWidth = 64;
        var labelWidth = Math.Clamp((forms.Count == 0 ? 0 : forms.Max(form => form.Form.Length) * 10) + 24, 96, 260);
        var barRight = width - labelWidth;
        var most = Math.Max(1, forms.Count == 0 ? 1 : forms.Max(form => form.Occurrences));
        var height = Math.Max(1, forms.Count) * rowHeight;
        page.Raw(Invariant($"<svg class=\"chart forms\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\""))
            .Text($"Forms of {name}").Raw("\">\n");
        for (var i = 0; i < forms.Count; i++)
        {
            var form = forms[i];
            var y = i * rowHeight;
            var length = (barRight - countWidth - 8) * (double)form.Occurrences / most;
            page.Raw("<g><title>").Text($"{form.Form}: {Plural(form.Occurrences, "occurrence")} in {Plural(form.Documents, "document")}{(form.Preferred ? " (preferred)" : string.Empty)}")
                .Raw(Invariant($"</title><text class=\"form{(form.Preferred ? " preferred" : string.Empty)}\" x=\"{width - 4}\" y=\"{y + 21}\" direction=\"rtl\" text-anchor=\"start\" lang=\"ar\">"))
                .Text(form.Form).Raw("</text>")
                .Raw(Invariant($"<rect class=\"{(form.Preferred ? "preferred" : "other")}\" x=\"{barRight - 8 - length:0.#}\" y=\"{y + 7}\" width=\"{length:0.#}\" height=\"{rowHeight - 14}\" rx=\"3\"/>"))
                .Raw(Invariant($"<text class=\"count\" x=\"{barRight - 14 - length:0.#}\" y=\"{y + 21}\" text-anchor=\"end\">")).Text(Number(form.Occurrences)).Raw("</text></g>\n");
        }

        page.Raw("</svg>\n");
    }

    /// <summary>A small bar of a row's findings by severity, scaled to the table's largest row.</summary>
    private static void MiniBar(Page page, SeverityCounts counts, long most)
    {
        const int width = 120, height = 10;
        page.Raw(Invariant($"<svg class=\"mini\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" aria-hidden=\"true\">"));
        var x = 0.0;
        foreach (var (kind, count) in new[] { ("error", counts.Errors), ("warning", counts.Warnings), ("suggestion", counts.Suggestions) })
        {
            var length = width * (double)count / Math.Max(1, most);
            if (length > 0)
            {
                page.Raw(Invariant($"<rect class=\"{kind}\" x=\"{x:0.##}\" y=\"0\" width=\"{length:0.##}\" height=\"{height}\"/>"));
                x += length;
            }
        }

        page.Raw("</svg>");
    }

    /// <summary>A bar of a share between 0 and 1.</summary>
    private static void ShareBar(Page page, double share)
    {
        const int width = 200, height = 8;
        var length = width * Math.Clamp(share, 0, 1);
        page.Raw(Invariant($"<svg class=\"share\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" aria-hidden=\"true\"><rect class=\"track\" width=\"{width}\" height=\"{height}\" rx=\"4\"/><rect class=\"fill\" width=\"{length:0.#}\" height=\"{height}\" rx=\"4\"/></svg>"));
    }

    private static void Yaml(Page page, string id, string yaml, string label)
    {
        page.Raw("<div class=\"yaml\"><button type=\"button\" class=\"copy\" data-copy=\"").Raw(id).Raw("\">Copy YAML</button>")
            .Raw("<details><summary>").Text(label).Raw("</summary><pre dir=\"ltr\"><code id=\"").Raw(id).Raw("\">").Text(yaml).Raw("</code></pre></details></div>\n");
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(long part, long whole) =>
        whole == 0 ? "0%" : (100.0 * part / whole).ToString(part * 1000 < whole ? "0.##" : "0.#", CultureInfo.InvariantCulture) + "%";

    private static string Plural(long count, string one, string? many = null) => Plurals.Of(count, one, many, grouped: true);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The page being written: markup as it is, text escaped.</summary>
    private sealed class Page
    {
        private readonly StringBuilder _html = new();

        public Page Raw(string markup)
        {
            _html.Append(markup);
            return this;
        }

        public Page Text(string text)
        {
            _html.Append(WebUtility.HtmlEncode(text));
            return this;
        }

        public override string ToString() => _html.ToString();
    }

    private const string Style = """

        :root {
          --bg: #f6f7f9; --panel: #ffffff; --ink: #1d2430; --muted: #5d6776; --line: #e2e6eb; --accent: #2f5d8a;
          --error: #c0392b; --warning: #d68a10; --suggestion: #3b7dc4; --preferred: #23895a; --other: #d9822b; --track: #e9edf2;
          --sans: system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif;
          --arabic: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Geeza Pro", "Segoe UI", "DejaVu Sans", sans-serif;
          --mono: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace;
        }
        @media (prefers-color-scheme: dark) {
          :root { --bg: #14181e; --panel: #1c222a; --ink: #e4e8ee; --muted: #9aa5b3; --line: #2c343f; --accent: #8db8e6; --track: #2a323c; }
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: var(--bg); color: var(--ink); font: 15px/1.55 var(--sans); }
        .wrap { max-width: 1180px; margin: 0 auto; padding: 0 28px; }
        [lang="ar"], bdi, .line, text.form { font-family: var(--arabic); }
        .top { background: var(--panel); border-bottom: 1px solid var(--line); padding: 26px 0 0; }
        .kicker { margin: 0; color: var(--accent); font-weight: 600; letter-spacing: .04em; text-transform: uppercase; font-size: 12px; }
        h1 { margin: 4px 0 6px; font-size: 30px; line-height: 1.2; font-weight: 700; }
        .meta { margin: 0 0 14px; color: var(--muted); }
        .meta code { background: var(--bg); border: 1px solid var(--line); border-radius: 4px; padding: 1px 6px; }
        nav { display: flex; flex-wrap: wrap; gap: 2px 18px; }
        nav a { color: var(--muted); text-decoration: none; padding: 8px 0 10px; border-bottom: 2px solid transparent; font-weight: 500; }
        nav a:hover { color: var(--ink); border-bottom-color: var(--accent); }
        main.wrap { padding-top: 24px; padding-bottom: 12px; }
        section { margin: 0 0 36px; }
        h2 { font-size: 21px; margin: 0 0 2px; }
        h3 { font-size: 17px; margin: 0 0 4px; display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
        .lead, .note { color: var(--muted); margin: 0 0 12px; }
        .empty { background: var(--panel); border: 1px dashed var(--line); border-radius: 8px; padding: 18px 20px; color: var(--muted); margin: 0; }
        .card { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 16px 18px; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 14px; }
        .total { border-top: 4px solid var(--accent); }
        .total.error { border-top-color: var(--error); } .total.warning { border-top-color: var(--warning); } .total.suggestion { border-top-color: var(--suggestion); }
        .total.affected { border-top-color: var(--muted); }
        .total .value { display: block; font-size: 28px; font-weight: 700; font-variant-numeric: tabular-nums; }
        .total .label { color: var(--muted); }
        .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(460px, 1fr)); gap: 14px; }
        .tag, .chip { display: inline-block; font-size: 12px; font-weight: 500; color: var(--muted); background: var(--bg); border: 1px solid var(--line); border-radius: 999px; padding: 0 8px; white-space: nowrap; }
        .chip code { font-size: 12px; }
        .legend { display: flex; gap: 18px; color: var(--muted); font-size: 13px; margin: 0 0 10px; }
        .swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
        .swatch.error, rect.error { background: var(--error); fill: var(--error); }
        .swatch.warning, rect.warning { background: var(--warning); fill: var(--warning); }
        .swatch.suggestion, rect.suggestion { background: var(--suggestion); fill: var(--suggestion); }
        .swatch.preferred, rect.preferred { background: var(--preferred); fill: var(--preferred); }
        .swatch.other, rect.other { background: var(--other); fill: var(--other); }
        svg.chart { display: block; max-width: 100%; height: auto; overflow: visible; }
        svg text { fill: var(--ink); font-size: 14px; font-family: var(--sans); }
        svg text.count { fill: var(--muted); font-variant-numeric: tabular-nums; }
        svg text.form { font-family: var(--arabic); font-size: 16px; }
        svg text.form.preferred { font-weight: 700; }
        svg.mini, svg.share { display: inline-block; vertical-align: middle; }
        svg.mini { background: var(--track); border-radius: 2px; }
        rect.track { fill: var(--track); } rect.fill { fill: var(--accent); }
        .scroll { overflow-x: auto; background: var(--panel); border: 1px solid var(--line); border-radius: 10px; }
        table { border-collapse: collapse; width: 100%; }
        .scroll table { table-layout: fixed; min-width: 900px; }
        details.more > summary { cursor: pointer; color: var(--accent); font-weight: 500; padding: 9px 12px; border-top: 1px solid var(--line); }
        details.more[open] > summary { border-bottom: 1px solid var(--line); }
        th, td { text-align: left; padding: 7px 12px; border-bottom: 1px solid var(--line); vertical-align: middle; }
        th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); font-weight: 600; background: var(--panel); }
        tbody tr:last-child td { border-bottom: 0; }
        tbody tr:hover td { background: var(--bg); }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .path { font-family: var(--mono); font-size: 13px; word-break: break-all; }
        .path bdi, bdi.path { font-family: var(--mono); }
        code { font-family: var(--mono); font-size: 13px; }
        .boilerplate, .cluster, .rule-file { margin-bottom: 12px; }
        .grid + .rule-file { margin-top: 12px; }
        table.shares { width: auto; } table.shares td { border: 0; padding: 2px 12px 2px 0; }
        .boilerplate .line { font-size: 19px; margin: 0 0 6px; text-align: right; }
        .sources { margin: 8px 0 0; display: flex; flex-wrap: wrap; gap: 6px; }
        .cluster table { margin-top: 6px; } .cluster td { padding: 5px 8px; } .cluster td.num { width: 110px; } .cluster td:last-child { width: 216px; }
        .first { margin: 0; color: var(--muted); }
        .yaml { margin-top: 10px; display: flex; flex-wrap: wrap; align-items: flex-start; gap: 10px; }
        .yaml details { flex: 1 1 300px; }
        .yaml summary { cursor: pointer; color: var(--muted); padding: 4px 0; }
        pre { margin: 6px 0 0; background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; overflow-x: auto; unicode-bidi: plaintext; }
        button.copy { font: 600 13px var(--sans); color: #fff; background: var(--accent); border: 0; border-radius: 6px; padding: 6px 12px; cursor: pointer; }
        button.copy:hover { filter: brightness(1.1); }
        button.copy.done { background: var(--preferred); } button.copy.failed { background: var(--error); }
        footer { color: var(--muted); font-size: 13px; padding-bottom: 32px; }
        @media (max-width: 640px) { .wrap { padding: 0 14px; } .grid { grid-template-columns: 1fr; } h1 { font-size: 24px; } }

        """;

    private const string Script = """

        (function () {
          'use strict';
          // The clipboard API needs a secure context and permission; a page opened from disk may have neither, so
          // the older copy command is the fallback, and selecting the text the last resort.
          function copyWithSelection(source) {
            var details = source.closest('details');
            if (details) { details.open = true; }
            var range = document.createRange();
            range.selectNodeContents(source);
            var selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            var copied = false;
            try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
            return copied;
          }
          function show(button, copied) {
            var label = button.getAttribute('data-label');
            button.textContent = copied ? 'Copied' : 'Selected: press Ctrl+C';
            button.classList.toggle('done', copied);
            button.classList.toggle('failed', !copied);
            window.setTimeout(function () {
              button.textContent = label;
              button.classList.remove('done', 'failed');
            }, 1800);
          }
          var buttons = document.querySelectorAll('button[data-copy]');
          Array.prototype.forEach.call(buttons, function (button) {
            button.setAttribute('data-label', button.textContent);
            button.addEventListener('click', function () {
              var source = document.getElementById(button.getAttribute('data-copy'));
              var text = source.textContent;
              if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(text).then(
                  function () { show(button, true); },
                  function () { show(button, copyWithSelection(source)); });
              } else {
                show(button, copyWithSelection(source));
              }
            });
          });
          document.documentElement.setAttribute('data-copy-buttons', String(buttons.length));
        })();

        """;
}
