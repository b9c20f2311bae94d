using Linter.Core.Arabic;

namespace Linter.Core.Tests.Arabic;

public class CliticsTests
{
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
}
