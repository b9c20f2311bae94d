using Linter.Core.Analysis;
using Linter.Core.Corpus;

namespace Linter.Cli.Input;

/// <summary>A file to lint: the path shown to the user and the path on disk.</summary>
internal sealed record CorpusFile(string DisplayPath, string FullPath)
{
    /// <summary>The file's source (outlet), for the rules that count per source: by default the folder that holds it (see <see cref="SourceNaming"/>).</summary>
    public string Source { get; init; } = CorpusDocument.FolderOf(DisplayPath);

    /// <summary>The file as the engine reads it.</summary>
    public InputDocument ToDocument() => new(DisplayPath, () => DocumentBytes.Read(FullPath)) { Source = Source };

    /// <summary>The total size of <paramref name="files"/> in bytes, for progress; a file that cannot be read counts as empty.</summary>
    public static long TotalSize(IEnumerable<CorpusFile> files) => files.Sum(file =>
    {
        try
        {
            return new FileInfo(file.FullPath).Length;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    });
}

/// <summary>Turns the paths given on the command line into documents: files as they are, folders recursively.</summary>
internal static class DocumentEnumerator
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "bin", "obj", "node_modules" };

    /// <summary>
    /// Every document under <paramref name="paths"/> that <paramref name="filter"/> keeps, each once, sorted by
    /// display path.
    /// </summary>
    public static List<CorpusFile> Enumerate(IReadOnlyList<string> paths, CliEnvironment environment, PathFilter? filter = null)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = environment.Resolve(path);
            if (File.Exists(full))
            {
                files[environment.Display(full)] = full;
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in EnumerateFolder(full))
                {
                    files[environment.Display(file)] = file;
                }
            }
            else
            {
                throw new UsageException($"path not found: {path}");
            }
        }

        return [.. files.Where(pair => filter?.Keeps(pair.Key) ?? true).Select(pair => new CorpusFile(pair.Key, pair.Value))];
    }

    /// <summary>
    /// As <see cref="Enumerate"/>, for a command that changes or records files one by one: standard input and JSON
    /// Lines corpora are refused.
    /// </summary>
    /// <exception cref="UsageException">A path is <c>-</c>, or a document is a JSON Lines corpus.</exception>
    public static List<CorpusFile> EnumerateFilesOnly(IReadOnlyList<string> paths, CliEnvironment environment, PathFilter? filter, string command)
    {
        JsonlCorpus.Refuse(paths, [], command);
        var files = Enumerate(paths, environment, filter);
        JsonlCorpus.Refuse(paths, files, command);
        return files;
    }

    /// <summary>Files under a folder, skipping hidden files and folders (.git) and build output.</summary>
    private static IEnumerable<string> EnumerateFolder(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (!Path.GetFileName(file).StartsWith('.'))
            {
                yield return file;
            }
        }

        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(child);
            if (name.StartsWith('.') || SkippedFolders.Contains(name))
            {
                continue;
            }

            foreach (var file in EnumerateFolder(child))
            {
                yield return file;
            }
        }
    }
}
