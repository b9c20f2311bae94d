using System.Buffers;
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

    [ThreadStatic]
    private static IncrementalHash? t_sha256;

    /// <summary>The key of a line's content: normalized (diacritics, tatweel, spacing) and letter-folded, then hashed.</summary>
    public static string LineKey(ReadOnlySpan<char> line) => FormatLineKey(NormalizedLineKey(ArabicNormalizer.Normalize(line.ToString()).Text));

    /// <summary>The key of a line already normalized (a line of <see cref="NormalizedText.Text"/>), as 128 bits; <see cref="FormatLineKey"/> writes it as <see cref="LineKey"/> does.</summary>
    public static UInt128 NormalizedLineKey(string normalizedLine) => FoldedLineKey(LetterFolding.Fold(normalizedLine, LetterFolds.All));

    /// <summary>
    /// The key of a line already normalized and folded with every folding (a line of
    /// <see cref="NormalizedText.Folded"/> with <see cref="LetterFolds.All"/>): <see cref="NormalizedLineKey"/>
    /// without folding it again or allocating, for a caller that keys every line of a document.
    /// </summary>
    public static UInt128 FoldedLineKey(ReadOnlySpan<char> foldedLine)
    {
        Span<byte> hash = stackalloc byte[16];
        HashPrefix(foldedLine.Trim(), hash);
        return BinaryPrimitives.ReadUInt128BigEndian(hash);
    }

    /// <summary>A line key as text, as in fingerprints.</summary>
    public static string FormatLineKey(UInt128 key) => key.ToString("x32", CultureInfo.InvariantCulture);

    /// <summary>The fingerprint of <paramref name="diagnostic"/> when its document is named <paramref name="path"/>.</summary>
    public static string Compute(Diagnostic diagnostic, string path)
    {
        Span<byte> hash = stackalloc byte[16];
        HashPrefix(string.Join('\0', diagnostic.Id, path.Replace('\\', '/'), diagnostic.MatchedText, diagnostic.LineKey), hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Writes the first bytes of the SHA-256 of <paramref name="text"/> in UTF-8 to <paramref name="destination"/>.</summary>
    private static void HashPrefix(ReadOnlySpan<char> text, Span<byte> destination)
    {
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];

        // One hash a thread, reset after each use: a one-shot hash creates and frees the native state on every call,
        // which cost more than hashing a paragraph.
        var sha256 = t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha256.AppendData(utf8.AsSpan(0, Encoding.UTF8.GetBytes(text, utf8)));
        sha256.GetHashAndReset(hash);
        ArrayPool<byte>.Shared.Return(utf8);
        hash[..destination.Length].CopyTo(destination);
    }
}
