using Linter.Core.Corpus;
using Linter.Core.Text;

namespace Linter.Cli.Input;

/// <summary>
/// Reads the documents of a corpus for the corpus analyzers: files in path order, the records of JSON Lines corpora
/// in file order, then standard input, each with its source named as <c>check</c> names it (<see cref="SourceNaming"/>). What cannot be
/// read is skipped with a warning on standard error naming the file, line and column.
/// </summary>
/// <param name="environment">The working folder and standard streams.</param>
/// <param name="encoding">The <c>--encoding</c> given, which beats <c>corpuslint_encoding</c> in .editorconfig; null when none was.</param>
internal sealed class CorpusReader(CliEnvironment environment, EncodingSetting? encoding = null)
{
    private CorpusSources? _sources;
    private EditorConfigSeverities? _settings;

    /// <summary>Documents and records skipped with a warning.</summary>
    public int Skipped { get; private set; }

    /// <summary>
    /// The globs that select a source's documents by path (<c>corpus/outlet-a/*</c>), for a rule's <c>files</c>; null for
    /// a source given by a JSON Lines field or standard input. Known once the documents have been read.
    /// </summary>
    public IReadOnlyList<string>? Globs(string source) => _sources?.Globs(source);

    /// <summary>The documents under <paramref name="paths"/>, read lazily and in order.</summary>
    /// <param name="paths">The paths given: files, folders, JSON Lines corpora, or <c>-</c>.</param>
    /// <param name="filter">The <c>--include</c> and <c>--exclude</c> globs.</param>
    /// <param name="naming">How a file's source is named (<c>--source-depth</c>, <c>--source-pattern</c>).</param>
    /// <param name="fields">The JSON Lines fields to read.</param>
    /// <param name="standardInputFormat"><c>text</c> or <c>jsonl</c>: what <c>-</c> reads.</param>
    /// <exception cref="UsageException">An .editorconfig file that applies has a bad setting.</exception>
    public IEnumerable<CorpusDocument> Read(IReadOnlyList<string> paths, PathFilter filter, SourceNaming naming, JsonlFields fields, string standardInputFormat)
    {
        var sources = _sources = new CorpusSources();
        var files = naming.Apply(DocumentEnumerator.Enumerate([.. paths.Where(path => path != CliEnvironment.StandardInputPath)], environment, filter));
        var standardInputFile = new CorpusFile(CliEnvironment.StandardInputDisplay, environment.Resolve(CliEnvironment.StandardInputDisplay));
        _settings = EditorConfigSeverities.TryLoad([.. files, standardInputFile], environment, out var errors, encoding)
            ?? throw new UsageException(string.Join(Environment.NewLine, errors.Select(error => error.ToString())));
        return Documents(files, sources, fields, standardInputFormat, paths.Contains(CliEnvironment.StandardInputPath));
    }

    private IEnumerable<CorpusDocument> Documents(List<CorpusFile> files, CorpusSources sources, JsonlFields fields, string standardInputFormat, bool standardInput)
    {
        long ordinal = 0;
        foreach (var file in files)
        {
            var source = sources.OfFile(file);
            if (JsonlCorpus.IsJsonl(file.DisplayPath))
            {
                foreach (var record in Records(file.DisplayPath, () => JsonlCorpus.Open(file.FullPath), fields, source))
                {
                    yield return record with { Ordinal = ordinal++ };
                }

                continue;
            }

            if (ReadText(file) is { } text)
            {
                yield return CorpusDocument.Create(ordinal++, file.DisplayPath, source, text);
            }
        }

        if (!standardInput)
        {
            yield break;
        }

        if (standardInputFormat == "jsonl")
        {
            foreach (var record in Records(CliEnvironment.StandardInputDisplay, () => environment.Input, fields, CliEnvironment.StandardInputDisplay))
            {
                yield return record with { Ordinal = ordinal++ };
            }
        }
        else if (Decode(CliEnvironment.StandardInputDisplay, ReadAll(environment.Input)) is { } text)
        {
            yield return CorpusDocument.Create(ordinal, CliEnvironment.StandardInputDisplay, CliEnvironment.StandardInputDisplay, text);
        }
    }

    /// <summary>The records of one corpus; the ordinals are filled in by the caller.</summary>
    private IEnumerable<CorpusDocument> Records(string displayPath, Func<Stream> open, JsonlFields fields, string fileSource)
    {
        Stream? stream = null;
        IEnumerator<JsonlRecord>? records = null;
        try
        {
            stream = open();
            records = JsonlReader.Read(stream, displayPath, fields).GetEnumerator();
            while (true)
            {
                JsonlRecord record;
                try
                {
                    if (!records.MoveNext())
                    {
                        yield break;
                    }

                    record = records.Current;
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or ZstdSharp.ZstdException)
                {
                    Warn($"{displayPath}: warning: the corpus could not be read to its end ({exception.Message}); the rest was skipped");
                    yield break;
                }

                if (record.Text is null)
                {
                    Warn($"{displayPath}({record.LineNumber},1): warning: {record.Error}");
                    continue;
                }

                var source = record.Source ?? fileSource;
                yield return CorpusDocument.Create(0, record.Path, source, record.Text);
            }
        }
        finally
        {
            records?.Dispose();
            if (!ReferenceEquals(stream, environment.Input))
            {
                stream?.Dispose();
            }
        }
    }

    private string? ReadText(CorpusFile file)
    {
        byte[] bytes;
        try
        {
            bytes = DocumentBytes.Read(file.FullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Warn($"{file.DisplayPath}: warning: the file could not be read ({exception.Message}); skipped");
            return null;
        }

        return Decode(file.DisplayPath, bytes);
    }

    private string? Decode(string displayPath, byte[] bytes)
    {
        var decoded = DocumentDecoder.Decode(bytes, _settings!.EncodingOf(displayPath));
        if (decoded.Failure is { } failure)
        {
            Warn($"{displayPath}({failure.Position.Line + 1},{failure.Position.Column + 1}): warning: {failure.Message}; skipped");
            return null;
        }

        return decoded.Text;
    }

    private void Warn(string message)
    {
        Skipped++;
        environment.Error.WriteLine(Output.ConsoleText.Escape(message));
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
