using Linter.Core.Arabic;
using Linter.Core.Text;

namespace Linter.Core.Tests.Arabic;

public class QuranVersesTests
{
    private static bool Quotes(string line, string word, int occurrence = 0)
    {
        var start = -1;
        for (var seen = 0; seen <= occurrence; seen++)
        {
            start = line.IndexOf(word, start + 1, StringComparison.Ordinal);
        }

        Assert.True(start >= 0, $"'{word}' is not in the line");
        return QuranVerses.Shipped.Quotes(line, new TextSpan(start, word.Length));
    }

    [Fact]
    public void A_verse_quoted_without_brackets_or_vowels_is_recognised_misspelling_tatweel_and_all()
    {
        // A real article (arabic-newspapers, MRP15): Ibrahim 14:20, then al-Ma'arij 70:6-7.
        const string Line = "و ما ذالك على الله بعــــزيز ، إنهم يرونه بعيدا ونراه قريبا.";

        Assert.True(Quotes(Line, "ذالك"));
        Assert.True(Quotes(Line, "بعــــزيز"));
        Assert.True(Quotes(Line, "ــــ")); // the tatweel inside the last word of the run, as CL5002 reports it
        Assert.True(Quotes(Line, "يرونه"));
    }

    [Fact]
    public void The_same_word_in_prose_is_not()
    {
        Assert.False(Quotes("ضف إلى ذالك تدهور قطاع الصحة الذي أصبحت مرافقه مجرد ملاجئ للموت البطيئ", "ذالك"));
        Assert.False(Quotes("القبول بشراكة سياسية في الحكم ثم بعد ذالك تعود حليمة إلى عادتها القديمة.", "ذالك"));
    }

    [Fact]
    public void A_phrase_of_four_words_or_fewer_that_prose_borrows_is_not_a_quotation()
    {
        Assert.False(Quotes("قال إن الأزمة بدأت من قبل ومن بعد الحرب كذالك اشتدت", "كذالك"));
        Assert.False(Quotes("استشهد في سبيل الله ذالك الشاب الذي خرج صباحا", "ذالك"));
    }

    [Fact]
    public void A_word_misspelt_alone_between_two_runs_of_a_verse_is_part_of_it()
    {
        // Al-Baqara 2:255, with القيوم mistyped.
        const string Line = "الله لا إله إلا هو الحي القيوك لا تأخذه سنة ولا نوم";

        Assert.True(Quotes(Line, "القيوك"));
        Assert.False(Quotes("قال المدير إن الحي القيوك لا تأخذه سنة ولا نوم", "القيوك"));
    }

    [Fact]
    public void Verses_are_read_on_the_line_of_the_span_alone()
    {
        const string Text = "وما ذلك على الله\nبعزيز ثم بعد ذالك تعود حليمة";

        Assert.False(Quotes(Text, "ذالك"));
        Assert.True(Quotes(Text.Replace('\n', ' '), "بعزيز"));
    }

    [Fact]
    public void A_number_or_a_latin_word_breaks_a_run()
    {
        Assert.True(Quotes("الله لا إله إلا هو الحي القيوم", "القيوم"));
        Assert.False(Quotes("الله لا إله 2024 إلا هو الحي القيوم", "القيوم"));
        Assert.False(Quotes("الله لا إله news إلا هو الحي القيوم", "القيوم"));
    }

    [Fact]
    public void Any_span_of_any_text_is_answered_without_throwing()
    {
        // Letters, marks, tatweel, a lone و, Latin, digits, punctuation and line breaks, in runs of any length.
        string[] pieces = ["و", "ما", "ذالك", "على", "الله", "بعــــزيز", "َ", "ـ", "abc", "123", "،", ".", " ", "  ", "\n", "\r\n", "﴿", "ٱ"];
        var random = new Random(7);
        for (var trial = 0; trial < 2000; trial++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            var start = random.Next(0, text.Length + 1);
            var span = new TextSpan(start, random.Next(0, text.Length - start + 1));

            _ = QuranVerses.Shipped.Quotes(text, span);
        }

        var longWord = new string('ب', 100_000);
        Assert.False(QuranVerses.Shipped.Quotes(longWord, new TextSpan(50_000, 1)));
    }

    [Fact]
    public void Verses_that_follow_each_other_in_a_surah_make_one_run_and_surahs_do_not()
    {
        var verses = QuranVerses.Read(new StringReader("1\t1\tأ ب ت ث\n1\t2\tج ح خ\n2\t1\tد ذ ر ز\n"));

        Assert.True(verses.Quotes("ب ت ث ج ح", new TextSpan(0, 1)));
        Assert.False(verses.Quotes("ج ح خ د ذ ر ز", new TextSpan(6, 1)));
    }
}
