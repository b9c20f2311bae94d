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
