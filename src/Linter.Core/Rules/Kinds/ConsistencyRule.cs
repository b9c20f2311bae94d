using Linter.Core.Analysis;
using Linter.Core.Arabic;
using Linter.Core.Diagnostics;
using Linter.Core.Matching;

namespace Linter.Core.Rules.Kinds;

/// <summary>
/// Families of spellings of one name, each with a preferred form. Every other form is flagged with a fix to the
/// preferred one; a document that uses more than one form of a family also gets one diagnostic of the rule's
/// <c>mixed</c> id, usually more severe, because mixing is worse than a consistent house style.
/// </summary>
public sealed class ConsistencyRule : Rule
{
    private static readonly IReadOnlyList<FieldSpec> FamilyFields =
    [
        new("name", FieldType.String, "The name the family spells, for messages.", Required: true),
        new("preferred", FieldType.String, "The form to use; it must be one of the forms.", Required: true),
        new("forms", FieldType.StringList, "Every known spelling, the preferred one included.", Required: true),
        new("description", FieldType.String, "Why the preferred form was chosen."),
    ];

    private static readonly IReadOnlyList<FieldSpec> MixedFields =
    [
        new("id", FieldType.String, "Id of the mixed-forms diagnostic.", Required: true),
        new("title", FieldType.String, "A short title."),
        new("message", FieldType.String, "The message; {family}, {forms} and {count} are filled in.", Required: true),
        new("severity", FieldType.String, "The default severity.", Required: true, AllowedValues: SeverityNames.All),
        new("description", FieldType.String, "A longer explanation."),
    ];

    /// <summary>The kind's table entry.</summary>
    public static readonly RuleKind Kind = new(
        "consistency",
        "Families of spellings of one name with a preferred form; flags the other forms, and documents that mix forms.",
        [
            new("families", FieldType.ObjectList, "The spelling families.", Required: true, Fields: FamilyFields),
            new("mixed", FieldType.Object, "The extra diagnostic for a document that mixes forms of one family.", Fields: MixedFields),
            CommonFields.Fold,
        ],
        ["match", "suggestion", "family"],
        definition => new ConsistencyRule(definition));

    private static readonly string[] MixedPlaceholders = ["match", "family", "forms", "count"];
    private readonly List<PhraseRegistration> _phrases = [];
    private readonly List<Family> _families = [];
    private readonly RuleDescriptor? _mixed;

    private ConsistencyRule(RuleDefinition definition)
        : base(definition)
    {
        var folds = definition.Folds();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var familyNode in definition.Node.ObjectList("families"))
        {
            var name = familyNode.String("name")!.Value.Value;
            var preferred = familyNode.String("preferred")!.Value;
            var forms = new List<string>();
            var preferredIndex = -1;
            var preferredKey = definition.Phrase(preferred) is { } p ? LetterFolding.Fold(p, folds) : null;
            foreach (var form in familyNode.StringList("forms"))
            {
                if (definition.Phrase(form) is not { } normalized)
                {
                    continue;
                }

                var key = LetterFolding.Fold(normalized, folds);
                if (owners.TryGetValue(key, out var owner))
                {
                    definition.Error(form.Location, owner == name
                        ? $"'{form.Value}' repeats a form of '{name}' (identical once normalized and folded)"
                        : $"'{form.Value}' is already a form of '{owner}'");
                    continue;
                }

                owners[key] = name;
                if (key == preferredKey)
                {
                    preferredIndex = forms.Count;
                }

                _phrases.Add(new PhraseRegistration(this, normalized, folds, AllowCliticPrefix: true, new FormTag(_families.Count, forms.Count)));
                forms.Add(form.Value.Trim());
            }

            if (preferredKey is not null && preferredIndex < 0)
            {
                definition.Error(preferred.Location, $"the preferred form '{preferred.Value}' of '{name}' is not one of its forms");
            }

            _families.Add(new Family(name, forms, preferredIndex));
        }

        if (definition.Node.Object("mixed") is { } mixedNode)
        {
            _mixed = definition.ExtraDescriptor(mixedNode, MixedPlaceholders, "Document mixes spellings of one name");
        }
    }

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Descriptors => _mixed is null ? [Descriptor] : [Descriptor, _mixed];

    /// <inheritdoc />
    public override IEnumerable<PhraseRegistration> Phrases => _phrases;

    /// <summary>The families, in file order; a match's <see cref="FormOf"/> indexes them.</summary>
    internal IReadOnlyList<Family> Families => _families;

    /// <summary>The family and the form within it that a match of this rule's phrases spells.</summary>
    internal static (int Family, int Form) FormOf(PhraseMatch match)
    {
        var tag = (FormTag)match.Registration.Tag!;
        return (tag.Family, tag.Form);
    }

    /// <inheritdoc />
    public override string? FixDescription(RuleDescriptor descriptor) => descriptor == Descriptor
        ? "Replaces the form with the preferred one, keeping a clitic prefix (و, ف, ب, ل, ك, ال) as it was."
        : null;

    /// <inheritdoc />
    public override void Analyze(DocumentContext context)
    {
        var usage = new Dictionary<int, List<(int Form, PhraseMatch Match)>>();
        foreach (var match in context.PhraseMatches(this))
        {
            var tag = (FormTag)match.Registration.Tag!;
            var family = _families[tag.Family];
            if (!usage.TryGetValue(tag.Family, out var uses))
            {
                usage[tag.Family] = uses = [];
            }

            uses.Add((tag.Form, match));
            if (tag.Form != family.Preferred)
            {
                var preferred = family.Forms[family.Preferred];
                var span = context.OriginalSpan(match);
                context.Report(Descriptor, span, new Fix($"Replace with '{preferred}'", [new TextEdit(span, preferred)]), ("suggestion", preferred), ("family", family.Name));
            }
        }

        if (_mixed is null)
        {
            return;
        }

        foreach (var (familyIndex, uses) in usage.OrderBy(pair => pair.Value[0].Match.Start))
        {
            var formsInOrder = uses.Select(use => use.Form).Distinct().ToList();
            if (formsInOrder.Count < 2)
            {
                continue;
            }

            var family = _families[familyIndex];
            var second = uses.First(use => use.Form == formsInOrder[1]).Match;
            var counts = string.Join(", ", formsInOrder.Select(form => $"{family.Forms[form]} ×{uses.Count(use => use.Form == form)}"));
            context.Report(
                _mixed,
                context.OriginalSpan(second),
                null,
                ("family", family.Name),
                ("forms", counts),
                ("count", formsInOrder.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>One name's spellings, as written in the rule file, and the index of the preferred one.</summary>
    internal sealed record Family(string Name, List<string> Forms, int Preferred);

    private sealed record FormTag(int Family, int Form);
}
