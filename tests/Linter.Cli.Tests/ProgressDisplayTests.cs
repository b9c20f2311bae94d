using Linter.Cli.Output;
using Spectre.Console;

namespace Linter.Cli.Tests;

public sealed class ProgressDisplayTests
{
    [Theory]
    [InlineData(true, null, false, true)]
    [InlineData(true, "false", false, true)]
    [InlineData(false, null, false, false)]
    [InlineData(true, "true", false, false)]
    [InlineData(true, "TRUE", false, false)]
    [InlineData(true, "1", false, false)]
    [InlineData(true, null, true, false)]
    public void Progress_is_shown_only_on_a_terminal_outside_ci_without_no_progress(bool terminal, string? ci, bool noProgress, bool expected)
    {
        Assert.Equal(expected, ProgressDisplay.IsWanted(terminal, ci, noProgress));
    }

    [Fact]
    public void A_run_longer_than_the_delay_shows_documents_and_megabytes_done()
    {
        using var output = new LockedStringWriter();
        var console = Console(output);

        using (var progress = ProgressDisplay.StartOn(console, totalDocuments: 3, totalBytes: 3_000_000, TimeSpan.Zero))
        {
            for (var i = 0; i < 3; i++)
            {
                progress.DocumentDone(1_000_000);
            }

            // The display draws from the thread pool, which a busy test run can keep waiting.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!output.ToString().Contains("documents", StringComparison.Ordinal) && waited.Elapsed < TimeSpan.FromSeconds(20))
            {
                Thread.Sleep(50);
            }
        }

        Assert.Contains("3/3 documents, 3.0/3.0 MB", output.ToString(), StringComparison.Ordinal);

        // The bar is cleared and one line is left.
        Assert.Matches(@"Linted 3 documents \(3\.0 MB\) in [0-9]+\.[0-9] s, [0-9]+\.[0-9] MB/s\.\r?\n$", output.ToString());
    }

    [Fact]
    public void The_final_line_says_documents_megabytes_time_and_speed()
    {
        Assert.Equal("Linted 19,037 documents (63.9 MB) in 7.1 s, 9.0 MB/s.", ProgressDisplay.FinalLine(19_037, 63_900_000, TimeSpan.FromSeconds(7.1)));
        Assert.Equal("Linted 1 document (0.0 MB) in 1.0 s, 0.0 MB/s.", ProgressDisplay.FinalLine(1, 10, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void A_run_shorter_than_the_delay_prints_nothing()
    {
        using var output = new StringWriter();
        var console = Console(output);

        using (var progress = ProgressDisplay.StartOn(console, totalDocuments: 1, totalBytes: 10, TimeSpan.FromSeconds(30)))
        {
            progress.DocumentDone(10);
        }

        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public async Task Check_in_a_redirected_run_prints_no_progress()
    {
        var result = await CliRunner.RunInRepositoryAsync("check", "seeds");

        Assert.Equal(string.Empty, result.Error);
    }

    private static IAnsiConsole Console(StringWriter output) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(output),
        Ansi = AnsiSupport.Yes,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.Yes,
    });

    /// <summary>A StringWriter that may be read while the display writes to it from another thread.</summary>
    private sealed class LockedStringWriter : StringWriter
    {
        private readonly Lock _gate = new();

        public override void Write(char value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override void Write(char[] buffer, int index, int count)
        {
            lock (_gate)
            {
                base.Write(buffer, index, count);
            }
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return base.ToString();
            }
        }
    }
}
