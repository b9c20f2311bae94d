using System.Globalization;
using Linter.Core.Diagnostics;
using Linter.Core.Rules;
using Linter.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Linter.Core.Paths;

namespace Linter.Core.Configuration;

/// <summary>
/// A project's configuration file (<c>.corpuslint.yaml</c>), as written: which rules run, which files are linted,
/// how sources are named, how files are read, and where the baseline and the saved corpus state are. Paths are kept
/// as written (relative to the file's folder); severities stay in .editorconfig. Reading is strict, as for rule
/// files: an unknown key, a value of the wrong type or a bad glob is an error at its line and column.
/// </summary>
public sealed record ProjectConfiguration
{
    /// <summary>The file's name, found by walking up from the linted paths.</summary>
    public const string FileName = ".corpuslint.yaml";

    private static readonly string[] TopKeys = ["rules", "shipped_rules", "include", "exclude", "gitignore", "sources", "jsonl", "encoding", "baseline", "state"];
    private static readonly string[] SourceKeys = ["depth", "pattern", "jsonl_field"];
    private static readonly string[] JsonlKeys = ["text", "id"];

    /// <summary>Rule files and folders, added to the shipped pack unless <see cref="ShippedRules"/> is false.</summary>
    public IReadOnlyList<Located> Rules { get; init; } = [];

    /// <summary>Whether the pack shipped with the tool is loaded too (default true).</summary>
    public bool ShippedRules { get; init; } = true;

    /// <summary>Globs (relative to the file's folder) of the files to lint; when any is given, they choose the corpus files.</summary>
    public IReadOnlyList<Located> Include { get; init; } = [];

    /// <summary>Globs (relative to the file's folder) of files never linted.</summary>
    public IReadOnlyList<Located> Exclude { get; init; } = [];

    /// <summary>Whether files that .gitignore files ignore are skipped in folders (default true).</summary>
    public bool Gitignore { get; init; } = true;

    /// <summary>A source is the first N folders of a file's path.</summary>
    public int? SourceDepth { get; init; }

    /// <summary>A source is the group <c>source</c> of this regular expression's match in a file's path.</summary>
    public Located? SourcePattern { get; init; }

    /// <summary>The JSON Lines field that names a record's source.</summary>
    public string? JsonlSource { get; init; }

    /// <summary>The JSON Lines field that holds a record's text.</summary>
    public string? JsonlText { get; init; }

    /// <summary>The JSON Lines field that holds a record's id.</summary>
    public string? JsonlId { get; init; }

    /// <summary>How files without a byte order mark are read.</summary>
    public EncodingSetting? Encoding { get; init; }

    /// <summary>The baseline file.</summary>
    public Located? Baseline { get; init; }

    /// <summary>The folder of saved corpus state.</summary>
    public Located? State { get; init; }

    /// <summary>
    /// Reads the configuration file shown as <paramref name="path"/>, with every error in it. A file that is not a YAML
    /// mapping gives null; otherwise the settings that are right are read and the others left at their defaults, so
    /// that checks of the values (that a path exists) can report their errors in the same run.
    /// </summary>
    public static ProjectConfiguration? Parse(string path, string text, out IReadOnlyList<RuleFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<RuleFileError>();
        errors = found;
        if (YamlDepth.FirstTooDeep(text) is { } tooDeep)
        {
            found.Add(new RuleFileError(new SourceLocation(path, tooDeep.Line, tooDeep.Column), $"invalid YAML: lists and mappings nested more than {YamlDepth.Limit} deep"));
            return null;
        }

        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException exception)
        {
            found.Add(new RuleFileError(RuleNode.Locate(path, exception.Start), $"invalid YAML: {RuleLoader.InnermostMessage(exception)}"));
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            found.Add(new RuleFileError(RuleNode.Locate(path, parser.Current?.End ?? Mark.Empty), "invalid YAML: the text could not be read past here"));
            return null;
        }

        // An empty file is a project with every default: it marks the folder as the project's root.
        if (stream.Documents.Count == 0 || RuleNode.IsEmpty(stream.Documents[0].RootNode))
        {
            return new ProjectConfiguration();
        }

        if (stream.Documents.Count > 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            found.Add(new RuleFileError(RuleNode.Locate(path, stream.Documents[^1].RootNode.Start), "the configuration must be one YAML mapping of settings (rules, include, exclude, ...)"));
            return null;
        }

