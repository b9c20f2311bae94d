using Linter.Core.Analysis;
using Linter.Core.Diagnostics;
using Linter.Core.Text;

namespace Linter.Core.Corpus;

/// <summary>
/// Where a finding across documents is, as a corpus state keeps it: enough to report it once the document's text is
/// gone.
/// </summary>
/// <param name="Path">The document's path as shown.</param>
/// <param name="Span">The span in the document's text.</param>
/// <param name="Position">Line and column of the span (0-based).</param>
/// <param name="MatchedText">The original text of the span when the state keeps it (a name's spelling); empty for spans the state keeps no text of (a paragraph, a whole document).</param>
/// <param name="LineKey">The key of the content of the line the span starts on (see <see cref="DiagnosticFingerprint.LineKey"/>), so baselines recognize the finding.</param>
public sealed record CorpusLocation(string Path, TextSpan Span, LinePositionSpan Position, string MatchedText, string LineKey)
{
    /// <summary>The location of a finding about a whole document: an empty span at its start.</summary>
    public static CorpusLocation WholeDocument(string path) => new(path, new TextSpan(0, 0), default, string.Empty, string.Empty);

    /// <summary>This location as another finding's related location.</summary>
    public RelatedLocation AsRelated(string message) => new(Path, Position, message);
}

/// <summary>Where a corpus analyzer reports the findings of the whole corpus.</summary>
public sealed class CorpusReporter
{
    private readonly Func<string, RuleDescriptor, Severity> _severity;
    private readonly List<Diagnostic> _diagnostics;
    private readonly long _reportFrom;

    internal CorpusReporter(Func<string, RuleDescriptor, Severity> severity, List<Diagnostic> diagnostics, long reportFrom = long.MinValue, int maxParallelism = 1)
    {
        _severity = severity;
        _diagnostics = diagnostics;
        _reportFrom = reportFrom;
        MaxParallelism = maxParallelism;
    }

    /// <summary>The most threads an analyzer may use to work out its findings: at the end of a run little else is left to do.</summary>
    public int MaxParallelism { get; }

    /// <summary>
    /// True when <paramref name="descriptor"/> is reported in <paramref name="path"/> (its severity there is not
    /// <c>none</c>), so an analyzer can skip work for findings nobody sees.
    /// </summary>
    public bool IsEnabled(string path, RuleDescriptor descriptor) => _severity(path, descriptor) != Severity.None;

    /// <summary>
    /// Reports a finding at <paramref name="location"/>, in the document at <paramref name="ordinal"/>. <c>{match}</c>
    /// is always available to the message; <paramref name="arguments"/> supplies the rest.
    /// </summary>
    public void Report(
        RuleDescriptor descriptor,
        long ordinal,
        CorpusLocation location,
        Fix? fix,
        IReadOnlyList<RelatedLocation> related,
        params (string Name, string Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(related);
        var severity = _severity(location.Path, descriptor);
        if (severity == Severity.None || ordinal < _reportFrom || IsOwnSavedVersion(location, related))
        {
            return;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["match"] = DocumentContext.OnOneLine(location.MatchedText) };
        foreach (var (name, value) in arguments)
        {
            values[name] = value;
        }

        _diagnostics.Add(new Diagnostic(descriptor, severity, location.Path, location.Span, location.Position, descriptor.Message.Format(values), location.MatchedText, fix)
        {
            LineKey = location.LineKey,
            RelatedLocations = related,
        });
    }

    /// <summary>
    /// True when only documents judged against a saved corpus are reported and the finding compares a document only
    /// with its own path, that is with its own earlier version in the saved corpus, as an edited article would be.
    /// </summary>
    private bool IsOwnSavedVersion(CorpusLocation location, IReadOnlyList<RelatedLocation> related) =>
        _reportFrom != long.MinValue && related.Count > 0 && related.All(other => other.Path == location.Path);
}
