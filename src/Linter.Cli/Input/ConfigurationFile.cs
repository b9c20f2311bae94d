using Linter.Core.Configuration;
using Linter.Core.Rules;
using Linter.Core.Text;

namespace Linter.Cli.Input;

/// <summary>
/// The project configuration file (<c>.corpuslint.yaml</c>) that applies to a run: the one named by <c>--config</c>,
/// else the first found walking up from the linted paths (from the working folder for a command without paths), as
/// <c>.editorconfig</c>, <c>ruff.toml</c> and eslint's configuration are found. Its paths are relative to its folder.
/// </summary>
internal sealed class ConfigurationFile
{
    private ConfigurationFile(string fullPath, string displayPath, ProjectConfiguration settings)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        Settings = settings;
    }

    /// <summary>The file's full path.</summary>
    public string FullPath { get; }

    /// <summary>The file as shown to the user.</summary>
    public string DisplayPath { get; }

    /// <summary>The folder its paths and globs are relative to.</summary>
    public string Folder => Path.GetDirectoryName(FullPath)!;

    /// <summary>The settings as written.</summary>
    public ProjectConfiguration Settings { get; }

    /// <summary>A path written in the file, made absolute.</summary>
    public string Resolve(Located path) => Path.GetFullPath(path.Value, Folder);

    /// <summary>
    /// The configuration of a run over <paramref name="paths"/>: the file <paramref name="explicitPath"/> names, else
    /// the one found above the paths; null when there is none.
    /// </summary>
    /// <exception cref="UsageException">The file has errors (each written to standard error first), or the paths lie under different configurations.</exception>
    public static ConfigurationFile? Find(IEnumerable<string> paths, string? explicitPath, CliEnvironment environment)
    {
        if (explicitPath is not null)
        {
            var named = environment.Resolve(explicitPath);
            return FileStatus.Of(named).Kind == FileKind.Regular
                ? Load(named, environment)
                : throw new UsageException($"--config {explicitPath}: no such configuration file");
        }

        var starts = paths.Where(path => path != CliEnvironment.StandardInputPath)
            .Select(environment.Resolve)
            .Select(full => Directory.Exists(full) ? full : Path.GetDirectoryName(full)!)
            .DefaultIfEmpty(environment.WorkingDirectory)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var found = starts.Select(FindAbove).Distinct(StringComparer.Ordinal).ToList();
        if (found.Count > 1)
        {
            var shown = found.Select(file => file is null ? "none" : environment.Display(file));
            throw new UsageException($"the paths lie under different configurations ({string.Join(", ", shown)}); lint them in separate runs, or name one with --config");
        }

        return found[0] is { } file ? Load(file, environment) : null;
    }

    /// <summary>The configuration file nearest above <paramref name="folder"/> (itself included); null when there is none.</summary>
    public static string? FindAbove(string folder)
    {
        for (var current = folder; current is not null; current = Path.GetDirectoryName(current))
        {
            var candidate = Path.Combine(current, ProjectConfiguration.FileName);
            if (FileStatus.Of(candidate).Kind == FileKind.Regular)
            {
                return candidate;
            }
        }

        return null;
    }

    private static ConfigurationFile Load(string fullPath, CliEnvironment environment)
    {
        if (TryLoad(fullPath, environment, out var errors) is { } file)
        {
            return file;
        }

        foreach (var error in errors)
        {
            environment.Error.WriteLine(Output.ConsoleText.Escape(error.ToString()));
        }

        throw new UsageException($"{errors.Count} error(s) in {environment.Display(fullPath)}; nothing was linted.");
    }

    /// <summary>Reads the configuration file at <paramref name="fullPath"/>; null, with every error in it, when it has any.</summary>
    public static ConfigurationFile? TryLoad(string fullPath, CliEnvironment environment, out IReadOnlyList<RuleFileError> errors)
    {
        var shown = environment.Display(fullPath);
        byte[] bytes;
        try
        {
            bytes = RegularFile.ReadAllBytes(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors = [new RuleFileError(new(shown, 1, 1), $"cannot read the file: {exception.Message}")];
            return null;
        }

        var decoded = DocumentDecoder.Decode(bytes);
        if (decoded.Failure is { } failure)
        {
            errors = [new RuleFileError(new(shown, failure.Position.Line + 1, failure.Position.Column + 1), failure.Message)];
            return null;
        }

        var settings = ProjectConfiguration.Parse(shown, decoded.Text!, out var parseErrors);
        if (settings is null)
        {
            errors = parseErrors;
            return null;
        }

        var file = new ConfigurationFile(fullPath, shown, settings);
        errors = [.. parseErrors.Concat(file.CheckPaths()).OrderBy(error => error.Location.Line).ThenBy(error => error.Location.Column)];
        return errors.Count == 0 ? file : null;
    }

    /// <summary>What the file names that the file system refuses, or a source pattern without its group.</summary>
    private IEnumerable<RuleFileError> CheckPaths()
    {
        foreach (var rules in Settings.Rules.Where(rules => FileStatus.Of(Resolve(rules)).Kind == FileKind.Missing))
        {
            yield return new RuleFileError(rules.Location, $"rule path not found: {rules.Value}");
        }

        if (Settings.SourcePattern is { } pattern && SourceNaming.Problem(pattern.Value) is { } problem)
        {
            yield return new RuleFileError(pattern.Location, problem);
        }

        if (Settings.State is { } state && File.Exists(Resolve(state)))
        {
            yield return new RuleFileError(state.Location, $"'state' must name a folder; {state.Value} is a file");
        }

        if (Settings.Baseline is { } baseline && Directory.Exists(Resolve(baseline)))
        {
            yield return new RuleFileError(baseline.Location, $"'baseline' must name a file; {baseline.Value} is a folder");
        }
    }
}
