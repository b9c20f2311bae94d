using System.Runtime.InteropServices;

namespace Linter.Core.Corpus;

/// <summary>How often the corpus writes one form of a family.</summary>
/// <param name="Form">The form, as listed.</param>
/// <param name="Count">Its occurrences in the whole corpus.</param>
/// <param name="Documents">How many documents use it.</param>
/// <param name="PerSource">Its occurrences per source; sources without any are left out.</param>
public sealed record FormCount(string Form, int Count, int Documents, IReadOnlyDictionary<string, int> PerSource);

/// <summary>The corpus counts of one family of spellings.</summary>
/// <param name="Family">The family's name.</param>
/// <param name="Preferred">The preferred form: the one listed, or for a corpus-scope family the majority (null when the corpus never uses the family).</param>
/// <param name="CorpusScope">True when the corpus majority decides the preferred form.</param>
/// <param name="Forms">Each form, in the order listed.</param>
/// <param name="MixingDocuments">How many documents use two of its forms or more.</param>
public sealed record FamilyCounts(string Family, string? Preferred, bool CorpusScope, IReadOnlyList<FormCount> Forms, int MixingDocuments);

/// <summary>One use of a form of a corpus-scope family, kept until the majority is known.</summary>
/// <param name="Family">The family's index.</param>
/// <param name="Form">The form's index in its family.</param>
/// <param name="Ordinal">The document's place in path order.</param>
/// <param name="Location">Where the form is; its matched text is the form as written there.</param>
/// <param name="Fixable">False where replacing the form would strip diacritics the text carries there.</param>
public sealed record SpellingUse(int Family, int Form, long Ordinal, CorpusLocation Location, bool Fixable);

/// <summary>
/// The state of a consistency rule across documents: how often each form of each family occurs, in all and per
/// source, in how many documents, and how many documents mix forms of a family; and, for families whose preferred
/// form is the corpus majority, where each use is (about 250 bytes a use), since which uses to flag is known only at
/// the end. Never the text around them.
/// </summary>
public sealed partial class SpellingCounts : ICorpusState<SpellingCounts>
{
    private readonly IReadOnlyList<SpellingFamily> _families;
    private readonly Func<CorpusDocument, IEnumerable<SpellingUse>> _find;
    private readonly Dictionary<(int Family, int Form, string Source), int> _counts = [];
    private readonly int[][] _documents;
    private readonly int[] _mixing;
    private readonly List<SpellingUse> _uses = [];

    /// <summary>Creates an empty state.</summary>
    /// <param name="families">The families, in the rule's order.</param>
    /// <param name="find">Finds a document's uses of the families' forms.</param>
    public SpellingCounts(IReadOnlyList<SpellingFamily> families, Func<CorpusDocument, IEnumerable<SpellingUse>> find)
    {
        ArgumentNullException.ThrowIfNull(families);
        _families = families;
        _find = find;
        _documents = [.. families.Select(family => new int[family.Forms.Count])];
        _mixing = new int[families.Count];
    }

    /// <summary>The uses of corpus-scope families, in path order, then position.</summary>
    public IReadOnlyList<SpellingUse> Uses => [.. _uses.OrderBy(u => u.Ordinal).ThenBy(u => u.Location.Span.Start)];

    /// <summary>
    /// Counts the uses of a document of its source; a use is kept when its family is corpus-scope. A document is
    /// collected whole into one state, so whether it uses a form, or mixes forms, is settled here, and those counts
    /// merge by adding, as the occurrences do.
    /// </summary>
    public void Collect(CorpusDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        HashSet<(int Family, int Form)>? used = null;
        foreach (var use in _find(document))
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_counts, (use.Family, use.Form, document.Source), out _)++;
            if (_families[use.Family].CorpusScope)
            {
                _uses.Add(use);
            }

            (used ??= []).Add((use.Family, use.Form));
        }

        if (used is null)
        {
            return;
        }

        foreach (var (family, form) in used)
        {
            _documents[family][form]++;
        }

        foreach (var family in used.GroupBy(use => use.Family).Where(forms => forms.Count() > 1))
        {
            _mixing[family.Key]++;
        }
    }

    /// <inheritdoc />
    public void Merge(SpellingCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (key, count) in other._counts)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_counts, key, out _) += count;
        }

        for (var family = 0; family < _documents.Length; family++)
        {
            for (var form = 0; form < _documents[family].Length; form++)
            {
                _documents[family][form] += other._documents[family][form];
            }

            _mixing[family] += other._mixing[family];
        }

        _uses.AddRange(other._uses);
    }

    /// <summary>
    /// The preferred form of family <paramref name="family"/>: the one listed, or the corpus majority, ties going to
    /// the form listed first; -1 for a corpus-scope family the corpus never uses.
    /// </summary>
    public int Preferred(int family)
    {
        var spelling = _families[family];
        if (!spelling.CorpusScope)
        {
            return spelling.Preferred;
        }

        var totals = Totals(family);
        var best = -1;
        for (var form = 0; form < totals.Length; form++)
        {
            if (totals[form] > 0 && (best < 0 || totals[form] > totals[best]))
            {
                best = form;
            }
        }

        return best;
    }

    /// <summary>Each family's forms with their counts, in the rule's order.</summary>
    public IReadOnlyList<FamilyCounts> Families() =>
    [
        .. _families.Select((spelling, family) =>
        {
            var totals = Totals(family);
            var preferred = Preferred(family);
            return new FamilyCounts(
                spelling.Name,
                preferred < 0 ? null : spelling.Forms[preferred],
                spelling.CorpusScope,
                [.. spelling.Forms.Select((form, index) => new FormCount(form, totals[index], _documents[family][index], PerSource(family, index)))],
                _mixing[family]);
        }),
    ];

    /// <summary>"كيم جونغ أون ×120, كيم جونج أون ×7": the forms the corpus uses, most used first (ties in listed order).</summary>
    public string Describe(int family)
    {
        var totals = Totals(family);
        return string.Join(", ", Enumerable.Range(0, totals.Length)
            .Where(form => totals[form] > 0)
            .OrderByDescending(form => totals[form])
            .ThenBy(form => form)
            .Select(form => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_families[family].Forms[form]} ×{totals[form]}")));
    }

    private int[] Totals(int family)
    {
        var totals = new int[_families[family].Forms.Count];
        foreach (var ((f, form, _), count) in _counts)
        {
            if (f == family)
            {
                totals[form] += count;
            }
        }

        return totals;
    }

    private SortedDictionary<string, int> PerSource(int family, int form) =>
        new(_counts.Where(pair => pair.Key.Family == family && pair.Key.Form == form).ToDictionary(pair => pair.Key.Source, pair => pair.Value, StringComparer.Ordinal), StringComparer.Ordinal);
}

/// <summary>A family of spellings as a consistency rule lists it.</summary>
/// <param name="Name">The name it spells.</param>
/// <param name="Forms">Its forms, as listed.</param>
/// <param name="Preferred">The index of the preferred form; -1 when the corpus majority decides.</param>
public sealed record SpellingFamily(string Name, IReadOnlyList<string> Forms, int Preferred)
{
    /// <summary>True when the corpus majority decides the preferred form.</summary>
    public bool CorpusScope => Preferred < 0;
}
