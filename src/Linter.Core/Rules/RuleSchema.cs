using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Linter.Core.Rules;

/// <summary>
/// Generates the JSON Schema of the rule-file format from the same field tables the loader enforces, so editors
/// can complete and check rule files and the schema can never disagree with the loader.
/// </summary>
public static class RuleSchema
{
    /// <summary>The published file name, next to the rule files.</summary>
    public const string FileName = "corpuslint-rules.schema.json";

    /// <summary>The schema as indented JSON with a final newline.</summary>
    public static string Generate()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            writer.WriteString("title", "corpuslint rule file");
            writer.WriteString("type", "object");
            writer.WriteStartArray("required");
            writer.WriteStringValue("rules");
            writer.WriteEndArray();
            writer.WriteBoolean("additionalProperties", false);
            writer.WriteStartObject("properties");
            writer.WriteStartObject("rules");
            writer.WriteString("description", "The rules this file defines.");
            writer.WriteString("type", "array");
            writer.WriteStartObject("items");
            writer.WriteStartArray("oneOf");
            foreach (var kind in RuleKinds.All)
            {
                writer.WriteStartObject();
                writer.WriteString("$ref", "#/definitions/" + kind.Name);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartObject("definitions");
            foreach (var kind in RuleKinds.All)
            {
                writer.WritePropertyName(kind.Name);
                WriteObject(writer, kind.Summary, [.. CommonFields.All, .. kind.Fields], kind.Name);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteObject(Utf8JsonWriter writer, string description, IReadOnlyList<FieldSpec> fields, string? kind)
    {
        writer.WriteStartObject();
        writer.WriteString("description", description);
        writer.WriteString("type", "object");
        writer.WriteStartArray("required");
        foreach (var field in fields.Where(f => f.Required))
        {
            writer.WriteStringValue(field.Name);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteStartObject("properties");
        foreach (var field in fields)
        {
            writer.WritePropertyName(field.Name);
            if (field.Name == "kind" && kind is not null)
            {
                writer.WriteStartObject();
                writer.WriteString("description", field.Description);
                writer.WriteStartArray("enum");
                writer.WriteStringValue(kind);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            else
            {
                WriteField(writer, field);
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter writer, FieldSpec field)
    {
        switch (field.Type)
        {
            case FieldType.Object:
                WriteObject(writer, field.Description, field.Fields!, null);
                return;
            case FieldType.ObjectList:
                writer.WriteStartObject();
                writer.WriteString("description", field.Description);
                writer.WriteString("type", "array");
                writer.WritePropertyName("items");
                WriteObject(writer, field.Description, field.Fields!, null);
                writer.WriteEndObject();
                return;
        }

        writer.WriteStartObject();
        writer.WriteString("description", field.Description);
        switch (field.Type)
        {
            case FieldType.String:
                writer.WriteString("type", "string");
                if (field.Name == "id")
                {
                    writer.WriteString("pattern", CommonFields.IdPattern);
                }
                else if (field.Name == CommonFields.HelpUri.Name)
                {
                    writer.WriteString("format", "uri");
                    writer.WriteString("pattern", CommonFields.HelpUriPattern);
                }

                WriteEnum(writer, field.AllowedValues);
                break;
            case FieldType.Integer:
                writer.WriteString("type", "integer");
                if (field.Minimum is { } minimum)
                {
                    writer.WriteNumber("minimum", minimum);
                }

                if (field.Maximum is { } maximum)
                {
                    writer.WriteNumber("maximum", maximum);
                }

                break;
            case FieldType.StringList:
                writer.WriteString("type", "array");
                writer.WriteStartObject("items");
                writer.WriteString("type", "string");
                writer.WriteNumber("minLength", 1);
                WriteEnum(writer, field.AllowedValues);
                writer.WriteEndObject();
                break;
            case FieldType.StringMap:
                writer.WriteString("type", "object");
                writer.WriteStartObject("additionalProperties");
                writer.WriteString("type", "string");
                writer.WriteNumber("minLength", 1);
                writer.WriteEndObject();
                break;
            default:
                throw new InvalidOperationException($"unhandled field type {field.Type}");
        }

        writer.WriteEndObject();
    }

    private static void WriteEnum(Utf8JsonWriter writer, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray("enum");
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
