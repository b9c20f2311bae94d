using System.Text;
using Linter.Core.Corpus;

namespace Linter.Cli.Input;

/// <summary>
/// The sources (outlets) of a corpus's documents as the discovery analyses name them: a file's folder relative to the
/// folder given on the command line that holds it (<c>corpus/outlet-a/1.txt</c> under <c>corpus</c> is from
/// <c>outlet-a</c>; a file right in it from <c>.</c>), or its folder as shown for a file named on its own; a JSON
/// Lines record from the value of the source field, or without one from its corpus file's folder. Also remembers
/// which folders each source's files are in, for the <c>files</c> globs of the rules written for it.
/// </summary>
internal sealed class CorpusSources
{
    private readonly CliEnvironment _environment;
    private readonly List<string> _roots;
    private readonly Dictionary<string, SortedSet<string>> _folders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byLintFolder = new(StringComparer.Ordinal);

    /// <summary>Creates the sources of a corpus given as <paramref name="paths"/> on the command line.</summary>
    public CorpusSources(CliEnvironment environment, IEnumerable<string> paths)
    {
        _environment = environment;
        _roots = [.. paths.Where(path => path != CliEnvironment.StandardInputPath).Select(environment.Resolve).Where(Directory.Exists)];
    }

    /// <summary>
    /// The source of <paramref name="file"/>'s documents when they carry no source field: its folder. When they can be
    /// told by path (a plain file, or a JSON Lines corpus read without a source field), the folder is remembered for
    /// the source's globs.
    /// </summary>
    public string OfFile(CorpusFile file, JsonlFields fields)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(fields);
        var folder = Path.GetDirectoryName(file.FullPath)!;
        var root = _roots.Where(root => folder == root || folder.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)).MaxBy(root => root.Length);
        var source = root is null ? _environment.Display(folder) : Path.GetRelativePath(root, folder).Replace(Path.DirectorySeparatorChar, '/');
        _byLintFolder[CorpusDocument.FolderOf(file.DisplayPath)] = source;
        if (fields.Source is null || !JsonlCorpus.IsJsonl(file.DisplayPath))
        {
            if (!_folders.TryGetValue(source, out var folders))
            {
                _folders[source] = folders = new SortedSet<string>(StringComparer.Ordinal);
            }

            var shown = _environment.Display(folder);
            folders.Add(shown == "." ? string.Empty : shown);
        }

        return source;
    }

    /// <summary>
    /// The source of a document that a lint run collected as from <paramref name="lintSource"/>: a lint run names a
    /// file's source by its folder as shown (<c>corpus/outlet-a</c>), which is this folder's source once
    /// <see cref="OfFile"/> has seen a file in it; any other name is a JSON Lines source field's value, kept.
    /// </summary>
    public string OfLinted(string lintSource) => _byLintFolder.TryGetValue(lintSource, out var source) ? source : lintSource;

    /// <summary>
    /// The globs that select a source's documents by path (<c>corpus/outlet-a/*</c>), for a rule's <c>files</c>; null for
    /// a source given by a JSON Lines field or standard input. Known once <see cref="OfFile"/> has seen every file.
    /// </summary>
    public IReadOnlyList<string>? Globs(string source) =>
        _folders.TryGetValue(source, out var folders) ? [.. folders.Select(folder => Escape(folder) + "/*")] : null;

    /// <summary>A folder path with the characters that globs give a meaning escaped.</summary>
    private static string Escape(string folder)
    {
        var escaped = new StringBuilder();
        foreach (var c in folder)
        {
            if ("*?[]{}\\,".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
