using Linter.Cli.Input;
using Linter.Cli.LanguageServer;

namespace Linter.Cli.Tests.LanguageServer;

/// <summary>Protocol positions over a buffer, and the JSONL map from a record's text to its escaped line.</summary>
public sealed class TextBufferTests
{
    [Fact]
    public void Positions_are_utf16_columns_on_lines_broken_at_lf_crlf_and_cr()
    {
        var buffer = new TextBuffer("😀ب\r\nقمّة\ré\n");

        Assert.Equal(new LspPosition(0, 3), buffer.PositionOf(3));
        Assert.Equal(new LspPosition(1, 0), buffer.PositionOf(5));
        Assert.Equal(new LspPosition(2, 0), buffer.PositionOf(10));
        Assert.Equal(new LspPosition(3, 0), buffer.PositionOf(13));
        Assert.Equal(9, buffer.OffsetOf(new LspPosition(1, 4)));
    }

    [Fact]
    public void A_column_past_the_line_is_its_end_and_a_line_past_the_text_is_the_end_of_the_text()
    {
        var buffer = new TextBuffer("زار\r\nبيونغ");

        Assert.Equal(3, buffer.OffsetOf(new LspPosition(0, 40)));
        Assert.Equal(10, buffer.OffsetOf(new LspPosition(7, 0)));
    }

    [Fact]
    public void The_difference_of_two_texts_covers_only_what_changed_and_never_splits_a_surrogate_pair()
    {
        Assert.Equal((5, 7, "يو"), TextBuffer.Difference("زار بوينغ يانغ", "زار بيونغ يانغ"));
        Assert.Equal((2, 2, string.Empty), TextBuffer.Difference("نص", "نص"));

        // 😀 (D83D DE00) and 😁 (D83D DE01) share their first code unit: the whole pair is replaced.
        Assert.Equal((1, 3, "😁"), TextBuffer.Difference("a😀b", "a😁b"));
    }

    [Fact]
    public void A_jsonl_record_maps_each_unit_of_its_text_to_the_character_or_escape_in_the_line()
    {
        const string text = "{\"n\": 1}\n{\"text\": \"a\\\"\\u0628😀\\n\", \"id\": 7}\n";

        var records = JsonlBufferRecord.Read(text, "c.jsonl", JsonlFields.Default).ToList();

        Assert.Equal(2, records.Count);
        Assert.Null(records[0].ValueOffsets);
        var record = records[1];
        Assert.Equal(("c.jsonl#7", "a\"ب😀\n"), (record.Record.Path, record.Record.Text));
        var line = 9;
        Assert.Equal([line + 10, line + 11, line + 13, line + 19, line + 20, line + 21, line + 23], record.ValueOffsets!);
        Assert.Equal("\\\"\\n", JsonlBufferRecord.Escape("\"\n"));
        Assert.Equal("بيونغ", JsonlBufferRecord.Escape("بيونغ"));
    }
}
