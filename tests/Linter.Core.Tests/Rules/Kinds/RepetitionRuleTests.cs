using static Linter.Core.Tests.TestSupport;
using Linter.Core.Pipeline;

namespace Linter.Core.Tests.Rules.Kinds;

public class RepetitionRuleTests
{
    private const string Lead = "أعلن الكرملين الجمعة أنه لم يتم توقيع أي اتفاقات";
    private const string Caption = "صورة أرشيفية للزعيم الكوري الشمالي";
    private const string Body = "وقال الناطق باسم الكرملين إن الزيارة مستمرة";

    private static readonly string Rules = Rule("repetition", string.Empty, "repeats {original} ({count}): {match}", category: "Duplication");

    [Fact]
    public void A_repeated_line_is_flagged_and_the_fix_deletes_the_repeat()
    {
        var diagnostic = Assert.Single(Verify(
            Rules,
            $"{Lead}\n{Caption}\n[|{Caption}|]\n{Body}",
            $"{Lead}\n{Caption}\n{Body}"));

        Assert.Equal($"repeats line 2 (1): {Caption}", diagnostic.Message);
        Assert.Equal("Delete the repeated line", diagnostic.Fix!.Title);
    }

    [Fact]
    public void A_refrain_between_rhyming_verse_lines_is_not_flagged()
    {
        Verify(Rules, "وغنى الحضور:\nبلادي بلادي منار الهدى\nومهد البطولة عبر المدى\nومهد البطولة عبر المدى\nسلام عليك بطيب الندى\nوعاد الجميع إلى منازلهم.");
    }

    [Fact]
    public void A_refrain_closing_a_poem_after_two_rhyming_lines_is_not_flagged()
    {
        Verify(Rules, "وقال في قصيدته:\nبلادي بلادي منار الهدى\nسلام عليك بطيب الندى\nومهد البطولة عبر المدى\nومهد البطولة عبر المدى");
    }

    [Fact]
    public void An_invocation_said_three_times_in_a_prayer_is_not_flagged_even_with_a_space_more_in_one_copy()
    {
        Verify(Rules, "واجعل لنا نورا من نورك\nو أنت راض عنا\nوأنت راض عنا\nوأنت راض عنا\nيا خير الرازقين\nيا خير الرازقين\nيا خير الرازقين\nاللهم انا نسألك أن ترزقنا حبك");
    }

    [Fact]
    public void The_same_line_closing_every_line_of_a_list_is_no_rhyme()
    {
        Verify(Rules, "السطر الأول من الوثيقة\nالسطر الثاني من الوثيقة\n[|السطر الثاني من الوثيقة|]", "السطر الأول من الوثيقة\nالسطر الثاني من الوثيقة");
    }

    [Theory]
    [InlineData("قال الشاعر:\nقفا نبك من ذكرى حبيب ومنزل * بسقط اللوى بين الدخول فحومل\nقفا نبك من ذكرى حبيب ومنزل * بسقط اللوى بين الدخول فحومل\nوختم الأمسية.")]
    [InlineData("قال الشاعر:\nقفا نبك من ذكرى حبيب ومنزل ... بسقط اللوى بين الدخول فحومل\n\nقفا نبك من ذكرى حبيب ومنزل ... بسقط اللوى بين الدخول فحومل")]
    [InlineData("قال الشاعر:\nقفا نبك من ذكرى حبيب ومنزل\tبسقط اللوى بين الدخول فحومل\nقفا نبك من ذكرى حبيب ومنزل\tبسقط اللوى بين الدخول فحومل")]
    public void A_verse_of_two_hemistichs_said_twice_is_not_flagged(string text)
    {
        Verify(Rules, text);
    }

    [Fact]
    public void A_short_line_between_lines_that_do_not_rhyme_with_it_is_flagged()
    {
        Verify(Rules, "بوتين وكيم\nقمة في فوستوتشني\n[|قمة في فوستوتشني|]\nزيارة تستمر أياما", "بوتين وكيم\nقمة في فوستوتشني\nزيارة تستمر أياما");
    }

    [Fact]
    public void A_caption_that_ends_a_sentence_is_flagged_among_rhyming_lines()
    {
        Verify(Rules, "بلادي بلادي منار الهدى\nالزعيم يصل إلى المدى.\n[|الزعيم يصل إلى المدى.|]\nومهد البطولة عبر المدى", "بلادي بلادي منار الهدى\nالزعيم يصل إلى المدى.\nومهد البطولة عبر المدى");
    }

    [Fact]
    public void Lines_of_the_same_length_are_repeats_only_when_their_letters_are_the_same()
    {
        Verify(Rules, "قال المتحدث إن الزيارة انتهت\nقال المسؤول إن الزيارة انتهت\n  [|قال المسؤول إن الزيارة انتهت|]", "قال المتحدث إن الزيارة انتهت\nقال المسؤول إن الزيارة انتهت");
    }

    [Fact]
    public void A_repeated_block_is_flagged_once_and_the_fix_deletes_the_whole_repeat()
    {
        var diagnostic = Assert.Single(Verify(
            Rules,
            $"{Lead}\n{Caption}\n[|{Lead}\n{Caption}|]\n{Body}",
            $"{Lead}\n{Caption}\n{Body}"));

        Assert.Equal($"repeats lines 1–2 (2): {Lead} {Caption}", diagnostic.Message);
        Assert.Equal("Delete the repeated lines", diagnostic.Fix!.Title);
    }

