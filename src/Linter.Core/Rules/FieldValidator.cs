using System.Globalization;
using Linter.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Linter.Core.Rules;

/// <summary>Checks a YAML mapping against field declarations: unknown keys, missing keys, shapes and allowed values.</summary>
internal static class FieldValidator
{
    /// <summary>Reports every problem of <paramref name="node"/>; returns the known keys whose values are wrong, which nothing may read.</summary>
    public static HashSet<string> Validate(YamlMappingNode node, IReadOnlyList<FieldSpec> fields, string path, string what, List<RuleFileError> errors)
    {
        var invalid = new HashSet<string>(StringComparer.Ordinal);
        var byName = fields.ToDictionary(field => field.Name, StringComparer.Ordinal);
        foreach (var (keyNode, value) in node.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                errors.Add(new RuleFileError(RuleNode.Locate(path, keyNode.Start), $"keys of {what} must be plain strings"));
                continue;
            }

            if (!byName.TryGetValue(key, out var field))
            {
                errors.Add(new RuleFileError(
                    RuleNode.Locate(path, keyNode.Start),
                    $"unknown key '{key}' in {what}; expected one of: {string.Join(", ", fields.Select(f => f.Name))}"));
                continue;
            }

            var before = errors.Count;
            if (!RuleNode.IsEmpty(value))
            {
                ValidateValue(value, field, path, errors);
            }

            if (errors.Count > before)
            {
                invalid.Add(key);
            }
        }

        foreach (var field in fields.Where(f => f.Required))
        {
            var present = node.Children.TryGetValue(new YamlScalarNode(field.Name), out var value) && !RuleNode.IsEmpty(value);
            if (!present)
            {
                errors.Add(new RuleFileError(RuleNode.Locate(path, node.Start), $"{what} is missing the required key '{field.Name}'"));
            }
        }

        return invalid;
    }

    private static void ValidateValue(YamlNode value, FieldSpec field, string path, List<RuleFileError> errors)
    {
        var location = RuleNode.Locate(path, value.Start);
        switch (field.Type)
        {
            case FieldType.String:
                if (ExpectScalar(value, field, "a string", location, errors) is { } text)
                {
                    CheckAllowed(text, field, location, errors);
                }

                break;
            case FieldType.Integer:
                if (ExpectScalar(value, field, "an integer", location, errors) is { } number)
                {
                    if (!int.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
                    {
                        errors.Add(new RuleFileError(location, $"'{field.Name}' must be an integer, not '{number}'"));
                    }
                    else if (field.Minimum is { } minimum && parsed < minimum)
                    {
                        errors.Add(new RuleFileError(location, $"'{field.Name}' must be at least {minimum}, not {parsed}"));
                    }
                    else if (field.Maximum is { } maximum && parsed > maximum)
                    {
                        errors.Add(new RuleFileError(location, $"'{field.Name}' must be at most {maximum}, not {parsed}"));
                    }
                }

                break;
            case FieldType.StringList:
                if (value is not YamlSequenceNode list)
                {
                    errors.Add(new RuleFileError(location, $"'{field.Name}' must be a list of strings"));
                    break;
                }

                foreach (var item in list.Children)
                {
                    var itemLocation = RuleNode.Locate(path, item.Start);
                    if (item is not YamlScalarNode { Value: { } itemText } || RuleNode.IsEmpty(item))
                    {
                        errors.Add(new RuleFileError(itemLocation, $"each item of '{field.Name}' must be a non-empty string"));
                    }
                    else
                    {
                        CheckAllowed(itemText, field, itemLocation, errors);
                    }
                }

                break;
            case FieldType.StringMap:
                if (value is not YamlMappingNode map)
                {
                    errors.Add(new RuleFileError(location, $"'{field.Name}' must be a mapping of strings to strings"));
                    break;
                }

                foreach (var (key, mapped) in map.Children)
                {
                    if (key is not YamlScalarNode || mapped is not YamlScalarNode || RuleNode.IsEmpty(key) || RuleNode.IsEmpty(mapped))
                    {
                        errors.Add(new RuleFileError(RuleNode.Locate(path, key.Start), $"each entry of '{field.Name}' must map a non-empty string to a non-empty string"));
                    }
                }

                break;
            case FieldType.Object:
                if (value is YamlMappingNode mapping)
                {
                    Validate(mapping, field.Fields!, path, $"'{field.Name}'", errors);
                }
                else
                {
                    errors.Add(new RuleFileError(location, $"'{field.Name}' must be a mapping with keys {string.Join(", ", field.Fields!.Select(f => f.Name))}"));
                }

                break;
            case FieldType.ObjectList:
                if (value is not YamlSequenceNode sequence)
                {
                    errors.Add(new RuleFileError(location, $"'{field.Name}' must be a list"));
                    break;
                }

                foreach (var item in sequence.Children)
                {
                    if (item is YamlMappingNode itemMapping)
                    {
                        Validate(itemMapping, field.Fields!, path, $"an item of '{field.Name}'", errors);
                    }
                    else
                    {
                        errors.Add(new RuleFileError(RuleNode.Locate(path, item.Start), $"each item of '{field.Name}' must be a mapping with keys {string.Join(", ", field.Fields!.Select(f => f.Name))}"));
                    }
                }

                break;
            default:
                throw new InvalidOperationException($"unhandled field type {field.Type}");
        }
    }

    private static string? ExpectScalar(YamlNode value, FieldSpec field, string expected, SourceLocation location, List<RuleFileError> errors)
    {
        if (value is YamlScalarNode { Value: { } text })
        {
            return text;
        }

        errors.Add(new RuleFileError(location, $"'{field.Name}' must be {expected}"));
        return null;
    }

    private static void CheckAllowed(string text, FieldSpec field, SourceLocation location, List<RuleFileError> errors)
    {
        if (field.AllowedValues is { } allowed && !allowed.Contains(text, StringComparer.Ordinal))
        {
            errors.Add(new RuleFileError(location, $"'{field.Name}' must be one of {string.Join(", ", allowed)}, not '{text}'"));
        }
    }
}
