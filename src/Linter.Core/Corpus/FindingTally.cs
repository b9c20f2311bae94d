using System.Runtime.InteropServices;
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

    internal void Add(Severity severity, int count) => _bySeverity[(int)severity] += count;
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

    /// <summary>Its words; 0 when they were not counted.</summary>
    public int Words { get; init; }

    /// <summary>Its findings per 1,000 words; 0 when its words were not counted.</summary>
    public double PerThousandWords => Words == 0 ? 0 : Total * 1000.0 / Words;

    /// <summary>Worse first: more findings, then more errors, then more warnings, then path order.</summary>
    internal static int MoreFindingsFirst(DocumentFindings a, DocumentFindings b)
    {
        var order = b.Total.CompareTo(a.Total);
        order = order != 0 ? order : b.Errors.CompareTo(a.Errors);
        order = order != 0 ? order : b.Warnings.CompareTo(a.Warnings);
        return order != 0 ? order : a.Ordinal.CompareTo(b.Ordinal);
    }

    /// <summary>Worse first: more findings per 1,000 words, then more findings, then path order.</summary>
    internal static int DenserFirst(DocumentFindings a, DocumentFindings b)
    {
        var order = b.PerThousandWords.CompareTo(a.PerThousandWords);
        return order != 0 ? order : MoreFindingsFirst(a, b);
    }
}

/// <summary>
/// Counts what the rules find in a corpus: per severity, per diagnostic id, and the documents with the most findings,
/// so a corpus report can say where the work is without keeping a single finding. Findings across documents
/// (duplicates, repeated paragraphs, spellings against the corpus majority) come once the corpus is linted and count
/// on the documents they are on, so the tally keeps each document's counts per id until then: its place, its path
/// and a counter per id found in it, about 64 bytes a document and 16 an id besides the path. Silent findings are not
/// counted: they are for tools, not people.
/// </summary>
public sealed class FindingTally
{
    /// <summary>The number of <see cref="Severity"/> values.</summary>
    internal const int SeverityCount = (int)Severity.Error + 1;

    /// <summary>How many ids each of the worst documents names.</summary>
    public const int TopRulesPerDocument = 3;

    private readonly int _worstKept;
    private readonly List<DocumentCounts> _documents = [];

