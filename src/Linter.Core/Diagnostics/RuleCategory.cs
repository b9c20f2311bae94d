namespace Linter.Core.Diagnostics;

/// <summary>The categories a rule can belong to.</summary>
public static class RuleCategory
{
    /// <summary>Web-page leftovers: widgets, mastheads, credits, bylines.</summary>
    public const string Boilerplate = "Boilerplate";

    /// <summary>Repeated lines, blocks and documents.</summary>
    public const string Duplication = "Duplication";

    /// <summary>Several spellings of one foreign name.</summary>
    public const string Transliteration = "Transliteration";

    /// <summary>Misspellings.</summary>
    public const string Spelling = "Spelling";

    /// <summary>Whitespace, punctuation and typography.</summary>
    public const string Formatting = "Formatting";

    /// <summary>Files that could not be read or analyzed; used by the engine's own diagnostics.</summary>
    public const string Input = "Input";

    /// <summary>The categories a rule file may name.</summary>
    public static readonly IReadOnlyList<string> RuleFileCategories = [Boilerplate, Duplication, Transliteration, Spelling, Formatting];
}
