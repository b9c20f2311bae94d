using Linter.Core.Diagnostics;
using Linter.Core.Rules;
using Linter.Core.Text;

namespace Linter.Core.Configuration;

/// <summary>
/// The encoding .editorconfig gives documents without a byte order mark: <c>corpuslint_encoding = utf-8</c>,
/// <c>windows-1256</c>, <c>iso-8859-6</c> or <c>auto</c>. EditorConfig's own <c>charset</c> has no value for the
/// Arabic code pages, so the setting is this tool's.
/// </summary>
public static class EncodingConfiguration
{
    /// <summary>The key of the setting.</summary>
    public const string Key = "corpuslint_encoding";

    /// <summary>
    /// The encoding the properties that apply to one document set, in the order they take effect (the last one
    /// wins); null when none sets one. Values that <see cref="Validate"/> rejects are passed over.
    /// </summary>
    public static EncodingSetting? From(IEnumerable<EditorConfigProperty> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        EncodingSetting? encoding = null;
        foreach (var property in properties.Where(property => property.Key == Key))
        {
            encoding = TextEncodings.ParseSetting(property.Value) ?? encoding;
        }

        return encoding;
    }

    /// <summary>Every <c>corpuslint_encoding</c> property in <paramref name="file"/> whose value is not an encoding, with its position.</summary>
    public static IEnumerable<RuleFileError> Validate(EditorConfigFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Sections
            .SelectMany(section => section.Properties)
            .Where(property => property.Key == Key && TextEncodings.ParseSetting(property.Value) is null)
            .Select(property => new RuleFileError(
                new SourceLocation(file.Path, property.Line, property.ValueColumn),
                $"'{property.Value}' is not an encoding; use {string.Join(", ", TextEncodings.SettingNames)}"));
    }
}
