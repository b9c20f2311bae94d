using Linter.Core.Corpus;
using Linter.Core.Pipeline;

namespace Linter.Cli.Input;

/// <summary>A file to lint: the path shown to the user and the path on disk.</summary>
internal sealed record CorpusFile(string DisplayPath, string FullPath)
{
    /// <summary>The file's source (outlet), for the rules that count per source: by default the folder that holds it (see <see cref="SourceNaming"/>).</summary>
    /// <remarks>Made when first asked, unless given: the files of a folder walked share one.</remarks>
    public string Source { get => field ??= CorpusDocument.FolderOf(DisplayPath); init; }

    /// <summary>
    /// The folder that was given for this file, which a fix may not write outside of; null for a file given by
    /// name, whose own folder that is.
    /// </summary>
    public string? Root { get; init; }

    /// <summary>The folder a fix of this file may write in.</summary>
    public string WriteRoot => Root ?? Path.GetDirectoryName(FullPath)!;

    /// <summary>The file as the engine reads it, at <paramref name="ordinal"/> in the corpus when given.</summary>
    public InputDocument ToDocument(long? ordinal = null) => new(DisplayPath, () => DocumentBytes.Read(FullPath)) { Source = Source, Ordinal = ordinal };

    /// <summary>The total size of <paramref name="files"/> in bytes, for progress; a file that cannot be read counts as empty.</summary>
    public static long TotalSize(IEnumerable<CorpusFile> files) => files.Sum(file => file.Size());

