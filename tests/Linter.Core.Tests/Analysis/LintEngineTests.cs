using Linter.Core.Pipeline;
using Linter.Core.Tests.Pipeline;
using System.Globalization;
using System.Text;
using Linter.Core.Analysis;
using Linter.Core.Diagnostics;
using Linter.Core.Text;
using static Linter.Core.Tests.TestSupport;

namespace Linter.Core.Tests.Analysis;

public class LintEngineTests
{
    private static readonly string Swap = Rule("substitution", "swap: { بوينغ يانغ: بيونغ يانغ }", "'{match}' should be '{suggestion}'");

    [Fact]
    public void A_severity_of_none_suppresses_the_diagnostic()
    {
        var engine = new LintEngine(Load(Swap), (_, _) => Severity.None);

        Assert.Empty(engine.LintText(DocumentPath, "زار بوينغ يانغ"));
    }

    [Fact]
    public void A_rule_turned_off_for_a_document_does_not_run_there()
    {
        // A regular expression that backtracks past its time limit on this text: run, it reports CL0003.
        var rules = Load(Rule("pattern", "regex: '^(a+)+(?<!x)$'", category: "Formatting"));
        var text = "سطر أول\n" + new string('a', 50_000) + "!";
        var engine = new LintEngine(rules, (path, descriptor) => path == "off.txt" && descriptor.Id == "CL1001" ? Severity.None : descriptor.DefaultSeverity);

        Assert.Empty(engine.LintText("off.txt", text));
        Assert.Equal("CL0003", Assert.Single(engine.LintText("on.txt", text)).Id);
    }

    [Fact]
    public void The_severity_function_sees_the_path_and_the_descriptor()
    {
        var engine = new LintEngine(Load(Swap), (path, descriptor) => path == "strict.txt" && descriptor.Id == "CL1001" ? Severity.Error : descriptor.DefaultSeverity);

        Assert.Equal(Severity.Error, Assert.Single(engine.LintText("strict.txt", "زار بوينغ يانغ")).Severity);
        Assert.Equal(Severity.Warning, Assert.Single(engine.LintText("other.txt", "زار بوينغ يانغ")).Severity);
    }

    [Fact]
    public void A_rule_with_default_severity_none_reports_nothing()
    {
        var rules = Rule("substitution", "swap: { بوينغ يانغ: بيونغ يانغ }", severity: "none");

        Assert.Empty(Lint(rules, "زار بوينغ يانغ"));
    }

    [Fact]
    public void Silent_diagnostics_are_still_reported()
    {
        var rules = Rule("substitution", "swap: { بوينغ يانغ: بيونغ يانغ }", severity: "silent");

        Assert.Equal(Severity.Silent, Assert.Single(Lint(rules, "زار بوينغ يانغ")).Severity);
    }

    [Fact]
    public void Diagnostics_come_in_line_column_then_id_order()
    {
        var rules = """
            rules:
              - id: CL1002
                kind: pattern
                title: Space before punctuation
                message: "'{match}'"
                category: Formatting
                severity: warning
                regex: ' +،'
              - id: CL1001
                kind: substitution
                title: Pyongyang
                message: "'{match}'"
                category: Spelling
                severity: warning
                swap: { بوينغ يانغ: بيونغ يانغ }
            """;

        var diagnostics = Lint(rules, "بوينغ يانغ ، وبوينغ يانغ\nبوينغ يانغ");

        Assert.Equal(
            [("CL1001", 0, 0), ("CL1002", 0, 10), ("CL1001", 0, 14), ("CL1001", 1, 0)],
            diagnostics.Select(d => (d.Id, d.Location.Start.Line, d.Location.Start.Column)));
    }

    [Fact]
    public void Rules_sharing_a_phrase_each_match_with_their_own_folds()
    {
        var rules = """
            rules:
              - id: CL1001
                kind: boilerplate
                title: Folded
                message: "'{match}'"
                category: Boilerplate
                severity: warning
                fold: [alef]
                phrases: [اقرا ايضا]
              - id: CL1002
                kind: boilerplate
                title: Exact
                message: "'{match}'"
                category: Boilerplate
                severity: warning
                phrases: [اقرا ايضا]
            """;

        Assert.Equal(["CL1001"], Lint(rules, "اقرأ أيضا").Select(d => d.Id));
        Assert.Equal(["CL1001", "CL1002"], Lint(rules, "اقرا ايضا").Select(d => d.Id));
    }

    [Fact]
    public void LintBytes_strips_the_bom_and_reports_offsets_in_the_text_after_it()
    {
        var engine = new LintEngine(Load(Swap));
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("زار بوينغ يانغ")];

        var diagnostic = Assert.Single(Runs.LintBytes(engine, DocumentPath, bytes));

