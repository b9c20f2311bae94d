using System.CommandLine;
using Linter.Core.Rules;
using Linter.Core.Paths;

namespace Linter.Cli.Input;

/// <summary>
/// Which files a run lints. In folders: the files .gitignore files do not ignore (unless turned off), and by default
/// only text corpus files (<see cref="CorpusFileKinds"/>); an include glob chooses the files instead. Everywhere,
/// files named on the command line too, the <c>--include</c> and <c>--exclude</c> globs, in the syntax of
/// .editorconfig sections: given on the command line they are matched against each document's path as shown (relative
/// to the working folder), and they replace the configuration file's, which are matched against the path relative to
/// its folder. A glob without <c>/</c> matches a file name in any folder. A document is linted when it matches an
/// include (or none is given) and no exclude, so a hook's exclusions hold for the files it is given.
/// </summary>
internal sealed class PathFilter
{
    private readonly Globs _includes;
    private readonly Globs _excludes;

    private PathFilter(Globs includes, Globs excludes, bool gitignore, string jsonlText)
    {
        _includes = includes;
        _excludes = excludes;
        Gitignore = gitignore;
        JsonlText = jsonlText;
    }

    /// <summary>Whether files that .gitignore files ignore are skipped in folders.</summary>
    public bool Gitignore { get; }

    /// <summary>The JSON Lines field that holds the text: a JSON Lines file in a folder is a corpus only when its records have it.</summary>
    public string JsonlText { get; }

    /// <summary>True when include globs choose the files, so any file in a folder may be linted, not only text corpus files.</summary>
    public bool HasIncludes => _includes.List.Count > 0;

    /// <summary>The globs that chose the files, as the user wrote them and where, for a message that none matched.</summary>
    public string Describe() =>
        string.Join(" and ", new[] { _includes, _excludes }.Where(globs => globs.List.Count > 0).Select(globs => globs.Describe()));

    /// <summary>True when <paramref name="file"/> is to be linted.</summary>
    public bool Keeps(CorpusFile file) =>
        (_includes.List.Count == 0 || _includes.Match(file)) && !_excludes.Match(file);

    /// <summary>The three options; each command adds its own instances.</summary>
    public static (Option<string[]> Include, Option<string[]> Exclude, Option<bool> NoGitignore) CreateOptions() =>
    (
        new Option<string[]>("--include") { Description = "Lint only paths matching this glob, such as 'corpus/**/*.txt' (repeatable); any file it matches is linted, not only text corpus files.", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false },
        new Option<string[]>("--exclude") { Description = "Skip paths matching this glob (repeatable).", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false },
        new Option<bool>("--no-gitignore") { Description = "Lint files in folders that .gitignore files ignore." }
    );

    /// <summary>The filter the options give, over the configuration's settings.</summary>
    /// <param name="parseResult">The command line.</param>
    /// <param name="options">The three options.</param>
    /// <param name="configuration">The configuration file, or null.</param>
    /// <param name="jsonlText">The JSON Lines text field the run reads.</param>
    public static PathFilter From(ParseResult parseResult, (Option<string[]> Include, Option<string[]> Exclude, Option<bool> NoGitignore) options, ConfigurationFile? configuration, string jsonlText)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        try
        {
            return new PathFilter(
                Globs.From(parseResult.GetValue(options.Include), "--include", configuration, configuration?.Settings.Include, "include"),
                Globs.From(parseResult.GetValue(options.Exclude), "--exclude", configuration, configuration?.Settings.Exclude, "exclude"),
                !parseResult.GetValue(options.NoGitignore) && (configuration?.Settings.Gitignore ?? true),
                jsonlText);
        }
        catch (FormatException exception)
        {
            throw new UsageException($"--include or --exclude: {exception.Message}");
        }
    }

    /// <summary>Globs and the folder their paths start from: null for the working folder (the paths as shown).</summary>
    private sealed record Globs(List<EditorConfigGlob> List, string? BaseFolder, string Origin)
    {
        public static Globs From(string[]? given, string option, ConfigurationFile? configuration, IReadOnlyList<Located>? configured, string key) =>
            given is { Length: > 0 }
                ? new([.. given.Select(glob => new EditorConfigGlob(glob))], null, option)
                : configuration is not null && configured is { Count: > 0 }
                    ? new([.. configured.Select(glob => new EditorConfigGlob(glob.Value))], configuration.Folder, $"'{key}' of {configuration.DisplayPath}")
                    : new([], null, option);

        public bool Match(CorpusFile file)
        {
            // Asked of every file walked, mostly with no globs given: no path is made for nothing to match.
            if (List.Count == 0)
            {
                return false;
            }

            var path = BaseFolder is null
                ? file.DisplayPath.TrimStart('/')
                : Path.GetRelativePath(BaseFolder, file.FullPath).Replace(Path.DirectorySeparatorChar, '/');
            return List.Exists(glob => glob.IsMatch(path));
        }

        public string Describe() => $"{Origin} {string.Join(", ", List.Select(glob => $"'{glob.Section}'"))}";
    }
}
