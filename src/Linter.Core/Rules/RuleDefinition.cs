using System.Text.RegularExpressions;
using Linter.Core.Analysis;
using Linter.Core.Arabic;
using Linter.Core.Diagnostics;

namespace Linter.Core.Rules;

/// <summary>
/// A rule's YAML as handed to its kind's factory: the common fields already read, the kind's own fields
/// validated and ready to read, and a place to report semantic errors with their positions.
/// </summary>
public sealed class RuleDefinition
{
    private readonly List<RuleFileError> _errors;

    internal RuleDefinition(RuleNode node, RuleDescriptor descriptor, List<RuleFileError> errors)
    {
        Node = node;
        Descriptor = descriptor;
        _errors = errors;
    }

    /// <summary>The rule's mapping.</summary>
    public RuleNode Node { get; }

    /// <summary>The rule's main descriptor.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>True once any error was reported for this rule.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Reports a problem at <paramref name="location"/>.</summary>
    public void Error(SourceLocation location, string message)
    {
        HasErrors = true;
        _errors.Add(new RuleFileError(location, message));
    }

    /// <summary>The letter foldings named by the <c>fold</c> field.</summary>
    public LetterFolds Folds() =>
        Node.StringList(CommonFields.Fold.Name).Aggregate(LetterFolds.None, (folds, name) => folds | LetterFolding.Parse(name.Value));

    /// <summary>Normalizes a phrase from the file, reporting one that normalizes to nothing.</summary>
    public string? Phrase(Located phrase)
    {
        var normalized = ArabicNormalizer.NormalizePhrase(phrase.Value);
        if (normalized.Length == 0)
        {
            Error(phrase.Location, $"the phrase '{phrase.Value}' is empty once diacritics, tatweel and spaces are removed");
            return null;
        }

        if (normalized.Contains('\n', StringComparison.Ordinal))
        {
            Error(phrase.Location, "a phrase cannot span lines");
            return null;
        }

        return normalized;
    }

    /// <summary>
    /// Compiles a user's regular expression so that it can never hang the linter. With <paramref name="folds"/>,
    /// the pattern's letters are folded to match folded text; errors still quote the pattern as written.
    /// </summary>
    public SafeRegex? Regex(Located pattern, RegexOptions options = RegexOptions.None, LetterFolds folds = LetterFolds.None)
    {
        try
        {
            return SafeRegex.Create(LetterFolding.Fold(pattern.Value, folds), options);
        }
        catch (RegexParseException exception)
        {
            Error(pattern.At(exception.Offset > 0 ? exception.Offset - 1 : 0), $"invalid regular expression: {RegexErrors.Describe(exception.Error)} (at character {exception.Offset} of '{pattern.Value}')");
            return null;
        }
        catch (ArgumentException exception)
        {
            Error(pattern.Location, $"invalid regular expression '{pattern.Value}': {exception.Message}");
            return null;
        }
    }

    /// <summary>Creates a second descriptor for a rule that reports two diagnostics (such as a mixed-forms summary).</summary>
    public RuleDescriptor? ExtraDescriptor(RuleNode node, IReadOnlyCollection<string> placeholders, string defaultTitle) =>
        CreateDescriptor(
            node,
            Descriptor.Kind,
            placeholders,
            node.String("title")?.Value ?? defaultTitle,
            Descriptor.Category,
            node.String("description")?.Value ?? Descriptor.Description,
            Descriptor.Help,
            Descriptor.HelpUri,
            Error);

    /// <summary>
    /// A descriptor from a validated node's id, message and severity; an invalid message template is reported
    /// at its position and gives null.
    /// </summary>
    internal static RuleDescriptor? CreateDescriptor(
        RuleNode node,
        string kind,
        IReadOnlyCollection<string> placeholders,
        string title,
        string category,
        string? description,
        string? help,
        Uri? helpUri,
        Action<SourceLocation, string> error)
    {
        var id = node.String("id")!.Value;
        var message = node.String("message")!.Value;
        var template = MessageTemplate.TryParse(message.Value, placeholders, out var problem);
        if (template is null)
        {
            error(message.At(problem!.Value.Offset), problem.Value.Message);
            return null;
        }

        var severity = SeverityNames.Parse(node.String("severity")!.Value.Value);
        return new RuleDescriptor(id.Value, kind, title, template, category, severity, description, help, id.Location, helpUri);
    }
}
