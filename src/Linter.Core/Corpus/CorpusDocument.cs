using Linter.Core.Arabic;
using Linter.Core.Matching;
using Linter.Core.Text;

namespace Linter.Core.Corpus;

/// <summary>One document as a corpus analyzer sees it.</summary>
/// <param name="Ordinal">The document's place in path order; "first occurrence" means the lowest ordinal, whatever order documents are collected in.</param>
/// <param name="Path">The path shown to the user (for a JSON Lines record, <c>file.jsonl#id</c>).</param>
/// <param name="Source">Where the document comes from (an outlet: its folder, or a JSON Lines field), for per-source counts.</param>
/// <param name="Text">The document's text.</param>
/// <param name="Normalized">The text normalized for matching.</param>
public sealed record CorpusDocument(long Ordinal, string Path, string Source, SourceText Text, NormalizedText Normalized)
{
    private static readonly IReadOnlyList<PhraseMatch> NoMatches = [];

    /// <summary>The shared matcher's matches in this document, by the rule that registered the phrases; set when the document comes through a lint run.</summary>
    internal IReadOnlyDictionary<object, List<PhraseMatch>>? Matches { get; init; }

    /// <summary>Normalizes <paramref name="text"/> and wraps it as a corpus document.</summary>
    public static CorpusDocument Create(long ordinal, string path, string source, string text) =>
        new(ordinal, path, source, new SourceText(text), ArabicNormalizer.Normalize(text));

    /// <summary>The source of a file: its folder as shown (<c>news/outlet-a</c>), with <c>/</c>; empty for a file in the working folder.</summary>
    public static string FolderOf(string path)
    {
        var slash = path.Replace('\\', '/').LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..slash].Replace('\\', '/');
    }

    /// <summary>
    /// The matches of the phrases <paramref name="owner"/> registered, leftmost-longest, without overlaps: those of
    /// the lint run's one pass over the document, or none for a document made outside a lint run.
    /// </summary>
    public IReadOnlyList<PhraseMatch> PhraseMatches(object owner) =>
        Matches is not null && Matches.TryGetValue(owner, out var matches) ? matches : NoMatches;
}