        var reader = new Reader(path, found);
        var top = reader.Mapping(root, TopKeys, "setting");
        var sources = reader.Section(top, "sources", SourceKeys);
        var jsonl = reader.Section(top, "jsonl", JsonlKeys);
        var configuration = new ProjectConfiguration
        {
            Rules = reader.StringList(top, "rules"),
            ShippedRules = reader.Boolean(top, "shipped_rules") ?? true,
            Include = reader.Globs(top, "include"),
            Exclude = reader.Globs(top, "exclude"),
            Gitignore = reader.Boolean(top, "gitignore") ?? true,
            SourceDepth = reader.PositiveInteger(sources, "depth"),
            SourcePattern = reader.String(sources, "pattern"),
            JsonlSource = reader.String(sources, "jsonl_field")?.Value,
            JsonlText = reader.String(jsonl, "text")?.Value,
            JsonlId = reader.String(jsonl, "id")?.Value,
            Encoding = reader.Encoding(top, "encoding"),
            Baseline = reader.String(top, "baseline"),
            State = reader.String(top, "state"),
        };
        return configuration;
    }

    /// <summary>Reads values out of mappings, adding an error at the value's position for each that is not as expected.</summary>
    private sealed class Reader(string path, List<RuleFileError> errors)
    {
        public Dictionary<string, YamlNode> Mapping(YamlMappingNode node, string[] keys, string what)
        {
            var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (keyNode, value) in node.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                if (!keys.Contains(key, StringComparer.Ordinal))
                {
                    Error(keyNode, $"unknown {what} '{key}'; expected one of: {string.Join(", ", keys)}");
                }
                else if (!RuleNode.IsEmpty(value))
                {
                    values[key] = value;
                }
            }

            return values;
        }

        public Dictionary<string, YamlNode> Section(Dictionary<string, YamlNode> values, string key, string[] keys)
        {
            if (!values.TryGetValue(key, out var value))
            {
                return [];
            }

            if (value is YamlMappingNode mapping)
            {
                return Mapping(mapping, keys, $"key of '{key}'");
            }

            Error(value, $"'{key}' must be a mapping with the keys {string.Join(", ", keys)}");
            return [];
        }

        public Located? String(Dictionary<string, YamlNode> values, string key)
        {
            if (!values.TryGetValue(key, out var value))
            {
                return null;
            }

            if (value is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
            {
                return Locate(scalar);
            }

            Error(value, $"'{key}' must be a string");
            return null;
        }

        public List<Located> StringList(Dictionary<string, YamlNode> values, string key)
        {
            if (!values.TryGetValue(key, out var value))
            {
                return [];
            }

            // One item may be written without the brackets of a list.
            var items = value is YamlSequenceNode sequence ? sequence.Children : (IEnumerable<YamlNode>)[value];
            var strings = new List<Located>();
            foreach (var item in items)
            {
                if (item is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
                {
                    strings.Add(Locate(scalar));
                }
                else
                {
                    Error(item, $"'{key}' must be a list of strings");
                }
            }

            return strings;
        }

        public List<Located> Globs(Dictionary<string, YamlNode> values, string key)
        {
            var globs = StringList(values, key);
            foreach (var glob in globs)
            {
                try
                {
                    _ = new EditorConfigGlob(glob.Value);
                }
                catch (FormatException exception)
                {
                    errors.Add(new RuleFileError(glob.Location, $"'{key}': {exception.Message}"));
                }
            }

            return globs;
        }

        public bool? Boolean(Dictionary<string, YamlNode> values, string key) =>
            Value<bool>(values, key, text => bool.TryParse(text, out var result) ? result : null, "true or false");

        public int? PositiveInteger(Dictionary<string, YamlNode> values, string key) =>
            Value<int>(values, key, text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var result) && result >= 1 ? result : null, "a whole number of at least 1");

        public EncodingSetting? Encoding(Dictionary<string, YamlNode> values, string key) =>
            Value(values, key, TextEncodings.ParseSetting, $"one of {string.Join(", ", TextEncodings.SettingNames)}");

        /// <summary>A string setting read as a <typeparamref name="T"/> by <paramref name="parse"/> (null when it is not one).</summary>
        private T? Value<T>(Dictionary<string, YamlNode> values, string key, Func<string, T?> parse, string requirement)
            where T : struct
        {
            if (String(values, key) is not { } value)
            {
                return null;
            }

            if (parse(value.Value) is { } result)
            {
                return result;
            }

            errors.Add(new RuleFileError(value.Location, $"'{key}' must be {requirement}, not '{value.Value}'"));
            return null;
        }

        private Located Locate(YamlScalarNode scalar)
        {
            var location = RuleNode.Locate(path, scalar.Start);
            return new Located(scalar.Value!, scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? location with { Column = location.Column + 1 } : location);
        }

        private void Error(YamlNode node, string message) => errors.Add(new RuleFileError(RuleNode.Locate(path, node.Start), message));
    }
}
