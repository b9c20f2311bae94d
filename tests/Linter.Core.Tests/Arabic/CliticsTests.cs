using Linter.Core.Arabic;

namespace Linter.Core.Tests.Arabic;

public class CliticsTests
{
    private static readonly List<char> ProcliticLetters = [.. Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(Clitics.IsProcliticLetter)];

    [Theory]
    [InlineData("")]
    [InlineData("و")]
    [InlineData("ف")]
    [InlineData("ب")]
    [InlineData("ل")]
    [InlineData("ك")]
    [InlineData("ال")]
    [InlineData("وال")]
    [InlineData("بال")]
    [InlineData("فبال")]
    [InlineData("وكال")]
    [InlineData("لل")]
    [InlineData("ولل")]
    [InlineData("وب")]
    public void Proclitic_sequences_are_prefixes(string prefix)
    {
        Assert.True(Clitics.IsPrefix(prefix));
    }

    [Theory]
    [InlineData("م")] // مكيم: not a proclitic
    [InlineData("بو")] // preposition before conjunction: wrong order
    [InlineData("وو")]
    [InlineData("الو")]
    [InlineData("اﻝ")] // presentation form, not the letters
    [InlineData("w")]
    public void Other_letters_are_not_prefixes(string prefix)
    {
        Assert.False(Clitics.IsPrefix(prefix));
    }

    [Fact]
    public void The_proclitic_letters_are_those_of_the_proclitics()
    {
        Assert.Equal("ابفكلو", string.Concat(ProcliticLetters));
    }

    [Fact]
    public void No_prefix_is_longer_than_the_longest()
    {
        Assert.True(Clitics.IsPrefix("فبال"));
        Assert.Equal(Clitics.MaxPrefixLength, "فبال".Length);
        Assert.DoesNotContain(Strings(ProcliticLetters, Clitics.MaxPrefixLength + 1), prefix => Clitics.IsPrefix(prefix));
    }

    [Fact]
    public void A_prefix_is_made_of_proclitic_letters_alone()
    {
        var shorter = Enumerable.Range(0, Clitics.MaxPrefixLength).SelectMany(length => Strings(ProcliticLetters, length)).ToList();
        for (var c = '\0'; c < '\u0700'; c++)
        {
            if (Clitics.IsProcliticLetter(c))
            {
                continue;
            }

            foreach (var letters in shorter)
            {
                for (var at = 0; at <= letters.Length; at++)
                {
                    Assert.False(Clitics.IsPrefix(letters.Insert(at, c.ToString())), $"{letters} with U+{(int)c:X4} at {at}");
                }
            }
        }
    }

    /// <summary>Every string of <paramref name="length"/> characters from <paramref name="alphabet"/>.</summary>
    private static IEnumerable<string> Strings(List<char> alphabet, int length) =>
        length == 0 ? [string.Empty] : Strings(alphabet, length - 1).SelectMany(shorter => alphabet.Select(c => shorter + c));
}
