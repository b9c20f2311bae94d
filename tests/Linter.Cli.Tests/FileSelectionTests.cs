using static Linter.Cli.Tests.TestRules;

namespace Linter.Cli.Tests;

/// <summary>Which files a folder gives: text corpus files that .gitignore does not ignore; and nothing to lint is an error.</summary>
public sealed class FileSelectionTests
{
    private const string Pyongyang = "بوينغ يانغ";

    private static IEnumerable<string> Linted(CliResult result) =>
        result.Output.Split(Environment.NewLine).Where(line => line.Contains("XX1001", StringComparison.Ordinal)).Select(line => line[..line.IndexOf('(', StringComparison.Ordinal)]);

    [Fact]
    public async Task A_folder_gives_its_text_corpus_files_and_a_named_file_is_always_linted()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write("corpus/a.txt", Pyongyang);
        folder.Write("corpus/article", Pyongyang);
        folder.Write("corpus/README.md", Pyongyang);
        folder.Write("corpus/notes.yaml", "title: " + Pyongyang);
        folder.Write("corpus/news.jsonl", "{\"id\": \"n1\", \"text\": \"" + Pyongyang + "\"}\n");

        // A manifest of records without a text field is not corpus text: before, each record was a CL0006 error.
        folder.Write("corpus/MANIFEST.jsonl", "{\"file\": \"a.txt\", \"source\": \"aawsat\"}\n{\"file\": \"b.txt\"}\n");

        var walked = await CliRunner.RunAsync(folder.Path, "check", "corpus");
        var named = await CliRunner.RunAsync(folder.Path, "check", "corpus/README.md");

        Assert.Equal(["corpus/a.txt", "corpus/article", "corpus/news.jsonl#n1"], Linted(walked));
        Assert.Equal("3 files linted: 0 errors, 3 warnings, 0 suggestions", walked.Output.Split(Environment.NewLine)[^2]);
        Assert.Equal(["corpus/README.md"], Linted(named));
    }

    [Fact]
    public async Task Gitignore_files_are_honoured_with_nesting_and_negations_and_no_gitignore_turns_them_off()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));
        folder.Write(".gitignore", "build/\n*.tmp.txt\n!keep.tmp.txt\n");
        folder.Write("corpus/.gitignore", "drafts/*\n!drafts/final.txt\n");
        foreach (var file in new[] { "corpus/a.txt", "corpus/x.tmp.txt", "corpus/keep.tmp.txt", "corpus/build/out.txt", "corpus/drafts/wip.txt", "corpus/drafts/final.txt" })
        {
            folder.Write(file, Pyongyang);
        }

        var honoured = await CliRunner.RunAsync(folder.Path, "check", "corpus");
        var off = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--no-gitignore");
        var named = await CliRunner.RunAsync(folder.Path, "check", "corpus/x.tmp.txt");

        Assert.Equal(["corpus/a.txt", "corpus/drafts/final.txt", "corpus/keep.tmp.txt"], Linted(honoured));
        Assert.Equal(6, Linted(off).Count());
        Assert.Equal(["corpus/x.tmp.txt"], Linted(named));
    }

    [Fact]
    public async Task Gitignore_is_read_only_inside_a_git_work_tree()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write(".gitignore", "*.txt\n");
        folder.Write("corpus/a.txt", Pyongyang);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus");

        Assert.Equal(["corpus/a.txt"], Linted(result));
    }

    [Fact]
    public async Task Nothing_to_lint_exits_2_with_the_reason()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        Directory.CreateDirectory(Path.Combine(folder.Path, "empty"));
        folder.Write("docs/README.md", Pyongyang);
        folder.Write("corpus/a.txt", Pyongyang);
        Directory.CreateDirectory(Path.Combine(folder.Path, "repo", ".git"));
        folder.Write("repo/.gitignore", "*.txt\n");
        folder.Write("repo/b.txt", Pyongyang);

        var empty = await CliRunner.RunAsync(folder.Path, "check", "empty");
        var notText = await CliRunner.RunAsync(folder.Path, "report", "docs", "--html", "report.html", "--dictionary", TestDictionary.Path);
        var include = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--include", "corpus/2023/**");
        var ignored = await CliRunner.RunAsync(folder.Path, "discover", "variants", "repo", "--dictionary", TestDictionary.Path);

        Assert.Equal((2, string.Empty, "corpuslint: error: nothing to lint: no regular file in empty" + Environment.NewLine), (empty.ExitCode, empty.Output, empty.Error));
        Assert.Equal((2, "corpuslint: error: nothing to lint in docs: 1 file is not corpus text (.txt, no extension, or JSON Lines whose records have a 'text' field; name a file, or choose files with --include)" + Environment.NewLine), (notText.ExitCode, notText.Error));
        Assert.Equal((2, "corpuslint: error: nothing to lint in corpus: 1 file is left out by --include 'corpus/2023/**'" + Environment.NewLine), (include.ExitCode, include.Error));
        Assert.Equal((2, "corpuslint: error: nothing to lint in repo: 1 path is ignored by .gitignore (--no-gitignore lints them)" + Environment.NewLine), (ignored.ExitCode, ignored.Error));
        Assert.False(File.Exists(Path.Combine(folder.Path, "report.html")));
    }

    [Fact]
    public async Task Named_files_that_the_globs_all_leave_out_are_not_an_error_as_a_hook_passes_them()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typos.yaml", TypoRule);
        folder.Write("README.md", Pyongyang);

        var result = await CliRunner.RunAsync(folder.Path, "check", "README.md", "--include", "corpus/**");

        Assert.Equal((0, "0 files linted: 0 errors, 0 warnings, 0 suggestions" + Environment.NewLine), (result.ExitCode, result.Output));
    }
}
