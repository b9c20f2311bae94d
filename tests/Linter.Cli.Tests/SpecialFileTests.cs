using static Linter.Cli.Tests.TestRules;

namespace Linter.Cli.Tests;

/// <summary>
/// The built command line on what a repository can hold besides regular files: FIFOs, devices, links in circles.
/// Each run is a child process with a time limit, so a read that blocks fails the test instead of hanging it.
/// </summary>
public sealed class SpecialFileTests
{
    [Fact]
    public async Task A_FIFO_a_device_link_and_a_folder_loop_in_a_corpus_are_skipped_and_named()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TypoRule);
        folder.Write("corpus/a.txt", "زار بوينغ يانغ أمس.\n");
        MakeFifo(Path.Combine(folder.Path, "corpus", "pipe.txt"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "corpus", "zero.txt"), "/dev/zero");
        Directory.CreateDirectory(Path.Combine(folder.Path, "corpus", "sub"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "corpus", "sub", "up"), "..");

        var result = await CliRunner.RunProcessAsync(folder.Path, "check", "corpus", "--rules", "rules");

        Assert.Equal(
            "corpus/pipe.txt: warning: a named pipe (FIFO), not a regular file; skipped\n"
            + "corpus/sub/up: warning: a symbolic link, not followed inside a folder; skipped\n"
            + "corpus/zero.txt: warning: a symbolic link, not followed inside a folder; skipped\n",
            result.Error);
        Assert.Equal(
            "corpus/a.txt(1,5): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'\n1 file linted: 0 errors, 1 warning, 0 suggestions\n",
            result.Output);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task A_link_to_a_folder_named_as_build_output_is_skipped_silently_as_the_folder_is()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TypoRule);
        folder.Write("corpus/news/a.txt", "زار بوينغ يانغ أمس.\n");
        folder.Write("corpus/bin/b.txt", "زار بوينغ يانغ أمس.\n");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "corpus", "node_modules"), "news");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "corpus", "obj"), "news/a.txt");

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--rules", "rules");

        Assert.Equal("corpus/obj: warning: a symbolic link, not followed inside a folder; skipped\n", result.Error);
        Assert.Equal(
            "corpus/news/a.txt(1,5): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'\n1 file linted: 0 errors, 1 warning, 0 suggestions\n",
            result.Output);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task A_FIFO_or_a_device_named_on_the_command_line_is_skipped_and_named()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TypoRule);
        MakeFifo(Path.Combine(folder.Path, "pipe.txt"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "zero.txt"), "/dev/zero");

        var result = await CliRunner.RunProcessAsync(folder.Path, "check", "pipe.txt", "zero.txt", "--rules", "rules");

        Assert.Equal(
            "pipe.txt: warning: a named pipe (FIFO), not a regular file; skipped\nzero.txt: warning: a character device, not a regular file; skipped\n"
            + "corpuslint: error: nothing to lint: no regular file in pipe.txt, zero.txt\n",
            result.Error);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task A_file_over_a_megabyte_is_read_whole_and_a_binary_one_from_its_head()
    {
        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TypoRule);
        folder.Write("corpus/long.txt", string.Concat(Enumerable.Repeat("خبر عادي.\n", 150_000)) + "زار بوينغ يانغ أمس.\n");
        var binary = new byte[3 << 20];
        Array.Fill(binary, (byte)'a');
        binary[9_000] = 0xFF;
        for (var i = 0; i < 200; i += 2)
        {
            binary[i] = 0;
        }

        folder.WriteBytes("corpus/data.txt", binary);

        var result = await CliRunner.RunAsync(folder.Path, "check", "corpus", "--rules", "rules");

        Assert.Equal(
            "corpus/data.txt(1,1): error CL0002: the file looks binary (100 NUL or other control bytes in its first 8000 bytes, the first at offset 0); it was not linted\n"
            + "corpus/long.txt(150001,5): warning XX1001: 'بوينغ يانغ' should be 'بيونغ يانغ'\n"
            + "2 files linted: 1 error, 1 warning, 0 suggestions\n",
            result.Output);
        Assert.Equal((1, string.Empty), (result.ExitCode, result.Error));
    }

    [Fact]
    public async Task A_file_that_tells_no_size_as_in_proc_is_read_to_its_end()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        folder.WriteRules("linux.yaml", """
            rules:
              - id: XX1001
                kind: substitution
                title: Kernel name
                message: "'{match}' should be '{suggestion}'"
                category: Spelling
                severity: warning
                swap:
                  linux version: the Linux version
            """);

        // /proc/version has a size of 0 in its status, and "Linux version ..." as its text.
        var result = await CliRunner.RunAsync(folder.Path, "check", "/proc/version", "--rules", "rules");

        Assert.Equal("/proc/version(1,1): warning XX1001: 'Linux version' should be 'the Linux version'\n1 file linted: 0 errors, 1 warning, 0 suggestions\n", result.Output);
    }

    [Theory]
    [InlineData("rules/more.yaml", "check a.txt --rules rules/more.yaml", "corpuslint: error: rules/more.yaml: a named pipe (FIFO), not a rule file or folder\n")]
    [InlineData(".editorconfig", "check a.txt --rules rules", ".editorconfig(1,1): error: cannot read the file: a named pipe (FIFO), not a regular file\ncorpuslint: 1 error(s) in .editorconfig files; nothing was linted.\n")]
    [InlineData("baseline.json", "check a.txt --rules rules --baseline baseline.json", "corpuslint: error: baseline.json: a named pipe (FIFO), not a regular file\n")]
    public async Task A_FIFO_where_configuration_is_read_is_an_error_naming_it(string fifo, string arguments, string error)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TypoRule);
        folder.Write("a.txt", "زار بوينغ يانغ أمس.\n");
        MakeFifo(Path.Combine(folder.Path, fifo));

        var result = await CliRunner.RunProcessAsync(folder.Path, arguments.Split(' '));

        Assert.Equal((2, error), (result.ExitCode, result.Error));
    }

    [Fact]
    public async Task A_full_disk_under_output_is_an_error_naming_the_file_and_the_other_reports_are_written()
    {
        if (!File.Exists("/dev/full"))
        {
            return;
        }

        using var folder = new TempFolder();
        folder.WriteRules("typo.yaml", TypoRule);
        folder.Write("a.txt", "زار بوينغ يانغ أمس.\n");

        var result = await CliRunner.RunProcessAsync(folder.Path, "check", "a.txt", "--rules", "rules", "--format", "json", "--output", "/dev/full", "--format", "sarif", "--output", "out.sarif");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("corpuslint: error: could not write the json report to /dev/full: could not write the file: No space left on device : '/dev/full'\n", result.Error);
        Assert.Contains("\"ruleId\": \"XX1001\"", File.ReadAllText(Path.Combine(folder.Path, "out.sarif")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_option_that_is_not_a_number_is_a_usage_error()
    {
        using var folder = new TempFolder();

        var result = await CliRunner.RunProcessAsync(folder.Path, "check", ".", "--parallel", "abc");

        Assert.Equal(
            (2, "corpuslint: error: Cannot parse argument 'abc' for option '--parallel' as expected type 'System.Int32'.\nRun 'corpuslint check --help' for usage.\n"),
            (result.ExitCode, result.Error));
    }

    [Fact]
    public void An_unexpected_failure_is_one_line_on_standard_error_and_exit_code_3()
    {
        using var error = new StringWriter();

        var code = CorpusLintApp.Fail(error, new InvalidOperationException("a state the linter did not expect\nat line two"));

        Assert.Equal((3, "corpuslint: internal error: InvalidOperationException: a state the linter did not expect\\u000aat line two\n"), (code, error.ToString()));
    }

    private static void MakeFifo(string path) => Assert.Equal(0, MakeFifo(path, Convert.ToUInt32("644", 8)));

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mkfifo")]
    private static extern int MakeFifo(string path, uint mode);
}