    /// <summary>Creates an empty tally.</summary>
    /// <param name="worstKept">How many of the documents with the most findings to list; <see cref="int.MaxValue"/> for every document with one.</param>
    public FindingTally(int worstKept)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(worstKept);
        _worstKept = worstKept;
    }

    /// <summary>How many documents were counted, including those that could not be read.</summary>
    public long Documents => _documents.Count;

    /// <summary>How many counters are held: one for each id and severity a document has findings of.</summary>
    internal long Counters => _documents.Sum(document => (long)document.Counts.Length);

    /// <summary>How many documents have at least one finding.</summary>
    public long DocumentsWithFindings => _documents.Count(document => document.Counts.Length > 0);

    /// <summary>All findings counted.</summary>
    public long Total => _documents.Sum(document => (long)document.Total);

    /// <summary>Findings per diagnostic id, sorted by id.</summary>
    public IReadOnlyList<RuleFindings> Rules
    {
        get
        {
            var byId = new Dictionary<string, RuleFindings>(StringComparer.Ordinal);
            foreach (var document in _documents)
            {
                string? previous = null;
                foreach (var count in document.Counts)
                {
                    ref var rule = ref CollectionsMarshal.GetValueRefOrAddDefault(byId, count.Descriptor.Id, out _);
                    rule ??= new RuleFindings(count.Descriptor);
                    rule.Add(count.Severity, count.Count);

                    // Counts are sorted by id, so a document's findings of one id at two severities are adjacent.
                    if (count.Descriptor.Id != previous)
                    {
                        rule.Documents++;
                    }

                    previous = count.Descriptor.Id;
                }
            }

            return [.. byId.Values.OrderBy(rule => rule.Descriptor.Id, StringComparer.Ordinal)];
        }
    }

    /// <summary>The documents with the most findings, worst first.</summary>
    public IReadOnlyList<DocumentFindings> WorstDocuments => Worst(DocumentFindings.MoreFindingsFirst, _ => 0);

    /// <summary>
    /// The documents with the most findings per 1,000 words, worst first, among those of at least
    /// <paramref name="minWords"/> words: a short document's one finding says little about it.
    /// </summary>
    /// <param name="words">Each document's words, by its place in path order.</param>
    /// <param name="minWords">Documents with fewer words are not ranked.</param>
    public IReadOnlyList<DocumentFindings> DensestDocuments(IReadOnlyDictionary<long, int> words, int minWords)
    {
        ArgumentNullException.ThrowIfNull(words);
        return Worst(DocumentFindings.DenserFirst, ordinal => words.TryGetValue(ordinal, out var count) && count >= minWords ? count : -1);
    }

    /// <summary>The worst documents by <paramref name="worseFirst"/>, each with the words <paramref name="wordsOf"/> gives (-1 leaves it out).</summary>
    private List<DocumentFindings> Worst(Comparison<DocumentFindings> worseFirst, Func<long, int> wordsOf)
    {
        // The best N of the documents, kept sorted as they are scanned: no sort of the whole corpus.
        var worst = new List<(DocumentFindings Findings, DocumentCounts Counts)>();
        var order = Comparer<(DocumentFindings Findings, DocumentCounts Counts)>.Create((a, b) => worseFirst(a.Findings, b.Findings));
        foreach (var counts in _documents.Where(document => document.Counts.Length > 0))
        {
            var words = wordsOf(counts.Ordinal);
            if (words < 0)
            {
                continue;
            }

            var document = (counts.Summary(includeTopRules: false) with { Words = words }, counts);
            if (_worstKept >= _documents.Count)
            {
                // Every document is kept (a report's JSON): one sort at the end, not an insertion each.
                worst.Add(document);
                continue;
            }

            if (_worstKept == 0 || (worst.Count == _worstKept && order.Compare(document, worst[^1]) > 0))
            {
                continue;
            }

            var at = worst.BinarySearch(document, order);
            worst.Insert(at < 0 ? ~at : at, document);
            if (worst.Count > _worstKept)
            {
                worst.RemoveAt(worst.Count - 1);
            }
        }

        if (_worstKept >= _documents.Count)
        {
            worst.Sort(order);
        }

        return [.. worst.Select(document => document.Counts.Summary(includeTopRules: true) with { Words = document.Findings.Words })];
    }

    /// <summary>How many findings have <paramref name="severity"/>.</summary>
    public long Count(Severity severity) => _documents.Sum(document => (long)document.Count(severity));

    /// <summary>Counts one document's own diagnostics (or those that say why it could not be read).</summary>
    /// <param name="ordinal">Its place in path order; no two documents of a corpus share one.</param>
    /// <param name="path">Its path as shown.</param>
    /// <param name="diagnostics">Its diagnostics.</param>
    public void Add(long ordinal, string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        _documents.Add(new DocumentCounts(ordinal, path, DocumentCounts.Count(diagnostics, [])));
    }

    /// <summary>
    /// Counts the findings across documents, once every document is added: each on the document its path names (the
    /// first in path order, should two documents share a path).
    /// </summary>
    /// <exception cref="ArgumentException">A finding is on a path that is not a document of this tally.</exception>
    public void AddAcrossDocuments(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var byPath = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _documents.Count; i++)
        {
            ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(byPath, _documents[i].Path, out var exists);
            if (!exists || _documents[i].Ordinal < _documents[index].Ordinal)
            {
                index = i;
            }
        }

        foreach (var onDocument in diagnostics.GroupBy(diagnostic => diagnostic.Path, StringComparer.Ordinal))
        {
            if (!byPath.TryGetValue(onDocument.Key, out var index))
            {
                throw new ArgumentException($"a finding across documents is on {onDocument.Key}, which is not a document of this tally", nameof(diagnostics));
            }

            var document = _documents[index];
            _documents[index] = document with { Counts = DocumentCounts.Count([.. onDocument], document.Counts) };
        }
    }

    /// <summary>Adds everything <paramref name="other"/>, a tally of other documents, counted; it is not used afterwards.</summary>
    public void Merge(FindingTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _documents.AddRange(other._documents);
    }

    /// <summary>A document's findings of one id at one severity.</summary>
    private readonly record struct IdCount(RuleDescriptor Descriptor, Severity Severity, int Count);

    /// <summary>A document's place, path, and findings per id and severity, sorted by id.</summary>
    private sealed record DocumentCounts(long Ordinal, string Path, IdCount[] Counts)
    {
        public int Total => Counts.Sum(count => count.Count);

        public int Count(Severity severity) => Counts.Where(count => count.Severity == severity).Sum(count => count.Count);

        /// <summary>The counts of <paramref name="diagnostics"/> added to <paramref name="counts"/>; silent ones are left out.</summary>
        public static IdCount[] Count(IReadOnlyList<Diagnostic> diagnostics, IdCount[] counts)
        {
            var all = counts.ToDictionary(count => (count.Descriptor.Id, count.Severity));
            foreach (var diagnostic in diagnostics.Where(diagnostic => diagnostic.Severity >= Severity.Suggestion))
            {
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(all, (diagnostic.Id, diagnostic.Severity), out _);
                count = new IdCount(diagnostic.Descriptor, diagnostic.Severity, count.Count + 1);
            }

            return [.. all.Values.OrderBy(count => count.Descriptor.Id, StringComparer.Ordinal).ThenBy(count => count.Severity)];
        }

        public DocumentFindings Summary(bool includeTopRules) => new(
            Ordinal,
            Path,
            Count(Severity.Error),
            Count(Severity.Warning),
            Count(Severity.Suggestion),
            includeTopRules
                ? [.. Counts.GroupBy(count => count.Descriptor.Id, StringComparer.Ordinal)
                    .Select(id => new RuleCount(id.Key, id.Sum(count => count.Count)))
                    .OrderByDescending(rule => rule.Count)
                    .ThenBy(rule => rule.Id, StringComparer.Ordinal)
                    .Take(TopRulesPerDocument)]
                : []);
    }
}
