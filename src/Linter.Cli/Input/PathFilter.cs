using System.CommandLine;
using Linter.Core.Configuration;

namespace Linter.Cli.Input;

/// <summary>
/// The <c>--include</c> and <c>--exclude</c> globs, in the syntax of .editorconfig sections, matched against each
/// document's path as shown (relative to the working folder): a glob without <c>/</c> matches a file name in any
/// folder. A document is linted when it matches an include (or none is given) and no exclude. They apply to files
/// named on the command line too, so a hook's exclusions hold for the files it is given.
/// </summary>
internal sealed class PathFilter
{
    private readonly List<EditorConfigGlob> _includes;
    private readonly List<EditorConfigGlob> _excludes;

    private PathFilter(IEnumerable<string> includes, IEnumerable<string> excludes)
    {
        _includes = [.. includes.Select(glob => new EditorConfigGlob(glob))];
        _excludes = [.. excludes.Select(glob => new EditorConfigGlob(glob))];
    }

    /// <summary>True when the document shown as <paramref name="displayPath"/> is to be linted.</summary>
    public bool Keeps(string displayPath)
    {
        var path = displayPath.TrimStart('/');
        return (_includes.Count == 0 || _includes.Exists(glob => glob.IsMatch(path))) && !_excludes.Exists(glob => glob.IsMatch(path));
    }

    /// <summary>The two options; each command adds its own instances.</summary>
    public static (Option<string[]> Include, Option<string[]> Exclude) CreateOptions() =>
    (
        new Option<string[]>("--include") { Description = "Lint only paths matching this glob, such as 'corpus/**/*.txt' (repeatable).", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false },
        new Option<string[]>("--exclude") { Description = "Skip paths matching this glob (repeatable).", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false }
    );

    /// <summary>The filter the options give, or null when neither was used.</summary>
    public static PathFilter? From(ParseResult parseResult, (Option<string[]> Include, Option<string[]> Exclude) options)
    {
        var includes = parseResult.GetValue(options.Include) ?? [];
        var excludes = parseResult.GetValue(options.Exclude) ?? [];
        try
        {
            return includes.Length == 0 && excludes.Length == 0 ? null : new PathFilter(includes, excludes);
        }
        catch (FormatException exception)
        {
            throw new UsageException($"--include or --exclude: {exception.Message}");
        }
    }
}
