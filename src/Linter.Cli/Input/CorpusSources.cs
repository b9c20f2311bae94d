using System.Text;

namespace Linter.Cli.Input;

/// <summary>
/// The sources (outlets) of a corpus's files as every command names them (by default the folder that holds a file;
/// see <see cref="SourceNaming"/>), and the <c>files</c> globs that select each source's files, for the rules that
/// discovery writes for it: a folder's files (<c>corpus/outlet-a/*</c>), or, in a folder that holds files of several
/// sources, those whose names begin as the source's do there (<c>corpus/economy/SA*</c>).
/// </summary>
internal sealed class CorpusSources
{
    private readonly Dictionary<string, Dictionary<string, string>> _namePrefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _sourcesOfFolder = new(StringComparer.Ordinal);

    /// <summary>Remembers <paramref name="file"/>'s folder and name under its source; returns the source.</summary>
    public string OfFile(CorpusFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var folder = Core.Corpus.CorpusDocument.FolderOf(file.DisplayPath);
        var name = file.DisplayPath[(folder.Length == 0 ? 0 : folder.Length + 1)..];
        if (!_namePrefixes.TryGetValue(file.Source, out var folders))
        {
            _namePrefixes[file.Source] = folders = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        folders[folder] = folders.TryGetValue(folder, out var prefix) ? name[..CommonLength(prefix, name)] : name;
        if (!_sourcesOfFolder.TryGetValue(folder, out var sources))
        {
            _sourcesOfFolder[folder] = sources = new HashSet<string>(StringComparer.Ordinal);
        }

        sources.Add(file.Source);
        return file.Source;
    }

    /// <summary>
    /// The globs that select a source's files by path, for a rule's <c>files</c>; null for a source no file is named
    /// after (a JSON Lines field's value, standard input). Known once <see cref="OfFile"/> has seen every file.
    /// </summary>
    public IReadOnlyList<string>? Globs(string source) =>
        _namePrefixes.TryGetValue(source, out var folders)
            ? [.. folders.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => Glob(pair.Key, _sourcesOfFolder[pair.Key].Count == 1 ? string.Empty : pair.Value))]
            : null;

    private static string Glob(string folder, string namePrefix) => (folder.Length == 0 ? string.Empty : Escape(folder) + "/") + Escape(namePrefix) + "*";

    private static int CommonLength(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length])
        {
            length++;
        }

        return length;
    }

    /// <summary>A path with the characters that globs give a meaning escaped.</summary>
    private static string Escape(string path)
    {
        var escaped = new StringBuilder();
        foreach (var c in path)
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
