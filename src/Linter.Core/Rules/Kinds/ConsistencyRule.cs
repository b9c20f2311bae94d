using System.Runtime.InteropServices;
using Linter.Core.Analysis;
using Linter.Core.Arabic;
using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using Linter.Core.Matching;
using Linter.Core.Text;

namespace Linter.Core.Rules.Kinds;

/// <summary>
/// Families of spellings of one name, each with a preferred form. Every other form is flagged with a fix to the
/// preferred one; a document that uses more than one form of a family also gets one diagnostic of the rule's
/// <c>mixed</c> id, usually more severe, because mixing is worse than a consistent house style. A family with
/// <c>scope: corpus</c> names no preferred form: the form the corpus uses most is preferred, so its other forms are
/// flagged once the whole corpus is linted.
/// </summary>
public sealed class ConsistencyRule : Rule
{
    private static readonly IReadOnlyList<FieldSpec> FamilyFields =
    [
        new("name", FieldType.String, "The name the family spells, for messages.", Required: true),
        new("preferred", FieldType.String, "The form to use; it must be one of the forms. Required unless the scope is corpus."),
        new("forms", FieldType.StringList, "Every known spelling, the preferred one included.", Required: true),
        new("scope", FieldType.String, "document (the default): the preferred form is the one named; corpus: the form the whole corpus uses most (ties go to the form listed first), known once every document is linted.", AllowedValues: ["document", "corpus"]),
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
        ["match", "suggestion", "family", "counts"],
        definition => new ConsistencyRule(definition));

    private static readonly string[] MixedPlaceholders = ["match", "family", "forms", "count"];
    private readonly List<PhraseRegistration> _phrases = [];
    private readonly List<SpellingFamily> _families = [];
    private readonly RuleDescriptor? _mixed;

    private ConsistencyRule(RuleDefinition definition)
        : base(definition)
    {
        var folds = definition.Folds();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var familyNode in definition.Node.ObjectList("families"))
        {
            var name = familyNode.String("name")!.Value.Value;
            var preferred = familyNode.String("preferred");
            var corpusScope = familyNode.String("scope")?.Value == "corpus";
            if (corpusScope && preferred is { } named)
            {
                definition.Error(named.Location, $"'{name}' has scope: corpus, so the form the corpus uses most is preferred; remove 'preferred'");
            }
            else if (!corpusScope && preferred is null)
            {
                definition.Error(familyNode.Location, $"the family '{name}' is missing the key 'preferred'; name the form to use, or say scope: corpus to prefer the form the corpus uses most");
            }

            var forms = new List<string>();
            var preferredIndex = -1;
            var preferredKey = !corpusScope && preferred is { } p && definition.Phrase(p) is { } normalizedPreferred ? LetterFolding.Fold(normalizedPreferred, folds) : null;
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
                definition.Error(preferred!.Value.Location, $"the preferred form '{preferred.Value.Value}' of '{name}' is not one of its forms");
            }

