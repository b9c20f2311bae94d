using Linter.Cli.Output;
using Linter.Core.Pipeline;
using Linter.Core.State;

namespace Linter.Cli.Input;

/// <summary>
/// A folder of corpus state files (docs/corpus-state.md): <c>check --state</c> writes one share's file into it,
/// <c>merge</c> and <c>check --against</c> load every share. A file that cannot be used stops the command with a usage
/// error (exit 2) that names it and says why.
/// </summary>
internal sealed class CorpusStateFolder(string path, CliEnvironment environment)
{
    private readonly string _fullPath = environment.Resolve(path);

    /// <summary>The folder as given.</summary>
    public string DisplayPath { get; } = path;

    /// <summary>Saves <paramref name="pass"/> as <paramref name="share"/> of its corpus, replacing that share's file atomically.</summary>
    public void Save(CorpusPass pass, CorpusStateStamp stamp, CorpusShare share)
    {
        using var bytes = new MemoryStream();
        pass.Save(bytes, stamp, share);
        var file = Path.Combine(_fullPath, CorpusSharding.FileName(share));
        try
        {
            AtomicFileWriter.Write(file, bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
        }
        catch (FileWriteException exception)
        {
            throw new UsageException($"{environment.Display(file)}: cannot write the corpus state: {exception.Message}");
        }
    }

    /// <summary>The configuration the folder's states were collected with: its first file's.</summary>
    public IReadOnlyDictionary<string, string> RecordedConfiguration() => Read(Files()[0], CorpusStateHeader.Read).Configuration;

    /// <summary>
    /// Loads every share in the folder into <paramref name="pass"/>, after checking that they are every share of one
    /// corpus, each once.
    /// </summary>
    /// <returns>What each file says about itself.</returns>
    public IReadOnlyList<CorpusStateHeader> LoadInto(CorpusPass pass, CorpusStateStamp stamp)
    {
        var headers = Files().Select(file => (File: file, Header: Read(file, (stream, name) => pass.Load(stream, name, stamp)))).ToList();
        try
        {
            CorpusShare.CheckComplete(DisplayPath, [.. headers.Select(pair => (environment.Display(pair.File), pair.Header.Share))]);
        }
        catch (CorpusStateException exception)
        {
            throw new UsageException(exception.Message);
        }

        return [.. headers.Select(pair => pair.Header)];
    }

    /// <summary>The folder's state files, in name order; a usage error when there are none.</summary>
    private List<string> Files()
    {
        if (!Directory.Exists(_fullPath))
        {
            throw new UsageException($"{DisplayPath}: no such folder of corpus states; write one with 'corpuslint check PATHS --state {DisplayPath}'");
        }

        var files = Directory.EnumerateFiles(_fullPath, "*" + CorpusSharding.StateFileSuffix).Order(StringComparer.Ordinal).ToList();
        return files.Count > 0 ? files
            : throw new UsageException($"{DisplayPath}: holds no corpus state (*{CorpusSharding.StateFileSuffix}); write one with 'corpuslint check PATHS --state {DisplayPath}'");
    }

    private T Read<T>(string file, Func<Stream, string, T> read)
    {
        var name = environment.Display(file);
        try
        {
            using var stream = RegularFile.OpenRead(file);
            return read(stream, name);
        }
        catch (CorpusStateException exception)
        {
            throw new UsageException(exception.Message);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{name}: cannot read the corpus state: {exception.Message}");
        }
    }
}
