using Linter.Core.Analysis;
using Linter.Core.Diagnostics;

namespace Linter.Core.Corpus;

/// <summary>The findings of one diagnostic id across a corpus.</summary>
public sealed class RuleFindings
{
    private readonly long[] _bySeverity = new long[FindingTally.SeverityCount];

    internal RuleFindings(RuleDescriptor descriptor)
    {
        Descriptor = descriptor;
    }

    /// <summary>The rule's descriptor: id, title, category.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>How many documents have at least one of these findings.</summary>
    public long Documents { get; internal set; }

    /// <summary>How many findings there are in all.</summary>
    public long Total => _bySeverity.Sum();

    /// <summary>How many findings have <paramref name="severity"/> (.editorconfig can change it per document).</summary>
    public long Count(Severity severity) => _bySeverity[(int)severity];

    internal void Add(Severity severity) => _bySeverity[(int)severity]++;

    internal void Merge(RuleFindings other)
    {
        for (var i = 0; i < _bySeverity.Length; i++)
        {
            _bySeverity[i] += other._bySeverity[i];
        }

        Documents += other.Documents;
    }
}

/// <summary>How often one rule fired in one document.</summary>
/// <param name="Id">The diagnostic id.</param>
/// <param name="Count">Its findings in the document.</param>
public sealed record RuleCount(string Id, int Count);

/// <summary>One document's findings, counted.</summary>
/// <param name="Ordinal">The document's place in path order.</param>
/// <param name="Path">The document's path as shown.</param>
/// <param name="Errors">Its errors.</param>
/// <param name="Warnings">Its warnings.</param>
/// <param name="Suggestions">Its suggestions.</param>
/// <param name="TopRules">The ids that fired most in it, most first (at most <see cref="FindingTally.TopRulesPerDocument"/>).</param>
public sealed record DocumentFindings(long Ordinal, string Path, int Errors, int Warnings, int Suggestions, IReadOnlyList<RuleCount> TopRules)
{
    /// <summary>All its findings.</summary>
    public int Total => Errors + Warnings + Suggestions;

    /// <summary>Worse first: more errors, then more warnings, then more suggestions, then path order.</summary>
    internal static int WorseFirst(DocumentFindings? a, DocumentFindings? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : 1) : -1;
        }

        var order = b.Errors.CompareTo(a.Errors);
        order = order != 0 ? order : b.Warnings.CompareTo(a.Warnings);
        order = order != 0 ? order : b.Suggestions.CompareTo(a.Suggestions);
        return order != 0 ? order : a.Ordinal.CompareTo(b.Ordinal);
    }
}

/// <summary>
/// Lints each document and counts what the rules find: per severity, per diagnostic id, and the documents with the
/// most findings, so a corpus report can say where the work is without keeping a single finding. Silent findings
/// are not counted: they are for tools, not people.
/// </summary>
public sealed class FindingTally : ICorpusState<FindingTally>
{
    /// <summary>The number of <see cref="Severity"/> values.</summary>
    internal const int SeverityCount = (int)Severity.Error + 1;

    /// <summary>How many ids each of the worst documents names.</summary>
    public const int TopRulesPerDocument = 3;

    private readonly LintEngine _engine;
    private readonly int _worstKept;
    private readonly long[] _bySeverity = new long[SeverityCount];
    private readonly Dictionary<string, RuleFindings> _byId = new(StringComparer.Ordinal);

    // Sorted worse first and never longer than _worstKept: the best N of a union is the best N of the parts' best N,
    // so merging keeps it exact.
    private readonly List<DocumentFindings> _worst = [];

    /// <summary>Creates an empty tally.</summary>
    /// <param name="engine">Lints each collected document.</param>
    /// <param name="worstKept">How many of the documents with the most findings to keep.</param>
    public FindingTally(LintEngine engine, int worstKept)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentOutOfRangeException.ThrowIfNegative(worstKept);
        _engine = engine;
        _worstKept = worstKept;
    }

    /// <summary>How many documents were counted, including those that could not be read.</summary>
    public long Documents { get; private set; }

    /// <summary>How many documents have at least one finding.</summary>
    public long DocumentsWithFindings { get; private set; }

    /// <summary>All findings counted.</summary>
    public long Total => _bySeverity.Sum();

    /// <summary>Findings per diagnostic id, sorted by id.</summary>
    public IReadOnlyList<RuleFindings> Rules => [.. _byId.Values.OrderBy(rule => rule.Descriptor.Id, StringComparer.Ordinal)];

    /// <summary>The documents with the most findings, worst first.</summary>
    public IReadOnlyList<DocumentFindings> WorstDocuments => _worst;

    /// <summary>How many findings have <paramref name="severity"/>.</summary>
    public long Count(Severity severity) => _bySeverity[(int)severity];

    /// <inheritdoc />
    public void Collect(CorpusDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Add(document.Ordinal, document.Path, _engine.LintText(document.Path, document.Text, document.Normalized));
    }

    /// <summary>Counts one document's diagnostics, such as those of a document that could not be read.</summary>
    public void Add(long ordinal, string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        Documents++;
        var perSeverity = new int[SeverityCount];
        var perId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity < Severity.Suggestion)
            {
                continue;
            }

            perSeverity[(int)diagnostic.Severity]++;
            _bySeverity[(int)diagnostic.Severity]++;
            if (!_byId.TryGetValue(diagnostic.Id, out var rule))
            {
                _byId[diagnostic.Id] = rule = new RuleFindings(diagnostic.Descriptor);
            }

            rule.Add(diagnostic.Severity);
            if (!perId.TryAdd(diagnostic.Id, 1))
            {
                perId[diagnostic.Id]++;
            }
            else
            {
                rule.Documents++;
            }
        }

        if (perId.Count == 0)
        {
            return;
        }

        DocumentsWithFindings++;
        var document = new DocumentFindings(
            ordinal,
            path,
            perSeverity[(int)Severity.Error],
            perSeverity[(int)Severity.Warning],
            perSeverity[(int)Severity.Suggestion],
            []);
        if (Keeps(document))
        {
            var top = perId.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(TopRulesPerDocument);
            Keep(document with { TopRules = [.. top.Select(pair => new RuleCount(pair.Key, pair.Value))] });
        }
    }

    /// <inheritdoc />
    public void Merge(FindingTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Documents += other.Documents;
        DocumentsWithFindings += other.DocumentsWithFindings;
        for (var i = 0; i < _bySeverity.Length; i++)
        {
            _bySeverity[i] += other._bySeverity[i];
        }

        foreach (var (id, rule) in other._byId)
        {
            if (_byId.TryGetValue(id, out var mine))
            {
                mine.Merge(rule);
            }
            else
            {
                _byId[id] = rule;
            }
        }

        foreach (var document in other._worst.Where(Keeps))
        {
            Keep(document);
        }
    }

    private bool Keeps(DocumentFindings document) =>
        _worstKept > 0 && (_worst.Count < _worstKept || DocumentFindings.WorseFirst(document, _worst[^1]) < 0);

    private void Keep(DocumentFindings document)
    {
        var at = _worst.BinarySearch(document, Comparer<DocumentFindings>.Create(DocumentFindings.WorseFirst));
        _worst.Insert(at < 0 ? ~at : at, document);
        if (_worst.Count > _worstKept)
        {
            _worst.RemoveAt(_worst.Count - 1);
        }
    }
}
