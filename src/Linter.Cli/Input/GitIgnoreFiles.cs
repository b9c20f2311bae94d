using MAB.DotIgnore;

namespace Linter.Cli.Input;

/// <summary>
/// The .gitignore files of a git work tree, as git reads them: each folder's file speaks of the paths below it,
/// relative to it; within a file the last matching pattern wins (a <c>!</c> pattern takes a path back), and a deeper
/// file's verdict beats a shallower one's. Outside a work tree (no <c>.git</c> above) nothing is ignored, as in
/// ripgrep. Patterns are matched by MAB.DotIgnore; the files are read once per folder.
/// </summary>
internal sealed class GitIgnoreFiles
{
    private const string FileName = ".gitignore";

    private readonly Dictionary<string, IgnoreList?> _byFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _workTreeOf = new(StringComparer.Ordinal);
    private string _chainFolder = string.Empty;
    private List<(string Folder, IgnoreList List)> _chain = [];

    /// <summary>True when git would ignore <paramref name="fullPath"/> (a file, or a folder when <paramref name="isDirectory"/>).</summary>
    public bool IsIgnored(string fullPath, bool isDirectory)
    {
        // Asked of every entry of a folder in turn: the folder's files that have a say are found once for all of them.
        var folder = Path.GetDirectoryName(fullPath.AsSpan());
        if (!folder.SequenceEqual(_chainFolder))
        {
            _chainFolder = folder.ToString();
            _chain = ChainOf(_chainFolder);
        }

        var ignored = false;
        foreach (var (listFolder, list) in _chain)
        {
            if (Verdict(list, Path.GetRelativePath(listFolder, fullPath).Replace(Path.DirectorySeparatorChar, '/'), isDirectory) is { } verdict)
            {
                ignored = verdict;
            }
        }

        return ignored;
    }

    /// <summary>
    /// The .gitignore files that speak of the entries of <paramref name="folder"/>, from the work tree's root down to
    /// it, so that each overrides the ones before it; none outside a work tree.
    /// </summary>
    private List<(string Folder, IgnoreList List)> ChainOf(string folder)
    {
        var chain = new List<(string Folder, IgnoreList List)>();
        if (WorkTreeOf(folder) is { } workTree)
        {
            for (var current = folder; current is not null && current.Length >= workTree.Length; current = Path.GetDirectoryName(current))
            {
                if (ListOf(current) is { } list)
                {
                    chain.Add((current, list));
                }
            }
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>What the last pattern of <paramref name="list"/> that matches says: ignored, taken back (false), or nothing (null).</summary>
    private static bool? Verdict(IgnoreList list, string relativePath, bool isDirectory)
    {
        bool? verdict = null;
        foreach (var rule in list.Rules)
        {
            if (rule.IsMatch(relativePath, isDirectory))
            {
                verdict = !rule.PatternFlags.HasFlag(PatternFlags.NEGATION);
            }
        }

        return verdict;
    }

    private IgnoreList? ListOf(string folder)
    {
        if (!_byFolder.TryGetValue(folder, out var list))
        {
            var file = Path.Combine(folder, FileName);
            list = FileStatus.Of(file).Kind == FileKind.Regular ? Read(file) : null;
            _byFolder[folder] = list;
        }

        return list;
    }

    /// <summary>A .gitignore that cannot be read ignores nothing, as git treats it.</summary>
    private static IgnoreList? Read(string file)
    {
        try
        {
            return new IgnoreList(File.ReadAllLines(file), MatchFlags.PATHNAME);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The root of the git work tree holding <paramref name="folder"/>: the nearest folder with a <c>.git</c> folder or file.</summary>
    private string? WorkTreeOf(string folder)
    {
        if (!_workTreeOf.TryGetValue(folder, out var root))
        {
            root = Directory.Exists(Path.Combine(folder, ".git")) || File.Exists(Path.Combine(folder, ".git"))
                ? folder
                : Path.GetDirectoryName(folder) is { } parent ? WorkTreeOf(parent) : null;
            _workTreeOf[folder] = root;
        }

        return root;
    }
}
