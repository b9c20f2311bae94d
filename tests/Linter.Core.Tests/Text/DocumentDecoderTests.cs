using System.Text;
using Linter.Core.Text;

namespace Linter.Core.Tests.Text;

public class DocumentDecoderTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public void Utf8_without_bom()
    {
        var decoded = DocumentDecoder.Decode(Encoding.UTF8.GetBytes("زار كيم موسكو"));

        Assert.True(decoded.Succeeded);
        Assert.Equal("زار كيم موسكو", decoded.Text);
        Assert.False(decoded.HasByteOrderMark);
    }

    [Fact]
    public void Utf8_bom_is_stripped_and_remembered()
    {
        var decoded = DocumentDecoder.Decode([.. Bom, .. Encoding.UTF8.GetBytes("زار كيم موسكو")]);

        Assert.True(decoded.Succeeded);
        Assert.Equal("زار كيم موسكو", decoded.Text);
        Assert.True(decoded.HasByteOrderMark);
    }

    [Fact]
    public void A_bom_alone_is_an_empty_document()
    {
        var decoded = DocumentDecoder.Decode(Bom);

        Assert.Equal(string.Empty, decoded.Text);
        Assert.True(decoded.HasByteOrderMark);
    }

    [Fact]
    public void Empty_bytes_are_an_empty_document()
    {
        var decoded = DocumentDecoder.Decode([]);

        Assert.True(decoded.Succeeded);
        Assert.Equal(string.Empty, decoded.Text);
        Assert.False(decoded.HasByteOrderMark);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_a_bom(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);

        // ASCII in UTF-16 holds NUL bytes; with a BOM that is text, not binary.
        var decoded = DocumentDecoder.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes("AFP: زار كيم موسكو")]);

        Assert.True(decoded.Succeeded);
        Assert.Equal("AFP: زار كيم موسكو", decoded.Text);
        Assert.True(decoded.HasByteOrderMark);
    }

    [Fact]
    public void Invalid_utf16_fails()
    {
        // A lone high surrogate.
        var decoded = DocumentDecoder.Decode([0xFF, 0xFE, 0x00, 0xD8]);

        Assert.False(decoded.Succeeded);
        Assert.Null(decoded.Text);
        Assert.Equal(DecodeFailureKind.InvalidUtf8, decoded.Failure!.Kind);
        Assert.Contains("UTF-16", decoded.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_fails_with_the_offset_line_and_column_of_the_first_bad_byte()
    {
        // "سطر\n" is 7 bytes, "كيم" 6 more: the Windows-1256 byte 0xC7 (alef) sits at offset 13.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("سطر\nكيم"), 0xC7, .. Encoding.UTF8.GetBytes(" بقية")];

        var decoded = DocumentDecoder.Decode(bytes);

        Assert.False(decoded.Succeeded);
        Assert.Null(decoded.Text);
        var failure = decoded.Failure!;
        Assert.Equal(DecodeFailureKind.InvalidUtf8, failure.Kind);
        Assert.Equal(13, failure.ByteOffset);
        Assert.Equal(new LinePosition(1, 3), failure.Position);
        Assert.Equal("the file is not valid UTF-8 (byte 0xC7 at offset 13); convert it to UTF-8 to lint it", failure.Message);
    }

    [Fact]
    public void Invalid_utf8_after_a_bom_counts_the_bom_in_the_offset_but_not_in_the_column()
    {
        byte[] bytes = [.. Bom, .. Encoding.UTF8.GetBytes("كيم\r\nأون"), 0xFF];

        var failure = DocumentDecoder.Decode(bytes).Failure!;

        Assert.Equal(DecodeFailureKind.InvalidUtf8, failure.Kind);
        Assert.Equal(3 + 6 + 2 + 6, failure.ByteOffset);
        Assert.Equal(new LinePosition(1, 3), failure.Position);
    }

    [Fact]
    public void A_truncated_sequence_at_the_end_is_invalid()
    {
        // The first byte of "ك" (D9 83) without its continuation byte.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("كيم"), 0xD9];

        var failure = DocumentDecoder.Decode(bytes).Failure!;

        Assert.Equal(DecodeFailureKind.InvalidUtf8, failure.Kind);
        Assert.Equal(6, failure.ByteOffset);
        Assert.Equal(new LinePosition(0, 3), failure.Position);
    }

    [Fact]
    public void An_encoded_surrogate_is_invalid_utf8()
    {
        var failure = DocumentDecoder.Decode([0x61, 0xED, 0xA0, 0x80]).Failure!;

        Assert.Equal(DecodeFailureKind.InvalidUtf8, failure.Kind);
        Assert.Equal(1, failure.ByteOffset);
    }

    [Fact]
    public void An_overlong_encoding_is_invalid_utf8()
    {
        // 0xC1 0x81 would be "A" in two bytes.
        var failure = DocumentDecoder.Decode([.. Encoding.UTF8.GetBytes("كيم "), 0xC1, 0x81]).Failure!;

        Assert.Equal(DecodeFailureKind.InvalidUtf8, failure.Kind);
        Assert.Equal(7, failure.ByteOffset);
        Assert.Equal(new LinePosition(0, 4), failure.Position);
    }

    [Fact]
    public void Characters_outside_the_basic_plane_decode_to_surrogate_pairs()
    {
        var text = "\U0001F4F0\U0001F4F0 خبر \U00010900";

        var decoded = DocumentDecoder.Decode(Encoding.UTF8.GetBytes(text));

        Assert.Equal(text, decoded.Text);
    }

    [Fact]
    public void Nul_bytes_mean_binary()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("كيم"), 0x00, 0x01, 0x02];

        var decoded = DocumentDecoder.Decode(bytes);

        Assert.False(decoded.Succeeded);
        Assert.Equal(DecodeFailureKind.Binary, decoded.Failure!.Kind);
        Assert.Equal(6, decoded.Failure.ByteOffset);
        Assert.Equal("the file looks binary (3 NUL or other control bytes in its first 9 bytes, the first at offset 6); it was not linted", decoded.Failure.Message);
    }

    [Theory]
    [InlineData(14, true)]
    [InlineData(15, false)]
    public void Control_bytes_count_anywhere_in_the_head_and_those_of_text_do_not(int controls, bool isText)
    {
        // 1,400 bytes holding every control byte text uses; more than 14 others (1%) make the file binary.
        var bytes = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("ab\tc\nd\re\vf\fg\u001Bh", 100)));
        int[] offsets = [17, 33, 34, 35, 36, 100, 250, 500, 511, 512, 777, 1023, 1200, 1398, 1399];
        byte[] values = [0x00, 0x08, 0x0E, 0x1A, 0x1C, 0x1F, 0x01, 0x07, 0x0F, 0x10, 0x19, 0x1D, 0x1E, 0x02, 0x03];
        for (var i = 0; i < controls; i++)
        {
            bytes[offsets[i]] = values[i];
        }

        var decoded = DocumentDecoder.Decode(bytes);

        Assert.Equal(isText, decoded.Succeeded);
        Assert.Equal(isText, !DocumentDecoder.LooksBinary(bytes));
        Assert.Equal(
            isText ? null : "the file looks binary (15 NUL or other control bytes in its first 1400 bytes, the first at offset 17); it was not linted",
            decoded.Failure?.Message);
    }

    [Fact]
    public void Binary_wins_over_invalid_utf8()
    {
        // A PNG header: 0x89 is invalid UTF-8, but the NUL bytes say what the file is.
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];

        Assert.Equal(DecodeFailureKind.Binary, DocumentDecoder.Decode(bytes).Failure!.Kind);
    }

    [Fact]
    public void One_stray_nul_is_text()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("كيم\r\n"), 0x00];

        var decoded = DocumentDecoder.Decode(bytes);

        Assert.Equal("كيم\r\n\0", decoded.Text);
        Assert.False(DocumentDecoder.LooksBinary(bytes));
    }

    [Fact]
    public void Windows_1256_is_read_when_asked_and_kept_for_writing()
    {
        var windows1256 = CodePagesEncodingProvider.Instance.GetEncoding(1256)!;

        var decoded = DocumentDecoder.Decode(windows1256.GetBytes("زار كيم موسكو\r\n"), EncodingSetting.Windows1256);

        Assert.Equal("زار كيم موسكو\r\n", decoded.Text);
        Assert.Equal(DocumentEncoding.Windows1256, decoded.Encoding);
        Assert.True(decoded.TryEncode("زار كيم موسكو.\r\n", out var bytes, out _));
        Assert.Equal(windows1256.GetBytes("زار كيم موسكو.\r\n"), bytes);
    }

    [Fact]
    public void A_byte_order_mark_beats_the_encoding_asked_for()
    {
        var decoded = DocumentDecoder.Decode([.. Bom, .. Encoding.UTF8.GetBytes("كيم")], EncodingSetting.Windows1256);

        Assert.Equal("كيم", decoded.Text);
        Assert.Equal(DocumentEncoding.Utf8, decoded.Encoding);
    }

    [Fact]
    public void A_byte_iso_8859_6_leaves_undefined_fails_at_its_offset()
    {
        // 0xC7 is alef in ISO-8859-6; 0xA1 is not assigned.
        var failure = DocumentDecoder.Decode([0xC7, 0x0A, 0xC7, 0xA1], EncodingSetting.Iso88596).Failure!;

        Assert.Equal(DecodeFailureKind.InvalidUtf8, failure.Kind);
        Assert.Equal(3, failure.ByteOffset);
        Assert.Equal(new LinePosition(1, 1), failure.Position);
        Assert.Equal("the file is not valid ISO-8859-6 (byte 0xA1 at offset 3); check its encoding", failure.Message);
    }

    [Fact]
    public void A_character_windows_1256_lacks_is_refused_with_its_place()
    {
        var decoded = new DecodedDocument("كيم", false, null) { Encoding = DocumentEncoding.Windows1256 };

        Assert.False(decoded.TryEncode("كيم\nكيم ✓", out var bytes, out var refusal));
        Assert.Null(bytes);
        Assert.Equal("the fixed text cannot be written in Windows-1256: «✓» (U+2713) at line 2, column 5 of the fixed text has no byte in it; no fix was applied to this file", refusal);
    }
}
