using Linter.Core.Analysis;
using Linter.Core.Configuration;
using Linter.Core.Diagnostics;

namespace Linter.Core.Tests.Configuration;

public sealed class SeverityConfigurationTests
{
    private const string Path = "corpus/.editorconfig";

    private const string SeverityChoices = "use error, warning, suggestion, silent, none";

    private static readonly RuleDescriptor Typo = Descriptor("CL1001", RuleCategory.Spelling, Severity.Warning);

    private static readonly RuleDescriptor OtherTypo = Descriptor("CL1002", RuleCategory.Spelling, Severity.Suggestion);

    private static readonly RuleDescriptor Widget = Descriptor("CL2001", RuleCategory.Boilerplate, Severity.Warning);

    [Fact]
    public void Without_settings_every_rule_keeps_its_own_severity()
    {
        var configuration = Configure(string.Empty);

        Assert.Same(SeverityConfiguration.Default, configuration);
        Assert.Equal(Severity.Warning, configuration.SeverityOf(Typo));
        Assert.Equal(Severity.Suggestion, configuration.SeverityOf(OtherTypo));
        Assert.Equal(Severity.Error, configuration.SeverityOf(EngineDiagnostics.InvalidUtf8));
    }

    [Fact]
    public void An_all_setting_beats_the_rule_default()
    {
        var configuration = Configure("corpuslint_analyzer_diagnostic.severity = error");

        Assert.Equal(Severity.Error, configuration.SeverityOf(Typo));
        Assert.Equal(Severity.Error, configuration.SeverityOf(OtherTypo));
        Assert.Equal(Severity.Error, configuration.SeverityOf(Widget));
    }

    [Fact]
    public void A_category_setting_beats_an_all_setting()
    {
        var configuration = Configure("""
            corpuslint_analyzer_diagnostic.category-Spelling.severity = silent
            corpuslint_analyzer_diagnostic.severity = error
            """);

        Assert.Equal(Severity.Silent, configuration.SeverityOf(Typo));
        Assert.Equal(Severity.Silent, configuration.SeverityOf(OtherTypo));
        Assert.Equal(Severity.Error, configuration.SeverityOf(Widget));
    }

    [Fact]
    public void An_id_setting_beats_a_category_setting()
    {
        var configuration = Configure("""
            corpuslint_diagnostic.CL1001.severity = none
            corpuslint_analyzer_diagnostic.category-Spelling.severity = error
            corpuslint_analyzer_diagnostic.severity = suggestion
            """);

        Assert.Equal(Severity.None, configuration.SeverityOf(Typo));
        Assert.Equal(Severity.Error, configuration.SeverityOf(OtherTypo));
        Assert.Equal(Severity.Suggestion, configuration.SeverityOf(Widget));
    }

    [Fact]
    public void A_setting_for_another_id_or_category_leaves_a_rule_alone()
    {
        var configuration = Configure("""
            corpuslint_diagnostic.CL1002.severity = error
            corpuslint_analyzer_diagnostic.category-Boilerplate.severity = none
            """);

        Assert.Equal(Severity.Warning, configuration.SeverityOf(Typo));
        Assert.Equal(Severity.Error, configuration.SeverityOf(OtherTypo));
        Assert.Equal(Severity.None, configuration.SeverityOf(Widget));
    }

    [Theory]
    [InlineData("corpuslint_diagnostic.CL1001.severity = error\ncorpuslint_diagnostic.CL1001.severity = silent", Severity.Silent)]
    [InlineData("corpuslint_analyzer_diagnostic.category-Spelling.severity = error\ncorpuslint_analyzer_diagnostic.category-Spelling.severity = suggestion", Severity.Suggestion)]
    [InlineData("corpuslint_analyzer_diagnostic.severity = none\ncorpuslint_analyzer_diagnostic.severity = error", Severity.Error)]
    [InlineData("corpuslint_diagnostic.CL1001.severity = error\ncorpuslint_diagnostic.cl1001.severity = none", Severity.None)]
    public void A_later_setting_overrides_an_earlier_one(string settings, Severity expected)
    {
        var configuration = Configure(settings);

        Assert.Equal(expected, configuration.SeverityOf(Typo));
    }

    [Fact]
    public void A_later_section_overrides_an_earlier_one()
    {
        var file = EditorConfigFile.Parse(Path, """
            root = true
            [*]
            corpuslint_diagnostic.CL1001.severity = error
            [sub/**]
            corpuslint_diagnostic.CL1001.severity = suggestion
            [*.txt]
            corpuslint_diagnostic.CL1001.severity = silent
            """);

        Assert.Equal(Severity.Error, SeverityConfiguration.From(file.PropertiesFor("a.md")).SeverityOf(Typo));
        Assert.Equal(Severity.Suggestion, SeverityConfiguration.From(file.PropertiesFor("sub/a.md")).SeverityOf(Typo));
        Assert.Equal(Severity.Silent, SeverityConfiguration.From(file.PropertiesFor("sub/a.txt")).SeverityOf(Typo));
    }

