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
    public void A_long_text_folds_as_its_characters_fold_one_by_one()
    {
        // Every letter folding touches, and its neighbours, at every offset of several vector widths.
        var letters = "أإآٱىةاهيء";
        var random = new Random(3);
        var text = new string([.. Enumerable.Range(0, 1_000).Select(_ => letters[random.Next(letters.Length)])]);

        for (var folds = LetterFolds.None; folds <= LetterFolds.All; folds++)
        {
            var expected = new string([.. text.Select(c => LetterFolding.Fold(c, folds))]);
            Assert.Equal(expected, LetterFolding.Fold(text, folds));
        }
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
