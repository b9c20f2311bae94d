namespace Linter.Core.Rules;

/// <summary>The YAML shape of a rule-file field.</summary>
public enum FieldType
{
    /// <summary>A scalar string.</summary>
    String,

    /// <summary>A scalar integer.</summary>
    Integer,

    /// <summary>A sequence of scalar strings.</summary>
    StringList,

    /// <summary>A mapping from scalar strings to scalar strings.</summary>
    StringMap,

    /// <summary>A mapping with fields of its own.</summary>
    Object,

    /// <summary>A sequence of mappings with fields of their own.</summary>
    ObjectList,
}

/// <summary>
/// One field of a rule kind. The loader validates rule files against these declarations and the published
/// JSON Schema is generated from them, so the two cannot disagree.
/// </summary>
/// <param name="Name">The YAML key.</param>
/// <param name="Type">The YAML shape.</param>
/// <param name="Description">One sentence for the schema and the docs.</param>
/// <param name="Required">Whether the key must be present.</param>
/// <param name="AllowedValues">For strings and string lists, the only values accepted.</param>
/// <param name="Fields">For objects and object lists, their fields.</param>
/// <param name="Minimum">For integers, the smallest value accepted.</param>
/// <param name="Maximum">For integers, the largest value accepted.</param>
public sealed record FieldSpec(
    string Name,
    FieldType Type,
    string Description,
    bool Required = false,
    IReadOnlyList<string>? AllowedValues = null,
    IReadOnlyList<FieldSpec>? Fields = null,
    int? Minimum = null,
    int? Maximum = null);