    /// <summary>The file's size in bytes; 0 when it cannot be read.</summary>
    public long Size()
    {
        try
        {
            return new FileInfo(FullPath).Length;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
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
    /// display path: files named as they are, and in folders the text corpus files that .gitignore does not ignore.
    /// </summary>
    /// <exception cref="UsageException">A path does not exist, or nothing is left to lint (with the reason).</exception>
    public static List<CorpusFile> Enumerate(IReadOnlyList<string> paths, CliEnvironment environment, PathFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var met = new List<CorpusFile>();
        var gitignore = filter.Gitignore ? new GitIgnoreFiles() : null;
        int ignored = 0, notCorpusText = 0;
        bool Ignored(string entry, bool isDirectory)
        {
            var isIgnored = gitignore?.IsIgnored(entry, isDirectory) == true;
            ignored += isIgnored ? 1 : 0;
            return isIgnored;
        }

        // A folder's files are shown under the folder as shown, and share their source: one relative path and one
        // source a folder, not one a file. A name with a backslash, which a source reads as a separator, has its own.
        var (lastFolder, lastShown, lastSource) = (string.Empty, string.Empty, (string?)null);
        CorpusFile InFolder(string file, string root)
        {
            var folder = Path.GetDirectoryName(file.AsSpan());
            if (!folder.SequenceEqual(lastFolder))
            {
                (lastFolder, lastSource) = (folder.ToString(), null);
                lastShown = environment.Display(lastFolder);
            }

            var name = Path.GetFileName(file.AsSpan());
            var shown = lastShown == "." ? name.ToString() : lastShown.EndsWith('/') ? string.Concat(lastShown, name) : string.Concat(lastShown, "/", name);
            var source = name.Contains('\\') ? CorpusDocument.FolderOf(shown) : lastSource ??= CorpusDocument.FolderOf(shown);
            return new CorpusFile(shown, file) { Root = root, Source = source };
        }

        foreach (var path in paths)
        {
            var full = environment.Resolve(path);
            var status = FileStatus.Of(full);
            switch (status.Kind)
            {
                case FileKind.Regular:
                    met.Add(new CorpusFile(environment.Display(full), full));
                    break;
                case FileKind.Directory:
                    foreach (var file in EnumerateFolder(full, environment, Ignored))
                    {
                        if (!filter.HasIncludes && !CorpusFileKinds.IsTextCorpus(file, filter.JsonlText))
                        {
                            notCorpusText++;
                            continue;
                        }

                        met.Add(InFolder(file, full));
                    }

                    break;
                case FileKind.Missing:
                    throw new UsageException($"path not found: {path}");
                default:
                    Skip(environment, full, $"{status.Description}, not a regular file");
                    break;
            }
        }

        // Files named one by one (as a hook passes the staged files) may all be left out by the globs: that is the
        // globs' job, not a wrong path.
        var files = SortedOnce(met);
        var kept = files.FindAll(filter.Keeps);
        if (kept.Count == 0 && paths.Count > 0 && !paths.All(path => FileStatus.Of(environment.Resolve(path)).Kind == FileKind.Regular))
        {
            throw new UsageException(NothingToLint(paths, filter, ignored, notCorpusText, files.Count));
        }

        return kept;
    }

    /// <summary>
    /// <paramref name="files"/> sorted by display path, each once: the last met of a file met twice (named, and in a
    /// folder given). A walk of one folder meets its files in that order already, so most runs only check it.
    /// </summary>
    private static List<CorpusFile> SortedOnce(List<CorpusFile> files)
    {
        var sorted = true;
        for (var i = 1; i < files.Count && sorted; i++)
        {
            sorted = string.CompareOrdinal(files[i - 1].DisplayPath, files[i].DisplayPath) < 0;
        }

        if (sorted)
        {
            return files;
        }

        // The sort is stable: of a run of equal paths, the last is the file met last.
        var order = files.OrderBy(file => file.DisplayPath, StringComparer.Ordinal).ToList();
        var once = new List<CorpusFile>(files.Count);
        for (var i = 0; i < order.Count; i++)
        {
            if (i + 1 == order.Count || !string.Equals(order[i].DisplayPath, order[i + 1].DisplayPath, StringComparison.Ordinal))
            {
                once.Add(order[i]);
            }
        }

        return once;
    }

    /// <summary>Why a run over <paramref name="paths"/> found nothing to lint; a gate given a wrong path must not pass.</summary>
    private static string NothingToLint(IReadOnlyList<string> paths, PathFilter filter, int ignored, int notCorpusText, int leftOut)
    {
        static string Are(int count, string noun) => $"{Output.Plurals.Of(count, noun)} {(count == 1 ? "is" : "are")}";
        var reasons = new List<string>();
        if (ignored > 0)
        {
            reasons.Add($"{Are(ignored, "path")} ignored by .gitignore (--no-gitignore lints them)");
        }

        if (notCorpusText > 0)
        {
            reasons.Add($"{Are(notCorpusText, "file")} not corpus text (.txt, no extension, or JSON Lines whose records have a '{filter.JsonlText}' field; name a file, or choose files with --include)");
        }

        if (leftOut > 0)
        {
            reasons.Add($"{Are(leftOut, "file")} left out by {filter.Describe()}");
        }

        var where = string.Join(", ", paths);
        return reasons.Count == 0 ? $"nothing to lint: no regular file in {where}" : $"nothing to lint in {where}: {string.Join("; ", reasons)}";
    }

    /// <summary>
    /// As <see cref="Enumerate"/>, for a command that changes or records files one by one: standard input and JSON
    /// Lines corpora are refused.
    /// </summary>
    /// <exception cref="UsageException">A path is <c>-</c>, or a document is a JSON Lines corpus.</exception>
    public static List<CorpusFile> EnumerateFilesOnly(IReadOnlyList<string> paths, CliEnvironment environment, PathFilter filter, string command)
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
    /// <param name="folder">The folder to walk.</param>
    /// <param name="environment">The working folder and standard error.</param>
    /// <param name="ignored">Paths (and whether each is a folder) to leave out silently, such as those .gitignore ignores.</param>
    public static IEnumerable<string> EnumerateFolder(string folder, CliEnvironment environment, Func<string, bool, bool>? ignored = null)
    {
        List<FolderEntry> entries;
        try
        {
            entries = FolderEntries.List(folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Skip(environment, folder, $"the folder could not be read ({exception.Message})");
            yield break;
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var entry in entries)
        {
            // A link to a folder named bin is build output as much as the folder is.
            if (entry.Name.StartsWith('.') || (SkippedFolders.Contains(entry.Name) && FileStatus.Of(entry.FullName).Kind == FileKind.Directory))
            {
                continue;
            }

            if (ignored?.Invoke(entry.FullName, entry.Kind == FileKind.Directory) == true)
            {
                continue;
            }

            switch (entry.Kind)
            {
                case FileKind.Regular:
                    yield return entry.FullName;
                    break;
                case FileKind.Directory:
                    foreach (var file in EnumerateFolder(entry.FullName, environment, ignored))
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
                    Skip(environment, entry.FullName, $"{FileStatus.Describe(entry.Kind)}, not a regular file");
                    break;
            }
        }
    }

    private static void Skip(CliEnvironment environment, string fullPath, string why) =>
        environment.Error.WriteLine(Output.ConsoleText.Escape($"{environment.Display(fullPath)}: warning: {why}; skipped"));
}
