using Linter.Core.Arabic;
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
    /// <summary>Normalizes <paramref name="text"/> and wraps it as a corpus document.</summary>
    public static CorpusDocument Create(long ordinal, string path, string source, string text) =>
        new(ordinal, path, source, new SourceText(text), ArabicNormalizer.Normalize(text));
}
