using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using Linter.Core.Arabic;

namespace Linter.Core.Diagnostics;

/// <summary>
/// A finding's identity that survives edits elsewhere in its document: built from the rule id, the path, the
/// matched text and the normalized content of its line, never from line numbers. Baselines and SARIF
/// <c>partialFingerprints</c> use it.
/// </summary>
/// <remarks>
/// Version 2 hashes with XxHash128, version 1 hashed with SHA-256: the line keys are computed for every long
/// paragraph of a corpus, and a cryptographic hash bought nothing for a key. Version 1 is computed only to read a
/// baseline written with it.
/// </remarks>
public static class DiagnosticFingerprint
{
    /// <summary>The fingerprint's version; a change to how it is computed gets a new one.</summary>
    public const string Version = "corpuslint/v2";

    /// <summary>The version before <see cref="Version"/>, still read in baselines.</summary>
    public const string Version1 = "corpuslint/v1";

    // Up to this many UTF-8 bytes are hashed from the stack; a longer text from a rented buffer.
    private const int StackBytes = 1024;

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
        Hash(foldedLine.Trim(), hash, Version);
        return BinaryPrimitives.ReadUInt128BigEndian(hash);
    }

    /// <summary>A line key as text, as in fingerprints.</summary>
    public static string FormatLineKey(UInt128 key) => key.ToString("x32", CultureInfo.InvariantCulture);

    /// <summary>The fingerprint of <paramref name="diagnostic"/> when its document is named <paramref name="path"/>.</summary>
    public static string Compute(Diagnostic diagnostic, string path) => Compute(diagnostic, path, Version);

    /// <summary>
    /// The fingerprint of <paramref name="diagnostic"/> in <paramref name="version"/> (<see cref="Version"/> or
    /// <see cref="Version1"/>). Version 1 keys the line from its text: a finding whose line's text is no longer at
    /// hand (one reported across documents from its line's key alone) gets a fingerprint no version 1 baseline holds.
    /// </summary>
    public static string Compute(Diagnostic diagnostic, string path, string version)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        ArgumentNullException.ThrowIfNull(path);
        var lineKey = version == Version1 && diagnostic.Line is { } line
            ? Version1LineKey(line.Text)
            : diagnostic.LineKey;
        Span<byte> hash = stackalloc byte[16];
        Hash(string.Join('\0', diagnostic.Id, path.Replace('\\', '/'), diagnostic.MatchedText, lineKey), hash, version);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Whether <paramref name="version"/> is one this build computes.</summary>
    public static bool IsKnown(string? version) => version is Version or Version1;

    private static string Version1LineKey(string line)
    {
        Span<byte> hash = stackalloc byte[16];
        Hash(LetterFolding.Fold(ArabicNormalizer.Normalize(line).Text, LetterFolds.All).AsSpan().Trim(), hash, Version1);
        return FormatLineKey(BinaryPrimitives.ReadUInt128BigEndian(hash));
    }

    /// <summary>
    /// Writes the 16-byte hash of <paramref name="text"/> in UTF-8 to <paramref name="destination"/>: its XxHash128
    /// (big-endian) in version 2, the first bytes of its SHA-256 in version 1.
    /// </summary>
    private static void Hash(ReadOnlySpan<char> text, Span<byte> destination, string version)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        var rented = maxBytes > StackBytes ? ArrayPool<byte>.Shared.Rent(maxBytes) : null;
        Span<byte> buffer = rented is null ? stackalloc byte[StackBytes] : rented;
        var utf8 = buffer[..Encoding.UTF8.GetBytes(text, buffer)];
        if (version == Version1)
        {
            // One hash a thread, reset after each use: a one-shot hash creates and frees the native state on every
            // call, which cost more than hashing a paragraph.
            Span<byte> sha = stackalloc byte[SHA256.HashSizeInBytes];
            var sha256 = t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            sha256.AppendData(utf8);
            sha256.GetHashAndReset(sha);
            sha[..destination.Length].CopyTo(destination);
        }
        else
        {
            BinaryPrimitives.WriteUInt128BigEndian(destination, XxHash128.HashToUInt128(utf8));
        }

        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
