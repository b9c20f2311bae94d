using Linter.Core.Tests.Pipeline;
using System.Text.Json;
using Linter.Core.Arabic;
using Linter.Core.Corpus;
using Linter.Core.Discovery;

namespace Linter.Core.Tests.Corpus;

public sealed class VariantDiscoveryTests
{
    private static readonly ListedSpellings NothingListed = new([]);
    private static readonly string[] Verbs = ["والتقى", "واستقبل", "وهاتف"];
    private static readonly string[] Guests = ["وزير الخارجية", "سفير فرنسا", "وفدا أوروبيا", "رئيس الحكومة", "قائد الجيش"];

    /// <summary>
    /// Two outlets writing one name their own way, in the same sentences, and an ordinary noun (الكتاب, كاتب) whose
    /// letters fold to those of another.
    /// </summary>
    private static List<CorpusDocument> Documents()
    {
        var documents = new List<CorpusDocument>();
        for (var i = 0; i < 12; i++)
        {
            var (source, name) = i < 8 ? ("outlet-a", "زيلينسكي") : ("outlet-b", "زيلنسكي");
            var text = $"وقال الرئيس الأوكراني {name} إن الحرب مستمرة.\n{Verbs[i % Verbs.Length]} {name} {Guests[i % Guests.Length]} في كييف.\n" +
                (i % 2 == 0 ? "وصدر الكتاب الجديد عن دار النشر.\n" : "وقال الكاتب إن الرواية جديدة.\n") +
                (i == 3 ? $"ويرى و{name} أن السلام بعيد.\n" : string.Empty);
            documents.Add(CorpusDocument.Create(i, $"{source}/{i}.txt", source, text));
        }

        return documents;
    }

    private static VariantState Collect(IEnumerable<CorpusDocument> documents)
    {
        var state = new VariantState();
        foreach (var document in documents)
        {
            state.Collect(document);
        }

        return state;
    }

    [Fact]
    public void Finds_the_family_with_counts_per_form_and_source_and_the_majority_preferred()
    {
        var report = VariantDiscovery.Discover(Collect(Documents()), NothingListed);

        var family = Assert.Single(report.Families, family => family.Preferred.Contains("زيلينسكي", StringComparison.Ordinal));
        Assert.Equal(["زيلينسكي"], report.Families.Select(family => family.Preferred));
        // وزيلينسكي is counted for زيلينسكي, and its document once more.
        Assert.Equal(
            ["زيلينسكي 17 9 outlet-a:17", "زيلنسكي 8 4 outlet-b:8"],
            family.Forms.Select(form => $"{form.Text} {form.Occurrences} {form.Documents} {string.Join(",", form.Sources.Select(s => $"{s.Source}:{s.Count}"))}"));
        Assert.Equal(0.958, family.ContextSimilarity);
        Assert.Equal(12, report.Documents);
    }

    [Fact]
    public void Listed_spellings_are_left_out()
    {
        var report = VariantDiscovery.Discover(Collect(Documents()), new ListedSpellings(["زيلنسكي"]));

        Assert.Empty(report.Families);
    }

    [Theory]
    [InlineData("ميخائيل ديجتياريف", true)]
    [InlineData("كيم جونج اون", true)]
    [InlineData("كيم جونج", false)]
    [InlineData("جونج أون كوريا", false)]
    [InlineData("زيلينسكي", false)]
    public void A_term_is_covered_when_it_holds_a_listed_spelling(string term, bool covered) =>
        Assert.Equal(covered, new ListedSpellings(["ديجتياريف", "كيم جونج أون"]).Covers(term));

    [Fact]
    public void The_listed_phrases_that_hold_a_part_are_given_folded() =>
        Assert.Equal(["كيم جونج اون"], new ListedSpellings(["ديجتياريف", "كيم جونج أون"]).PhrasesHolding("كيم جونج"));

    [Fact]
    public void A_word_that_takes_the_article_is_no_spelling_of_a_name()
    {
        var documents = Enumerable.Range(0, 10).Select(i => CorpusDocument.Create(
            i, $"{i}.txt", "a", i % 2 == 0 ? "وصدر الكتاب الجديد عن الدار.\nوقرأ كتاب الجديد أمس.\n" : "وقال الكاتب الجديد عن الدار.\nوقال كاتب الجديد أمس.\n")).ToList();

        Assert.Empty(VariantDiscovery.Discover(Collect(documents), NothingListed).Families);
    }

