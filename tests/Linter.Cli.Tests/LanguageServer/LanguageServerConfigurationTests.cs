using Linter.Cli.LanguageServer;
using static Linter.Cli.Tests.TestRules;

namespace Linter.Cli.Tests.LanguageServer;

/// <summary>The language server finds each document's .corpuslint.yaml as check does, so editor and command line agree.</summary>
public sealed class LanguageServerConfigurationTests
{
    private const string Text = "بوينغ يانغ\n";

    [Fact]
    public async Task Each_document_is_linted_with_the_configuration_above_it_as_check_lints_it()
    {
        using var folder = new TempFolder();
        folder.Write("project/.corpuslint.yaml", "rules: [rules]\nshipped_rules: false\n");
        folder.Write("project/rules/typos.yaml", TypoRule);
        var configured = folder.Write("project/corpus/a.txt", Text);
        var plain = folder.Write("other/b.txt", Text);
        var check = await CliRunner.RunAsync(Path.Combine(folder.Path, "project", "corpus"), "check", "a.txt");

        // No --rules: the workspace is the folder above both, which has no configuration of its own.
        await using var client = await LspTestClient.StartAsync(folder.Path, rules: []);
        await client.OpenAsync(LspTestClient.Uri(configured), Text);
        await client.OpenAsync(LspTestClient.Uri(plain), Text);
        var inProject = await client.DiagnosticsAsync(LspTestClient.Uri(configured), 1);
        var outside = await client.DiagnosticsAsync(LspTestClient.Uri(plain), 1);

        Assert.StartsWith("a.txt(1,1): warning XX1001: ", check.Output, StringComparison.Ordinal);
        Assert.Equal(["XX1001"], inProject.Diagnostics.Select(d => d.Code));
        Assert.Equal(["CL4001"], outside.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public async Task An_error_in_the_configuration_is_shown_on_it_at_its_line_and_column()
    {
        using var folder = new TempFolder();
        var configuration = folder.Write(".corpuslint.yaml", "rules: [rules]\nshiped_rules: false\n");
        folder.Write("rules/typos.yaml", TypoRule);
        var document = folder.Write("a.txt", Text);

        await using var client = await LspTestClient.StartAsync(folder.Path, rules: []);
        await client.OpenAsync(LspTestClient.Uri(document), Text);
        var errors = await client.DiagnosticsAsync(LspTestClient.Uri(configuration), p => p.Diagnostics.Count > 0);

        var error = Assert.Single(errors.Diagnostics);
        Assert.Equal(new LspRange(new LspPosition(1, 0), new LspPosition(1, 0)), error.Range);
        Assert.StartsWith("unknown setting 'shiped_rules'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_of_the_configuration_file_lints_open_documents_again()
    {
        using var folder = new TempFolder();
        var configuration = folder.Write(".corpuslint.yaml", "rules: [rules]\nshipped_rules: false\n");
        folder.Write("rules/typos.yaml", TypoRule);
        var document = folder.Write("a.txt", Text);
        await using var client = await LspTestClient.StartAsync(folder.Path, rules: []);
        await client.OpenAsync(LspTestClient.Uri(document), Text);
        var before = await client.DiagnosticsAsync(LspTestClient.Uri(document), 1);

        await File.WriteAllTextAsync(configuration, "rules: [rules]\n");
        var after = await client.DiagnosticsAsync(LspTestClient.Uri(document), p => p.Diagnostics.Count == 2);

        Assert.Equal(["XX1001"], before.Diagnostics.Select(d => d.Code));
        Assert.Equal(["CL4001", "XX1001"], after.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
    }
}