            _families.Add(new SpellingFamily(name, forms, preferredIndex));
        }

        Corpus = new Analyzer(this);

        if (definition.Node.Object("mixed") is { } mixedNode)
        {
            _mixed = definition.ExtraDescriptor(mixedNode, MixedPlaceholders, "Document mixes spellings of one name");
        }
    }

    /// <summary>A copy of <paramref name="original"/> with <paramref name="families"/> instead of its families.</summary>
    private ConsistencyRule(ConsistencyRule original, List<SpellingFamily> families)
        : base(original)
    {
        _phrases = [.. original._phrases.Select(phrase => phrase with { Owner = this })];
        _families = families;
        _mixed = original._mixed;
        Corpus = new Analyzer(this);
    }

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> Descriptors => field ??= _mixed is null ? [Descriptor] : [Descriptor, _mixed];

    /// <summary>
    /// Each family's forms with their counts in <paramref name="corpus"/> (occurrences in all and per source, documents
    /// that use each, documents that mix forms), every document collected, for reports that chart them.
    /// </summary>
    public IReadOnlyList<FamilyCounts> Counts(ICorpusStates corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return corpus.StateOf<SpellingCounts>(this).Families();
    }

    /// <inheritdoc />
    public override bool FixesNeedCorpus => _families.Any(family => family.CorpusScope);

    /// <summary>A copy in which each family with <c>scope: corpus</c> takes the form <paramref name="corpus"/> uses most as its preferred form.</summary>
    public override Rule Resolve(ICorpusStates corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        if (!FixesNeedCorpus)
        {
            return this;
        }

        var counts = corpus.StateOf<SpellingCounts>(this);
        return new ConsistencyRule(this, [.. _families.Select((family, index) => family.CorpusScope ? family with { Preferred = counts.Preferred(index) } : family)]);
    }

    /// <inheritdoc />
    public override IEnumerable<PhraseRegistration> Phrases => _phrases;

    /// <summary>
    /// Counts every family's forms across the corpus (for reports) and flags the forms of corpus-scope families
    /// that are not the majority.
    /// </summary>
    public override CorpusAnalyzer Corpus { get; }

    /// <inheritdoc />
    public override string? FixDescription(RuleDescriptor descriptor) => descriptor == Descriptor
        ? "Replaces the form with the preferred one (for a family with scope: corpus, the form the corpus uses most), keeping a clitic prefix (و, ف, ب, ل, ك, ال) as it was; not where the text carries diacritics, which the preferred form would strip, nor in a verse quoted from the Quran without brackets. Text inside a Quranic quotation (﴿ ﴾) is not flagged."
        : null;

    /// <inheritdoc />
    public override void Analyze(DocumentContext context)
    {
        // Each family the document uses, with its uses in order. Findings are sorted once every rule ran, so the
        // order of families does not matter.
        var usage = new Dictionary<int, List<(int Form, PhraseMatch Match)>>();
        var text = context.Source.Text;
        foreach (var match in context.PhraseMatches(this))
        {
            // Scripture keeps its own spelling.
            if (VowelledText.IsScripture(text, context.OriginalSpan(match)))
            {
                continue;
            }

            var tag = (FormTag)match.Registration.Tag!;
            ref var uses = ref CollectionsMarshal.GetValueRefOrAddDefault(usage, tag.Family, out _);
            (uses ??= []).Add((tag.Form, match));
        }

        foreach (var (familyIndex, uses) in usage)
        {
            var family = _families[familyIndex];
            var forms = FormsInOrder(uses);
            string? counts = null;
            if (!family.CorpusScope)
            {
                var preferred = family.Forms[family.Preferred];
                foreach (var (form, match) in uses)
                {
                    if (form != family.Preferred)
                    {
                        var span = context.OriginalSpan(match);
                        counts ??= Describe(family, forms);
                        var fix = VowelledText.KeepsItsLetters(text, span) ? null : ReplaceWith(span, preferred);
                        context.Report(Descriptor, span, fix, ("suggestion", preferred), ("family", family.Name), ("counts", counts));
                    }
                }
            }

            if (_mixed is not null && forms.Count >= 2)
            {
                context.Report(
                    _mixed,
                    context.OriginalSpan(forms[1].First),
                    null,
                    ("family", family.Name),
                    ("forms", counts ?? Describe(family, forms)),
                    ("count", forms.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
    }

    /// <summary>The forms of <paramref name="uses"/> in order of first use, each with its first use and its number of uses.</summary>
    private static List<(int Form, PhraseMatch First, int Count)> FormsInOrder(List<(int Form, PhraseMatch Match)> uses)
    {
        var forms = new List<(int Form, PhraseMatch First, int Count)>(2);
        foreach (var (form, match) in uses)
        {
            var index = 0;
            while (index < forms.Count && forms[index].Form != form)
            {
                index++;
            }

            if (index == forms.Count)
            {
                forms.Add((form, match, 1));
            }
            else
            {
                forms[index] = forms[index] with { Count = forms[index].Count + 1 };
            }
        }

        return forms;
    }

    /// <summary>"كيم جونج أون ×1, كيم جونغ أون ×2": each form a document uses, in order of first use, with its count.</summary>
    private static string Describe(SpellingFamily family, List<(int Form, PhraseMatch First, int Count)> forms) =>
        string.Join(", ", forms.Select(form => $"{family.Forms[form.Form]} ×{form.Count}"));

    private static Fix ReplaceWith(TextSpan span, string preferred, LinePositionSpan location = default) =>
        new($"Replace with '{preferred}'", [new TextEdit(span, preferred) { Location = location }]);

    private sealed record FormTag(int Family, int Form);

    private sealed class Analyzer(ConsistencyRule rule) : CorpusAnalyzer<SpellingCounts>
    {
        public override SpellingCounts CreateState() => new(rule._families, Uses);

        public override void Report(SpellingCounts state, CorpusReporter reporter)
        {
            var preferred = new Dictionary<int, (int Form, string Counts)>();
            foreach (var use in state.Uses)
            {
                if (!preferred.TryGetValue(use.Family, out var majority))
                {
                    preferred[use.Family] = majority = (state.Preferred(use.Family), state.Describe(use.Family));
                }

                if (use.Form == majority.Form)
                {
                    continue;
                }

                var family = rule._families[use.Family];
                var form = family.Forms[majority.Form];
                var fix = use.Fixable ? ReplaceWith(use.Location.Span, form, use.Location.Position) : null;
                reporter.Report(rule.Descriptor, use.Ordinal, use.Location, fix, [], ("suggestion", form), ("family", family.Name), ("counts", majority.Counts));
            }
        }

        private IEnumerable<SpellingUse> Uses(CorpusDocument document)
        {
            var source = document.Text;
            foreach (var match in document.PhraseMatches(rule))
            {
                var span = document.Normalized.ToOriginal(match.Start, match.End, source.Text);
                if (VowelledText.IsScripture(source.Text, span))
                {
                    continue;
                }

                var tag = (FormTag)match.Registration.Tag!;
                CorpusLocation? location = null;
                var fixable = false;
                if (rule._families[tag.Family].CorpusScope)
                {
                    fixable = !VowelledText.KeepsItsLetters(source.Text, span);
                    location = new CorpusLocation(
                        document.Path,
                        span,
                        source.PositionOf(span),
                        source.Text.Substring(span.Start, span.Length),
                        DiagnosticFingerprint.LineKey(source.LineText(source.LineIndexOf(span.Start))));
                }

                yield return new SpellingUse(tag.Family, tag.Form, document.Ordinal, location ?? NoLocation, fixable);
            }
        }
    }

    /// <summary>The location of a use that is only counted.</summary>
    private static readonly CorpusLocation NoLocation = CorpusLocation.WholeDocument(string.Empty);
}
