using System.CommandLine;

namespace Linter.Cli.Input;

/// <summary>The fields of a JSON Lines record that hold the text to lint and the record's id.</summary>
/// <param name="Text">The text field (<c>--jsonl-text</c>).</param>
/// <param name="Id">The id field (<c>--jsonl-id</c>).</param>
internal sealed record JsonlFields(string Text, string Id)
{
    /// <summary>The defaults: <c>text</c> and <c>id</c>.</summary>
    public static readonly JsonlFields Default = new("text", "id");

    /// <summary><c>--jsonl-text</c>; each command adds its own instance.</summary>
    public static Option<string> TextOption() => new("--jsonl-text")
    {
        Description = "The field of each JSON Lines record that holds the text to lint.", HelpName = "field", DefaultValueFactory = _ => Default.Text,
    };

    /// <summary><c>--jsonl-id</c>; each command adds its own instance.</summary>
    public static Option<string> IdOption() => new("--jsonl-id")
    {
        Description = "The field of each JSON Lines record that holds its id, shown as FILE#ID.", HelpName = "field", DefaultValueFactory = _ => Default.Id,
    };
}
