using Linter.Core.Pipeline;
using Linter.Core.Tests.Pipeline;
using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using Linter.Core.Fixes;
using Linter.Core.Rules;
using Linter.Core.Rules.Kinds;
using static Linter.Core.Tests.TestSupport;

namespace Linter.Core.Tests.Corpus;

public sealed class CorpusRuleTests
{
    private const string Footer = "جميع الحقوق محفوظة لموقع الأخبار ولا يجوز نقل أي مادة دون إذن مسبق من إدارة التحرير";

    private static readonly string Majority = Rule("consistency", """
        families:
          - name: Zelensky
            scope: corpus
            forms: [زيلنسكي, زيلينسكي, زيلانسكي]
        """, message: "{match}: {suggestion} ({counts})", id: "XX3003");

    private static readonly string Paragraphs = Rule("repeated-paragraph", """
        min_words: 12
        min_documents: 3
        min_percent: 50
        """, message: "{count} of {total} in {source}, first in {original}", id: "XX2004", category: "Duplication");

    [Fact]
    public void The_corpus_majority_is_preferred_and_each_other_form_is_flagged_with_the_counts_and_a_fix()
    {
        var engine = new LintEngine(Load(Majority));

        var diagnostics = CorpusRun.LintCorpus(engine, 
        [
            ("a/1.txt", "قال زيلينسكي اليوم"),
            ("a/2.txt", "وأضاف لزيلينسكي ثم زيلنسكي"),
            ("b/3.txt", "رد زيلينسكي"),
        ]);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("a/2.txt(1,20): XX3003: زيلنسكي: زيلينسكي (زيلينسكي ×3, زيلنسكي ×1)", Show(diagnostic));
        Assert.Equal("وأضاف لزيلينسكي ثم زيلينسكي", FixApplier.ApplyOnce("وأضاف لزيلينسكي ثم زيلنسكي", diagnostics).Text);
    }

    [Fact]
    public void A_tie_goes_to_the_form_listed_first_whatever_the_order_of_documents()
    {
        var engine = new LintEngine(Load(Majority));

        var diagnostics = CorpusRun.LintCorpus(engine, [("1.txt", "زيلينسكي"), ("2.txt", "زيلنسكي")]);

        Assert.Equal("1.txt(1,1): XX3003: زيلينسكي: زيلنسكي (زيلنسكي ×1, زيلينسكي ×1)", Show(Assert.Single(diagnostics)));
    }

    [Fact]
    public void A_single_document_is_linted_without_findings_across_documents()
    {
        var engine = new LintEngine(Load(Majority));

        Assert.Empty(engine.LintText("doc.txt", "زيلينسكي زيلينسكي زيلنسكي"));
    }

    [Fact]
    public void Fixing_a_corpus_family_needs_the_corpus_counts_and_then_fixes_each_document_alone()
    {
        var engine = new LintEngine(Load(Majority));
        Assert.True(engine.FixesNeedCorpus);
        var corpus = engine.StartCorpus();
        Runs.Collect(engine, "1.txt", "زيلانسكي وزيلانسكي", corpus, 0, string.Empty);
        Runs.Collect(engine, "2.txt", "زيلنسكي", corpus, 1, string.Empty);

        var fixer = new DocumentFixer(engine.Resolve(corpus));

        Assert.Equal("وزيلانسكي", fixer.FixText("2.txt", "وزيلنسكي").Text);
        Assert.Equal("زيلانسكي", fixer.FixText("3.txt", "زيلانسكي").Text);
    }

    [Fact]
    public void Each_family_counts_its_forms_in_all_per_source_and_in_documents_and_the_documents_that_mix_them()
    {
        var rules = Load(Majority);
        var engine = new LintEngine(rules);
        var corpus = engine.StartCorpus();
        Runs.Lint(engine, "a/1.txt", "زيلينسكي وزيلنسكي", corpus, 0, "a");
        Runs.Lint(engine, "b/2.txt", "زيلينسكي", corpus, 1, "b");

        var family = Assert.Single(((ConsistencyRule)rules.Rules[0]).Counts(corpus));

        Assert.Equal("زيلينسكي", family.Preferred);
        Assert.True(family.CorpusScope);
        Assert.Equal(1, family.MixingDocuments);
        Assert.Equal(
            ["زيلنسكي 1 in 1 a=1", "زيلينسكي 2 in 2 a=1 b=1", "زيلانسكي 0 in 0"],
            family.Forms.Select(form => string.Join(' ', [form.Form, $"{form.Count} in {form.Documents}", .. form.PerSource.Select(pair => $"{pair.Key}={pair.Value}")])));
    }

