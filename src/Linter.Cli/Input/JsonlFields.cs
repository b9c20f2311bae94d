namespace Linter.Cli.Input;

/// <summary>The fields of a JSON Lines record that hold the text to lint, the record's id and, for corpus discovery, its source.</summary>
/// <param name="Text">The text field (<c>--jsonl-text</c>).</param>
/// <param name="Id">The id field (<c>--jsonl-id</c>).</param>
/// <param name="Source">The field naming the record's source, an outlet (<c>--source-field</c>); null when not read.</param>
internal sealed record JsonlFields(string Text, string Id, string? Source = null)
{
    /// <summary>The defaults: <c>text</c> and <c>id</c>.</summary>
    public static readonly JsonlFields Default = new("text", "id");
}
