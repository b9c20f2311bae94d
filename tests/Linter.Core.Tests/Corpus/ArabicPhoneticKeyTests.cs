using Linter.Core.Corpus;

namespace Linter.Core.Tests.Corpus;

public sealed class ArabicPhoneticKeyTests
{
    [Theory]
    [InlineData("زيلينسكي", "زيلنسكي")]
    [InlineData("غوغل", "جوجل")]
    [InlineData("جوجل", "قوقل")]
    [InlineData("بيونغ يانغ", "بيونغيانغ")]
    [InlineData("بيونغ يانغ", "بيونج-يانج")]
    [InlineData("فوستوتشني", "فوستوشني")]
    [InlineData("زليريلة", "زليريله")]
    [InlineData("زمبدى", "زمبدي")]
    [InlineData("أوباما", "اوباما")]
    [InlineData("إبزاهام", "ابزاهام")]
    [InlineData("هيئة", "هيية")]
    [InlineData("فايننشال", "فاينانشال")]
    public void Spellings_of_one_name_share_a_key(string a, string b) =>
        Assert.Equal(ArabicPhoneticKey.Of(a), ArabicPhoneticKey.Of(b));

    [Theory]
    [InlineData("كبير", "كثير")]
    [InlineData("روسيا", "روسي")]
    [InlineData("بوتين", "بوتيم")]
    [InlineData("بوينغ", "بايانجوك")]
    public void Different_consonants_or_final_letters_give_different_keys(string a, string b) =>
        Assert.NotEqual(ArabicPhoneticKey.Of(a), ArabicPhoneticKey.Of(b));

    [Fact]
    public void The_key_keeps_first_and_last_letters_and_merges_the_g_sound() =>
        Assert.Equal("زلنسكي", ArabicPhoneticKey.Of("زيلينسكي"));

    [Theory]
    [InlineData("قال", "قائل", 1)]
    [InlineData("غوغل", "جوجل", 2)]
    [InlineData("", "كيم", 3)]
    [InlineData("بيونغ", "بيونغ", 0)]
    public void Edit_distance_counts_single_character_edits(string a, string b, int expected) =>
        Assert.Equal(expected, ArabicPhoneticKey.EditDistance(a, b));

    [Theory]
    [InlineData("مورينيو", "مارينو", true)]
    [InlineData("تشونغ", "تشانغ", true)]
    [InlineData("بيلسا", "بييلسا", false)]
    [InlineData("هاورد", "هاوورد", false)]
    [InlineData("تايلور", "تيلور", true)]
    [InlineData("ديزي", "دزيي", true)]
    [InlineData("زيلينسكي", "زيلنسكي", false)]
    public void A_vowel_written_twice_where_nothing_else_differs_is_no_other_vowel(string a, string b, bool substitutes) =>
        Assert.Equal(substitutes, ArabicPhoneticKey.SubstitutesVowel(a, b));
}
