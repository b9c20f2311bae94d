using System.CommandLine;
using System.Text;
using Linter.Core.Baselines;

namespace Linter.Cli.Input;

/// <summary>Where the baseline file is and how paths in it are written: relative to its folder.</summary>
internal sealed class BaselineFile
{
    private readonly CliEnvironment _environment;

    private BaselineFile(string fullPath, CliEnvironment environment)
    {
        FullPath = fullPath;
        _environment = environment;
    }

    /// <summary>The file's full path.</summary>
    public string FullPath { get; }

    /// <summary>The file as shown to the user.</summary>
    public string DisplayPath => _environment.Display(FullPath);

    /// <summary>The <c>--baseline FILE</c> option; each command adds its own instance.</summary>
    public static Option<string> CreateOption() => new("--baseline")
    {
        Description = $"The baseline file (default: the configuration's, else {Baseline.DefaultFileName} beside the configuration file, else in the working folder).",
    };

    /// <summary>
    /// The file named by <c>--baseline</c>; else the configuration's <c>baseline</c>, or the default one beside the
    /// configuration file, so that a run from any folder of the project finds it; else the default one in the working folder.
    /// </summary>
    public static BaselineFile At(string? path, ConfigurationFile? configuration, CliEnvironment environment) =>
        new(
            path is not null ? environment.Resolve(path)
            : configuration is null ? environment.Resolve(Baseline.DefaultFileName)
            : configuration.Settings.Baseline is { } configured ? configuration.Resolve(configured)
            : Path.Combine(configuration.Folder, Baseline.DefaultFileName),
            environment);

    /// <summary>A document's path as the baseline writes it.</summary>
    public string RelativePath(string documentPath) =>
        Path.GetRelativePath(Path.GetDirectoryName(FullPath)!, _environment.Resolve(documentPath)).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The documents without the baseline file itself: it quotes the findings it holds.</summary>
    public List<CorpusFile> WithoutItself(List<CorpusFile> files) =>
        files.FindAll(file => !string.Equals(file.FullPath, FullPath, StringComparison.Ordinal));

    /// <summary>
    /// The baseline a run applies: none with <paramref name="ignored"/> (<c>--no-baseline</c>); a missing file is
    /// none, unless it was <paramref name="named"/> (<c>--baseline FILE</c>), which is then a usage error.
    /// </summary>
    /// <exception cref="UsageException">The file cannot be read or is not a baseline, or a named one is missing.</exception>
    public Baseline? ReadForRun(bool named, bool ignored)
    {
        if (ignored)
        {
            return null;
        }

        return ReadIfExists() ?? (named ? throw new UsageException($"{DisplayPath}: no such baseline; write one with 'corpuslint baseline'") : null);
    }

    /// <summary>Reads the baseline; a missing file is null.</summary>
    /// <exception cref="UsageException">The file cannot be read or is not a baseline.</exception>
    public Baseline? ReadIfExists()
    {
        if (!File.Exists(FullPath))
        {
            return null;
        }

        try
        {
            using var reader = new StreamReader(RegularFile.OpenRead(FullPath), Encoding.UTF8);
            return Baseline.Parse(reader.ReadToEnd());
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new UsageException($"{DisplayPath}: {exception.Message}");
        }
    }

    /// <summary>Writes the baseline atomically.</summary>
    /// <exception cref="UsageException">The file could not be written.</exception>
    public void Write(Baseline baseline)
    {
        try
        {
            Output.AtomicFileWriter.Write(FullPath, Encoding.UTF8.GetBytes(baseline.ToJson()));
        }
        catch (Output.FileWriteException exception)
        {
            throw new UsageException($"{DisplayPath}: {exception.Message}");
        }
    }
}
