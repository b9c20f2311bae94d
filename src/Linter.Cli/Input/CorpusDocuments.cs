using Linter.Core.Pipeline;

namespace Linter.Cli.Input;

/// <summary>
/// The document source every command reads: files in path order, the records of JSON Lines corpora (plain or
/// compressed) in file order, then standard input. A record takes its corpus file's settings and rules' <c>files</c>
/// scope, and its source field's value as its source, or its file's. A corpus that cannot be opened, or read to its
/// end, is a document of its own that says why (CL0005), after the records that could be read.
/// </summary>
internal static class CorpusDocuments
{
    /// <summary>The documents of <paramref name="files"/>, then of standard input when <paramref name="standardInputFormat"/> is given.</summary>
    /// <param name="files">The files, in path order, their sources named.</param>
    /// <param name="fields">The fields of JSON Lines records.</param>
    /// <param name="environment">Standard input.</param>
    /// <param name="standardInputFormat"><c>text</c> or <c>jsonl</c>: what <c>-</c> reads; null when it is not read.</param>
    /// <param name="firstFile">The place of the first of <paramref name="files"/> among the whole corpus's files: a share's start.</param>
    /// <remarks>
    /// A document's ordinal is its file's place in the corpus in the high 32 bits and its record's in the low, so that
    /// a share numbers its documents as the whole run does without knowing how many records the files before it hold.
    /// </remarks>
    public static IEnumerable<InputDocument> Of(IReadOnlyList<CorpusFile> files, JsonlFields fields, CliEnvironment environment, string? standardInputFormat = null, int firstFile = 0)
    {
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var ordinal = (long)(firstFile + i) << 32;
            if (!JsonlCorpus.IsJsonl(file.DisplayPath))
            {
                yield return file.ToDocument(ordinal);
                continue;
            }

            foreach (var record in Records(file.DisplayPath, file.Source, () => JsonlCorpus.Open(file.FullPath), fields, ownsStream: true, ordinal))
            {
                yield return record;
            }
        }

        var display = CliEnvironment.StandardInputDisplay;
        var standardInput = (long)(firstFile + files.Count) << 32;
        if (standardInputFormat == "jsonl")
        {
            foreach (var record in Records(display, display, () => environment.Input, fields, ownsStream: false, standardInput))
            {
                yield return record;
            }
        }
        else if (standardInputFormat is not null)
        {
            yield return new InputDocument(display, () => ReadAll(environment.Input)) { Source = display, Ordinal = standardInput };
        }
    }

    /// <summary>The records of one JSON Lines corpus, read as the run goes, numbered from <paramref name="ordinal"/>.</summary>
    private static IEnumerable<InputDocument> Records(string displayPath, string fileSource, Func<Stream> open, JsonlFields fields, bool ownsStream, long ordinal)
    {
        Stream? stream = null;
        IEnumerator<JsonlRecord>? records = null;
        try
        {
            string? failure = null;
            try
            {
                stream = open();
                records = JsonlReader.Read(stream, displayPath, fields).GetEnumerator();
            }
            catch (Exception exception) when (JsonlCorpus.IsReadFailure(exception))
            {
                failure = exception.Message;
            }

            while (failure is null)
            {
                JsonlRecord record;
                try
                {
                    if (!records!.MoveNext())
                    {
                        yield break;
                    }

                    record = records.Current;
                }
                catch (Exception exception) when (JsonlCorpus.IsReadFailure(exception))
                {
                    failure = exception.Message;
                    break;
                }

                yield return record.Text is { } text
                    ? InputDocument.FromText(record.Path, text) with
                    {
                        Source = record.Source ?? fileSource,
                        ScopePath = displayPath,
                        PlaceInFile = record.PlaceInFile,
                        Ordinal = ordinal++,
                    }
                    : InputDocument.MalformedRecord(record.Path, record.LineNumber, record.Error!) with { Source = fileSource, ScopePath = displayPath, Ordinal = ordinal++ };
            }

            yield return InputDocument.Unreadable(displayPath, $"the corpus could not be read to its end: {failure}") with { Source = fileSource, Ordinal = ordinal };
        }
        finally
        {
            records?.Dispose();
            if (ownsStream)
            {
                stream?.Dispose();
            }
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
