namespace Linter.Cli.Input;

/// <summary>One line of a JSON Lines corpus: a document to lint, or why it cannot be one.</summary>
/// <param name="LineNumber">The line's number in the file, from 1.</param>
/// <param name="Path">The document's path: the corpus's display path, <c>#</c>, and the record's id (or <c>L</c> and the line number).</param>
/// <param name="Text">The text field's value, unescaped; null when the record is malformed.</param>
/// <param name="Error">Why the record is malformed; null when it is not.</param>
/// <param name="Source">The value of the source field (<see cref="JsonlFields.Source"/>); null when it is not read or the record has none.</param>
internal sealed record JsonlRecord(long LineNumber, string Path, string? Text, string? Error, string? Source = null);
