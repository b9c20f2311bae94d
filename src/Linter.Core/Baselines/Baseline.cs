using System.Text.Encodings.Web;
using System.Text.Json;
using Linter.Core.Diagnostics;

namespace Linter.Core.Baselines;

/// <summary>One finding kept in a baseline: its fingerprint and, for people reading the file, what it was.</summary>
/// <param name="Fingerprint">See <see cref="DiagnosticFingerprint"/>.</param>
/// <param name="Id">The rule id.</param>
/// <param name="Path">The document's path, relative to the baseline file's folder, with '/'.</param>
/// <param name="Text">The matched text.</param>
/// <param name="Count">How many findings share this fingerprint (the same text on lines of the same content).</param>
public sealed record BaselineEntry(string Fingerprint, string Id, string Path, string Text, int Count);

/// <summary>
/// Findings accepted when a corpus adopted the linter: <c>check</c> reports only findings that are not in it.
/// Findings are recognized by fingerprint, not by line, so editing other lines does not bring them back.
/// </summary>
public sealed class Baseline
{
    /// <summary>The file name a baseline has by default.</summary>
    public const string DefaultFileName = ".corpuslint-baseline.json";

    private const int FormatVersion = 1;
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private Baseline(IReadOnlyList<BaselineEntry> entries, string fingerprintVersion)
    {
        Entries = entries;
        FingerprintVersion = fingerprintVersion;
    }

    /// <summary>The entries, sorted by path, id and fingerprint.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>
    /// The version of its fingerprints: <see cref="DiagnosticFingerprint.Version"/>, or
    /// <see cref="DiagnosticFingerprint.Version1"/> for a baseline written before it, which is read, filtered and
    /// updated in that version.
    /// </summary>
    public string FingerprintVersion { get; }

    /// <summary>
    /// A baseline of <paramref name="diagnostics"/>; <paramref name="relativePath"/> gives each document's path relative
    /// to the baseline's folder. Its fingerprints are of <paramref name="fingerprintVersion"/>, the current one unless
    /// given.
    /// </summary>
    public static Baseline Create(IEnumerable<Diagnostic> diagnostics, Func<string, string> relativePath, string fingerprintVersion = DiagnosticFingerprint.Version) =>
        new(
            Sorted(diagnostics
                .Select(d => (Diagnostic: d, Path: relativePath(d.Path).Replace('\\', '/')))
                .GroupBy(item => DiagnosticFingerprint.Compute(item.Diagnostic, item.Path, fingerprintVersion), StringComparer.Ordinal)
                .Select(group => new BaselineEntry(group.Key, group.First().Diagnostic.Id, group.First().Path, group.First().Diagnostic.MatchedText, group.Count()))),
            fingerprintVersion);

    /// <summary>
    /// This baseline without what no longer occurs in <paramref name="current"/>, a baseline of the documents
    /// <paramref name="wasLinted"/> says were linted: counts only ever go down, nothing is added, and the entries of
    /// documents that were not linted this time are kept as they are. <paramref name="current"/> has this baseline's
    /// <see cref="FingerprintVersion"/>.
    /// </summary>
    public Baseline Update(Baseline current, Func<string, bool> wasLinted)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (current.FingerprintVersion != FingerprintVersion)
        {
            throw new ArgumentException($"fingerprints of {current.FingerprintVersion} cannot update a baseline of {FingerprintVersion}", nameof(current));
        }

        var now = current.Entries.ToDictionary(entry => entry.Fingerprint, entry => entry.Count, StringComparer.Ordinal);
        return new(Sorted(Entries
            .Select(entry => wasLinted(entry.Path) ? entry with { Count = Math.Min(entry.Count, now.GetValueOrDefault(entry.Fingerprint)) } : entry)
            .Where(entry => entry.Count > 0)), FingerprintVersion);
    }

    /// <summary>
    /// Splits <paramref name="diagnostics"/> into those to report and how many the baseline holds back. Of several
    /// findings with one fingerprint, as many as the baseline counts are held back, the first ones in output order.
    /// </summary>
    public (IReadOnlyList<Diagnostic> New, int Baselined) Filter(IEnumerable<Diagnostic> diagnostics, Func<string, string> relativePath)
    {
        var holdsBack = CreateFilter(relativePath);
        var reported = new List<Diagnostic>();
        var baselined = 0;
        foreach (var diagnostic in diagnostics)
        {
            if (holdsBack.HoldsBack(diagnostic))
            {
                baselined++;
            }
            else
            {
                reported.Add(diagnostic);
            }
        }

        return (reported, baselined);
    }

    /// <summary>
    /// A filter to ask of each diagnostic in output order whether the baseline holds it back, for a report written
    /// as it goes; it counts down as <see cref="Filter"/> does.
    /// </summary>
    public BaselineFilter CreateFilter(Func<string, string> relativePath) => new(Entries, relativePath, FingerprintVersion);

    /// <summary>The baseline as JSON, stable from run to run so that it diffs well under version control.</summary>
    public string ToJson() =>
        JsonSerializer.Serialize(new BaselineDocument(FormatVersion, FingerprintVersion, Entries), JsonOptions) + "\n";

    /// <summary>Reads a baseline written by <see cref="ToJson"/>.</summary>
    /// <exception cref="FormatException">The text is not a baseline this version can read; the message says why.</exception>
    public static Baseline Parse(string json)
    {
        BaselineDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<BaselineDocument>(json, JsonOptions);
        }
        catch (JsonException exception)
        {
            var position = exception.LineNumber is { } line ? $" at line {line + 1}, column {exception.BytePositionInLine + 1}" : string.Empty;
            throw new FormatException($"not a valid baseline{position}: {exception.Message}", exception);
        }

        if (document is null || document.Findings is null)
        {
            throw new FormatException("not a valid baseline: it has no findings list");
        }

        if (document.Version != FormatVersion || !DiagnosticFingerprint.IsKnown(document.Fingerprint))
        {
            throw new FormatException($"the baseline has version {document.Version} and fingerprints {document.Fingerprint}; this corpuslint reads version {FormatVersion} with {DiagnosticFingerprint.Version} or {DiagnosticFingerprint.Version1}; write it again with 'corpuslint baseline'");
        }

        // One fingerprint listed twice, as a merge of two branches' baselines leaves it, counts both times; a sum past
        // the largest count holds back as many as the largest does.
        return new Baseline(Sorted(document.Findings
            .Where(entry => entry is { Fingerprint: not null, Count: > 0 })
            .GroupBy(entry => entry.Fingerprint, StringComparer.Ordinal)
            .Select(group => group.First() with { Count = (int)Math.Min(int.MaxValue, group.Sum(entry => (long)entry.Count)) })), document.Fingerprint!);
    }

    private static List<BaselineEntry> Sorted(IEnumerable<BaselineEntry> entries) =>
        [.. entries.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal)];

    private sealed record BaselineDocument(int Version, string Fingerprint, IReadOnlyList<BaselineEntry> Findings);
}
