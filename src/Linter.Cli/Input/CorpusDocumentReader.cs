using Linter.Core.Analysis;
using Linter.Core.Corpus;
using Linter.Core.Diagnostics;

namespace Linter.Cli.Input;

/// <summary>A document that could not be read or decoded, with the diagnostics that say why.</summary>
/// <param name="Ordinal">Its place in path order.</param>
/// <param name="Path">Its path as shown.</param>
/// <param name="Diagnostics">Why it has no text (CL0001, CL0002, CL0005 or CL0006).</param>
internal sealed record UnreadableDocument(long Ordinal, string Path, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Reads a corpus as corpus analyzers take it: files in path order, the records of each JSON Lines corpus in file
/// order, each read and decoded as <c>check</c> reads it. Documents that cannot be are handed aside with their
/// diagnostics, so that a report can count them.
/// </summary>
/// <param name="engine">Reads and decodes documents, and makes the diagnostics of those that cannot be.</param>
/// <param name="fields">The fields of JSON Lines records that hold the text and the id.</param>
internal sealed class CorpusDocumentReader(LintEngine engine, JsonlFields fields)
{
    /// <summary>The readable documents of <paramref name="files"/>, read one at a time as they are enumerated.</summary>
    /// <param name="files">The files, in path order.</param>
    /// <param name="unreadable">Receives each document that could not be read, in order.</param>
    public IEnumerable<CorpusDocument> Read(IEnumerable<CorpusFile> files, Action<UnreadableDocument> unreadable)
    {
        ArgumentNullException.ThrowIfNull(unreadable);
        long ordinal = 0;
        foreach (var file in files)
        {
            if (JsonlCorpus.IsJsonl(file.DisplayPath))
            {
                foreach (var record in ReadCorpus(file, () => ordinal++, unreadable))
                {
                    yield return record;
                }

                continue;
            }

            var read = engine.Read(file.ToDocument());
            if (read.Text is { } text)
            {
                yield return CorpusDocument.Create(ordinal++, file.DisplayPath, FolderOf(file.DisplayPath), text);
            }
            else
            {
                unreadable(new UnreadableDocument(ordinal++, file.DisplayPath, read.Failure));
            }
        }
    }

    /// <summary>A plain file's source is its folder as shown (<c>.</c> for the working folder).</summary>
    private static string FolderOf(string displayPath)
    {
        var slash = displayPath.LastIndexOf('/');
        return slash < 0 ? "." : displayPath[..slash];
    }

    /// <summary>The records of one corpus; its source is the corpus file. A corpus that breaks off gets CL0005 at its path.</summary>
    private IEnumerable<CorpusDocument> ReadCorpus(CorpusFile file, Func<long> nextOrdinal, Action<UnreadableDocument> unreadable)
    {
        Stream? stream = null;
        IEnumerator<JsonlRecord>? records = null;
        try
        {
            while (true)
            {
                JsonlRecord record;
                try
                {
                    stream ??= JsonlCorpus.Open(file.FullPath);
                    records ??= JsonlReader.Read(stream, file.DisplayPath, fields).GetEnumerator();
                    if (!records.MoveNext())
                    {
                        yield break;
                    }

                    record = records.Current;
                }
                catch (Exception exception) when (JsonlCorpus.IsReadFailure(exception))
                {
                    unreadable(new UnreadableDocument(nextOrdinal(), file.DisplayPath, JsonlCorpus.Unreadable(engine, file.DisplayPath, exception)));
                    yield break;
                }

                if (record.Text is { } text)
                {
                    yield return CorpusDocument.Create(nextOrdinal(), record.Path, file.DisplayPath, text);
                }
                else
                {
                    unreadable(new UnreadableDocument(nextOrdinal(), record.Path, engine.MalformedRecord(record.Path, record.LineNumber, record.Error!)));
                }
            }
        }
        finally
        {
            records?.Dispose();
            stream?.Dispose();
        }
    }
}
