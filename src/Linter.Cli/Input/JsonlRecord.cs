using System.Text;
using Linter.Core.Diagnostics;
using Linter.Core.Text;

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

    /// <summary>The text field's JSON string as the line writes it, between its quotes, escapes and all; null when the record is malformed.</summary>
    public byte[]? WrittenText { get; init; }

    /// <summary>The column of the text field's first character in the line (just after its opening quote), from 0, in UTF-16 code units.</summary>
    public int TextColumn { get; init; }

    /// <summary>
    /// The diagnostics of the record's text, each with its place in the corpus file (<see cref="Diagnostic.FileLocation"/>):
    /// the record's line, and the columns of the characters and escapes that write the span.
    /// </summary>
    public IReadOnlyList<Diagnostic> PlaceInFile(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
        {
            return diagnostics;
        }

        var written = JsonStringOffsets.Of(Encoding.UTF8.GetString(WrittenText!), Text!.Length);
        var line = (int)Math.Min(int.MaxValue, LineNumber - 1);
        LinePosition At(int offset) => new(line, TextColumn + written[offset]);
        return [.. diagnostics.Select(diagnostic => diagnostic with { FileLocation = new LinePositionSpan(At(diagnostic.Span.Start), At(diagnostic.Span.End)) })];
    }

    /// <summary>The value of the source field (<see cref="JsonlFields.Source"/>), when the record has one as a string.</summary>
    public string? Source { get; init; }
}
