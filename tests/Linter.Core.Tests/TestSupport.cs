using System.Text;
using Linter.Core.Diagnostics;
using Linter.Core.Fixes;
using Linter.Core.Rules;
using Linter.Core.Text;
using Linter.Core.Pipeline;

namespace Linter.Core.Tests;

/// <summary>
/// Helpers in the spirit of Roslyn's analyzer verifiers: load rules from a YAML string, lint a text whose expected
/// spans are marked with <c>[|</c> and <c>|]</c>, and check the exact spans and, optionally, the exact fixed text.
/// </summary>
internal static class TestSupport
{
    /// <summary>The path every linted test document has.</summary>
    public const string DocumentPath = "doc.txt";

    /// <summary>The path of a rule file built by <see cref="Rule"/>.</summary>
    public const string RulePath = "t.yaml";

    /// <summary>
    /// A rule file with one rule: the common fields, then <paramref name="fields"/> (YAML written at column 0,
    /// indented here under the rule).
    /// </summary>
    public static string Rule(
        string kind,
        string fields,
        string message = "'{match}'",
        string id = "CL1001",
        string severity = "warning",
        string category = "Spelling")
    {
        var builder = new StringBuilder()
            .Append("rules:\n")
            .Append("  - id: ").Append(id).Append('\n')
            .Append("    kind: ").Append(kind).Append('\n')
            .Append("    title: Test rule\n")
            .Append("    message: \"").Append(message.Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n")
            .Append("    category: ").Append(category).Append('\n')
            .Append("    severity: ").Append(severity).Append('\n');
        foreach (var line in fields.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Length > 0)
            {
                builder.Append("    ").Append(line).Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>Loads rule files that must load without error.</summary>
    public static RuleSet Load(params RuleFile[] files)
    {
        var result = RuleLoader.Load(files);
        Assert.True(result.Succeeded, "the rules should load, but: " + string.Join(Environment.NewLine, result.Errors));
        Assert.NotNull(result.RuleSet);
        return result.RuleSet;
    }

    /// <summary>Loads one rule file that must load without error.</summary>
    public static RuleSet Load(string yaml) => Load(new RuleFile(RulePath, yaml));

    /// <summary>Loads the shipped rule pack (rules/*.yaml, copied next to the tests).</summary>
    public static RuleSet LoadShippedRules()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "rules"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(path => new RuleFile(path, File.ReadAllText(path)))
            .ToArray();
        Assert.True(files.Length > 0, "the shipped rule files should be copied next to the tests");
        return Load(files);
    }

    /// <summary>Loads rule files that must fail, returning the errors.</summary>
    public static IReadOnlyList<RuleFileError> LoadErrors(params RuleFile[] files)
    {
        var result = RuleLoader.Load(files);
        Assert.False(result.Succeeded, "the rules should not load");
        Assert.Null(result.RuleSet);
        return result.Errors;
    }

    /// <summary>Loads one rule file that must fail with exactly one error, and returns it.</summary>
    public static RuleFileError SingleError(string yaml) => Assert.Single(LoadErrors(new RuleFile(RulePath, yaml)));

    /// <summary>Asserts an error's exact position and that its message holds <paramref name="messageFragment"/>.</summary>
    public static void AssertError(RuleFileError error, int line, int column, string messageFragment, string path = RulePath)
    {
        Assert.Equal(new SourceLocation(path, line, column), error.Location);
        Assert.Contains(messageFragment, error.Message, StringComparison.Ordinal);
    }

    /// <summary>Lints a plain text with the rules of <paramref name="yaml"/>.</summary>
    public static IReadOnlyList<Diagnostic> Lint(string yaml, string text) =>
        new LintEngine(Load(yaml)).LintText(DocumentPath, text);

    /// <summary>
    /// Lints the text of <paramref name="markedText"/> (without its markers) and asserts that the diagnostics
    /// (only those with id <paramref name="id"/>, when given) cover exactly the marked spans, in order; then,
    /// when <paramref name="fixedText"/> is given, that applying their fixes once gives exactly that text.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Verify(string yaml, string markedText, string? fixedText = null, string? id = null) =>
        Verify(Load(yaml), markedText, fixedText, id);

    /// <inheritdoc cref="Verify(string, string, string?, string?)"/>
    public static IReadOnlyList<Diagnostic> Verify(RuleSet rules, string markedText, string? fixedText = null, string? id = null)
    {
        var (text, expected) = RuleExamples.ParseMarkers(markedText);
        var all = new LintEngine(rules).LintText(DocumentPath, text);
        var diagnostics = id is null ? all : [.. all.Where(d => d.Id == id)];
        Assert.Equal(Describe(text, expected), Describe(text, diagnostics.Select(d => d.Span)));

        var source = new SourceText(text);
        foreach (var diagnostic in diagnostics)
        {
            Assert.Equal(DocumentPath, diagnostic.Path);
            Assert.Equal(text.Substring(diagnostic.Span.Start, diagnostic.Span.Length), diagnostic.MatchedText);
            Assert.Equal(source.PositionOf(diagnostic.Span), diagnostic.Location);
        }

        if (fixedText is not null)
        {
            Assert.Equal(fixedText, FixApplier.ApplyOnce(text, diagnostics).Text);
        }

        return diagnostics;
    }

    /// <summary>One line per span, with its offsets and text, so a failing comparison shows what differs.</summary>
    public static string Describe(string text, IEnumerable<TextSpan> spans) =>
        string.Join(
            "\n",
            spans.OrderBy(s => s.Start).ThenBy(s => s.End)
                .Select(s => $"{s} '{text.Substring(s.Start, s.Length).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}'"));
}
