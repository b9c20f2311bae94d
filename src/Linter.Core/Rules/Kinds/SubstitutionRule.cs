using Linter.Core.Analysis;
using Linter.Core.Arabic;
using Linter.Core.Diagnostics;
using Linter.Core.Matching;

namespace Linter.Core.Rules.Kinds;

/// <summary>
/// Wrong forms and their corrections (typos); the fix replaces the wrong form and keeps any clitic prefix. Text with
/// its vowels written gets no fix, and a Quranic quotation or a word written with its vowels throughout no finding
/// (see <see cref="VowelledText"/>).
/// </summary>
public sealed class SubstitutionRule : Rule
{
    /// <summary>The kind's table entry.</summary>
    public static readonly RuleKind Kind = new(
        "substitution",
        "Wrong forms mapped to their corrections; the fix replaces them.",
        [
            new("swap", FieldType.StringMap, "Each wrong form mapped to its correction.", Required: true),
            CommonFields.Fold,
        ],
        ["match", "suggestion"],
        definition => new SubstitutionRule(definition));

    private readonly List<PhraseRegistration> _phrases = [];

    private SubstitutionRule(RuleDefinition definition)
        : base(definition)
    {
        var folds = definition.Folds();
        var seen = new Dictionary<string, Located>(StringComparer.Ordinal);
        foreach (var (wrong, right) in definition.Node.StringMap("swap"))
        {
            if (definition.Phrase(wrong) is not { } normalized || definition.Phrase(right) is not { } correction)
            {
                continue;
            }

            var key = LetterFolding.Fold(normalized, folds);
            if (key == LetterFolding.Fold(correction, folds))
            {
                definition.Error(wrong.Location, $"'{wrong.Value}' is replaced by itself once normalized; the swap would never change anything");
            }
            else if (seen.TryGetValue(key, out var first))
            {
                definition.Error(wrong.Location, $"'{wrong.Value}' is already swapped at line {first.Location.Line}");
            }
            else
            {
                seen[key] = wrong;
                _phrases.Add(new PhraseRegistration(this, normalized, folds, AllowCliticPrefix: true, right.Value.Trim()));
            }
        }
    }

    /// <inheritdoc />
    public override string? FixDescription(RuleDescriptor descriptor) =>
        "Replaces the text with its correction, keeping a clitic prefix (و, ف, ب, ل, ك, ال) as it was; not where the text carries diacritics, which the correction would strip, nor in a verse quoted from the Quran without brackets. Text inside a Quranic quotation (﴿ ﴾) is not flagged.";

    /// <inheritdoc />
    public override IEnumerable<PhraseRegistration> Phrases => _phrases;

    /// <inheritdoc />
    public override void Analyze(DocumentContext context)
    {
        var text = context.Source.Text;
        foreach (var match in context.PhraseMatches(this))
        {
            // Scripture keeps its own spelling, and so does a word written with its vowels throughout (ذَالِكَ spells
            // out the dagger alef of a verse); vowelled text keeps its marks, which the plain correction would strip.
            var span = context.OriginalSpan(match);
            if (VowelledText.IsScripture(text, span) || VowelledText.IsFullyVowelled(text, span))
            {
                continue;
            }

            var suggestion = (string)match.Registration.Tag!;
            var fix = VowelledText.KeepsItsLetters(text, span) ? null : new Fix($"Replace with '{suggestion}'", [new TextEdit(span, suggestion)]);
            context.Report(Descriptor, span, fix, ("suggestion", suggestion));
        }
    }
}