        Assert.Equal(TextSpan.FromBounds(4, 14), diagnostic.Span);
        Assert.Equal(new LinePosition(0, 4), diagnostic.Location.Start);
    }

    [Fact]
    public void LintBytes_reports_invalid_utf8_as_CL0001_at_the_bad_byte()
    {
        var engine = new LintEngine(Load(Swap));
        byte[] bytes = [.. Encoding.UTF8.GetBytes("زار بوينغ يانغ\r\nكيم"), 0xE3, 0x20];

        var diagnostic = Assert.Single(Runs.LintBytes(engine, "legacy.txt", bytes));

        Assert.Equal("CL0001", diagnostic.Id);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("legacy.txt", diagnostic.Path);
        Assert.Equal(new LinePositionSpan(new LinePosition(1, 3), new LinePosition(1, 3)), diagnostic.Location);
        Assert.Equal("the file is not valid UTF-8 (byte 0xE3 at offset 34); convert it to UTF-8 to lint it", diagnostic.Message);
        Assert.Equal(string.Empty, diagnostic.MatchedText);
    }

    [Fact]
    public void LintBytes_reports_binary_files_as_CL0002()
    {
        var engine = new LintEngine(Load(Swap));

        var diagnostic = Assert.Single(Runs.LintBytes(engine, "image.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]));

        Assert.Equal("CL0002", diagnostic.Id);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("the file looks binary (2 NUL or other control bytes in its first 6 bytes, the first at offset 4); it was not linted", diagnostic.Message);
    }

    [Fact]
    public void File_diagnostics_follow_the_severity_function()
    {
        var engine = new LintEngine(Load(Swap), (_, descriptor) => descriptor.Id == "CL0002" ? Severity.None : descriptor.DefaultSeverity);

        Assert.Empty(Runs.LintBytes(engine, "image.png", [0x00]));
    }

    [Fact]
    public void LintDocument_reports_unreadable_files_as_CL0005()
    {
        var engine = new LintEngine(Load(Swap));

        var diagnostic = Assert.Single(Runs.LintDocument(engine, new InputDocument("gone.txt", () => throw new FileNotFoundException("Could not find file 'gone.txt'."))));

        Assert.Equal("CL0005", diagnostic.Id);
        Assert.Equal("Could not find file 'gone.txt'.", diagnostic.Message);
    }

    [Fact]
    public void LintAll_lints_every_document_and_sorts_by_path()
    {
        var engine = new LintEngine(Load(Swap));
        InputDocument[] documents =
        [
            new("b.txt", () => Encoding.UTF8.GetBytes("بوينغ يانغ\nبوينغ يانغ")),
            new("a.txt", () => Encoding.UTF8.GetBytes("وبوينغ يانغ")),
            new("c.txt", () => [0x00, 0x01]),
        ];

        var diagnostics = Runs.LintAll(engine, documents, 3);

        Assert.Equal(
            [("a.txt", "CL1001", 0), ("b.txt", "CL1001", 0), ("b.txt", "CL1001", 1), ("c.txt", "CL0002", 0)],
            diagnostics.Select(d => (d.Path, d.Id, d.Location.Start.Line)));
    }

    [Theory]
    [InlineData("pattern")]
    [InlineData("boilerplate")]
    public async Task A_document_linted_while_another_thread_builds_a_line_finder_gets_the_same_findings(string kind)
    {
        // A long alternation takes a while to build into what skips lines: a backtracking pattern's line finder (the
        // pattern without its lookbehind), a boilerplate pattern's whole-line filter.
        var names = Enumerable.Range(100, 600).Select(i => "سمير" + string.Concat(i.ToString(CultureInfo.InvariantCulture).Select(digit => (char)('ب' + digit - '0')))).ToList();
        var alternation = string.Join('|', names);
        var rules = kind == "pattern"
            ? Rule("pattern", $"regex: '(?<=\\S) (?:{alternation}) +$'", category: "Formatting")
            : Rule("boilerplate", $"patterns: ['(?:{alternation})']", category: "Boilerplate");
        var text = string.Join('\n', Enumerable.Range(0, 30).Select(line => (line % 7) switch
        {
            3 => $"قال المتحدث إن الزيارة انتهت {names[line * 17]}  ",
            5 => names[line * 13],
            _ => $"قال المتحدث في 2023-09-15 إن الزيارة {line} انتهت",
        }));
        var expected = Lint(rules, text).Select(Shown).ToList();
        var engine = new LintEngine(Load(new Linter.Core.Rules.RuleFile(RulePath, rules)));

        // Two threads lint the document over and over: once the pattern has scanned 200,000 characters, the first
        // to need the finder or filter builds it, and the other lints on without it in the meantime.
        using var start = new Barrier(2);
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            return Enumerable.Range(0, 600).Select(_ => engine.LintText(DocumentPath, text).Select(Shown).ToList()).ToList();
        })));

        Assert.Equal(4, expected.Count);
        Assert.All(runs.SelectMany(run => run), found => Assert.Equal(expected, found));

        static string Shown(Diagnostic diagnostic) => $"{diagnostic.Id} {diagnostic.Span} {diagnostic.Fix?.Title}";
    }

    [Fact]
    public void Descriptors_are_sorted_by_id()
    {
        var rules = Load(
            new Linter.Core.Rules.RuleFile("b.yaml", Rule("pattern", "regex: x", id: "CL3001")),
            new Linter.Core.Rules.RuleFile("a.yaml", Rule("pattern", "regex: y", id: "CL1001")));

        Assert.Equal(["CL1001", "CL3001"], rules.Descriptors.Select(d => d.Id));
        Assert.Equal(["CL3001", "CL1001"], rules.Rules.Select(r => r.Descriptor.Id));
    }

    [Fact]
    public void A_fix_that_would_join_a_lone_CR_and_an_LF_is_not_offered()
    {
        var rules = Rule("pattern", "regex: '^[ \\t]+$'\nreplacement: ''", category: "Formatting");

        var betweenLoneCrAndLf = Assert.Single(Lint(rules, "أ\r  \nب"));
        var betweenLfAndLf = Assert.Single(Lint(rules, "أ\n  \nب"));

        // Emptied, the line would leave "أ\r\nب": one CRLF break where there were two.
        Assert.Null(betweenLoneCrAndLf.Fix);
        Assert.NotNull(betweenLfAndLf.Fix);
    }

    [Fact]
    public void Engine_descriptors_have_fixed_ids()
    {
        Assert.Equal(["CL0001", "CL0002", "CL0003", "CL0004", "CL0005", "CL0006"], EngineDiagnostics.All.Select(d => d.Id));
        Assert.All(EngineDiagnostics.All, d => Assert.Equal(RuleCategory.Input, d.Category));
    }
}
