using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Linter.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Linter.Core.Rules;

/// <summary>A string from a rule file with the position of its first character.</summary>
/// <param name="Value">The string.</param>
/// <param name="Location">Where its content starts (inside the quotes, for a quoted scalar).</param>
public readonly record struct Located(string Value, SourceLocation Location)
{
    /// <summary>The location <paramref name="offset"/> characters into a single-line value.</summary>
    public SourceLocation At(int offset) => Location with { Column = Location.Column + offset };
}

/// <summary>
/// Read access to a YAML mapping that has already passed validation against its <see cref="FieldSpec"/>s,
/// so every accessor can trust the shape it finds.
/// </summary>
public sealed class RuleNode
{
    private readonly YamlMappingNode _node;
    private readonly string _path;
    private readonly IReadOnlySet<string>? _unusable;
    private readonly IReadOnlyDictionary<string, YamlScalarNode>? _standIns;

    internal RuleNode(YamlMappingNode node, string path)
        : this(node, path, null, null)
    {
    }

    /// <summary>
    /// A mapping some of whose keys failed validation: those in <paramref name="unusable"/> read as absent, and a
    /// key absent or unusable that <paramref name="standIns"/> has reads as its stand-in. The rest of a rule with
    /// errors is read so, to report its other errors in the same run; such a rule is never used.
    /// </summary>
    internal RuleNode(YamlMappingNode node, string path, IReadOnlySet<string>? unusable, IReadOnlyDictionary<string, YamlScalarNode>? standIns)
    {
        _node = node;
        _path = path;
        _unusable = unusable;
        _standIns = standIns;
    }

    /// <summary>Where the mapping starts.</summary>
    public SourceLocation Location => Locate(_path, _node.Start);

    /// <summary>True when the key is present with a non-empty value.</summary>
    public bool Has(string key) => Find(key) is { } value && !IsEmpty(value);

    /// <summary>A string field, or null when absent.</summary>
    public Located? String(string key) => Find(key) is YamlScalarNode scalar && !IsEmpty(scalar) ? ToLocated(scalar) : null;

    /// <summary>An integer field, or <paramref name="defaultValue"/> when absent.</summary>
    public int Integer(string key, int defaultValue) =>
        String(key) is { } value ? int.Parse(value.Value, NumberStyles.Integer, CultureInfo.InvariantCulture) : defaultValue;

    /// <summary>A string-list field; empty when absent.</summary>
    public IReadOnlyList<Located> StringList(string key) =>
        Find(key) is YamlSequenceNode sequence
            ? [.. sequence.Children.Cast<YamlScalarNode>().Select(ToLocated)]
            : [];

    /// <summary>A string-map field, in file order; empty when absent.</summary>
    public IReadOnlyList<(Located Key, Located Value)> StringMap(string key) =>
        Find(key) is YamlMappingNode mapping
            ? [.. mapping.Children.Select(pair => (ToLocated((YamlScalarNode)pair.Key), ToLocated((YamlScalarNode)pair.Value)))]
            : [];

    /// <summary>An object field, or null when absent.</summary>
    public RuleNode? Object(string key) => Find(key) is YamlMappingNode mapping ? new RuleNode(mapping, _path) : null;

    /// <summary>An object-list field; empty when absent.</summary>
    public IReadOnlyList<RuleNode> ObjectList(string key) =>
        Find(key) is YamlSequenceNode sequence
            ? [.. sequence.Children.Cast<YamlMappingNode>().Select(item => new RuleNode(item, _path))]
            : [];

    /// <summary>Where the value of <paramref name="key"/> starts, or the mapping's start when absent.</summary>
    public SourceLocation LocationOf(string key) => Find(key) is { } value ? Locate(_path, value.Start) : Location;

    /// <summary>
    /// A hash of the mapping written canonically: keys sorted, scalars by value whatever their quoting, empty values
    /// left out as the accessors leave them out, positions ignored. The same definition gives the same hash wherever
    /// and however it is written; any change to what the rule reads changes it.
    /// </summary>
    internal ulong Fingerprint()
    {
        var text = new StringBuilder();
        WriteCanonical(_node, text);
        return XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(text.ToString()));
    }

    internal static SourceLocation Locate(string path, Mark mark) => new(path, (int)mark.Line, (int)mark.Column);

    internal static bool IsEmpty(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain } scalar
        && (string.IsNullOrEmpty(scalar.Value) || scalar.Value is "~" or "null");

    private static void WriteCanonical(YamlNode node, StringBuilder text)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                text.Append('{');
                foreach (var (key, value) in mapping.Children
                    .Where(pair => !IsEmpty(pair.Value))
                    .Select(pair => (Key: (pair.Key as YamlScalarNode)?.Value ?? pair.Key.ToString(), pair.Value))
                    .OrderBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    WriteScalar(key, text);
                    WriteCanonical(value, text);
                }

                text.Append('}');
                break;
            case YamlSequenceNode sequence:
                text.Append('[');
                foreach (var item in sequence.Children)
                {
                    WriteCanonical(item, text);
                }

                text.Append(']');
                break;
            default:
                WriteScalar(IsEmpty(node) ? string.Empty : ((YamlScalarNode)node).Value ?? string.Empty, text);
                break;
        }
    }

    // Length first, so that no value can pass for a piece of structure.
    private static void WriteScalar(string value, StringBuilder text) =>
        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);

    private Located ToLocated(YamlScalarNode scalar)
    {
        var location = Locate(_path, scalar.Start);
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted)
        {
            location = location with { Column = location.Column + 1 };
        }

        return new Located(scalar.Value ?? string.Empty, location);
    }

    private YamlNode? Find(string key)
    {
        var value = _unusable?.Contains(key) != true && _node.Children.TryGetValue(new YamlScalarNode(key), out var found) ? found : null;
        return (value is null || IsEmpty(value)) && _standIns?.GetValueOrDefault(key) is { } standIn ? standIn : value;
    }
}
