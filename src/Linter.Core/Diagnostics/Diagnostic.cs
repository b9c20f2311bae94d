using Linter.Core.Text;

namespace Linter.Core.Diagnostics;

/// <summary>One text change: replace <paramref name="Span"/> with <paramref name="NewText"/>.</summary>
public sealed record TextEdit(TextSpan Span, string NewText)
{
    /// <summary>Line and column of <see cref="Span"/> (0-based), filled in when the diagnostic is reported.</summary>
    public LinePositionSpan Location { get; init; }
}

/// <summary>A fix carried by a diagnostic: a title for people and the edits that make it.</summary>
public sealed record Fix(string Title, IReadOnlyList<TextEdit> Edits);

/// <summary>One finding in one document.</summary>
/// <param name="Descriptor">The rule that reported it.</param>
/// <param name="Severity">The effective severity.</param>
/// <param name="Path">The document's path as shown to the user.</param>
/// <param name="Span">The UTF-16 span in the document's text.</param>
/// <param name="Location">Line and column of the span (0-based).</param>
/// <param name="Message">The formatted message.</param>
/// <param name="MatchedText">The original text of the span.</param>
/// <param name="Fix">A safe fix, when the rule has one.</param>
public sealed record Diagnostic(
    RuleDescriptor Descriptor,
    Severity Severity,
    string Path,
    TextSpan Span,
    LinePositionSpan Location,
    string Message,
    string MatchedText,
    Fix? Fix)
{
    /// <summary>The diagnostic id.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The content of the line the finding starts on; null for a finding about the whole file.</summary>
    public LineContent? Line { get; init; }

    /// <summary>
    /// The key of the content of the line the finding starts on (see <see cref="DiagnosticFingerprint.LineKey"/>): from
    /// <see cref="Line"/>, or set where the line's text is no longer at hand (a finding across documents).
    /// </summary>
    public string LineKey
    {
        get => field ?? Line?.Key ?? string.Empty;
        init;
    }

    /// <summary>
    /// Where the span lies in the file that holds the document, when the document is a part of a file (a record of a
    /// JSON Lines corpus): 0-based, in the file's own lines and columns. Null when the document is a file of its own,
    /// or when the finding's place in the file is not known.
    /// </summary>
    public LinePositionSpan? FileLocation { get; init; }

    /// <summary>Other places the finding points at (the first occurrence of a duplicate); empty for most findings.</summary>
    public IReadOnlyList<RelatedLocation> RelatedLocations { get; init; } = [];

    /// <summary>The finding's fingerprint under its own path.</summary>
    public string Fingerprint => DiagnosticFingerprint.Compute(this, Path);

    /// <summary>The order of all output: path, line, column, id, then message.</summary>
    public static int Compare(Diagnostic? a, Diagnostic? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null || b is null)
        {
            return a is null ? -1 : 1;
        }

        var order = string.CompareOrdinal(a.Path, b.Path);
        if (order == 0)
        {
            order = a.Location.Start.CompareTo(b.Location.Start);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Id, b.Id);
        }

        if (order == 0)
        {
            order = a.Location.End.CompareTo(b.Location.End);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Message, b.Message);
    }
}
