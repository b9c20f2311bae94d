using System.Text.RegularExpressions;
using Linter.Core.Diagnostics;
using Linter.Core.Rules;

namespace Linter.Core.Configuration;

/// <summary>
/// Severities configured in .editorconfig, with the keys of Roslyn's <c>dotnet_diagnostic</c> under this tool's
/// prefix: <c>corpuslint_diagnostic.ID.severity</c> beats <c>corpuslint_analyzer_diagnostic.category-NAME.severity</c>,
/// which beats <c>corpuslint_analyzer_diagnostic.severity</c>, which beats the rule's own severity.
/// </summary>
public sealed partial class SeverityConfiguration
{
    /// <summary>No settings: every rule keeps its own severity.</summary>
    public static readonly SeverityConfiguration Default = new(new(StringComparer.OrdinalIgnoreCase), new(StringComparer.OrdinalIgnoreCase), null);

    private readonly Dictionary<string, Severity> _byId;
    private readonly Dictionary<string, Severity> _byCategory;
    private readonly Severity? _all;

    private SeverityConfiguration(Dictionary<string, Severity> byId, Dictionary<string, Severity> byCategory, Severity? all)
    {
        _byId = byId;
        _byCategory = byCategory;
        _all = all;
    }

    /// <summary>The severity of <paramref name="descriptor"/> under these settings.</summary>
    public Severity SeverityOf(RuleDescriptor descriptor) =>
        _byId.TryGetValue(descriptor.Id, out var byId) ? byId
        : _byCategory.TryGetValue(descriptor.Category, out var byCategory) ? byCategory
        : _all ?? descriptor.DefaultSeverity;

    /// <summary>
    /// The settings of the properties that apply to one document, in the order they take effect. Properties that
    /// are not this tool's, or that <see cref="Validate"/> rejects, are passed over.
    /// </summary>
    public static SeverityConfiguration From(IEnumerable<EditorConfigProperty> properties)
    {
        Dictionary<string, Severity>? byId = null;
        Dictionary<string, Severity>? byCategory = null;
        Severity? all = null;
        foreach (var property in properties)
        {
            if (Read(property) is not { } setting || setting.Error is not null)
            {
                continue;
            }

            switch (setting.Scope)
            {
                case SettingScope.Id:
                    (byId ??= new(StringComparer.OrdinalIgnoreCase))[setting.Name] = setting.Severity;
                    break;
                case SettingScope.Category:
                    (byCategory ??= new(StringComparer.OrdinalIgnoreCase))[setting.Name] = setting.Severity;
                    break;
                default:
                    all = setting.Severity;
                    break;
            }
        }

        return byId is null && byCategory is null && all is null
            ? Default
            : new SeverityConfiguration(byId ?? Default._byId, byCategory ?? Default._byCategory, all);
    }

    /// <summary>Every property of this tool's in <paramref name="file"/> that has a bad key or value, with its position.</summary>
    public static IEnumerable<RuleFileError> Validate(EditorConfigFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        foreach (var section in file.Errors)
        {
            yield return new RuleFileError(new SourceLocation(file.Path, section.Line, section.KeyColumn), section.Value);
        }

        foreach (var property in file.Sections.SelectMany(section => section.Properties))
        {
            if (Read(property)?.Error is { } error)
            {
                yield return new RuleFileError(new SourceLocation(file.Path, property.Line, error.Column), error.Message);
            }
        }
    }

    private enum SettingScope
    {
        Id,
        Category,
        All,
    }

    private sealed record Setting(SettingScope Scope, string Name, Severity Severity, (int Column, string Message)? Error);

    /// <summary>This tool's setting in a property, or null when the property is another tool's.</summary>
    private static Setting? Read(EditorConfigProperty property)
    {
        const string IdPrefix = "corpuslint_diagnostic.";
        const string AnalyzerPrefix = "corpuslint_analyzer_diagnostic.";
        var key = property.Key;
        if (!key.StartsWith(IdPrefix, StringComparison.Ordinal) && !key.StartsWith(AnalyzerPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var keyError = ((int Column, string Message)?)(property.KeyColumn, $"'{key}' is not a setting of corpuslint; use corpuslint_diagnostic.ID.severity, corpuslint_analyzer_diagnostic.category-NAME.severity or corpuslint_analyzer_diagnostic.severity");
        var (scope, name) = (SettingScope.All, string.Empty);
        if (IdKey().Match(key) is { Success: true } idKey)
        {
            (scope, name) = (SettingScope.Id, idKey.Groups[1].Value.ToUpperInvariant());
        }
        else if (CategoryKey().Match(key) is { Success: true } categoryKey)
        {
            var category = RuleCategory.RuleFileCategories.Append(RuleCategory.Input)
                .FirstOrDefault(c => c.Equals(categoryKey.Groups[1].Value, StringComparison.OrdinalIgnoreCase));
            if (category is null)
            {
                return new Setting(SettingScope.Category, string.Empty, default, (property.KeyColumn, $"'{categoryKey.Groups[1].Value}' is not a category; use one of {string.Join(", ", RuleCategory.RuleFileCategories.Append(RuleCategory.Input))}"));
            }

            (scope, name) = (SettingScope.Category, category);
        }
        else if (key != AnalyzerPrefix + "severity")
        {
            return new Setting(SettingScope.All, string.Empty, default, keyError);
        }

        var value = property.Value.ToLowerInvariant();
        return SeverityNames.TryParse(value, out var severity)
            ? new Setting(scope, name, severity, null)
            : new Setting(scope, name, default, (property.ValueColumn, $"'{property.Value}' is not a severity; use {string.Join(", ", SeverityNames.All)}"));
    }

    [GeneratedRegex(@"^corpuslint_diagnostic\.([a-z][a-z0-9]*[0-9]{3,})\.severity$", RegexOptions.CultureInvariant)]
    private static partial Regex IdKey();

    [GeneratedRegex(@"^corpuslint_analyzer_diagnostic\.category-([a-z]+)\.severity$", RegexOptions.CultureInvariant)]
    private static partial Regex CategoryKey();
}
