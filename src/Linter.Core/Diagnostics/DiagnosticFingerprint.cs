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
    public static string LineKey(ReadOnlySpan<char> line) =>
        Hash(LetterFolding.Fold(ArabicNormalizer.Normalize(line.ToString()).Text.Trim(), LetterFolds.All));

    /// <summary>The fingerprint of <paramref name="diagnostic"/> when its document is named <paramref name="path"/>.</summary>
    public static string Compute(Diagnostic diagnostic, string path) =>
        Hash(string.Join('\0', diagnostic.Id, path.Replace('\\', '/'), diagnostic.MatchedText, diagnostic.LineKey));

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
