using Linter.Core.Paths;
namespace Linter.Core.Configuration;

/// <summary>One <c>key = value</c> line of an .editorconfig file, with its position for error messages.</summary>
/// <param name="Key">The key, lower-cased as EditorConfig keys are case-insensitive.</param>
/// <param name="Value">The value as written, trimmed.</param>
/// <param name="Line">1-based line.</param>
/// <param name="KeyColumn">1-based column where the key starts.</param>
/// <param name="ValueColumn">1-based column where the value starts.</param>
public sealed record EditorConfigProperty(string Key, string Value, int Line, int KeyColumn, int ValueColumn);

/// <summary>A <c>[glob]</c> section of an .editorconfig file and its properties, in file order.</summary>
public sealed record EditorConfigSection(EditorConfigGlob Glob, IReadOnlyList<EditorConfigProperty> Properties);

/// <summary>
/// A parsed .editorconfig file. Lines that are neither a section, a property, a comment nor blank are ignored,
/// as EditorConfig asks, so files written for other tools always load.
/// </summary>
public sealed class EditorConfigFile
{
    private EditorConfigFile(string path, bool isRoot, IReadOnlyList<EditorConfigSection> sections, IReadOnlyList<EditorConfigProperty> errors)
    {
        Path = path;
        IsRoot = isRoot;
        Sections = sections;
        Errors = errors;
    }

    /// <summary>The file's path as shown in messages.</summary>
    public string Path { get; }

    /// <summary>True when the file says <c>root = true</c>: folders above it are not searched.</summary>
    public bool IsRoot { get; }

    /// <summary>The sections, in file order.</summary>
    public IReadOnlyList<EditorConfigSection> Sections { get; }

    /// <summary>Sections that could not be read: each as a property whose key is the section and whose value says why.</summary>
    public IReadOnlyList<EditorConfigProperty> Errors { get; }

    /// <summary>Parses the text of an .editorconfig file.</summary>
    public static EditorConfigFile Parse(string path, string text)
    {
        var isRoot = false;
        var sections = new List<EditorConfigSection>();
        var errors = new List<EditorConfigProperty>();
        List<EditorConfigProperty>? properties = null;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']' && line.Length > 2)
            {
                properties = [];
                try
                {
                    sections.Add(new EditorConfigSection(new EditorConfigGlob(line[1..^1]), properties));
                }
                catch (FormatException exception)
                {
                    // Its properties are read into a list no section holds, so they apply nowhere.
                    var column = lines[index].Length - lines[index].TrimStart().Length + 1;
                    errors.Add(new EditorConfigProperty(line, exception.Message, index + 1, column, column));
                }

                continue;
            }

            var equals = lines[index].IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var key = lines[index][..equals].Trim().ToLowerInvariant();
            var rawValue = lines[index][(equals + 1)..];
            var value = rawValue.Trim();
            var valueColumn = equals + 2 + (rawValue.Length - rawValue.TrimStart().Length);
            if (properties is null)
            {
                // The preamble before the first section holds only root = true.
                isRoot |= key == "root" && value.Equals("true", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            var keyColumn = lines[index].Length - lines[index].TrimStart().Length + 1;
            properties.Add(new EditorConfigProperty(key, value, index + 1, keyColumn, valueColumn));
        }

        return new EditorConfigFile(path, isRoot, sections, errors);
    }

    /// <summary>
    /// The properties that apply to a file at <paramref name="relativePath"/> ('/'-separated, relative to this
    /// file's folder), in the order they take effect: a later one overrides an earlier one with the same key.
    /// </summary>
    public IEnumerable<EditorConfigProperty> PropertiesFor(string relativePath) =>
        Sections.Where(section => section.Glob.IsMatch(relativePath)).SelectMany(section => section.Properties);
}
