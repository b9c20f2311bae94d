using static Linter.Core.Tests.TestSupport;

namespace Linter.Core.Tests.Rules.Kinds;

public class PairingRuleTests
{
    private static readonly string Balance = Rule(
        "pairing",
        """pairs: ['""', '«»', '“”']""",
        "unbalanced '{match}'; expected '{expected}'",
        category: "Formatting");

    private static readonly string Mixed = Rule(
        "pairing",
        """
        pairs: ['«»', '""', '“”']
        check: mixed
        """,
        "mixed quotation styles: {styles}",
        category: "Formatting");

    [Fact]
    public void Balanced_marks_are_clean()
    {
        Verify(Balance, "قال \"لم يتم توقيع أي اتفاق\" ثم «غادر» و“عاد” إلى «مدينة «فلاديفوستوك»»");
    }

    [Fact]
    public void An_unclosed_straight_quote_is_flagged_at_the_last_one()
    {
        var diagnostic = Assert.Single(Verify(Balance, "قال \"نعم\" ثم [|\"|]لا"));

        Assert.Equal("unbalanced '\"'; expected '\"'", diagnostic.Message);
        Assert.Null(diagnostic.Fix);
    }

    [Theory]
    [InlineData("نشرت »الصفحة الأولى من الجريدة« صورة الزعيمين")]
    [InlineData("قال ابن حجر: « وفي هذا الحديث لزيادة التأكيد «.")]
    [InlineData("اعتاد الكرة على” ترتيب لقاءات مع منتخبات عالمية”، واصفا الأمر بالمهم")]
    [InlineData("وقال إن و”الهاكرز” نشطوا")]
    public void A_quote_closed_with_marks_drawn_the_wrong_way_is_clean(string text)
    {
        Verify(Balance, text);
    }

    [Fact]
    public void A_quote_opened_in_one_paragraph_and_closed_in_the_next_is_clean()
    {
        Verify(Balance, "وقال الوزير: \"يعد المختبر الأول من نوعه في المنطقة.\n\nوسيخدم الباحثين في الجامعات\" بحسب البيان.");
    }

    [Fact]
    public void Of_an_odd_number_of_straight_marks_the_stray_one_is_flagged_by_its_sides_not_the_last()
    {
        Verify(Balance, "أعلن على تويتر[|\"|] أن الحساب مغلق، وقال \"ابو جندل\" إنه لن يعود");
    }

    [Fact]
    public void An_unclosed_guillemet_is_flagged()
    {
        var diagnostic = Assert.Single(Verify(Balance, "[|«|]الزعيم «الكوري» الشمالي"));

        Assert.Equal("unbalanced '«'; expected '»'", diagnostic.Message);
    }

    [Fact]
    public void A_closing_guillemet_without_an_opening_is_flagged()
    {
        var diagnostic = Assert.Single(Verify(Balance, "الزعيم الكوري[|»|] الشمالي «نعم»"));

        Assert.Equal("unbalanced '»'; expected '«'", diagnostic.Message);
    }

    [Fact]
    public void Curly_quotes_are_checked()
    {
        Assert.Equal("unbalanced '“'; expected '”'", Assert.Single(Verify(Balance, "قال [|“|]لا شيء")).Message);
        Assert.Equal("unbalanced '”'; expected '“'", Assert.Single(Verify(Balance, "قال لا شيء[|”|]")).Message);
    }

    [Fact]
    public void Each_line_is_balanced_on_its_own()
    {
        Verify(Balance, "قال [|«|]نعم\r\nثم غادر\nثم[|»|] غادر\n\"لا\"");
    }

    [Fact]
    public void Every_style_is_checked_separately()
    {
        Verify(Balance, "[|«|]قال [|“|]نعم[|\"|] ثم");
    }

    [Fact]
    public void Empty_text_is_clean()
    {
        Verify(Balance, string.Empty);
        Verify(Mixed, string.Empty);
    }

    [Fact]
    public void A_document_mixing_styles_is_flagged_at_the_first_mark_of_the_second_style()
    {
        var diagnostic = Assert.Single(Verify(Mixed, "قال «نعم» ثم قال [|\"|]لا\"\nو«ربما»"));

        Assert.Equal("mixed quotation styles: «…» ×4, \"…\" ×2", diagnostic.Message);
        Assert.Null(diagnostic.Fix);
    }

    [Fact]
    public void Styles_are_listed_in_order_of_first_use()
    {
        var diagnostic = Assert.Single(Verify(Mixed, "“أ” [|«|]ب» \"ج\""));

        Assert.Equal("mixed quotation styles: “…” ×2, «…» ×2, \"…\" ×2", diagnostic.Message);
    }

    [Fact]
    public void One_style_throughout_is_not_mixed()
    {
        Verify(Mixed, "قال «نعم»\nثم قال «لا» و«ربما");
    }
}
