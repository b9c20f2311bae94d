using Linter.Core.Arabic;

namespace Linter.Core.Tests.Arabic;

public class LetterFoldsTests
{
    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إبراهيم", "ابراهيم")]
    [InlineData("آسيا", "اسيا")]
    [InlineData("ٱلله", "الله")]
    public void Alef_folding_maps_hamza_and_madda_forms_to_bare_alef(string written, string folded)
    {
        Assert.Equal(folded, LetterFolding.Fold(written, LetterFolds.Alef));
        Assert.True(LetterFolding.EqualsFolded(written, folded, LetterFolds.Alef));
        Assert.False(LetterFolding.EqualsFolded(written, folded, LetterFolds.None));
    }

    [Fact]
    public void Alef_maqsura_folding()
    {
        Assert.Equal("علي", LetterFolding.Fold("على", LetterFolds.AlefMaqsura));
        Assert.Equal("على", LetterFolding.Fold("على", LetterFolds.Alef | LetterFolds.TaMarbuta));
    }

    [Fact]
    public void Ta_marbuta_folding()
    {
        Assert.Equal("قمه", LetterFolding.Fold("قمة", LetterFolds.TaMarbuta));
        Assert.Equal("قمة", LetterFolding.Fold("قمة", LetterFolds.Alef | LetterFolds.AlefMaqsura));
    }

    [Fact]
    public void All_folds_together()
    {
        Assert.Equal("الي مكه احمد", LetterFolding.Fold("إلى مكة أحمد", LetterFolds.All));
    }

    [Fact]
    public void No_fold_returns_the_text_as_is()
    {
        Assert.Equal("إلى مكة", LetterFolding.Fold("إلى مكة", LetterFolds.None));
    }

    [Fact]
    public void Strings_of_different_lengths_are_never_equal()
    {
        Assert.False(LetterFolding.EqualsFolded("أحمد", "احمدي", LetterFolds.All));
    }

    [Theory]
    [InlineData("alef", LetterFolds.Alef)]
    [InlineData("alef-maqsura", LetterFolds.AlefMaqsura)]
    [InlineData("ta-marbuta", LetterFolds.TaMarbuta)]
    public void Rule_file_names_parse(string name, LetterFolds folds)
    {
        Assert.Equal(folds, LetterFolding.Parse(name));
    }

    [Fact]
    public void An_unknown_name_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LetterFolding.Parse("hamza"));
    }
}
