using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Linter.Core.Text;

/// <summary>Why a document's bytes could not be read as text.</summary>
public enum DecodeFailureKind
{
    /// <summary>The bytes are not valid UTF-8.</summary>
    InvalidUtf8,

    /// <summary>The bytes look like a binary file (they hold NUL bytes).</summary>
    Binary,
}

/// <summary>A decoding failure with the position of the first offending byte.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="ByteOffset">0-based offset of the first offending byte.</param>
/// <param name="Position">Line and column (UTF-16) of the text decoded before that byte.</param>
/// <param name="Message">A sentence for the user.</param>
public sealed record DecodeFailure(DecodeFailureKind Kind, long ByteOffset, LinePosition Position, string Message);

/// <summary>The encodings a document can be read in.</summary>
public enum DocumentEncoding
{
    /// <summary>UTF-8, with or without a byte order mark.</summary>
    Utf8,

    /// <summary>UTF-16 little-endian, with a byte order mark.</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16 big-endian, with a byte order mark.</summary>
    Utf16BigEndian,
}

/// <summary>The outcome of decoding a document: its text, or the reason it has none.</summary>
public sealed record DecodedDocument(string? Text, bool HasByteOrderMark, DecodeFailure? Failure)
{
    /// <summary>The encoding the text was read in.</summary>
    public DocumentEncoding Encoding { get; init; }

    /// <summary>True when <see cref="Text"/> holds the document's text.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>Encodes <paramref name="text"/> the way this document was: same encoding, byte order mark kept or left out.</summary>
    public byte[] Encode(string text)
    {
        System.Text.Encoding encoding = Encoding switch
        {
            DocumentEncoding.Utf16LittleEndian => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            DocumentEncoding.Utf16BigEndian => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        };
        var preamble = HasByteOrderMark ? encoding.Preamble : [];
        var bytes = new byte[preamble.Length + encoding.GetByteCount(text)];
        preamble.CopyTo(bytes);
        encoding.GetBytes(text, bytes.AsSpan(preamble.Length));
        return bytes;
    }
}

/// <summary>Turns a file's bytes into text without guessing: UTF-8 (with or without BOM) or UTF-16 with a BOM.</summary>
public static class DocumentDecoder
{
    private const int BinaryProbeLength = 8000;

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    public static DecodedDocument Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], bomLength: 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var encoding = bytes[0] == 0xFF
                ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true)
                : new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);
            try
            {
                return new DecodedDocument(encoding.GetString(bytes[2..]), true, null)
                {
                    Encoding = bytes[0] == 0xFF ? DocumentEncoding.Utf16LittleEndian : DocumentEncoding.Utf16BigEndian,
                };
            }
            catch (DecoderFallbackException)
            {
                return Fail(DecodeFailureKind.InvalidUtf8, 0, default, "the file starts with a UTF-16 byte order mark but is not valid UTF-16");
            }
        }

        var nul = bytes[..Math.Min(bytes.Length, BinaryProbeLength)].IndexOf((byte)0);
        if (nul >= 0)
        {
            return Fail(DecodeFailureKind.Binary, nul, default, $"the file looks binary (a NUL byte at offset {nul}); it was not linted");
        }

        return DecodeUtf8(bytes, bomLength: 0);
    }

    private static DecodedDocument DecodeUtf8(ReadOnlySpan<byte> bytes, int bomLength)
    {
        // One pass validates and transcodes, where a strict decoder validates, then counts the characters, then
        // transcodes. UTF-8 never has fewer bytes than UTF-16 has characters, so the buffer is long enough.
        int invalidAt;
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            if (Utf8.ToUtf16(bytes, buffer, out invalidAt, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
            {
                return new DecodedDocument(new string(buffer, 0, written), bomLength > 0, null);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        // The bytes read are those before the first invalid or incomplete sequence.
        var before = new SourceText(Encoding.UTF8.GetString(bytes[..invalidAt]));
        var position = before.PositionOf(before.Length);
        return Fail(
            DecodeFailureKind.InvalidUtf8,
            invalidAt + bomLength,
            position,
            $"the file is not valid UTF-8 (byte 0x{bytes[invalidAt]:X2} at offset {invalidAt + bomLength}); convert it to UTF-8 to lint it");
    }

    private static DecodedDocument Fail(DecodeFailureKind kind, long offset, LinePosition position, string message) =>
        new(null, false, new DecodeFailure(kind, offset, position, message));
}
