using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using Linter.Core.Text;

namespace Linter.Core.Pipeline;

/// <summary>
/// A document a source hands to a run: its path as shown, its source (outlet), the path its settings and rules'
/// <c>files</c> are matched as, and its content: bytes to read and decode, a text already decoded (a JSON Lines
/// record, an editor's buffer), or a record that could not be read.
/// </summary>
/// <param name="Path">The path shown in diagnostics.</param>
/// <param name="ReadAllBytes">Reads the document; an <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> becomes a diagnostic.</param>
public sealed record InputDocument(string Path, Func<byte[]> ReadAllBytes)
{
    /// <summary>Where the document comes from, for rules that count per source; by default its folder.</summary>
    public string Source { get; init; } = CorpusDocument.FolderOf(Path);

    /// <summary>
    /// The path the document's severities, encoding and rules' <c>files</c> globs are matched as: a JSON Lines
    /// record's corpus file; the document's own path when null.
    /// </summary>
    public string? ScopePath { get; init; }

    /// <summary>The document's text, already decoded; when set, <see cref="ReadAllBytes"/> is not called.</summary>
    public string? Text { get; init; }

    /// <summary>Why the document is a record that could not be read, and the record's line in its file (from 1); null when it is not.</summary>
    public (long LineNumber, string Reason)? Malformed { get; init; }

    /// <summary>Places a record's diagnostics in its corpus file as well (<see cref="Diagnostic.FileLocation"/>); null for a file.</summary>
    public Func<IReadOnlyList<Diagnostic>, IReadOnlyList<Diagnostic>>? PlaceInFile { get; init; }

    /// <summary>
    /// The document's place in the order of the whole corpus, when its source numbers the documents itself (a share of a
    /// corpus, or files judged against a saved corpus state); the run numbers them from <see cref="RunOptions.FirstOrdinal"/> when null.
    /// </summary>
    public long? Ordinal { get; init; }

    /// <summary>The path settings and rules' scopes are matched as.</summary>
    public string SettingsPath => ScopePath ?? Path;

    /// <summary>A document whose text is already decoded.</summary>
    public static InputDocument FromText(string path, string text) => new(path, () => throw new InvalidOperationException("a decoded document is not read")) { Text = text };

    /// <summary>A record of a JSON Lines corpus that could not be read (CL0006 at its line).</summary>
    public static InputDocument MalformedRecord(string path, long lineNumber, string reason) =>
        new(path, () => throw new InvalidOperationException("a malformed record is not read")) { Malformed = (lineNumber, reason) };

    /// <summary>A file that could not be read to its end, such as a damaged compressed corpus: CL0005 at its path, with the reason.</summary>
    public static InputDocument Unreadable(string path, string reason) => new(path, () => throw new IOException(reason));
}

/// <summary>A document as read: its bytes and decoded text, or the diagnostics that say why it has none.</summary>
/// <param name="Bytes">The bytes read; null when the document could not be read.</param>
/// <param name="Decoded">The decoding; null when the document could not be read.</param>
/// <param name="Failure">Why the document has no text (CL0001, CL0002 or CL0005, unless configured off); empty when it has.</param>
public sealed record DocumentRead(byte[]? Bytes, DecodedDocument? Decoded, IReadOnlyList<Diagnostic> Failure)
{
    /// <summary>The document's text, when it could be read and decoded.</summary>
    public string? Text => Decoded?.Text;
}
