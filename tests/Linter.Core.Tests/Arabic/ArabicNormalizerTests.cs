using Linter.Core.Arabic;
using Linter.Core.Text;

namespace Linter.Core.Tests.Arabic;

public class ArabicNormalizerTests
{
    [Fact]
    public void Diacritics_are_dropped_and_map_back_to_the_letters_they_sit_on()
    {
        // قمّة: shadda (U+0651) after the meem.
        var normalized = ArabicNormalizer.Normalize("قمّة");

        Assert.Equal("قمة", normalized.Text);
        Assert.Equal(0, normalized.OriginalIndex(0));
        Assert.Equal(1, normalized.OriginalIndex(1));
        Assert.Equal(3, normalized.OriginalIndex(2));
        Assert.Equal(4, normalized.OriginalIndex(3));
    }

    [Fact]
    public void Word_characters_are_the_letters_and_digits_of_every_script()
    {
        // The Arabic letters are answered without a category look-up; every character must still get the answer the
        // look-up gives.
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.True(ArabicNormalizer.IsWordChar(c) == char.IsLetterOrDigit(c), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void Tatweel_is_dropped()
    {
        Assert.Equal("أحمد", ArabicNormalizer.Normalize("أحمــد").Text);
    }

    [Fact]
    public void Full_tashkeel_is_dropped()
    {
        Assert.Equal("بسم الله الرحمن الرحيم", ArabicNormalizer.Normalize("بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ").Text);
    }

    [Fact]
    public void Whitespace_runs_become_one_space_and_line_breaks_become_lf()
    {
        var normalized = ArabicNormalizer.Normalize("كيم \t\u00A0 جونغ\r\nأون\rبوتين\nموسكو");

        Assert.Equal("كيم جونغ\nأون\nبوتين\nموسكو", normalized.Text);
    }

    [Fact]
    public void The_lf_of_a_crlf_maps_to_the_lf()
    {
        var normalized = ArabicNormalizer.Normalize("أ\r\nب");

        Assert.Equal("أ\nب", normalized.Text);
        Assert.Equal(2, normalized.OriginalIndex(1));
        Assert.Equal(3, normalized.OriginalIndex(2));
    }

    [Fact]
    public void Format_characters_are_dropped()
    {
        // Zero-width non-joiner and right-to-left mark inside and around a word.
        Assert.Equal("بيونغ يانغ", ArabicNormalizer.Normalize("\u200Fبيو\u200Cنغ يانغ\u200F").Text);
    }

    [Fact]
    public void Persian_kaf_and_yeh_become_arabic_and_latin_is_lower_cased()
    {
        Assert.Equal("كيم afp", ArabicNormalizer.Normalize("\u06A9\u06CCم AFP").Text);
    }

    [Fact]
    public void Letter_foldings_are_not_applied_by_the_normalizer()
    {
        Assert.Equal("أوكرانيا إلى مكة", ArabicNormalizer.Normalize("أوكرانيا إلى مكة").Text);
    }

    [Fact]
    public void NormalizePhrase_trims()
    {
        Assert.Equal("بيونغ يانغ", ArabicNormalizer.NormalizePhrase("  بيونغ   يانغ \t"));
    }

    [Fact]
    public void ToOriginal_covers_marks_after_the_last_matched_letter()
    {
        // "قمّةٌ عربية": the match "قمة" ends on the ta marbuta, which carries a dammatan (U+064C).
        const string original = "قمّةٌ عربية";
        var normalized = ArabicNormalizer.Normalize(original);

        Assert.Equal("قمة عربية", normalized.Text);
        Assert.Equal(TextSpan.FromBounds(0, 5), normalized.ToOriginal(0, 3, original));
    }

    [Fact]
    public void ToOriginal_covers_tatweel_inside_and_after_the_match()
    {
        const string original = "قال أحمــدـ أمس";
        var normalized = ArabicNormalizer.Normalize(original);
        var span = normalized.ToOriginal(4, 8, original);

        Assert.Equal("قال أحمد أمس", normalized.Text);
        Assert.Equal(TextSpan.FromBounds(4, 11), span);
        Assert.Equal("أحمــدـ", original[span.Start..span.End]);
    }

    [Fact]
    public void ToOriginal_of_an_empty_range_is_empty()
    {
        const string original = "قمّة";
        var normalized = ArabicNormalizer.Normalize(original);

        Assert.Equal(new TextSpan(4, 0), normalized.ToOriginal(3, 3, original));
    }

    [Fact]
    public void Empty_text_normalizes_to_empty()
    {
        var normalized = ArabicNormalizer.Normalize(string.Empty);

        Assert.Equal(string.Empty, normalized.Text);
        Assert.Equal(0, normalized.OriginalIndex(0));
    }

    [Theory]
    [InlineData('\u064B')] // fathatan
    [InlineData('\u064E')] // fatha
    [InlineData('\u0651')] // shadda
    [InlineData('\u0652')] // sukun
    [InlineData('\u0670')] // superscript alef
    [InlineData('\u0640')] // tatweel
    public void Marks_are_ignorable(char mark)
    {
        Assert.True(ArabicNormalizer.IsIgnorableMark(mark));
    }

    [Theory]
    [InlineData('ا')]
    [InlineData('ء')]
    [InlineData('،')]
    [InlineData(' ')]
    public void Letters_and_punctuation_are_not_ignorable(char c)
    {
        Assert.False(ArabicNormalizer.IsIgnorableMark(c));
    }
}
