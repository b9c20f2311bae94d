namespace Linter.Core.Rules;

/// <summary>An example from a rule file: a text the rule must flag (with spans marked [| |]) or must leave clean.</summary>
/// <param name="Text">The text as written, span markers included; for an example of several documents, the first.</param>
/// <param name="IsFlagged">True for a flagged example, false for a clean one.</param>
/// <param name="Fixed">For a flagged example, the text after its fixes, when the file gives it.</param>
public sealed record RuleExample(string Text, bool IsFlagged, string? Fixed)
{
    /// <summary>The documents of the example, in path order: one for most examples, several for a rule that looks across documents.</summary>
    public IReadOnlyList<string> Documents { get; init; } = [Text];
}
