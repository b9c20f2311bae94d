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

    /// <summary>
    /// Runs the built command line as a child process, as CI and hooks do, with nothing on standard input. A run
    /// still going after a minute is killed and fails the test, so a hang that comes back cannot hang the suite.
    /// </summary>
    public static Task<CliResult> RunProcessAsync(string workingDirectory, params string[] args) =>
        RunProcessWithInputAsync(workingDirectory, [], args);

    /// <summary>Starts the built tool as a process of its own in <paramref name="workingDirectory"/>, with its three standard streams redirected.</summary>
    public static System.Diagnostics.Process StartProcess(string workingDirectory, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "corpuslint.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return System.Diagnostics.Process.Start(start)!;
    }

    /// <summary>As <see cref="RunProcessAsync"/>, with <paramref name="standardInput"/> on standard input.</summary>
    public static async Task<CliResult> RunProcessWithInputAsync(string workingDirectory, byte[] standardInput, params string[] args)
    {
        using var process = StartProcess(workingDirectory, args);
        await process.StandardInput.BaseStream.WriteAsync(standardInput);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"corpuslint {string.Join(' ', args)} was still running after a minute");
        }

        return new CliResult(process.ExitCode, await output, await error);
    }

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

    /// <summary>Writes a rule file into rules/, and a .corpuslint.yaml that loads that folder alone, without the shipped pack.</summary>
    public string WriteRules(string fileName, string text)
    {
        if (!File.Exists(System.IO.Path.Combine(Path, ".corpuslint.yaml")))
        {
            Write(".corpuslint.yaml", "rules: [rules]\nshipped_rules: false\n");
        }

        return Write("rules/" + fileName, text);
    }

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
