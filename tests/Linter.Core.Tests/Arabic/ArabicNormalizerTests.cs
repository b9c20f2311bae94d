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

    [Fact]
    public void Runs_copied_at_once_normalize_as_each_character_would_alone()
    {
        // Every character between letters and spaces, then random texts rich in what ends a copied run: doubled
        // spaces, whitespace before a space, line breaks, marks, format characters, capitals.
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            AssertAsEachCharacter($"ب{c}ب {c} {c}{c}  {c}");
        }

        const string alphabet = "  \t\u00A0\r\nبةي٣3a.،\u064E\u0640\u200CZ\u06A9«";
        var random = new Random(21);
        for (var sample = 0; sample < 2_000; sample++)
        {
            AssertAsEachCharacter(new string([.. Enumerable.Range(0, random.Next(0, 200)).Select(_ => alphabet[random.Next(alphabet.Length)])]));
        }

        static void AssertAsEachCharacter(string text)
        {
            var (expected, map) = EachCharacter(text);
            var normalized = ArabicNormalizer.Normalize(text);
            Assert.Equal(expected, normalized.Text);
            Assert.Equal(map, Enumerable.Range(0, normalized.Text.Length).Select(normalized.OriginalIndex));
        }
    }

    /// <summary>The normalization's rules applied one character at a time, as the documentation of <see cref="ArabicNormalizer"/> states them.</summary>
    private static (string Text, List<int> Map) EachCharacter(string text)
    {
        var builder = new System.Text.StringBuilder();
        var map = new List<int>();
        var inSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (ArabicNormalizer.IsIgnorableMark(c) || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                continue;
            }

            if (c is '\r' or '\n')
            {
                builder.Append('\n');
                map.Add(i);
                inSpace = false;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    builder.Append(' ');
                    map.Add(i);
                }

                inSpace = true;
                continue;
            }

            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            inSpace = false;
            builder.Append(c switch
            {
                '\u06A9' => '\u0643',
                '\u06CC' => '\u064A',
                _ when char.IsUpper(c) && !char.IsSurrogate(c) => char.ToLowerInvariant(c),
                _ => c,
            });
            map.Add(i);
        }

        return (builder.ToString(), map);
    }
}
