using Linter.Core.Arabic;
using Linter.Core.Diagnostics;

namespace Linter.Core.Rules;

/// <summary>Fields that every rule has, and fields that several kinds share.</summary>
public static class CommonFields
{
    /// <summary>The pattern rule ids must follow.</summary>
    public const string IdPattern = "^[A-Z][A-Z0-9]*[0-9]{3,}$";

    /// <summary>What a <c>help_uri</c> must start with; the loader also checks that the whole is a valid absolute URI.</summary>
    public const string HelpUriPattern = "^https?://";

    /// <summary>A page documenting the rule, shown by SARIF viewers.</summary>
    public static readonly FieldSpec HelpUri = new("help_uri", FieldType.String, "An absolute http or https URI of a page documenting the rule.");

    /// <summary>The fields of an example that must be flagged.</summary>
    public static readonly IReadOnlyList<FieldSpec> FlaggedExampleFields =
    [
        new("text", FieldType.String, "A text the rule must flag; mark the exact expected spans with [| and |] to check them too."),
        new("documents", FieldType.StringList, "Instead of text, a corpus of several documents, in path order, for rules that look across documents; spans are marked in each."),
        new("fixed", FieldType.String, "The text once this rule's fixes are applied (with text only)."),
    ];

    /// <summary>The fields of a corpus that must stay clean.</summary>
    public static readonly IReadOnlyList<FieldSpec> CleanCorpusFields =
    [
        new("documents", FieldType.StringList, "The documents, in path order.", Required: true),
    ];

    /// <summary>The fields of <c>examples</c>.</summary>
    public static readonly IReadOnlyList<FieldSpec> ExampleFields =
    [
        new("flagged", FieldType.ObjectList, "Texts that must produce at least one diagnostic of this rule.", Fields: FlaggedExampleFields),
        new("clean", FieldType.StringList, "Texts that must produce no diagnostic of this rule."),
        new("clean_corpora", FieldType.ObjectList, "Corpora of several documents that must produce no diagnostic of this rule.", Fields: CleanCorpusFields),
    ];

    /// <summary>The documents a rule applies to.</summary>
    public static readonly FieldSpec Files = new(
        "files",
        FieldType.StringList,
        "Only documents whose path matches one of these globs (.editorconfig syntax, matched as --include is: against the path relative to the working folder; a JSON Lines record by its corpus file). Without it, every document.");

    /// <summary>Fields every rule has.</summary>
    public static readonly IReadOnlyList<FieldSpec> All =
    [
        new("id", FieldType.String, "Unique id, such as CL1001.", Required: true),
        new("kind", FieldType.String, "The rule kind.", Required: true),
        new("title", FieldType.String, "A short title.", Required: true),
        new("message", FieldType.String, "The diagnostic message; placeholders such as {match} are filled in.", Required: true),
        new("category", FieldType.String, "The category.", Required: true, AllowedValues: RuleCategory.RuleFileCategories),
        new("severity", FieldType.String, "The default severity.", Required: true, AllowedValues: SeverityNames.All),
        new("description", FieldType.String, "A longer explanation: what the rule finds and why."),
        new("help", FieldType.String, "How to fix it, or where to read more."),
        HelpUri,
        Files,
        new("examples", FieldType.Object, "Texts checked every time the rule loads.", Fields: ExampleFields),
    ];

    /// <summary>
    /// Parses a <c>help_uri</c>: an absolute http or https URI. Non-ASCII characters are allowed and escaped, so an
    /// address copied from a browser's address bar works.
    /// </summary>
    public static Uri? ParseHelpUri(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, HelpUriPattern)
        && !text.Any(char.IsWhiteSpace)
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && !string.IsNullOrEmpty(uri.Host)
            ? uri
            : null;

    /// <summary>Letter foldings, for kinds that match phrases.</summary>
    public static readonly FieldSpec Fold = new(
        "fold",
        FieldType.StringList,
        "Letters to treat as equal when matching: alef (أ إ آ ٱ = ا), alef-maqsura (ى = ي), ta-marbuta (ة = ه). Diacritics and tatweel are always ignored.",
        AllowedValues: LetterFolding.Names);
}
