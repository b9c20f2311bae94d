using System.Runtime.InteropServices;
using Linter.Core.Diagnostics;
using Linter.Core.Text;

namespace Linter.Core.Corpus;

/// <summary>One place a paragraph appears.</summary>
/// <param name="Ordinal">The document's place in path order.</param>
/// <param name="Path">The document's path as shown.</param>
/// <param name="Span">The paragraph's span in the document, without surrounding whitespace.</param>
/// <param name="Position">Its line and columns (0-based).</param>
public readonly record struct ParagraphOccurrence(long Ordinal, string Path, TextSpan Span, LinePositionSpan Position);

/// <summary>A paragraph found in many documents of one source.</summary>
/// <param name="Source">The source.</param>
/// <param name="SourceDocuments">How many documents the source has.</param>
/// <param name="LineKey">The key of the paragraph's normalized content (see <see cref="DiagnosticFingerprint.LineKey"/>).</param>
/// <param name="Occurrences">Each document holding it, once, in path order; the first is the first occurrence.</param>
public sealed record RepeatedParagraph(string Source, int SourceDocuments, string LineKey, IReadOnlyList<ParagraphOccurrence> Occurrences);

/// <summary>
/// The state of the repeated-paragraph rule: per source, how many documents it has and, for each long paragraph
/// (a line of at least <c>minWords</c> words), a 128-bit key of its normalized content and where it appears. About
/// 100 bytes per long paragraph, never its text.
/// </summary>
/// <param name="minWords">Lines with fewer words are not paragraphs worth counting.</param>
public sealed class ParagraphCounts(int minWords) : ICorpusState<ParagraphCounts>
{
    private readonly Dictionary<string, int> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Source, UInt128 Key), Places> _paragraphs = [];

    /// <inheritdoc />
    public void Collect(CorpusDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        CollectionsMarshal.GetValueRefOrAddDefault(_documents, document.Source, out _)++;
        var normalized = document.Normalized.Text;
        var seen = new HashSet<UInt128>();
        var line = 0;
        foreach (var range in normalized.AsSpan().Split('\n'))
        {
            var content = normalized[range];
            if (WordCount(content) >= minWords && DiagnosticFingerprint.NormalizedLineKey(content) is var key && seen.Add(key))
            {
                var span = document.Text.TrimmedLineSpan(line);
                Add((document.Source, key), new ParagraphOccurrence(document.Ordinal, document.Path, span, document.Text.PositionOf(span)));
            }

            line++;
        }
    }

    /// <inheritdoc />
    public void Merge(ParagraphCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (source, count) in other._documents)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_documents, source, out _) += count;
        }

        foreach (var (key, places) in other._paragraphs)
        {
            Add(key, places.First);
            foreach (var more in places.More ?? [])
            {
                Add(key, more);
            }
        }
    }

    /// <summary>How many documents each source has.</summary>
    public IReadOnlyDictionary<string, int> DocumentsPerSource => _documents;

    /// <summary>
    /// The paragraphs found in at least <paramref name="minDocuments"/> documents of one source and at least
    /// <paramref name="minShare"/> (0 to 1) of its documents, by source, then by first occurrence.
    /// </summary>
    public IReadOnlyList<RepeatedParagraph> Repeated(int minDocuments, double minShare) =>
    [
        .. _paragraphs
            .Where(pair =>
            {
                var count = 1 + (pair.Value.More?.Count ?? 0);
                return count >= minDocuments && count >= minShare * _documents[pair.Key.Source];
            })
            .Select(pair => new RepeatedParagraph(
                pair.Key.Source,
                _documents[pair.Key.Source],
                DiagnosticFingerprint.FormatLineKey(pair.Key.Key),
                [.. pair.Value.All().OrderBy(o => o.Ordinal)]))
            .OrderBy(p => p.Source, StringComparer.Ordinal)
            .ThenBy(p => p.Occurrences[0].Ordinal)
            .ThenBy(p => p.Occurrences[0].Position.Start),
    ];

    private void Add((string Source, UInt128 Key) key, ParagraphOccurrence occurrence)
    {
        ref var places = ref CollectionsMarshal.GetValueRefOrAddDefault(_paragraphs, key, out var exists);
        if (!exists)
        {
            places = new Places(occurrence, null);
        }
        else
        {
            (places.More ??= []).Add(occurrence);
        }
    }

    private static int WordCount(ReadOnlySpan<char> line)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var isWordChar = Arabic.ArabicNormalizer.IsWordChar(c);
            if (isWordChar && !inWord)
            {
                words++;
            }

            inWord = isWordChar;
        }

        return words;
    }

    /// <summary>Where one paragraph appears: most paragraphs appear once, so the first place is kept inline.</summary>
    private record struct Places(ParagraphOccurrence First, List<ParagraphOccurrence>? More)
    {
        public readonly IEnumerable<ParagraphOccurrence> All() => More is null ? [First] : [First, .. More];
    }
}