    [Fact]
    public void Blank_lines_between_the_copies_do_not_hide_the_repeat()
    {
        var diagnostic = Assert.Single(Verify(
            Rules,
            $"{Caption}\n\n  \n[|{Caption}|]\n{Body}",
            $"{Caption}\n\n  \n{Body}"));

        Assert.Equal($"repeats line 1 (1): {Caption}", diagnostic.Message);
    }

    [Fact]
    public void Blank_lines_inside_a_repeated_block_do_not_hide_it()
    {
        // At the document's end the deletion also takes the blank lines before the repeat (CL2001's example).
        Verify(
            Rules,
            $"{Lead}\n\n{Caption}\n\n[|{Lead}\n\n{Caption}|]",
            $"{Lead}\n\n{Caption}");
    }

    [Theory]
    [InlineData("\n\n\n\n")]
    [InlineData("\n \n\t\n")]
    [InlineData("\n***\n***\n")]
    [InlineData("\n—\n—\n")]
    [InlineData("\n2023\n2023\n")]
    [InlineData("\nـ\nـ\n")]
    public void Repeated_blank_or_letterless_lines_are_not_a_repeat(string between)
    {
        Verify(Rules, Lead + between + Body);
    }

    [Fact]
    public void Copies_that_are_not_adjacent_are_not_a_repeat()
    {
        Verify(Rules, $"{Lead}\n{Caption}\n{Lead}");
    }

    [Fact]
    public void A_repeat_on_the_last_line_is_deleted_with_the_break_before_it()
    {
        Verify(Rules, $"{Lead}\n{Caption}\n[|{Caption}|]", $"{Lead}\n{Caption}");
        Verify(Rules, $"{Lead}\n[|{Lead}|]\n", $"{Lead}\n");
    }

    [Fact]
    public void Copies_differing_only_in_diacritics_tatweel_and_spacing_are_a_repeat()
    {
        Verify(Rules, $"{Caption}\n[|صورةٌ أرشيفــية   للزعيمِ الكوري الشمالي|]", Caption);
    }

    [Fact]
    public void The_span_leaves_out_indentation_and_the_fix_deletes_the_whole_line()
    {
        Verify(Rules, $"{Caption}\n  [|{Caption}|] \n{Body}", $"{Caption}\n{Body}");
    }

    [Fact]
    public void Crlf_breaks_are_kept()
    {
        var diagnostic = Assert.Single(Verify(Rules, $"{Lead}\r\n[|{Lead}|]\r\n{Body}\r\n", $"{Lead}\r\n{Body}\r\n"));

        Assert.Equal(1, diagnostic.Location.Start.Line);
        Assert.Equal(0, diagnostic.Location.Start.Column);
        Assert.Equal(Lead.Length, diagnostic.Location.End.Column);
    }

    [Fact]
    public void Every_extra_copy_is_flagged()
    {
        Verify(Rules, $"{Caption}\n[|{Caption}|]\n[|{Caption}|]\n{Body}\n", $"{Caption}\n{Body}\n");
    }

    [Fact]
    public void A_single_line_is_not_a_repeat()
    {
        Verify(Rules, Caption);
    }

    [Fact]
    public void Empty_text_has_no_diagnostics()
    {
        Verify(Rules, string.Empty);
    }

    [Fact]
    public void Max_block_lines_limits_the_blocks_looked_for()
    {
        var rules = Rule("repetition", "max_block_lines: 1", category: "Duplication");

        Verify(rules, $"{Lead}\n{Caption}\n{Lead}\n{Caption}");
    }

    [Fact]
    public void Min_letters_sets_which_short_lines_count()
    {
        Verify(Rules, "قال\nلا\n[|لا|]", "قال\nلا");
        Verify(Rule("repetition", "min_letters: 3", category: "Duplication"), "قال\nلا\nلا");
    }

    [Fact]
    public async Task Documents_linted_one_after_another_on_one_thread_or_at_once_on_several_get_their_own_repeats()
    {
        // Document i has 1 + 20 × (i % 50) lines of its own, then its last line once more. Linted longest first on
        // one thread, each document comes after longer ones; on four threads at once, documents are linted together.
        var engine = new LintEngine(Load(Rules));
        var documents = Enumerable.Range(0, 200).Select(i =>
        {
            var lines = Enumerable.Range(0, 1 + (20 * (i % 50))).Select(line => $"السطر {line} من الوثيقة {i}").ToList();
            lines.Add(lines[^1]);
            return (Text: string.Join('\n', lines), Expected: $"{lines.Count}:1 repeats line {lines.Count - 1} (1): {lines[^1]}");
        }).ToList();
        string Found(int document) =>
            string.Join(", ", engine.LintText("doc.txt", documents[document].Text).Select(d => $"{d.Location.Start.Line + 1}:{d.Location.Start.Column + 1} {d.Message}"));

        var oneAfterAnother = new string[documents.Count];
        foreach (var i in Enumerable.Range(0, documents.Count).OrderByDescending(i => documents[i].Text.Length))
        {
            oneAfterAnother[i] = Found(i);
        }

        var atOnce = new string[documents.Count];
        using var start = new Barrier(4);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(first => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                for (var i = first; i < documents.Count; i += 4)
                {
                    atOnce[i] = Found(i);
                }
            },
            TaskCreationOptions.LongRunning)));

        Assert.Equal(documents.Select(document => document.Expected), oneAfterAnother);
        Assert.Equal(documents.Select(document => document.Expected), atOnce);
    }
}
