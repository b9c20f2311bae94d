using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Linter.Core.Text;

/// <summary>Why a document's bytes could not be read as text.</summary>
public enum DecodeFailureKind
{
    /// <summary>The bytes are not valid in the encoding they are read in (UTF-8 unless configured otherwise).</summary>
    InvalidUtf8,

    /// <summary>The bytes look like a binary file (control bytes that text does not use).</summary>
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

    /// <summary>Windows-1256, the Arabic code page of Windows.</summary>
    Windows1256,

    /// <summary>ISO-8859-6, the Arabic part of ISO 8859.</summary>
    Iso88596,
}

/// <summary>The outcome of decoding a document: its text, or the reason it has none.</summary>
public sealed record DecodedDocument(string? Text, bool HasByteOrderMark, DecodeFailure? Failure)
{
    /// <summary>The encoding the text was read in.</summary>
    public DocumentEncoding Encoding { get; init; }

    /// <summary>True when <see cref="Text"/> holds the document's text.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>
    /// Encodes <paramref name="text"/> the way this document was: same encoding, byte order mark kept or left out.
    /// False, with the reason, when the text holds a character the document's legacy encoding has no byte for.
    /// </summary>
    public bool TryEncode(string text, [NotNullWhen(true)] out byte[]? bytes, [NotNullWhen(false)] out string? refusal)
    {
        ArgumentNullException.ThrowIfNull(text);
        var encoding = TextEncodings.Writer(Encoding);
        var preamble = HasByteOrderMark ? encoding.Preamble : [];
        int length;
        try
        {
            length = encoding.GetByteCount(text);
        }
        catch (EncoderFallbackException exception)
        {
            // The first character the encoding cannot take is the first occurrence of the one it stopped at.
            var unknown = exception.CharUnknownHigh != default ? exception.CharUnknownHigh : exception.CharUnknown;
            (bytes, refusal) = (null, TextEncodings.Unrepresentable(Encoding, text, text.IndexOf(unknown, StringComparison.Ordinal)));
            return false;
        }

        bytes = new byte[preamble.Length + length];
        preamble.CopyTo(bytes);
        encoding.GetBytes(text, bytes.AsSpan(preamble.Length));
        refusal = null;
        return true;
    }
}

/// <summary>
/// Turns a file's bytes into text: a UTF-8 or UTF-16 byte order mark always wins; otherwise the bytes are read in
/// the encoding asked for (UTF-8 by default), unless their head shows a binary file.
/// </summary>
public static class DocumentDecoder
{
    /// <summary>How many bytes at the start of a file decide whether it is binary: as many as git looks at.</summary>
    public const int BinaryProbeLength = 8000;

