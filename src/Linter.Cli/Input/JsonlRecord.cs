namespace Linter.Cli.Input;

/// <summary>One line of a JSON Lines corpus: a document to lint, or why it cannot be one.</summary>
/// <param name="LineNumber">The line's number in the file, from 1.</param>
/// <param name="Path">The document's path: the corpus's display path, <c>#</c>, and the record's id (or <c>L</c> and the line number).</param>
/// <param name="Text">The text field's value, unescaped; null when the record is malformed.</param>
/// <param name="Error">Why the record is malformed; null when it is not.</param>
internal sealed record JsonlRecord(long LineNumber, string Path, string? Text, string? Error)
{
    /// <summary>Where the text field's value (its opening quote) starts in the line, in bytes; -1 when the record is malformed.</summary>
    public int TextStart { get; init; } = -1;

    /// <summary>The value of the source field (<see cref="JsonlFields.Source"/>), when the record has one as a string.</summary>
    public string? Source { get; init; }
}
