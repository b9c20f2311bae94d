using Linter.Core.Analysis;
using Linter.Core.Corpus;

namespace Linter.Cli.Input;

/// <summary>A file to lint: the path shown to the user and the path on disk.</summary>
internal sealed record CorpusFile(string DisplayPath, string FullPath)
{
    /// <summary>The file's source (outlet), for the rules that count per source: by default the folder that holds it (see <see cref="SourceNaming"/>).</summary>
    public string Source { get; init; } = CorpusDocument.FolderOf(DisplayPath);

    /// <summary>
    /// The folder that was given for this file, which a fix may not write outside of; null for a file given by
    /// name, whose own folder that is.
    /// </summary>
    public string? Root { get; init; }

    /// <summary>The folder a fix of this file may write in.</summary>
    public string WriteRoot => Root ?? Path.GetDirectoryName(FullPath)!;

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

/// <summary>
/// Turns the paths given on the command line into documents: files as they are, folders recursively. A path given is
/// followed when it is a symbolic link; links met inside a folder are not (as ripgrep and git do), so a link cannot
/// lead the walk in circles or out of the folder. Whatever is not a regular file is skipped with a warning on
/// standard error.
/// </summary>
internal static class DocumentEnumerator
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "bin", "obj", "node_modules" };

    /// <summary>
    /// Every document under <paramref name="paths"/> that <paramref name="filter"/> keeps, each once, sorted by
    /// display path.
    /// </summary>
    public static List<CorpusFile> Enumerate(IReadOnlyList<string> paths, CliEnvironment environment, PathFilter? filter = null)
    {
        var files = new SortedDictionary<string, CorpusFile>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = environment.Resolve(path);
            var status = FileStatus.Of(full);
            switch (status.Kind)
            {
                case FileKind.Regular:
                    files[environment.Display(full)] = new CorpusFile(environment.Display(full), full);
                    break;
                case FileKind.Directory:
                    foreach (var file in EnumerateFolder(full, environment))
                    {
                        files[environment.Display(file)] = new CorpusFile(environment.Display(file), file) { Root = full };
                    }

                    break;
                case FileKind.Missing:
                    throw new UsageException($"path not found: {path}");
                default:
                    Skip(environment, full, $"{status.Description}, not a regular file");
                    break;
            }
        }

        return [.. files.Values.Where(file => filter?.Keeps(file.DisplayPath) ?? true)];
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

    /// <summary>
    /// Regular files under a folder, skipping hidden files and folders (.git), build output and symbolic links; what
    /// else is skipped (a device, a FIFO, a folder that cannot be read) is named on standard error.
    /// </summary>
    public static IEnumerable<string> EnumerateFolder(string folder, CliEnvironment environment)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(folder).GetFileSystemInfos();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Skip(environment, folder, $"the folder could not be read ({exception.Message})");
            yield break;
        }

        foreach (var entry in entries.OrderBy(entry => entry.Name, StringComparer.Ordinal))
        {
            if (entry.Name.StartsWith('.') || (entry is DirectoryInfo && SkippedFolders.Contains(entry.Name)))
            {
                continue;
            }

            var status = FileStatus.Of(entry.FullName, followLinks: false);
            switch (status.Kind)
            {
                case FileKind.Regular:
                    yield return entry.FullName;
                    break;
                case FileKind.Directory:
                    foreach (var file in EnumerateFolder(entry.FullName, environment))
                    {
                        yield return file;
                    }

                    break;
                case FileKind.SymbolicLink:
                    Skip(environment, entry.FullName, "a symbolic link, not followed inside a folder");
                    break;
                case FileKind.Missing:
                    // .NET cannot open a name that is not UTF-8: it reads it with U+FFFD in place of the bad bytes.
                    Skip(environment, entry.FullName, entry.Name.Contains('\uFFFD', StringComparison.Ordinal) ? "its name is not valid UTF-8" : "gone while the folder was read");
                    break;
                default:
                    Skip(environment, entry.FullName, $"{status.Description}, not a regular file");
                    break;
            }
        }
    }

    private static void Skip(CliEnvironment environment, string fullPath, string why) =>
        environment.Error.WriteLine(Output.ConsoleText.Escape($"{environment.Display(fullPath)}: warning: {why}; skipped"));
}