    [Fact]
    public void A_corpus_family_with_a_preferred_form_or_a_document_family_without_one_is_refused()
    {
        var errors = LoadErrors(new RuleFile(RulePath, Rule("consistency", """
            families:
              - name: A
                scope: corpus
                preferred: زيلنسكي
                forms: [زيلنسكي, زيلينسكي]
              - name: B
                forms: [بلينكن, بلنكن]
            """)));

        Assert.Equal(2, errors.Count);
        AssertError(errors[0], 11, 20, "'A' has scope: corpus, so the form the corpus uses most is preferred; remove 'preferred'");
        AssertError(errors[1], 13, 9, "the family 'B' is missing the key 'preferred'");
    }

    [Fact]
    public void A_paragraph_in_enough_documents_of_one_source_is_flagged_in_each_pointing_at_the_first()
    {
        var engine = new LintEngine(Load(Paragraphs));

        var diagnostics = CorpusRun.LintCorpus(engine, 
        [
            ("a/1.txt", "خبر أول\n  " + Footer + "  "),
            ("a/2.txt", "خبر ثان\n" + Footer.Replace("الحقوق", "الحقـوق", StringComparison.Ordinal)),
            ("a/3.txt", "خبر ثالث"),
            ("a/4.txt", Footer + "\nخبر رابع"),
            ("b/5.txt", Footer),
            ("b/6.txt", Footer),
            ("b/7.txt", "خبر"),
        ]);

        Assert.Equal(
            [
                "a/1.txt(2,3): XX2004: 3 of 4 in a, first in a/1.txt",
                "a/2.txt(2,1): XX2004: 3 of 4 in a, first in a/1.txt [a/1.txt(2,3): first occurrence]",
                "a/4.txt(1,1): XX2004: 3 of 4 in a, first in a/1.txt [a/1.txt(2,3): first occurrence]",
            ],
            diagnostics.Select(Show));
        Assert.Equal(Footer.Length, diagnostics[0].Span.Length);
        Assert.Equal(DiagnosticFingerprint.LineKey(Footer), diagnostics[0].LineKey);
    }

    [Fact]
    public void Duplicates_point_at_the_first_occurrence_by_path_order()
    {
        var rules = Load(Rule("duplicate-document", """
            near:
              id: XX2003
              message: "near {original} {similarity}"
              severity: suggestion
            """, message: "same as {original}", id: "XX2002", category: "Duplication"));
        const string Article = "أكد الكرملين الجمعة عدم توقيع روسيا وكوريا الشمالية أي اتفاقيات بشأن القضايا العسكرية أو في أي مجالات أخرى خلال زيارة الزعيم الكوري الشمالي لروسيا هذا الأسبوع وقال المتحدث إن الزيارة لم تتضمن خطة لتوقيع أي اتفاقيات رسمية";

        var engine = new LintEngine(rules);
        var corpus = engine.StartCorpus();
        List<(string Path, string Text)> documents =
        [
            ("a.txt", Article),
            ("b.txt", "خبر آخر لا علاقة له بما سبق من كلام عن زيارة أو عن اتفاقيات موقعة"),
            ("c.txt", Article + "\n"),
            ("d.txt", Article.Replace("الجمعة", "السبت", StringComparison.Ordinal)),
        ];
        for (var i = 0; i < documents.Count; i++)
        {
            Runs.Lint(engine, documents[i].Path, documents[i].Text, corpus, i, string.Empty);
        }

        var diagnostics = engine.FinishCorpus(corpus);
        var cluster = Assert.Single(((DuplicateDocumentRule)rules.Rules[0]).Clusters(corpus));
        Assert.Equal("a.txt: c.txt exact 1, d.txt near", $"{cluster.First.Path}: {string.Join(", ", cluster.Members.Select(m => $"{m.Document.Path} {(m.Exact ? "exact " + m.Similarity : "near")}"))}");

        var similarity = int.Parse(diagnostics[1].Message["near a.txt ".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            [
                "c.txt(1,1): XX2002: same as a.txt [a.txt(1,1): first occurrence]",
                $"d.txt(1,1): XX2003: near a.txt {similarity}% [a.txt(1,1): first occurrence]",
            ],
            diagnostics.Select(Show));
        var exact = WordShingles.Jaccard(Article, Article.Replace("الجمعة", "السبت", StringComparison.Ordinal), 3);
        Assert.InRange(exact, 0.8, 0.9);
        Assert.InRange(similarity, 80, (exact * 100) + 10);
        Assert.Throws<InvalidOperationException>(() => corpus.Merge(engine.StartCorpus()));
    }

    private static string Show(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.Start;
        var related = string.Concat(diagnostic.RelatedLocations.Select(r => $" [{r.Path}({r.Location.Start.Line + 1},{r.Location.Start.Column + 1}): {r.Message}]"));
        return $"{diagnostic.Path}({start.Line + 1},{start.Column + 1}): {diagnostic.Id}: {diagnostic.Message}{related}";
    }
}