    [Fact]
    public void Two_word_names_apart_and_joined_are_one_family()
    {
        var documents = Enumerable.Range(0, 9).Select(i => CorpusDocument.Create(
            i, $"{i}.txt", "a", $"وزار الوفد {(i < 5 ? "بيونغ يانغ" : "بيونغيانغ")} {Guests[i % Guests.Length]}.\n")).ToList();

        var family = Assert.Single(VariantDiscovery.Discover(Collect(documents), NothingListed).Families);

        Assert.Equal(["بيونغ يانغ", "بيونغيانغ"], family.Forms.Select(form => form.Text));
        Assert.Equal(2, family.Words);
    }

    [Fact]
    public void Merging_two_half_corpus_states_gives_the_report_of_one_pass()
    {
        var documents = Documents();
        var whole = Collect(documents);
        var first = Collect(documents.Where((_, i) => i % 3 != 0));
        first.Merge(Collect(documents.Where((_, i) => i % 3 == 0)));

        Assert.Equal(
            JsonSerializer.Serialize(VariantDiscovery.Discover(whole, NothingListed)),
            JsonSerializer.Serialize(VariantDiscovery.Discover(first, NothingListed)));
        Assert.Equal(whole.EstimatedBytes, first.EstimatedBytes);
        Assert.Equal(whole.Words, first.Words);
    }

    [Fact]
    public void The_parallel_run_gives_the_report_of_one_pass()
    {
        var documents = Documents();

        var parallel = Runs.Collect(() => new VariantState(), documents, maxParallelism: 4);

        Assert.Equal(
            JsonSerializer.Serialize(VariantDiscovery.Discover(Collect(documents), NothingListed)),
            JsonSerializer.Serialize(VariantDiscovery.Discover(parallel, NothingListed)));
    }
}

public sealed class VariantDiscoveryLexiconTests
{
    private static readonly ListedSpellings NothingListed = new([]);
    private static readonly string[] Guests = ["وزير الخارجية", "سفير فرنسا", "وفدا أوروبيا", "رئيس الحكومة", "قائد الجيش"];

    /// <summary>Each of <paramref name="forms"/> written <c>count</c> times in the same sentences, spread over documents.</summary>
    private static VariantState Collect(ArabicLexicon lexicon, params (string Form, int Count)[] forms)
    {
        var state = new VariantState(lexicon);
        var id = 0;
        foreach (var (form, count) in forms)
        {
            for (var i = 0; i < count; i++)
            {
                state.Collect(CorpusDocument.Create(id, $"{id}.txt", "a", $"واستقبل {form} {Guests[i % Guests.Length]} في العاصمة.\n"));
                id++;
            }
        }

        return state;
    }

    /// <summary>A lexicon of <paramref name="words"/> and the words of the test's sentences, which are ordinary words.</summary>
    private static ArabicLexicon Lexicon(params string[] words) =>
        ArabicLexicon.Of([.. words, .. Guests.SelectMany(guest => guest.Split(' ')), "استقبل", "العاصمة"]);

    private static IEnumerable<string> Families(VariantState state) =>
        VariantDiscovery.Discover(state, NothingListed).Families.Select(family => string.Join(" ~ ", family.Forms.Select(form => form.Text)));

    [Fact]
    public void Two_words_the_lexicon_knows_are_never_one_family() =>
        Assert.Empty(Families(Collect(Lexicon("محمد", "محمود"), ("محمد", 12), ("محمود", 8))));

    [Fact]
    public void Two_known_spellings_of_a_loanword_that_differ_in_its_g_are_one_family() =>
        Assert.Equal(["الكونغرس ~ الكونجرس"], Families(Collect(Lexicon("كونغرس", "كونجرس"), ("الكونغرس", 12), ("الكونجرس", 8))));

    [Fact]
    public void A_spelling_the_lexicon_does_not_know_joins_a_known_word_it_differs_from_in_a_vowel() =>
        Assert.Equal(["ميليشيات ~ مليشيات"], Families(Collect(Lexicon("ميليشيات"), ("ميليشيات", 12), ("مليشيات", 8))));

    [Fact]
    public void Two_names_that_differ_in_a_vowel_are_not_one_family() =>
        Assert.Empty(Families(Collect(Lexicon(), ("مورينيو", 12), ("مارينو", 8))));

    [Fact]
    public void Two_inflections_of_one_word_are_not_one_family() =>
        Assert.Empty(Families(Collect(Lexicon(), ("علاقته", 12), ("علاقاته", 8))));

    [Fact]
    public void A_name_keeps_a_first_letter_that_is_also_a_clitic_and_a_spelling_that_a_clitic_turns_into_it_is_left_out()
    {
        // بوينغ is Boeing, not ب and وينغ; a rule for وينغ would match inside بوينغ, so وينغ ~ وانغ is not written.
        var families = Families(Collect(Lexicon(), ("بوينغ", 12), ("بوينج", 6), ("وينغ", 4), ("وانغ", 6)));

        Assert.Equal(["بوينغ ~ بوينج"], families);
    }

