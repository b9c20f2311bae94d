using static Linter.Cli.Tests.TestRules;

namespace Linter.Cli.Tests;

/// <summary>The project configuration file (.corpuslint.yaml): found above the linted paths, read by every command, overridden by options.</summary>
public sealed class ConfigurationTests
{
    private const string Pyongyang = "بوينغ يانغ";

    /// <summary>XX1001 as an error, so that a run that loads it exits 1 and one that does not, 0.</summary>
    private static readonly string TypoError = TypoRule.Replace("severity: warning", "severity: error", StringComparison.Ordinal);

    [Fact]
    public async Task Check_in_a_subfolder_finds_the_configuration_above_and_its_rules_add_to_the_shipped_pack()
    {
        using var folder = new TempFolder();
        folder.Write(".corpuslint.yaml", "rules: [rules]\n");
        folder.Write("rules/typos.yaml", TypoError);
        folder.Write("corpus/a.txt", Pyongyang + "\n");

        var result = await CliRunner.RunProcessAsync(Path.Combine(folder.Path, "corpus"), "check", ".", "--verbose");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "a.txt(1,1): warning CL4001: «بوينغ يانغ» is a misspelling of «بيونغ يانغ»\n"
            + "a.txt(1,1): error XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'\n"
            + "1 file linted: 1 error, 1 warning, 0 suggestions\n",
            result.Output.Replace(Environment.NewLine, "\n", StringComparison.Ordinal));
        Assert.Contains($"rule files: the shipped pack and the rules of {Path.Combine(folder.Path, ".corpuslint.yaml")}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shipped_rules_false_loads_the_configured_rules_alone_and_every_command_reads_them()
    {
        using var folder = new TempFolder();
        folder.Write(".corpuslint.yaml", "rules: [rules]\nshipped_rules: false\n");
        folder.Write("rules/typos.yaml", TypoError);
        folder.Write("corpus/a.txt", Pyongyang + "\n");
        var corpus = Path.Combine(folder.Path, "corpus");

        var check = await CliRunner.RunAsync(corpus, "check", ".");
        var rules = await CliRunner.RunAsync(corpus, "rules");
        var fix = await CliRunner.RunAsync(corpus, "fix", ".", "--dry-run");
        var baseline = await CliRunner.RunAsync(corpus, "baseline", ".");

        Assert.Equal((1, "a.txt(1,1): error XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'"), (check.ExitCode, check.Output.Split(Environment.NewLine)[0]));
        Assert.Equal(2, rules.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("XX1001", rules.Output, StringComparison.Ordinal);
        Assert.Contains("+بيونغ يانغ", fix.Output, StringComparison.Ordinal);

        // The baseline goes beside the configuration, so a run from anywhere in the project finds it.
        Assert.Equal(0, baseline.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, ".corpuslint-baseline.json")));
        Assert.Equal(0, (await CliRunner.RunAsync(folder.Path, "check", "corpus")).ExitCode);
    }

