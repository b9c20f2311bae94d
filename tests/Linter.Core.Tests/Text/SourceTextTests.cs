using Linter.Core.Text;

namespace Linter.Core.Tests.Text;

public class SourceTextTests
{
    [Fact]
    public void Lf_crlf_and_lone_cr_all_break_lines()
    {
        var source = new SourceText("أول\nثاني\r\nثالث\rرابع");

        Assert.Equal(4, source.LineCount);
        Assert.Equal("أول", source.LineText(0).ToString());
        Assert.Equal("ثاني", source.LineText(1).ToString());
        Assert.Equal("ثالث", source.LineText(2).ToString());
        Assert.Equal("رابع", source.LineText(3).ToString());
        Assert.Equal([0, 4, 10, 15], Enumerable.Range(0, 4).Select(source.LineStart));
    }

    [Fact]
    public void Lines_start_after_every_break_of_random_texts()
    {
        // Up to 100 characters, past several vectors, rich in breaks.
        const string alphabet = "\r\n\r\nab ب";
        var random = new Random(13);
        for (var sample = 0; sample < 3_000; sample++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 100)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var (starts, styles) = (new List<int> { 0 }, new HashSet<string>());
            for (var i = 0; i < text.Length; i++)
            {
                var crLf = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n';
                if (text[i] is '\r' or '\n')
                {
                    styles.Add(crLf ? "\r\n" : text[i].ToString());
                    i += crLf ? 1 : 0;
                    starts.Add(i + 1);
                }
            }

            var source = new SourceText(text);

            Assert.Equal(starts, Enumerable.Range(0, source.LineCount).Select(source.LineStart));
            Assert.Equal(styles.Count == 1 ? styles.Single() : null, source.NewLine);
            Assert.Equal(!styles.Contains("\r") && !styles.Contains("\r\n"), source.LinesEndInLineFeed);
        }
    }

    [Fact]
    public void A_text_ending_in_a_break_has_an_empty_last_line()
    {
        var source = new SourceText("سطر\r\n");

        Assert.Equal(2, source.LineCount);
        Assert.Equal(TextSpan.FromBounds(0, 3), source.LineSpan(0));
        Assert.Equal(TextSpan.FromBounds(5, 5), source.LineSpan(1));
    }

    [Fact]
    public void Empty_text_has_one_empty_line()
    {
        var source = new SourceText(string.Empty);

        Assert.Equal(1, source.LineCount);
        Assert.Equal(new TextSpan(0, 0), source.LineSpan(0));
        Assert.Equal(new LinePosition(0, 0), source.PositionOf(0));
        Assert.True(source.IsBlankLine(0));
    }

    [Fact]
    public void Empty_lines_between_crlf_breaks()
    {
        var source = new SourceText("أ\r\n\r\nب");

        Assert.Equal(3, source.LineCount);
        Assert.Equal(new TextSpan(3, 0), source.LineSpan(1));
        Assert.Equal(5, source.LineEndIncludingBreak(1));
        Assert.Equal(6, source.LineEndIncludingBreak(2));
    }

    [Fact]
    public void Positions_are_zero_based_utf16_columns()
    {
        var source = new SourceText("سطر أول\r\nزار بيونغ يانغ");

        Assert.Equal(new LinePosition(0, 0), source.PositionOf(0));
        Assert.Equal(new LinePosition(0, 7), source.PositionOf(7));
        Assert.Equal(new LinePosition(1, 0), source.PositionOf(9));
        Assert.Equal(new LinePosition(1, 4), source.PositionOf(13));
        Assert.Equal(
            new LinePositionSpan(new LinePosition(1, 4), new LinePosition(1, 14)),
            source.PositionOf(TextSpan.FromBounds(13, 23)));
        Assert.Equal(1, source.LineIndexOf(source.Length));
    }

    [Fact]
    public void Columns_count_utf16_code_units()
    {
        // An emoji outside the BMP is two code units.
        var source = new SourceText("😀 كيم");

        Assert.Equal(new LinePosition(0, 3), source.PositionOf(3));
    }

    [Fact]
    public void Deleting_a_middle_line_takes_its_break()
    {
        var source = new SourceText("أ\nب\nج");

        Assert.Equal(TextSpan.FromBounds(2, 4), source.LinesDeletionSpan(1, 1));
    }

    [Fact]
    public void Deleting_the_last_line_takes_the_break_before_it()
    {
        const string text = "أ\r\nب\r\nج";
        var source = new SourceText(text);
        var span = source.LinesDeletionSpan(2, 2);

        Assert.Equal(TextSpan.FromBounds(4, 7), span);
        Assert.Equal("أ\r\nب", text.Remove(span.Start, span.Length));
    }

    [Fact]
    public void Deleting_the_last_line_takes_the_blank_lines_before_it_so_the_text_still_has_no_final_break()
    {
        const string text = "أ  \n\n \nب";
        var source = new SourceText(text);
        var span = source.LinesDeletionSpan(3, 3);

        Assert.Equal("أ  ", text.Remove(span.Start, span.Length));
    }

    [Fact]
    public void Deleting_the_last_line_after_blank_lines_only_empties_the_text()
    {
        const string text = "\n\nب";
        var source = new SourceText(text);

        Assert.Equal(TextSpan.FromBounds(0, text.Length), source.LinesDeletionSpan(2, 2));
    }

    [Theory]
    [InlineData("أ\nب\n", "\n")]
    [InlineData("أ\r\nب", "\r\n")]
    [InlineData("أ\rب", "\r")]
    [InlineData("أ\r\nب\n", null)]
    [InlineData("أ", null)]
    public void NewLine_is_the_one_break_style_of_the_text(string text, string? expected)
    {
        Assert.Equal(expected, new SourceText(text).NewLine);
    }

    [Theory]
    [InlineData("أ\r\nب", "x\ny\r\nz\rw\u2028", "x\r\ny\r\nz\r\nw\u2028")]
    [InlineData("أ\nب", "x\r\ny", "x\ny")]
    [InlineData("أ\r\nب\n", "x\ny", "x\ny")]
    public void Inserted_text_takes_the_break_style_of_the_text(string text, string inserted, string expected)
    {
        Assert.Equal(expected, new SourceText(text).InStyle(inserted));
    }

    [Fact]
    public void Deleting_every_line_empties_the_text()
    {
        var source = new SourceText("أ\nب");

        Assert.Equal(TextSpan.FromBounds(0, 3), source.LinesDeletionSpan(0, 1));
    }

    [Fact]
    public void Deleting_lines_before_a_final_break_keeps_the_final_break()
    {
        const string text = "أ\nب\n";
        var source = new SourceText(text);
        var span = source.LinesDeletionSpan(1, 1);

        Assert.Equal("أ\n", text.Remove(span.Start, span.Length));
    }

    [Fact]
    public void Deleting_a_line_between_a_lone_CR_and_an_empty_line_takes_the_CR_instead_of_its_own_break()
    {
        // Taking "X\n" would leave "أ\r\nب": the lone CR and the empty line's LF would read as one break.
        const string text = "أ\rX\n\nب";
        var source = new SourceText(text);
        var span = source.LinesDeletionSpan(1, 1);

        Assert.Equal("أ\n\nب", text.Remove(span.Start, span.Length));
    }

    [Fact]
    public void Deleting_the_last_line_also_takes_lines_of_invisible_characters_before_it()
    {
        // The whitespace-only line rule empties a line of U+200B or U+FEFF; left, it would end the text in a break.
        const string text = "أ\n\u200B\n\uFEFF \nب";
        var source = new SourceText(text);
        var span = source.LinesDeletionSpan(3, 3);

        Assert.Equal("أ", text.Remove(span.Start, span.Length));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(" \t\u00A0", true)]
    [InlineData("\u200B\uFEFF ", true)]
    [InlineData(" ـ ", false)]
    [InlineData("كيم", false)]
    public void Blank_lines_hold_only_whitespace(string line, bool blank)
    {
        Assert.Equal(blank, new SourceText(line + "\n").IsBlankLine(0));
    }
}
