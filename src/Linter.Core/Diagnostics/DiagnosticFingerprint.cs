using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Linter.Core.Arabic;

namespace Linter.Core.Diagnostics;

/// <summary>
/// A finding's identity that survives edits elsewhere in its document: built from the rule id, the path, the
/// matched text and the normalized content of its line, never from line numbers. Baselines and SARIF
/// <c>partialFingerprints</c> use it.
/// </summary>
public static class DiagnosticFingerprint
{
    /// <summary>The fingerprint's version; a change to how it is computed gets a new one.</summary>
    public const string Version = "corpuslint/v1";

    /// <summary>The key of a line's content: normalized (diacritics, tatweel, spacing) and letter-folded, then hashed.</summary>
    public static string LineKey(ReadOnlySpan<char> line) => FormatLineKey(NormalizedLineKey(ArabicNormalizer.Normalize(line.ToString()).Text));

    /// <summary>The key of a line already normalized (a line of <see cref="NormalizedText.Text"/>), as 128 bits; <see cref="FormatLineKey"/> writes it as <see cref="LineKey"/> does.</summary>
    public static UInt128 NormalizedLineKey(string normalizedLine) =>
        BinaryPrimitives.ReadUInt128BigEndian(HashBytes(LetterFolding.Fold(normalizedLine.Trim(), LetterFolds.All)));

    /// <summary>A line key as text, as in fingerprints.</summary>
    public static string FormatLineKey(UInt128 key) => key.ToString("x32", CultureInfo.InvariantCulture);

    /// <summary>The fingerprint of <paramref name="diagnostic"/> when its document is named <paramref name="path"/>.</summary>
    public static string Compute(Diagnostic diagnostic, string path) =>
        Hash(string.Join('\0', diagnostic.Id, path.Replace('\\', '/'), diagnostic.MatchedText, diagnostic.LineKey));

    private static string Hash(string text) => Convert.ToHexStringLower(HashBytes(text));

    private static ReadOnlySpan<byte> HashBytes(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16);
}
