using System.Globalization;
using System.Runtime.CompilerServices;
using Spectre.Console;

namespace Linter.Cli.Output;

/// <summary>
/// Progress on standard error for long runs on an interactive terminal: a bar redrawn in place with documents and
/// megabytes done, speed and time left, cleared at the end and replaced by one final line. It appears only once a
/// run has lasted <see cref="Delay"/>, so short runs (a pre-commit hook) print nothing extra, and never when
/// standard error is redirected, when CI=true, or with --no-progress or --quiet.
/// </summary>
internal sealed class ProgressDisplay : IDisposable
{
    /// <summary>How long a run goes before progress is shown.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private readonly int _totalDocuments;
    private readonly long _totalBytes;
    private readonly CancellationTokenSource _done = new();
    private readonly Task _display;
    private readonly System.Diagnostics.Stopwatch _elapsed = System.Diagnostics.Stopwatch.StartNew();
    private long _documents;
    private long _bytes;

    private ProgressDisplay(IAnsiConsole console, int totalDocuments, long totalBytes, TimeSpan delay)
    {
        _totalDocuments = totalDocuments;
        _totalBytes = Math.Max(1, totalBytes);
        _display = Task.Run(() => ShowAsync(console, delay));
    }

    /// <summary>True when a run in this environment may show progress.</summary>
    public static bool IsWanted(bool errorIsInteractiveTerminal, string? ciVariable, bool noProgress) =>
        errorIsInteractiveTerminal && !noProgress && !string.Equals(ciVariable, "true", StringComparison.OrdinalIgnoreCase) && ciVariable != "1";

    /// <summary>Starts a display on standard error when <see cref="IsWanted"/>; null otherwise.</summary>
    /// <param name="environment">Where standard error goes.</param>
    /// <param name="noProgress">True when progress was turned off.</param>
    /// <param name="totals">How many documents the run lints and their size; asked only when progress is shown, as it reads every file's length.</param>
    public static ProgressDisplay? Start(CliEnvironment environment, bool noProgress, Func<(int Documents, long Bytes)> totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        if (!IsWanted(environment.ErrorIsInteractiveTerminal, Environment.GetEnvironmentVariable("CI"), noProgress))
        {
            return null;
        }

        var (documents, bytes) = totals();
        return StartOnStandardError(documents, bytes, environment.ColorsError);
    }

    // Separate and not inlined, so that a run without progress (a pre-commit hook) never loads Spectre.Console.
    // Standard error is known to be a terminal here. Left to its own detection, Spectre.Console took a run whose
    // report went to a file (in a tmux pane) for a log, and printed a plain line at a few percentages instead of a bar.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ProgressDisplay StartOnStandardError(int totalDocuments, long totalBytes, bool color) =>
        new(
            AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(Console.Error),
                Ansi = AnsiSupport.Yes,
                Interactive = InteractionSupport.Yes,
                ColorSystem = color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            }),
            totalDocuments,
            totalBytes,
            Delay);

    /// <summary>A display on <paramref name="console"/>, for tests.</summary>
    internal static ProgressDisplay StartOn(IAnsiConsole console, int totalDocuments, long totalBytes, TimeSpan delay) =>
        new(console, totalDocuments, totalBytes, delay);

    /// <summary>Counts one document of <paramref name="bytes"/> as done; safe from any thread.</summary>
    public void DocumentDone(long bytes)
    {
        Interlocked.Increment(ref _documents);
        Interlocked.Add(ref _bytes, bytes);
    }

    /// <summary>Stops the display: the bar is cleared and, if it was shown, one line says what was done.</summary>
    public void Dispose()
    {
        _done.Cancel();
        _display.GetAwaiter().GetResult();
        _done.Dispose();
    }

    private async Task ShowAsync(IAnsiConsole console, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _done.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        // The speed in megabytes of 10^6 bytes, as the sizes beside it and the final line count them.
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn { Base = FileSizeBase.Decimal }, new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Describe(), maxValue: _totalBytes);
                while (!_done.IsCancellationRequested)
                {
                    Update(task);
                    try
                    {
                        await Task.Delay(TimeSpan.FromMilliseconds(100), _done.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        // Finished: one last update below.
                    }
                }

                Update(task);
            })
            .ConfigureAwait(false);
        console.WriteLine(FinalLine(Interlocked.Read(ref _documents), Interlocked.Read(ref _bytes), _elapsed.Elapsed));
    }

    /// <summary>"Linted 19,037 documents (63.9 MB) in 7.2 s, 8.9 MB/s."</summary>
    internal static string FinalLine(long documents, long bytes, TimeSpan elapsed) => string.Create(
        CultureInfo.InvariantCulture,
        $"Linted {Plurals.Of(documents, "document", grouped: true)} ({bytes / 1e6:0.0} MB) in {elapsed.TotalSeconds:0.0} s, {bytes / 1e6 / Math.Max(elapsed.TotalSeconds, 0.001):0.0} MB/s.");

    private void Update(ProgressTask task)
    {
        task.Value = Math.Min(Interlocked.Read(ref _bytes), _totalBytes);
        task.Description = Describe();
    }

    private string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Interlocked.Read(ref _documents):N0}/{_totalDocuments:N0} documents, {Interlocked.Read(ref _bytes) / 1e6:0.0}/{_totalBytes / 1e6:0.0} MB");
}
