namespace Linter.Cli.Input;

/// <summary>
/// The walk of the paths to lint on a thread of its own, started as soon as the configuration is known, so that it
/// goes on while the rules load. What it would say on standard error (files skipped) is held until its files are
/// taken, and its error is thrown then: a run whose rules fail prints only their errors, as when the walk came after
/// them, and a run that walks prints the same lines in the same order as before.
/// </summary>
internal sealed class BackgroundWalk
{
    private readonly CliEnvironment _environment;
    private readonly System.Text.StringBuilder _warnings = new();
    private readonly Task<List<CorpusFile>> _files;

    /// <summary>Starts <paramref name="walk"/>, which writes its warnings to the standard error of the environment it is given.</summary>
    public BackgroundWalk(CliEnvironment environment, Func<CliEnvironment, List<CorpusFile>> walk)
    {
        _environment = environment;
        var held = environment with { Error = new StringWriter(_warnings) };

        // A thread of its own: the pool's few threads at start-up are the rule loader's.
        _files = Task.Factory.StartNew(() => walk(held), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The files walked, once the walk is done; its warnings are written first.</summary>
    /// <exception cref="UsageException">A path does not exist, or nothing is left to lint.</exception>
    public List<CorpusFile> Files()
    {
        try
        {
            return _files.GetAwaiter().GetResult();
        }
        finally
        {
            _environment.Error.Write(_warnings.ToString());
        }
    }
}