    [Fact]
    public async Task Without_a_configuration_the_shipped_pack_is_used_and_a_rules_folder_there_is_named_as_not_loaded()
    {
        using var folder = new TempFolder();
        folder.Write("rules/typos.yaml", TypoError);
        folder.Write("a.txt", Pyongyang + "\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning CL4001", result.Output, StringComparison.Ordinal);
        Assert.Equal("corpuslint: warning: ./rules is not loaded: no .corpuslint.yaml names it (write 'rules: [rules]' in one); the shipped pack is used\n", result.Error.Replace(Environment.NewLine, "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_error_of_the_configuration_is_named_at_its_line_and_column_and_exits_2()
    {
        using var folder = new TempFolder();
        folder.Write(".corpuslint.yaml", "rule: [rules]\ninclude: ['corpus/**']\nsources:\n  depth: 0\n  pattern: '/(?<outlet>[A-Z]{2})'\nencoding: latin-1\nrules: [missing]\n");
        folder.Write("a.txt", "نص\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "a.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            ".corpuslint.yaml(1,1): error: unknown setting 'rule'; expected one of: rules, shipped_rules, include, exclude, gitignore, sources, jsonl, encoding, baseline, state\n"
            + ".corpuslint.yaml(4,10): error: 'depth' must be a whole number of at least 1, not '0'\n"
            + ".corpuslint.yaml(5,13): error: '/(?<outlet>[A-Z]{2})' has no group named 'source'; write it as (?<source>...)\n"
            + ".corpuslint.yaml(6,11): error: 'encoding' must be one of utf-8, windows-1256, iso-8859-6, auto, not 'latin-1'\n"
            + ".corpuslint.yaml(7,9): error: rule path not found: missing\n"
            + "corpuslint: error: 5 error(s) in .corpuslint.yaml; nothing was linted.\n",
            result.Error.Replace(Environment.NewLine, "\n", StringComparison.Ordinal));
        Assert.Equal(string.Empty, result.Output);
    }

    [Theory]
    [InlineData(new string[0], "corpus/keep/a.txt")]
    [InlineData(new[] { "--include", "*.md" }, "corpus/keep/c.md")]
    [InlineData(new[] { "--exclude", "*.none" }, "corpus/drafts/b.txt|corpus/keep/a.txt")]
    public async Task Include_and_exclude_globs_are_relative_to_the_configuration_and_an_option_replaces_them(string[] options, string expected)
    {
        using var folder = new TempFolder();
        folder.Write(".corpuslint.yaml", "include: ['corpus/**/*.txt']\nexclude: ['corpus/drafts/**']\nrules: [rules]\nshipped_rules: false\n");
        folder.Write("rules/typos.yaml", TypoRule);
        folder.Write("corpus/keep/a.txt", Pyongyang);
        folder.Write("corpus/drafts/b.txt", Pyongyang);
        folder.Write("corpus/keep/c.md", Pyongyang);

        // Run from inside the corpus: the globs still start at the configuration's folder.
        var result = await CliRunner.RunAsync(Path.Combine(folder.Path, "corpus"), ["check", "..", .. options]);

        var linted = result.Output.Split(Environment.NewLine).Where(line => line.Contains("XX1001", StringComparison.Ordinal))
            .Select(line => Path.GetRelativePath(folder.Path, Path.GetFullPath(line[..line.IndexOf('(', StringComparison.Ordinal)], Path.Combine(folder.Path, "corpus"))).Replace('\\', '/'));
        Assert.Equal(expected.Split('|'), linted);
    }

    [Fact]
    public async Task Encoding_jsonl_fields_and_sources_come_from_the_configuration()
    {
        using var folder = new TempFolder();
        folder.Write(".corpuslint.yaml", "encoding: windows-1256\njsonl:\n  text: body\nsources:\n  pattern: '/(?<source>[A-Z]{2})[^/]*$'\nrules: [rules]\nshipped_rules: false\n");
        folder.Write("rules/typos.yaml", TypoRule);
        folder.WriteBytes("news/AB1.txt", [0xC8, 0xE6, 0xED, 0xE4, 0xDB, 0x20, 0xED, 0xC7, 0xE4, 0xDB]);
        folder.Write("news/feed.jsonl", "{\"id\": \"r1\", \"body\": \"" + Pyongyang + "\"}\n");

        var result = await CliRunner.RunAsync(folder.Path, "check", "news");

        Assert.Equal(
            "news/AB1.txt(1,1): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'\n"
            + "news/feed.jsonl#r1(1,1): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'\n"
            + "2 files linted: 0 errors, 2 warnings, 0 suggestions\n",
            result.Output.Replace(Environment.NewLine, "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Paths_under_two_configurations_are_refused_and_config_names_one()
    {
        using var folder = new TempFolder();
        folder.Write("one/.corpuslint.yaml", string.Empty);
        folder.Write("two/.corpuslint.yaml", "shipped_rules: false\nrules: [../rules]\n");
        folder.Write("rules/typos.yaml", TypoRule);
        folder.Write("one/a.txt", Pyongyang);
        folder.Write("two/b.txt", Pyongyang);

        var both = await CliRunner.RunAsync(folder.Path, "check", "one", "two");
        var named = await CliRunner.RunAsync(folder.Path, "check", "one", "two", "--config", "two/.corpuslint.yaml");

        Assert.Equal(2, both.ExitCode);
        Assert.Equal("corpuslint: error: the paths lie under different configurations (one/.corpuslint.yaml, two/.corpuslint.yaml); lint them in separate runs, or name one with --config" + Environment.NewLine, both.Error);
        Assert.Equal("2 files linted: 0 errors, 2 warnings, 0 suggestions", named.Output.Split(Environment.NewLine)[^2]);
    }
}
