using Linter.Core.Paths;

namespace Linter.Core.Rules;

/// <summary>
/// The documents a rule applies to, from its <c>files</c> field: globs in the syntax of .editorconfig sections,
/// matched against a document's path as shown (relative to the working folder, <c>/</c>-separated), the way
/// <c>--include</c> is. A glob without <c>/</c> matches a file name in any folder. A JSON Lines record is matched by
/// its corpus file's path.
/// </summary>
public sealed class FileScope
{
    private readonly List<EditorConfigGlob> _globs;

    /// <summary>Compiles <paramref name="globs"/>.</summary>
    public FileScope(IEnumerable<string> globs)
    {
        _globs = [.. globs.Select(glob => new EditorConfigGlob(glob))];
    }

    /// <summary>The globs as written.</summary>
    public IReadOnlyList<string> Globs => [.. _globs.Select(glob => glob.Section)];

    /// <summary>True when the document at <paramref name="path"/> matches one of the globs.</summary>
    public bool Includes(string path)
    {
        var relative = path.TrimStart('/');
        return _globs.Exists(glob => glob.IsMatch(relative));
    }
}