    [Theory]
    [InlineData("corpuslint_diagnostic.cl1001.severity = error")]
    [InlineData("CORPUSLINT_DIAGNOSTIC.CL1001.SEVERITY = ERROR")]
    [InlineData("corpuslint_diagnostic.Cl1001.severity = Error")]
    [InlineData("corpuslint_analyzer_diagnostic.category-spelling.severity = error")]
    [InlineData("corpuslint_analyzer_diagnostic.Category-SPELLING.severity = eRRor")]
    [InlineData("Corpuslint_Analyzer_Diagnostic.Severity = ERROR")]
    public void Ids_categories_and_values_are_case_insensitive(string setting)
    {
        var configuration = Configure(setting);

        Assert.Empty(SeverityConfiguration.Validate(Parse(setting)));
        Assert.Equal(Severity.Error, configuration.SeverityOf(Typo));
    }

    [Theory]
    [InlineData("error", Severity.Error)]
    [InlineData("warning", Severity.Warning)]
    [InlineData("suggestion", Severity.Suggestion)]
    [InlineData("silent", Severity.Silent)]
    [InlineData("none", Severity.None)]
    public void Every_severity_name_is_a_value(string value, Severity expected)
    {
        var configuration = Configure("corpuslint_diagnostic.CL1002.severity = " + value);

        Assert.Equal(expected, configuration.SeverityOf(OtherTypo));
    }

    [Fact]
    public void The_input_category_sets_the_engine_diagnostics()
    {
        var configuration = Configure("corpuslint_analyzer_diagnostic.category-Input.severity = warning");

        Assert.Equal(Severity.Warning, configuration.SeverityOf(EngineDiagnostics.InvalidUtf8));
        Assert.Equal(Severity.Warning, configuration.SeverityOf(EngineDiagnostics.BinaryFile));
        Assert.Equal(Severity.Warning, configuration.SeverityOf(Typo));
    }

    [Fact]
    public void An_engine_diagnostic_has_an_id_setting_too()
    {
        var configuration = Configure("corpuslint_diagnostic.CL0002.severity = none");

        Assert.Equal(Severity.None, configuration.SeverityOf(EngineDiagnostics.BinaryFile));
        Assert.Equal(Severity.Error, configuration.SeverityOf(EngineDiagnostics.InvalidUtf8));
    }

    [Fact]
    public void A_bad_setting_is_passed_over_and_does_not_undo_an_earlier_one()
    {
        var configuration = Configure("""
            corpuslint_diagnostic.CL1001.severity = error
            corpuslint_diagnostic.CL1001.severity = warnin
            corpuslint_diagnostic.CL1002.severity = loud
            corpuslint_analyzer_diagnostic.category-Spelling.severity = silent
            """);

        Assert.Equal(Severity.Error, configuration.SeverityOf(Typo));
        Assert.Equal(Severity.Silent, configuration.SeverityOf(OtherTypo));
    }

    [Fact]
    public void Keys_of_other_tools_are_ignored()
    {
        const string Text = """
            root = true
            [*]
            dotnet_diagnostic.CA1000.severity = none
            dotnet_analyzer_diagnostic.severity = nonsense
            indent_size = 4
            charset = utf-8
            corpuslint = on
            corpuslint_diagnostic = error
            corpuslint_diagnostics.CL1001.severity = none
            """;
        var file = EditorConfigFile.Parse(Path, Text);

        var errors = SeverityConfiguration.Validate(file);
        var configuration = SeverityConfiguration.From(file.PropertiesFor("a.txt"));

        Assert.Empty(errors);
        Assert.Same(SeverityConfiguration.Default, configuration);
        Assert.Equal(Severity.Warning, configuration.SeverityOf(Typo));
    }

    [Fact]
    public void A_good_file_has_no_errors()
    {
        var file = Parse("""
            corpuslint_diagnostic.CL1001.severity = error
            corpuslint_analyzer_diagnostic.category-Transliteration.severity = suggestion
            corpuslint_analyzer_diagnostic.category-Input.severity = warning
            corpuslint_analyzer_diagnostic.severity = silent
            """);

        Assert.Empty(SeverityConfiguration.Validate(file));
    }

    [Fact]
    public void A_bad_value_is_an_error_at_the_value()
    {
        var file = Parse("corpuslint_diagnostic.CL1001.severity = warnin");

        var error = Assert.Single(SeverityConfiguration.Validate(file));

        Assert.Equal(new SourceLocation(Path, 3, 41), error.Location);
        Assert.Equal("'warnin' is not a severity; " + SeverityChoices, error.Message);
        Assert.Equal("corpus/.editorconfig(3,41): error: 'warnin' is not a severity; " + SeverityChoices, error.ToString());
    }