    [Fact]
    public void A_name_written_mostly_alone_is_not_listed_by_a_listed_phrase_that_holds_it()
    {
        // The typo بوينغ يانغ (for بيونغ يانغ) is listed; بوينغ alone is Boeing and its spellings are still found.
        var state = Collect(Lexicon(), ("بوينغ", 12), ("بوينج", 6), ("بوينغ يانغ", 2));
        var listed = new ListedSpellings(["بوينغ يانغ"]);

        Assert.Equal(["بوينغ ~ بوينج"], VariantDiscovery.Discover(state, listed).Families.Select(family => string.Join(" ~ ", family.Forms.Select(form => form.Text))));
    }

    [Fact]
    public void A_part_written_mostly_inside_a_listed_phrase_is_listed_with_it()
    {
        var state = Collect(Lexicon(), ("كيم جونغ", 2), ("كيم جونج", 2), ("كيم جونغ أون", 10), ("كيم جونج أون", 10));

        Assert.Empty(VariantDiscovery.Discover(state, new ListedSpellings(["كيم جونغ أون", "كيم جونج أون"])).Families);
    }

    [Fact]
    public void Two_names_a_vowel_apart_are_told_apart_by_the_company_one_keeps_where_both_are_written()
    {
        // كريتر and والتواهي, two districts of Aden, go together; كارتر, as common in the same outlet, never with it.
        var state = new VariantState(Lexicon());
        for (var i = 0; i < 30; i++)
        {
            state.Collect(CorpusDocument.Create(i, $"{i}.txt", "a", $"واستقبل كارتر {Guests[i % Guests.Length]} في العاصمة.\n"));
            state.Collect(CorpusDocument.Create(100 + i, $"c{i}.txt", "a", i < 15 ? "واستقبل كريتر والتواهي في العاصمة.\n" : $"واستقبل كريتر {Guests[i % Guests.Length]} في العاصمة.\n"));
        }

        Assert.Empty(VariantDiscovery.Discover(state, NothingListed).Families);
    }

    /// <summary>
    /// The majority spelling written 8 times between the same two words, the other once so and six times among other
    /// words: two spellings whose neighbours agree a little.
    /// </summary>
    private static VariantState CollectApart(string majority, string other)
    {
        var state = new VariantState(Lexicon("زار", "شكر", "قائد", "وزير", "سفير"));
        string[] sentences = [.. Enumerable.Repeat($"واستقبل {majority} وزير", 8), $"واستقبل {other} وزير", .. Enumerable.Repeat($"زار {other} سفير", 3), .. Enumerable.Repeat($"شكر {other} قائد", 3)];
        for (var id = 0; id < sentences.Length; id++)
        {
            state.Collect(CorpusDocument.Create(id, $"{id}.txt", "a", $"{sentences[id]} في العاصمة.\n"));
        }

        return state;
    }

    [Theory]
    [InlineData("غراند", "جراند")]
    [InlineData("تورنتو", "تورونتو")]
    public void Two_unknown_spellings_a_g_or_a_vowel_letter_of_a_long_name_apart_need_little_common_context(string majority, string other)
    {
        var family = Assert.Single(VariantDiscovery.Discover(CollectApart(majority, other), NothingListed).Families);

        Assert.Equal([majority, other], family.Forms.Select(form => form.Text));
        Assert.InRange(family.ContextSimilarity, new VariantOptions().MinSpellingContextSimilarity, new VariantOptions().MinContextSimilarity);
    }

    [Fact]
    public void Two_short_names_a_vowel_letter_apart_need_the_same_context() =>
        Assert.Empty(VariantDiscovery.Discover(CollectApart("ماركوس", "ماركس"), NothingListed).Families);

    [Fact]
    public void Spellings_seen_in_too_few_documents_need_the_same_context()
    {
        var state = CollectApart("غراند", "جراند");

        Assert.Empty(VariantDiscovery.Discover(state, NothingListed, new VariantOptions { MinSpellingDocuments = 8 }).Families);
    }
    [Fact]
    public void An_adverb_beside_its_nisba_adjective_is_no_spelling_of_a_known_name()
    {
        // جينيا, genetically, is not Kenya spelled with ج once its adjective جينية is as common.
        Assert.Equal(["كينيا ~ جينيا"], Families(Collect(Lexicon("كينيا"), ("كينيا", 20), ("جينيا", 6))));
        Assert.DoesNotContain(Families(Collect(Lexicon("كينيا"), ("كينيا", 20), ("جينيا", 6), ("جينية", 6))), family => family.Contains("جينيا", StringComparison.Ordinal));
    }
}
