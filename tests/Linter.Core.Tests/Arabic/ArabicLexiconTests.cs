using Linter.Core.Arabic;

namespace Linter.Core.Tests.Arabic;

public sealed class ArabicLexiconTests
{
    /// <summary>Lines as Debian's hunspell-ar writes them: the count, then entries with their affix flags.</summary>
    private static ArabicLexicon Lexicon() => ArabicLexicon.Read(new StringReader("170812\nعلاقة/65\nزوجة/76\nشركاء/61\nمحمد/12\nالله\nإله/3\nsmith/2\n"));

    [Fact]
    public void Reads_the_entries_without_their_flags_and_skips_lines_without_an_arabic_word() => Assert.Equal(6, Lexicon().Count);

    [Theory]
    [InlineData("علاقة", true)]
    [InlineData("والعلاقة", true)] // clitics and the article
    [InlineData("علاقته", true)] // ة written ت before a pronoun
    [InlineData("علاقاته", true)] // a plural of ة, then a pronoun
    [InlineData("شركائه", true)] // the final hamza on ئ before a pronoun
    [InlineData("محمدا", true)] // the accusative
    [InlineData("علاقه", true)] // ة written ه
    [InlineData("عبدالله", true)] // a name of عبد and a known word
    [InlineData("عبدالإله", true)]
    [InlineData("زيلينسكي", false)]
    [InlineData("بوتين", false)]
    public void Knows_a_word_with_its_clitics_and_common_suffixes(string word, bool known) => Assert.Equal(known, Lexicon().Knows(word));
}
