namespace Linter.Cli;

/// <summary>What a command may touch of the outside world: its output streams and working folder.</summary>
/// <param name="Output">Standard output: results.</param>
/// <param name="Error">Standard error: errors and logs.</param>
/// <param name="WorkingDirectory">The folder relative paths start from.</param>
internal sealed record CliEnvironment(TextWriter Output, TextWriter Error, string WorkingDirectory)
{
    /// <summary>True when <see cref="Error"/> is the process's standard error and that is a terminal, where progress may be drawn.</summary>
    public bool ErrorIsInteractiveTerminal { get; init; }

    /// <summary>True when <see cref="Output"/> is the process's standard output and that is a terminal.</summary>
    public bool OutputIsInteractiveTerminal { get; init; }

    /// <summary><c>--color</c>: <c>auto</c> (the default), <c>always</c> or <c>never</c>; set once the command line is read.</summary>
    public string ColorChoice { get; set; } = "auto";

    /// <summary>True when the report on <see cref="Output"/> is coloured.</summary>
    public bool ColorsOutput => Linter.Cli.Output.ConsoleStyle.Wanted(ColorChoice, OutputIsInteractiveTerminal, Environment.GetEnvironmentVariable("NO_COLOR"), Environment.GetEnvironmentVariable("TERM"));

    /// <summary>True when what is drawn on <see cref="Error"/> (progress) is coloured.</summary>
    public bool ColorsError => Linter.Cli.Output.ConsoleStyle.Wanted(ColorChoice, ErrorIsInteractiveTerminal, Environment.GetEnvironmentVariable("NO_COLOR"), Environment.GetEnvironmentVariable("TERM"));

    /// <summary>The path that names standard input on the command line.</summary>
    public const string StandardInputPath = "-";

    /// <summary>How standard input is shown in diagnostics.</summary>
    public const string StandardInputDisplay = "<stdin>";

    /// <summary>Standard input, read as bytes (the path <c>-</c>).</summary>
    public Stream Input { get; init; } = Stream.Null;

    /// <summary>An absolute path for a path given on the command line.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>The path shown to the user: relative to the working folder when inside it, with forward slashes.</summary>
    public string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(WorkingDirectory, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace(Path.DirectorySeparatorChar, '/');
    }
}
