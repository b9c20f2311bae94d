namespace Linter.Core.Rules;

/// <summary>An example from a rule file: a text the rule must flag (with spans marked [| |]) or must leave clean.</summary>
/// <param name="Text">The text as written, span markers included.</param>
/// <param name="IsFlagged">True for a flagged example, false for a clean one.</param>
/// <param name="Fixed">For a flagged example, the text after its fixes, when the file gives it.</param>
public sealed record RuleExample(string Text, bool IsFlagged, string? Fixed);