    /// <summary>Decodes <paramref name="bytes"/>, read in <paramref name="encoding"/> when they have no byte order mark.</summary>
    public static DecodedDocument Decode(ReadOnlySpan<byte> bytes, EncodingSetting encoding = EncodingSetting.Utf8)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], bomLength: 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var utf16 = bytes[0] == 0xFF
                ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true)
                : new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);
            try
            {
                return new DecodedDocument(utf16.GetString(bytes[2..]), true, null)
                {
                    Encoding = bytes[0] == 0xFF ? DocumentEncoding.Utf16LittleEndian : DocumentEncoding.Utf16BigEndian,
                };
            }
            catch (DecoderFallbackException)
            {
                return Fail(DecodeFailureKind.InvalidUtf8, 0, default, "the file starts with a UTF-16 byte order mark but is not valid UTF-16");
            }
        }

        if (BinaryFailure(bytes) is { } binary)
        {
            return binary;
        }

        return encoding switch
        {
            EncodingSetting.Windows1256 => DecodeLegacy(bytes, DocumentEncoding.Windows1256),
            EncodingSetting.Iso88596 => DecodeLegacy(bytes, DocumentEncoding.Iso88596),
            EncodingSetting.Auto => DecodeDetected(bytes),
            _ => DecodeUtf8(bytes, bomLength: 0),
        };
    }

    /// <summary>
    /// True when the start of a file, <paramref name="head"/> (at least <see cref="BinaryProbeLength"/> bytes when the
    /// file has as many), shows that <see cref="Decode"/> calls the whole file binary; then it need not be read further.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> head) => !HasByteOrderMark(head) && BinaryFailure(head) is not null;

    private static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>
    /// The failure of a file that looks binary, as a text editor or git judges it: more than 1% of the bytes of its
    /// head (and more than one) are control bytes that text does not use. One stray NUL, as some exporters leave at
    /// the end of every file, is text; the control-character rule reports it.
    /// </summary>
    private static DecodedDocument? BinaryFailure(ReadOnlySpan<byte> bytes)
    {
        var probe = bytes[..Math.Min(bytes.Length, BinaryProbeLength)];
        var (count, first) = ControlBytes(probe);

        return count > Math.Max(1, probe.Length / 100)
            ? Fail(DecodeFailureKind.Binary, first, default, $"the file looks binary ({count} NUL or other control bytes in its first {probe.Length} bytes, the first at offset {first}); it was not linted")
            : null;
    }

    /// <summary>
    /// How many control bytes that text does not use <paramref name="bytes"/> holds, and where the first is (-1 when
    /// none): all below 0x20 but tab, line feed, vertical tab, form feed, carriage return and escape.
    /// </summary>
    /// <remarks>
    /// Sixteen bytes at a time, compiled optimized at once: a search with .NET's SearchValues is not compiled ahead of
    /// time for this set, and ran unoptimized for much of a short run, on every file.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Count, int First) ControlBytes(ReadOnlySpan<byte> bytes)
    {
        var (count, first, i) = (0, -1, 0);
        for (; i <= bytes.Length - Vector128<byte>.Count; i += Vector128<byte>.Count)
        {
            var found = ControlByteMask(Vector128.Create(bytes.Slice(i, Vector128<byte>.Count))).ExtractMostSignificantBits();
            if (found != 0)
            {
                first = first < 0 ? i + BitOperations.TrailingZeroCount(found) : first;
                count += BitOperations.PopCount(found);
            }
        }

        for (; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x20 && bytes[i] is not ((>= (byte)'\t' and <= (byte)'\r') or 0x1B))
            {
                first = first < 0 ? i : first;
                count++;
            }
        }

        return (count, first);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> ControlByteMask(Vector128<byte> bytes) =>
        Vector128.LessThan(bytes, Vector128.Create((byte)0x20))
        & ~Vector128.LessThanOrEqual(bytes - Vector128.Create((byte)'\t'), Vector128.Create((byte)('\r' - '\t')))
        & ~Vector128.Equals(bytes, Vector128.Create((byte)0x1B));

    /// <summary>UTF-8 when the bytes are valid UTF-8; otherwise the Arabic legacy encoding a charset detector recognizes, if any.</summary>
    private static DecodedDocument DecodeDetected(ReadOnlySpan<byte> bytes)
    {
        var utf8 = DecodeUtf8(bytes, bomLength: 0, "no Arabic code page was recognized in it either; name its encoding to lint it");
        return utf8.Succeeded || TextEncodings.Detect(bytes) is not { } detected ? utf8 : DecodeLegacy(bytes, detected);
    }

    private static DecodedDocument DecodeLegacy(ReadOnlySpan<byte> bytes, DocumentEncoding encoding)
    {
        // .NET maps the bytes ISO-8859-6 leaves undefined to private-use characters instead of failing (every byte
        // of Windows-1256 is defined); one byte is one character, so the first one's index is its offset.
        var text = TextEncodings.Legacy(encoding).GetString(bytes);
        var offset = text.AsSpan().IndexOfAnyInRange('\uF7C8', '\uF7F4');
        if (offset < 0)
        {
            return new DecodedDocument(text, false, null) { Encoding = encoding };
        }

        var before = new SourceText(text[..offset]);
        return Fail(
            DecodeFailureKind.InvalidUtf8,
            offset,
            before.PositionOf(before.Length),
            $"the file is not valid {TextEncodings.NameOf(encoding)} (byte 0x{bytes[offset]:X2} at offset {offset}); check its encoding");
    }

    private static DecodedDocument DecodeUtf8(ReadOnlySpan<byte> bytes, int bomLength, string advice = "convert it to UTF-8 to lint it")
    {
        // One pass validates and transcodes, where a strict decoder validates, then counts the characters, then
        // transcodes. UTF-8 never has fewer bytes than UTF-16 has characters, so the buffer is long enough.
        int invalidAt;
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            if (Utf8Transcoder.ToUtf16(bytes, buffer, out invalidAt, out var written) == OperationStatus.Done)
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
            $"the file is not valid UTF-8 (byte 0x{bytes[invalidAt]:X2} at offset {invalidAt + bomLength}); {advice}");
    }

    private static DecodedDocument Fail(DecodeFailureKind kind, long offset, LinePosition position, string message) =>
        new(null, false, new DecodeFailure(kind, offset, position, message));
}
