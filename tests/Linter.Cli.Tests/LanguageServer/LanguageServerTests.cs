using System.Text.Json;
using Linter.Cli.LanguageServer;
using Linter.Core.Rules;
using Linter.Core.Pipeline;

namespace Linter.Cli.Tests.LanguageServer;

/// <summary>The language server's message handling, through a client over the protocol's framing, on real text.</summary>
public sealed class LanguageServerTests
{
    private const string SeedName = "001_698cf3f044971efa.txt";

    /// <summary>Arabic with a shadda (a combining mark), a Latin e with a combining acute and an emoji (a surrogate pair), on one line.</summary>
    private const string MixedLine = "😀 قمّة e\u0301 وبيونجيانج 15سبتمبر";

    private static string Seed => File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "seeds", SeedName));

    [Fact]
    public async Task Initialize_announces_utf16_positions_incremental_sync_code_actions_and_hover()
    {
        using var folder = new TempFolder();
        await using var client = await LspTestClient.StartAsync(folder.Path);

        var capabilities = client.Initialized!.Capabilities;
        Assert.Equal("utf-16", capabilities.PositionEncoding);
        Assert.Equal(new TextDocumentSyncOptions(true, 2), capabilities.TextDocumentSync);
        Assert.Equal(["quickfix", "source.fixAll.corpuslint"], capabilities.CodeActionProvider.CodeActionKinds);
        Assert.True(capabilities.HoverProvider);
        Assert.Equal("corpuslint", client.Initialized.ServerInfo.Name);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_exit_code_1()
    {
        using var folder = new TempFolder();
        await using var client = await LspTestClient.StartAsync(folder.Path);

        await client.NotifyAsync("exit", new { });

        Assert.Equal(1, await client.Server.Completion.WaitAsync(LspTestClient.Timeout));
    }

    [Fact]
    public async Task Once_the_server_has_stopped_it_writes_nothing_more_in_the_workspace()
    {
        using var folder = new TempFolder();
        var pages = Path.Combine(folder.Path, ".pages");
        folder.WriteRules("many.yaml", ManySwaps(100_000));

        // While the server loads the rules it started with, a file changes (so they are to be loaded again, which
        // writes their pages), and the client goes away.
        var client = await LspTestClient.StartAsync(folder.Path, rules: []);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesParams([new FileEvent(client.UriOf("rules/many.yaml"), 2)]));
        await client.HoverAsync(client.UriOf("a.txt"), 0, 0); // answered, so the change before it was taken
        await client.DisposeAsync();
        if (Directory.Exists(pages))
        {
            Directory.Delete(pages, recursive: true);
        }

        // Longer than a load takes.
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.False(Directory.Exists(pages), "the server wrote the rules' pages after it stopped");
    }

    /// <summary>A substitution rule with <paramref name="count"/> swaps: half a second or so to load.</summary>
    private static string ManySwaps(int count) =>
        "rules:\n  - id: XX1001\n    kind: substitution\n    title: Many swaps\n    message: \"'{match}' should be '{suggestion}'\"\n    category: Spelling\n    severity: warning\n    swap:\n"
        + string.Concat(Enumerable.Range(0, count).Select(i => $"      w{i}x: w{i}y\n"));

    [Fact]
    public async Task Opening_a_seed_publishes_the_diagnostics_check_reports_with_ids_messages_positions_and_severities()
    {
        using var folder = new TempFolder();
        var path = folder.Write(SeedName, Seed);
        var check = await CliRunner.RunAsync(folder.Path, "check", SeedName, "--format", "json", "--rules", Path.Combine(CliRunner.RepositoryRoot, "rules"));
        var expected = JsonDocument.Parse(check.Output).RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (
                Id: d.GetProperty("id").GetString(),
                Message: d.GetProperty("message").GetString()!,
                Range: new LspRange(
                    new LspPosition(d.GetProperty("line").GetInt32() - 1, d.GetProperty("column").GetInt32() - 1),
                    new LspPosition(d.GetProperty("endLine").GetInt32() - 1, d.GetProperty("endColumn").GetInt32() - 1)),
                Severity: d.GetProperty("severity").GetString() switch { "error" => 1, "warning" => 2, "suggestion" => 3, _ => 4 }))
            .ToList();
        Assert.Equal(14, expected.Count);
        await using var client = await LspTestClient.StartAsync(folder.Path);

        await client.OpenAsync(LspTestClient.Uri(path), Seed);
        var published = await client.DiagnosticsAsync(LspTestClient.Uri(path), 1);

        Assert.Equal(expected, published.Diagnostics.Select(d => (d.Code, d.Message, d.Range, d.Severity)).ToList());
        Assert.All(published.Diagnostics, d => Assert.Equal("corpuslint", d.Source));
        var first = published.Diagnostics[0];
        Assert.Equal("CL1003", first.Code);
        Assert.Equal(new LspRange(new LspPosition(0, 0), new LspPosition(0, 11)), first.Range);
        Assert.Equal("Section label left above the article: «سياسة دولية»", first.Message);
        Assert.Equal(2, first.Severity);
        Assert.Equal(3, published.Diagnostics.First(d => d.Code == "CL3001").Severity);
    }

    [Fact]
    public async Task Each_diagnostic_links_the_page_of_its_rule_generated_from_the_rules_loaded()
    {
        using var folder = new TempFolder();
        var path = folder.Write(SeedName, Seed);
        await using var client = await LspTestClient.StartAsync(folder.Path);

        await client.OpenAsync(LspTestClient.Uri(path), Seed);
        var diagnostic = (await client.DiagnosticsAsync(LspTestClient.Uri(path), 1)).Diagnostics.First(d => d.Code == "CL2001");

        var page = new Uri(diagnostic.CodeDescription!.Href).LocalPath;
        Assert.Equal(Path.Combine(folder.Path, ".pages", "CL2001.md"), page);
        var rules = RuleLoader.Load([new RuleFile("duplication.yaml", File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "rules", "duplication.yaml")))], checkExamples: false).RuleSet!;
        var rule = rules.Rules.Single(r => r.Descriptor.Id == "CL2001");
        Assert.Equal(RuleDocumentation.Page(rule, rule.Descriptor), File.ReadAllText(page));
    }

    [Fact]
    public async Task A_rule_with_help_uri_links_that_address()
    {
        using var folder = new TempFolder();
        var rules = folder.WriteRules("typo.yaml", TestRules.TypoRule + "\n    help_uri: https://example.org/rules/XX1001\n");
        var path = folder.Write("a.txt", "زار بوينغ يانغ\n");
        await using var client = await LspTestClient.StartAsync(folder.Path, [rules]);

        await client.OpenAsync(LspTestClient.Uri(path), File.ReadAllText(path));

        var diagnostic = Assert.Single((await client.DiagnosticsAsync(LspTestClient.Uri(path), 1)).Diagnostics);
        Assert.Equal("https://example.org/rules/XX1001", diagnostic.CodeDescription!.Href);
    }

    [Fact]
    public async Task Positions_count_utf16_code_units_past_an_emoji_and_combining_marks()
    {
        using var folder = new TempFolder();
        var text = "في شمال آسيا\n" + MixedLine + "\n";
        var path = folder.Write("mixed.txt", text);
        await using var client = await LspTestClient.StartAsync(folder.Path);

        await client.OpenAsync(LspTestClient.Uri(path), text);
        var diagnostics = (await client.DiagnosticsAsync(LspTestClient.Uri(path), 1)).Diagnostics;

        // 😀 is two code units, ّ and ́ one each: بيونجيانج (after the clitic و) starts at 12, the glued 5س at 23.
        Assert.Equal(
            [
                ("CL3001", new LspRange(new LspPosition(1, 12), new LspPosition(1, 21))),
                ("CL5001", new LspRange(new LspPosition(1, 23), new LspPosition(1, 25))),
            ],
            diagnostics.Select(d => (d.Code!, d.Range)).ToList());
        var fix = (await client.CodeActionsAsync(LspTestClient.Uri(path), new LspRange(new LspPosition(1, 24), new LspPosition(1, 24)), "quickfix"))[0];
        Assert.Equal("Fix: Replace with '5 س'", fix.Title);
        Assert.Equal("في شمال آسيا\n😀 قمّة e\u0301 وبيونجيانج 15 سبتمبر\n", LspTestClient.Apply(text, LspTestClient.EditsOf(fix.Edit, LspTestClient.Uri(path))));
    }

    [Fact]
    public async Task Incremental_and_full_changes_are_applied_in_order_and_linted_again()
    {
        using var folder = new TempFolder();
        var uri = LspTestClient.Uri(Path.Combine(folder.Path, "a.txt"));
        await using var client = await LspTestClient.StartAsync(folder.Path);
        await client.OpenAsync(uri, "😀 زار بيونغ يانغ\n");
        Assert.Empty((await client.DiagnosticsAsync(uri, 1)).Diagnostics);

        // Two changes in one notification, the second's position in the text the first left: بيونغ becomes the
        // misspelling بوينغ, then ثم goes before زار, after the emoji (two code units).
        await client.ChangeAsync(
            uri,
            2,
            new TextDocumentContentChangeEvent(new LspRange(new LspPosition(0, 8), new LspPosition(0, 10)), "وي"),
            new TextDocumentContentChangeEvent(new LspRange(new LspPosition(0, 3), new LspPosition(0, 3)), "ثم "));
        var after = Assert.Single((await client.DiagnosticsAsync(uri, 2)).Diagnostics);
        Assert.Equal(("CL4001", new LspRange(new LspPosition(0, 10), new LspPosition(0, 20))), (after.Code, after.Range));

        // The whole text, as a client without incremental sync sends it.
        await client.ChangeAsync(uri, 3, new TextDocumentContentChangeEvent(null, "زار بوينغ يانغ\n"));
        var full = Assert.Single((await client.DiagnosticsAsync(uri, 3)).Diagnostics);
        Assert.Equal(("CL4001", new LspRange(new LspPosition(0, 4), new LspPosition(0, 14))), (full.Code, full.Range));
    }

    [Fact]
    public async Task Quick_fixes_fix_one_finding_all_of_its_rule_or_everything_as_corpuslint_fix_does()
    {
        using var folder = new TempFolder();
        var path = folder.Write(SeedName, Seed);
        var uri = LspTestClient.Uri(path);
        await using var client = await LspTestClient.StartAsync(folder.Path, versionedEdits: true);
        await client.OpenAsync(uri, Seed, version: 7);
        await client.DiagnosticsAsync(uri, 7);

        // On the first CL1001 (a widget line, line 13): its own fix, every CL1001, and everything.
        var actions = await client.CodeActionsAsync(uri, new LspRange(new LspPosition(12, 3), new LspPosition(12, 3)));

        Assert.Equal(["Fix: Delete the line", "Fix all CL1001 in the file", "Fix all in the file"], actions.Select(a => a.Title).ToArray());
        Assert.Equal(["quickfix", "quickfix", "source.fixAll.corpuslint"], actions.Select(a => a.Kind).ToArray());
        Assert.Equal("CL1001", Assert.Single(actions[0].Diagnostics!).Code);
        Assert.All(actions, a => Assert.Equal(new VersionedTextDocumentIdentifier(uri, 7), Assert.Single(a.Edit.DocumentChanges!).TextDocument));
        var lines = Seed.Split('\n');
        var one = LspTestClient.Apply(Seed, LspTestClient.EditsOf(actions[0].Edit, uri));
        Assert.Equal(string.Join('\n', lines[..12].Concat(lines[13..])), one);
        var ofRule = LspTestClient.Apply(Seed, LspTestClient.EditsOf(actions[1].Edit, uri));
        Assert.DoesNotContain("اظهار أخبار متعلقة", ofRule, StringComparison.Ordinal);
        Assert.Contains("وصل زعيم كوريا الشمالية إلى روسيا عبر قطاره المصفح- جيتي", ofRule, StringComparison.Ordinal);
        var all = LspTestClient.Apply(Seed, LspTestClient.EditsOf(actions[2].Edit, uri));
        Assert.Equal(File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "tests", "Linter.Cli.Tests", "Golden", "seeds-fixed", SeedName)), all);
    }

    [Fact]
    public async Task Code_actions_honour_the_kinds_asked_for()
    {
        using var folder = new TempFolder();
        var path = folder.Write(SeedName, Seed);
        var uri = LspTestClient.Uri(path);
        await using var client = await LspTestClient.StartAsync(folder.Path);
        await client.OpenAsync(uri, Seed);
        await client.DiagnosticsAsync(uri, 1);
        var start = new LspRange(new LspPosition(0, 0), new LspPosition(0, 0));

        Assert.Equal(["Fix all in the file"], (await client.CodeActionsAsync(uri, start, "source")).Select(a => a.Title));
        Assert.Equal(["Fix: Delete the line", "Fix all CL1003 in the file"], (await client.CodeActionsAsync(uri, start, "quickfix")).Select(a => a.Title));

        // Changes by URI for a client that does not take versioned edits.
        var edit = (await client.CodeActionsAsync(uri, start, "quickfix"))[0].Edit;
        Assert.Null(edit.DocumentChanges);
        Assert.Equal(new LspRange(new LspPosition(0, 0), new LspPosition(1, 0)), Assert.Single(edit.Changes![uri]).Range);
    }

    [Fact]
    public async Task Hover_on_a_finding_shows_its_rule_description_and_nothing_elsewhere()
    {
        using var folder = new TempFolder();
        var path = folder.Write(SeedName, Seed);
        var uri = LspTestClient.Uri(path);
        await using var client = await LspTestClient.StartAsync(folder.Path);
        await client.OpenAsync(uri, Seed);
        await client.DiagnosticsAsync(uri, 1);

        var hover = await client.HoverAsync(uri, 5, 10);

        Assert.NotNull(hover);
        Assert.Equal("markdown", hover.Contents.Kind);
        Assert.StartsWith("**CL2001: Repeated line or block**\n\n", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Contains("Fix: ", hover.Contents.Value, StringComparison.Ordinal);
        Assert.Equal(new LspRange(new LspPosition(5, 0), new LspPosition(5, 56)), hover.Range);
        Assert.Null(await client.HoverAsync(uri, 2, 5));
    }

    [Fact]
    public async Task A_jsonl_buffer_is_linted_record_by_record_with_positions_in_the_escaped_line()
    {
        using var folder = new TempFolder();
        const string text = """
            {"id": "a1", "text": "\"خبر\"\n\u0632ار بوينغ يانغ 😀"}
            not json
            {"text": "زار بوينغ يانغ"}

            """;
        var path = folder.Write("news.jsonl", text);
        var uri = LspTestClient.Uri(path);
        await using var client = await LspTestClient.StartAsync(folder.Path);

        await client.OpenAsync(uri, text, languageId: "jsonl");
        var diagnostics = (await client.DiagnosticsAsync(uri, 1)).Diagnostics;

        // In the line, \" and \n are two characters each and \u0632 six, where the text has one: بوينغ is at 40, not 32.
        Assert.Equal(
            [
                ("CL4001", new LspRange(new LspPosition(0, 40), new LspPosition(0, 50))),
                ("CL0006", new LspRange(new LspPosition(1, 0), new LspPosition(1, 0))),
                ("CL4001", new LspRange(new LspPosition(2, 14), new LspPosition(2, 24))),
            ],
            diagnostics.Select(d => (d.Code!, d.Range)).ToList());
        var check = await CliRunner.RunAsync(folder.Path, "check", "news.jsonl", "--format", "json", "--rules", Path.Combine(CliRunner.RepositoryRoot, "rules"));
        Assert.Equal(
            JsonDocument.Parse(check.Output).RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => (d.GetProperty("id").GetString(), d.GetProperty("message").GetString())),
            diagnostics.Select(d => (d.Code, (string?)d.Message)));
        var fix = (await client.CodeActionsAsync(uri, diagnostics[0].Range, "quickfix"))[0];
        var fixedText = LspTestClient.Apply(text, LspTestClient.EditsOf(fix.Edit, uri));
        Assert.Equal("\"خبر\"\nزار بيونغ يانغ 😀", JsonDocument.Parse(fixedText.Split('\n')[0]).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_rule_scoped_by_files_runs_on_the_records_of_the_corpus_file_it_names_as_check_runs_it()
    {
        using var folder = new TempFolder();
        folder.WriteRules("scoped.yaml", """
            rules:
              - id: XX1001
                kind: boilerplate
                title: Wire sign-off
                message: "The wire sign-off '{match}' is left over."
                category: Boilerplate
                severity: warning
                files: ["wire/*.jsonl"]
                phrases: ["انتهى الخبر"]
            """);
        const string text = "{\"id\": \"a\", \"text\": \"خبر قصير.\\nانتهى الخبر\"}\n";
        var wire = LspTestClient.Uri(folder.Write("wire/news.jsonl", text));
        var other = LspTestClient.Uri(folder.Write("other/news.jsonl", text));
        await using var client = await LspTestClient.StartAsync(folder.Path, rules: [Path.Combine(folder.Path, "rules")]);

        await client.OpenAsync(wire, text, languageId: "jsonl");
        await client.OpenAsync(other, text, languageId: "jsonl");
        var inWire = (await client.DiagnosticsAsync(wire, 1)).Diagnostics;
        var inOther = (await client.DiagnosticsAsync(other, 1)).Diagnostics;

        Assert.Equal([("XX1001", new LspRange(new LspPosition(0, 32), new LspPosition(0, 43)))], inWire.Select(d => (d.Code!, d.Range)).ToList());
        Assert.Empty(inOther);
        var check = await CliRunner.RunAsync(folder.Path, "check", "wire", "other", "--format", "json", "--rules", "rules");
        Assert.Equal(
            ["wire/news.jsonl#a"],
            JsonDocument.Parse(check.Output).RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("path").GetString()));
    }

    [Fact]
    public async Task A_lone_surrogate_escape_in_a_jsonl_buffer_is_a_finding_on_its_record()
    {
        using var folder = new TempFolder();
        const string text = "{\"id\": \"a\\ud800\", \"text\": \"x\"}\n{\"text\": \"زار بوينغ يانغ\"}\n";
        var uri = LspTestClient.Uri(folder.Write("news.jsonl", text));
        await using var client = await LspTestClient.StartAsync(folder.Path);

        await client.OpenAsync(uri, text, languageId: "jsonl");
        var diagnostics = (await client.DiagnosticsAsync(uri, 1)).Diagnostics;

        Assert.Equal(["CL0006", "CL4001"], diagnostics.Select(d => d.Code));
        Assert.Contains("unpaired surrogate escape", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fixing_all_of_a_jsonl_buffer_escapes_what_it_inserts_and_keeps_each_line_a_record()
    {
        using var folder = new TempFolder();
        const string text = "{\"text\": \"سطر\\n\\n\\n\\nسطر آخر  \"}\n{\"text\": \"زار بوينغ يانغ\"}\n";
        var path = folder.Write("news.ndjson", text);
        var uri = LspTestClient.Uri(path);
        await using var client = await LspTestClient.StartAsync(folder.Path);
        await client.OpenAsync(uri, text);
        await client.DiagnosticsAsync(uri, 1);

        var all = (await client.CodeActionsAsync(uri, new LspRange(new LspPosition(0, 0), new LspPosition(0, 0)), "source"))[0];
        var fixedText = LspTestClient.Apply(text, LspTestClient.EditsOf(all.Edit, uri));

        Assert.Equal("{\"text\": \"سطر\\n\\nسطر آخر\"}\n{\"text\": \"زار بيونغ يانغ\"}\n", fixedText);
    }

    [Fact]
    public async Task Editorconfig_severities_apply_and_the_baseline_holds_its_findings_back()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*.txt]\ncorpuslint_diagnostic.CL5004.severity = none\ncorpuslint_diagnostic.CL4001.severity = error\n");
        var text = "زار بوينغ يانغ  \nثم زار بوينغ يانغ\n";
        var path = folder.Write("a.txt", text);
        await CliRunner.RunAsync(folder.Path, "baseline", "a.txt", "--rules", Path.Combine(CliRunner.RepositoryRoot, "rules"));
        File.WriteAllText(path, text + "وبوينغ يانغ\n");
        await using var client = await LspTestClient.StartAsync(folder.Path);

        await client.OpenAsync(LspTestClient.Uri(path), text + "وبوينغ يانغ\n");
        var diagnostic = Assert.Single((await client.DiagnosticsAsync(LspTestClient.Uri(path), 1)).Diagnostics);

        Assert.Equal(("CL4001", 1, 2), (diagnostic.Code, diagnostic.Severity, diagnostic.Range.Start.Line));
    }

    [Fact]
    public async Task A_bad_editorconfig_is_reported_on_itself_the_rules_severities_apply_meanwhile_and_a_fix_clears_it()
    {
        using var folder = new TempFolder();
        var editorConfig = folder.Write(".editorconfig", "root = true\n[*.txt]\ncorpuslint_diagnostic.CL4001.severity = loud\n");
        var uri = LspTestClient.Uri(folder.Write("a.txt", "زار بوينغ يانغ\n"));
        await using var client = await LspTestClient.StartAsync(folder.Path);
        await client.OpenAsync(uri, "زار بوينغ يانغ\n");

        var error = Assert.Single((await client.DiagnosticsAsync(LspTestClient.Uri(editorConfig))).Diagnostics);
        var diagnostic = Assert.Single((await client.DiagnosticsAsync(uri, 1)).Diagnostics);

        Assert.Equal((1, 2), (error.Severity, error.Range.Start.Line));
        Assert.Contains("loud", error.Message, StringComparison.Ordinal);
        Assert.Equal(("CL4001", 2), (diagnostic.Code, diagnostic.Severity));
        var published = client.Published.Count;
        File.WriteAllText(editorConfig, "root = true\n[*.txt]\ncorpuslint_diagnostic.CL4001.severity = error\n");
        Assert.Empty((await client.DiagnosticsAsync(LspTestClient.Uri(editorConfig), after: published)).Diagnostics);
        await client.DiagnosticsAsync(uri, p => p.Diagnostics.Count == 1 && p.Diagnostics[0].Severity == 1, after: published);
    }

    [Fact]
    public async Task A_bad_rule_file_is_reported_once_on_that_file_and_a_fixed_one_is_loaded_again()
    {
        using var folder = new TempFolder();
        var rules = folder.WriteRules("typo.yaml", TestRules.TypoRule);
        var path = folder.Write("a.txt", "زار بوينغ يانغ\n");
        var uri = LspTestClient.Uri(path);
        await using var client = await LspTestClient.StartAsync(folder.Path, [Path.Combine(folder.Path, "rules")]);
        await client.OpenAsync(uri, "زار بوينغ يانغ\n");
        Assert.Equal("XX1001", Assert.Single((await client.DiagnosticsAsync(uri, 1)).Diagnostics).Code);

        File.WriteAllText(rules, TestRules.TypoRule.Replace("severity: warning", "severity: loud", StringComparison.Ordinal));
        var error = await client.DiagnosticsAsync(LspTestClient.Uri(rules));

        var reported = Assert.Single(error.Diagnostics);
        Assert.Equal((1, 6, 14), (reported.Severity, reported.Range.Start.Line, reported.Range.Start.Character));
        Assert.Contains("loud", reported.Message, StringComparison.Ordinal);
        var published = client.Published.Count;

        // The document is linted again with the rules loaded before, and the error is not sent again for it.
        await client.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(null, "ثم زار بوينغ يانغ\n"));
        Assert.Equal("XX1001", Assert.Single((await client.DiagnosticsAsync(uri, 2)).Diagnostics).Code);
        Assert.DoesNotContain(client.Published.Skip(published), p => p.Uri == LspTestClient.Uri(rules));

        // Fixed on disk, with a new severity: the error is cleared and the new rule applies.
        File.WriteAllText(rules, TestRules.TypoRule.Replace("severity: warning", "severity: error", StringComparison.Ordinal));
        Assert.Empty((await client.DiagnosticsAsync(LspTestClient.Uri(rules), after: published)).Diagnostics);
        await client.DiagnosticsAsync(uri, p => p.Version == 2 && p.Diagnostics.Count == 1 && p.Diagnostics[0].Severity == 1, after: published);
    }

    [Fact]
    public async Task Rules_that_do_not_load_at_start_lint_nothing_and_say_why()
    {
        using var folder = new TempFolder();
        var rules = folder.WriteRules("typo.yaml", "rules:\n  - id: XX1001\n    kind: nonsense\n");
        var path = folder.Write("a.txt", "زار بوينغ يانغ\n");
        await using var client = await LspTestClient.StartAsync(folder.Path, [rules]);

        var error = await client.DiagnosticsAsync(LspTestClient.Uri(rules));
        await client.OpenAsync(LspTestClient.Uri(path), "زار بوينغ يانغ\n");

        Assert.NotEmpty(error.Diagnostics);
        var hover = await client.HoverAsync(LspTestClient.Uri(path), 0, 5);
        Assert.Null(hover);
        await LspTestClient.WaitUntilAsync(() => client.Messages.Any(m => m.Type == 1 && m.Message.Contains("nothing is linted until they are fixed", StringComparison.Ordinal)));
        Assert.DoesNotContain(client.Published, p => p.Uri == LspTestClient.Uri(path));
    }

    [Fact]
    public async Task A_slow_rule_does_not_hold_up_requests_and_a_newer_text_cancels_the_older_analysis()
    {
        using var folder = new TempFolder();

        // A lookahead puts a rule on the backtracking engine, where this pattern takes its full time limit (1 s) per
        // document: eight such rules make an analysis of about eight seconds, which a newer text cancels between two
        // rules. That is long enough for a loaded machine to deliver the newer text while the analysis runs.
        var slowRules = string.Concat(Enumerable.Range(1, 8).Select(i => $$"""
              - id: XX900{{i}}
                kind: pattern
                title: Slow {{i}}
                message: 'slow {match}'
                category: Formatting
                severity: warning
                scope: document
                regex: '(?=(a+)+b)a'

            """));
        var rules = folder.WriteRules("slow.yaml", "rules:\n" + slowRules + """
              - id: XX1001
                kind: substitution
                title: Pyongyang typo
                message: "'{match}' should be '{suggestion}'"
                category: Spelling
                severity: warning
                swap:
                  بوينغ يانغ: بيونغ يانغ
            """);
        var slowText = new string('a', 40) + "c\nزار بوينغ يانغ\n";
        var uri = LspTestClient.Uri(folder.Write("a.txt", slowText));
        var other = LspTestClient.Uri(Path.Combine(folder.Path, "b.txt"));
        await using var client = await LspTestClient.StartAsync(folder.Path, [rules], debounce: TimeSpan.Zero);
        await client.OpenAsync(uri, "قبل\n");
        await client.OpenAsync(other, "زار بوينغ يانغ\n");
        await client.DiagnosticsAsync(uri, 1);
        await client.DiagnosticsAsync(other, 1);

        // While a.txt is analyzed (seconds), requests about b.txt are answered at once.
        var started = client.Server.AnalysesStarted;
        await client.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(null, slowText));
        await LspTestClient.WaitUntilAsync(() => client.Server.AnalysesStarted > started);
        await Task.Delay(200);
        var hover = await client.HoverAsync(other, 0, 5);
        await client.ChangeAsync(uri, 3, new TextDocumentContentChangeEvent(null, "زار بوينغ يانغ\n"));
        var latest = await client.DiagnosticsAsync(uri, 3);

        // The hover was answered before version 3 was sent, and version 2's analysis, canceled by it, never finished:
        // the answer did not wait for the analysis.
        Assert.StartsWith("**XX1001: Pyongyang typo**", hover!.Contents.Value, StringComparison.Ordinal);
        Assert.Equal("XX1001", Assert.Single(latest.Diagnostics).Code);
        await LspTestClient.WaitUntilAsync(
            () => client.Server.AnalysesCanceled >= 1,
            () => $"versions published: {string.Join(", ", client.Published.Where(p => p.Uri == uri).Select(p => p.Version))}; messages: {string.Join(" | ", client.Messages.Select(m => m.Message))}");
        Assert.DoesNotContain(client.Published, p => p.Version == 2);
    }

    [Fact]
    public async Task Typing_fast_publishes_only_the_text_as_it_stands_when_typing_pauses()
    {
        using var folder = new TempFolder();
        var uri = LspTestClient.Uri(Path.Combine(folder.Path, "a.txt"));
        await using var client = await LspTestClient.StartAsync(folder.Path, debounce: TimeSpan.FromSeconds(1));
        await client.OpenAsync(uri, string.Empty);
        await client.DiagnosticsAsync(uri, 1);

        var typed = "زار بوينغ يانغ";
        for (var i = 1; i <= typed.Length; i++)
        {
            await client.ChangeAsync(uri, i + 1, new TextDocumentContentChangeEvent(new LspRange(new LspPosition(0, i - 1), new LspPosition(0, i - 1)), typed[(i - 1)..i]));
        }

        var last = await client.DiagnosticsAsync(uri, typed.Length + 1);

        Assert.Equal("CL4001", Assert.Single(last.Diagnostics).Code);
        Assert.Equal([1, typed.Length + 1], client.Published.Where(p => p.Uri == uri).Select(p => p.Version!.Value));
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics()
    {
        using var folder = new TempFolder();
        var uri = LspTestClient.Uri(Path.Combine(folder.Path, "a.txt"));
        await using var client = await LspTestClient.StartAsync(folder.Path);
        await client.OpenAsync(uri, "زار بوينغ يانغ\n");
        Assert.Single((await client.DiagnosticsAsync(uri, 1)).Diagnostics);

        await client.NotifyAsync("textDocument/didClose", new { textDocument = new TextDocumentIdentifier(uri) });

        var cleared = await client.DiagnosticsAsync(uri, p => p.Version is null);
        Assert.Empty(cleared.Diagnostics);
    }

    [Fact]
    public void The_engine_stops_between_rules_when_canceled()
    {
        var rules = RuleLoader.Load([new RuleFile("typo.yaml", TestRules.TypoRule)], checkExamples: false).RuleSet!;
        using var canceled = new CancellationTokenSource();
        canceled.Cancel();

        Assert.Throws<OperationCanceledException>(() => new LintEngine(rules).LintText("a.txt", "زار بوينغ يانغ", canceled.Token));
    }
}
