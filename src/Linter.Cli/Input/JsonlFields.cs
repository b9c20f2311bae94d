namespace Linter.Cli.Input;

/// <summary>The fields of a JSON Lines record that hold the text to lint and the record's id.</summary>
/// <param name="Text">The text field (<c>--jsonl-text</c>).</param>
/// <param name="Id">The id field (<c>--jsonl-id</c>).</param>
internal sealed record JsonlFields(string Text, string Id)
{
    /// <summary>The defaults: <c>text</c> and <c>id</c>.</summary>
    public static readonly JsonlFields Default = new("text", "id");
}
