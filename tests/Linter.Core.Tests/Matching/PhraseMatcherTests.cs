using Linter.Core.Arabic;
using Linter.Core.Matching;

namespace Linter.Core.Tests.Matching;

public class PhraseMatcherTests
{
    private static readonly object Owner = new();

    private static List<PhraseMatch> Find(string text, params PhraseRegistration[] registrations) =>
        new PhraseMatcher(registrations).FindAll(ArabicNormalizer.Normalize(text));

    private static PhraseRegistration Phrase(string phrase, LetterFolds folds = LetterFolds.None, bool clitics = true, object? owner = null) =>
        new(owner ?? Owner, ArabicNormalizer.NormalizePhrase(phrase), folds, clitics, null);

    [Fact]
    public void Finds_a_phrase_as_a_whole_word()
    {
        var match = Assert.Single(Find("التقى كيم بوتين", Phrase("كيم")));

        Assert.Equal((6, 9, 0), (match.Start, match.End, match.PrefixLength));
    }

    [Theory]
    [InlineData("درس الكيمياء")]
    [InlineData("كيمياء")]
    [InlineData("مكيم")]
    [InlineData("كيمي وكيمو")]
    public void Does_not_match_inside_a_longer_word(string text)
    {
        Assert.Empty(Find(text, Phrase("كيم")));
    }

    [Theory]
    [InlineData("وكيم", 1)]
    [InlineData("فكيم", 1)]
    [InlineData("لكيم", 1)]
    [InlineData("بكيم", 1)]
    [InlineData("وبكيم", 2)]
    [InlineData("والكيم", 3)]
    [InlineData("فبالكيم", 4)]
    public void Matches_after_proclitics_and_reports_the_prefix_length(string text, int prefixLength)
    {
        var match = Assert.Single(Find(text, Phrase("كيم")));

        Assert.Equal(prefixLength, match.PrefixLength);
        Assert.Equal(prefixLength, match.Start);
        Assert.Equal(text.Length, match.End);
    }

    [Fact]
    public void Proclitics_are_refused_when_the_registration_does_not_allow_them()
    {
        Assert.Empty(Find("وكيم", Phrase("كيم", clitics: false)));
        Assert.Single(Find("كيم", Phrase("كيم", clitics: false)));
    }

    [Fact]
    public void Matches_at_the_very_start_and_the_very_end()
    {
        var matches = Find("كيم التقى كيم", Phrase("كيم"));

        Assert.Equal([(0, 3), (10, 13)], matches.Select(m => (m.Start, m.End)));
    }

    [Fact]
    public void Each_registration_matches_under_its_own_folds()
    {
        var folded = Phrase("احمد", LetterFolds.Alef, owner: "folded");
        var exact = Phrase("احمد", LetterFolds.None, owner: "exact");

        var matches = Find("قال أحمد واحمد", folded, exact);

        Assert.Equal(
            [("folded", 4), ("folded", 10), ("exact", 10)],
            matches.Select(m => ((string)m.Registration.Owner, m.Start)));
    }

    [Fact]
    public void Overlapping_phrases_are_all_found()
    {
        var matches = Find("وصل إلى بيونغ يانغ", Phrase("بيونغ"), Phrase("بيونغ يانغ"), Phrase("يانغ"));

        Assert.Equal([(8, 13), (8, 18), (14, 18)], matches.Select(m => (m.Start, m.End)));
    }

    [Fact]
    public void A_phrase_does_not_match_across_a_line_break()
    {
        Assert.Empty(Find("بيونغ\nيانغ", Phrase("بيونغ يانغ")));
        Assert.Single(Find("بيونغ  \t يانغ", Phrase("بيونغ يانغ")));
    }

    [Fact]
    public void A_phrase_bounded_by_punctuation_needs_no_word_boundary()
    {
        var match = Assert.Single(Find("صدى نيوز -(أ ف ب)- أعلن", Phrase("(أ ف ب)")));

        Assert.Equal((10, 17), (match.Start, match.End));
    }

    [Fact]
    public void An_empty_phrase_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new PhraseMatcher([new PhraseRegistration(Owner, string.Empty, LetterFolds.None, true, null)]));
    }

    [Fact]
    public void No_registrations_find_nothing()
    {
        Assert.Empty(new PhraseMatcher([]).FindAll(ArabicNormalizer.Normalize("كيم")));
    }
}
