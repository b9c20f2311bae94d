namespace Linter.Core.Diagnostics;

/// <summary>
/// The text of the line a finding starts on. Its key (<see cref="DiagnosticFingerprint.LineKey"/>) normalizes and
/// hashes the whole line, so it is computed on first use: only baselines and SARIF fingerprints need it.
/// </summary>
public sealed class LineContent : IEquatable<LineContent>
{
    private string? _key;

    /// <summary>Wraps a line's text, without its line break.</summary>
    public LineContent(string text)
    {
        Text = text;
    }

    /// <summary>The line's text, without its line break.</summary>
    public string Text { get; }

    /// <summary>The key of the line's content; computed once, from any thread.</summary>
    public string Key => _key ??= DiagnosticFingerprint.LineKey(Text);

    /// <inheritdoc />
    public bool Equals(LineContent? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LineContent);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);
}