    [Theory]
    [InlineData("corpuslint_analyzer_diagnostic.category-Spelling.severity =  Fatal ", "'Fatal' is not a severity; " + SeverityChoices, 62)]
    [InlineData("  corpuslint_analyzer_diagnostic.severity=warning:error", "'warning:error' is not a severity; " + SeverityChoices, 43)]
    [InlineData("corpuslint_diagnostic.CL1001.severity =", "'' is not a severity; " + SeverityChoices, 40)]
    [InlineData("corpuslint_diagnostic.CL1001.severity = true", "'true' is not a severity; " + SeverityChoices, 41)]
    public void Every_scope_checks_its_value(string line, string message, int column)
    {
        var file = Parse(line);

        var error = Assert.Single(SeverityConfiguration.Validate(file));

        Assert.Equal(new SourceLocation(Path, 3, column), error.Location);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("corpuslint_diagnostic.CL1001.severit = error", 1)]
    [InlineData("  corpuslint_diagnostic.CL1001.severit = error", 3)]
    [InlineData("corpuslint_diagnostic.CL1001 = error", 1)]
    [InlineData("corpuslint_diagnostic.severity = error", 1)]
    [InlineData("corpuslint_diagnostic.CL.severity = error", 1)]
    [InlineData("corpuslint_analyzer_diagnostic.category.severity = error", 1)]
    [InlineData("corpuslint_analyzer_diagnostic.severity.CL1001 = error", 1)]
    public void A_malformed_key_is_an_error_at_the_key(string line, int column)
    {
        var file = Parse(line);

        var error = Assert.Single(SeverityConfiguration.Validate(file));

        var key = line.Split('=')[0].Trim().ToLowerInvariant();
        Assert.Equal(new SourceLocation(Path, 3, column), error.Location);
        Assert.Equal(
            $"'{key}' is not a setting of corpuslint; use corpuslint_diagnostic.ID.severity, corpuslint_analyzer_diagnostic.category-NAME.severity or corpuslint_analyzer_diagnostic.severity",
            error.Message);
    }

    [Fact]
    public void A_misspelled_severity_suffix_is_reported_exactly()
    {
        var file = Parse("corpuslint_diagnostic.CL1001.severit = error");

        var error = Assert.Single(SeverityConfiguration.Validate(file));

        Assert.Equal(
            "corpus/.editorconfig(3,1): error: 'corpuslint_diagnostic.cl1001.severit' is not a setting of corpuslint; use corpuslint_diagnostic.ID.severity, corpuslint_analyzer_diagnostic.category-NAME.severity or corpuslint_analyzer_diagnostic.severity",
            error.ToString());
    }

    [Fact]
    public void An_unknown_category_is_an_error_at_the_key()
    {
        var file = Parse("    corpuslint_analyzer_diagnostic.category-Style.severity = error");

        var error = Assert.Single(SeverityConfiguration.Validate(file));

        Assert.Equal(
            "corpus/.editorconfig(3,5): error: 'style' is not a category; use one of Boilerplate, Duplication, Transliteration, Spelling, Formatting, Input",
            error.ToString());
    }

    [Fact]
    public void An_unknown_category_with_a_bad_value_is_one_error_at_the_key()
    {
        var file = Parse("corpuslint_analyzer_diagnostic.category-Style.severity = loud");

        var error = Assert.Single(SeverityConfiguration.Validate(file));

        Assert.Equal(new SourceLocation(Path, 3, 1), error.Location);
        Assert.StartsWith("'style' is not a category", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_setting_of_every_section_is_reported_in_file_order()
    {
        var file = EditorConfigFile.Parse(Path, """
            root = true
            [*.txt]
            corpuslint_diagnostic.CL1001.severity = warnin
            indent_size = 4
            [never/matched/**]
            corpuslint_analyzer_diagnostic.category-Style.severity = error
            corpuslint_diagnostic.CL1001.severit = error
            corpuslint_diagnostic.CL1001.severity = error
            """);

        var errors = SeverityConfiguration.Validate(file).Select(error => error.Location).ToList();

        Assert.Equal([new SourceLocation(Path, 3, 41), new SourceLocation(Path, 6, 1), new SourceLocation(Path, 7, 1)], errors);
    }

    private static RuleDescriptor Descriptor(string id, string category, Severity severity) =>
        new(id, "substitution", "Test rule", MessageTemplate.Parse("'{match}'", "match"), category, severity);

    /// <summary>An .editorconfig whose second line opens a <c>[*]</c> section, followed by <paramref name="settings"/>.</summary>
    private static EditorConfigFile Parse(string settings) => EditorConfigFile.Parse(Path, "root = true\n[*]\n" + settings + "\n");

    private static SeverityConfiguration Configure(string settings) => SeverityConfiguration.From(Parse(settings).PropertiesFor("a.txt"));
}
