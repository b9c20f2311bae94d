using System.Text;
using UtfUnknown;

namespace Linter.Core.Text;

/// <summary>How a document without a byte order mark is read.</summary>
public enum EncodingSetting
{
    /// <summary>UTF-8.</summary>
    Utf8,

    /// <summary>Windows-1256.</summary>
    Windows1256,

    /// <summary>ISO-8859-6.</summary>
    Iso88596,

    /// <summary>UTF-8 when the bytes are valid UTF-8, otherwise the Arabic legacy encoding a charset detector recognizes.</summary>
    Auto,
}

/// <summary>The encodings documents are read and written in, and their names.</summary>
public static class TextEncodings
{
    private static readonly (string Name, EncodingSetting Setting)[] Settings =
    [
        ("utf-8", EncodingSetting.Utf8),
        ("windows-1256", EncodingSetting.Windows1256),
        ("iso-8859-6", EncodingSetting.Iso88596),
        ("auto", EncodingSetting.Auto),
    ];

    /// <summary>The names of the settings, as <c>--encoding</c> and <c>.editorconfig</c> take them.</summary>
    public static IReadOnlyList<string> SettingNames { get; } = [.. Settings.Select(setting => setting.Name)];

    /// <summary>The setting named <paramref name="name"/> (case-insensitive), or null when there is none.</summary>
    public static EncodingSetting? ParseSetting(string name) =>
        Settings.FirstOrDefault(setting => setting.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { Name: not null } found ? found.Setting : null;

    /// <summary>The name of <paramref name="encoding"/> as messages show it.</summary>
    public static string NameOf(DocumentEncoding encoding) => encoding switch
    {
        DocumentEncoding.Utf16LittleEndian => "UTF-16LE",
        DocumentEncoding.Utf16BigEndian => "UTF-16BE",
        DocumentEncoding.Windows1256 => "Windows-1256",
        DocumentEncoding.Iso88596 => "ISO-8859-6",
        _ => "UTF-8",
    };

    /// <summary>The encoding that writes a document back, refusing (never replacing) a character it has no byte for.</summary>
    internal static Encoding Writer(DocumentEncoding encoding) => encoding switch
    {
        DocumentEncoding.Utf16LittleEndian => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        DocumentEncoding.Utf16BigEndian => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        DocumentEncoding.Windows1256 or DocumentEncoding.Iso88596 => Legacy(encoding),
        _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
    };

    /// <summary>The Arabic legacy encoding the detector recognizes in <paramref name="bytes"/>, or null.</summary>
    internal static DocumentEncoding? Detect(ReadOnlySpan<byte> bytes) => CharsetDetector.DetectFromBytes(bytes).Detected?.EncodingName?.ToLowerInvariant() switch
    {
        "windows-1256" => DocumentEncoding.Windows1256,
        "iso-8859-6" => DocumentEncoding.Iso88596,
        _ => null,
    };

    /// <summary>Why <paramref name="text"/> cannot be written in <paramref name="encoding"/>: the character at <paramref name="index"/> has no byte in it.</summary>
    internal static string Unrepresentable(DocumentEncoding encoding, string text, int index)
    {
        var position = new SourceText(text).PositionOf(index);
        Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out _);
        return $"the fixed text cannot be written in {NameOf(encoding)}: «{rune}» (U+{rune.Value:X4}) at line {position.Line + 1}, column {position.Column + 1} of the fixed text has no byte in it; no fix was applied to this file";
    }

    /// <summary>
    /// A legacy encoding that refuses a character it has no byte for, never writing a '?' in its place. The code
    /// pages come from the provider directly, so the process-wide encoding registry is left as it is.
    /// </summary>
    internal static Encoding Legacy(DocumentEncoding encoding) => CodePagesEncodingProvider.Instance.GetEncoding(
        encoding == DocumentEncoding.Windows1256 ? 1256 : 28596,
        EncoderFallback.ExceptionFallback,
        DecoderFallback.ExceptionFallback)!;
}

