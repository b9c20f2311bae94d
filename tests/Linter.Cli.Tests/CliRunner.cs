namespace Linter.Cli.Tests;

/// <summary>Runs the command line in-process, as a user would from a folder, and captures what it prints.</summary>
internal static class CliRunner
{
    /// <summary>The repository root: the folder holding Linter.sln.</summary>
    public static readonly string RepositoryRoot = FindRepositoryRoot();

    public static async Task<CliResult> RunAsync(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CorpusLintApp.RunAsync(args, output, error, workingDirectory);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs the command line with <paramref name="standardInput"/> (UTF-8) on standard input.</summary>
    public static Task<CliResult> RunWithInputAsync(string workingDirectory, string standardInput, params string[] args) =>
        RunWithInputAsync(workingDirectory, System.Text.Encoding.UTF8.GetBytes(standardInput), args);

    /// <summary>Runs the command line with <paramref name="standardInput"/> on standard input.</summary>
    public static async Task<CliResult> RunWithInputAsync(string workingDirectory, byte[] standardInput, params string[] args)
    {
        using var input = new MemoryStream(standardInput);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CorpusLintApp.RunAsync(args, output, error, workingDirectory, input);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public static Task<CliResult> RunInRepositoryAsync(params string[] args) => RunAsync(RepositoryRoot, args);

    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Linter.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Linter.sln not found above " + AppContext.BaseDirectory);
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>A temporary folder, deleted when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "corpuslint-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string text) => WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
