using System.CommandLine;
using System.Text.RegularExpressions;
using Linter.Core.Corpus;

namespace Linter.Cli.Input;

/// <summary>
/// How a document's source (its outlet) is named, for the rules that count per source: by default the folder that
/// holds the file; with <c>--source-depth N</c> the first N folders of its path as shown (<c>corpus/outlet</c> for
/// every file under <c>corpus/outlet/2015/07/</c> with 2); with <c>--source-pattern REGEX</c> the named group
/// <c>source</c> of the pattern's first match in the path as shown (a file it does not match keeps its folder). A
/// JSON Lines record's source field (<c>--jsonl-source</c>) comes before all of these. The configuration file's
/// <c>sources</c> say the same of paths relative to its folder, so they name the same sources from any working folder.
/// </summary>
internal sealed class SourceNaming
{
    private readonly int? _depth;
    private readonly Regex? _pattern;
    private readonly string? _baseFolder;

    private SourceNaming(int? depth, Regex? pattern, string? baseFolder)
    {
        _depth = depth;
        _pattern = pattern;
        _baseFolder = baseFolder;
    }

    /// <summary>The source of <paramref name="file"/>.</summary>
    public string Of(CorpusFile file) =>
        Of(_baseFolder is null ? file.DisplayPath : Path.GetRelativePath(_baseFolder, file.FullPath).Replace(Path.DirectorySeparatorChar, '/'));

    /// <summary>The source of the file whose path (as shown, or relative to the configuration's folder) is <paramref name="displayPath"/>.</summary>
    public string Of(string displayPath)
    {
        var folder = CorpusDocument.FolderOf(displayPath);
        if (_pattern?.Match(displayPath.Replace('\\', '/')) is { Success: true } match)
        {
            return match.Groups["source"].Value;
        }

        if (_depth is { } depth)
        {
            var parts = folder.Split('/');
            return string.Join('/', parts.Take(depth + (parts.Length > 0 && parts[0].Length == 0 ? 1 : 0)));
        }

        return folder;
    }

    /// <summary>How sources are named, as a corpus state records it.</summary>
    public override string ToString() =>
        _pattern is not null ? $"pattern {_pattern}" : _depth is { } depth ? $"depth {depth}" : "folder";

    /// <summary><paramref name="files"/>, each with its source named this way.</summary>
    public List<CorpusFile> Apply(List<CorpusFile> files) =>
        _depth is null && _pattern is null ? files : [.. files.Select(file => file with { Source = Of(file) })];

    /// <summary>The two options; each command adds its own instances.</summary>
    public static (Option<int?> Depth, Option<string> Pattern) CreateOptions()
    {
        var depth = new Option<int?>("--source-depth")
        {
            Description = "Name each file's source (outlet) by the first N folders of its path, instead of the folder that holds it.",
            HelpName = "N",
        };
        depth.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--source-depth must be at least 1");
            }
        });
        var pattern = new Option<string>("--source-pattern")
        {
            Description = "Name each file's source (outlet) by the group (?<source>...) of this regular expression's match in its path, such as '/(?<source>[A-Z]{2})[^/]*$'.",
            HelpName = "regex",
        };
        pattern.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && Problem(value) is { } error)
            {
                result.AddError($"--source-pattern {error}");
            }
        });
        return (depth, pattern);
    }

    /// <summary>The naming the options give, else the configuration's <c>sources</c>.</summary>
    public static SourceNaming From(ParseResult parseResult, (Option<int?> Depth, Option<string> Pattern) options, ConfigurationFile? configuration)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var pattern = parseResult.GetValue(options.Pattern);
        var depth = parseResult.GetValue(options.Depth);
        if (pattern is null && depth is null && configuration?.Settings is { } settings && (settings.SourcePattern is not null || settings.SourceDepth is not null))
        {
            return new SourceNaming(settings.SourceDepth, settings.SourcePattern is { } configured ? Compile(configured.Value) : null, configuration.Folder);
        }

        return new SourceNaming(depth, pattern is null ? null : Compile(pattern), null);
    }

    /// <summary>Null when <paramref name="pattern"/> is a usable source pattern; otherwise why not.</summary>
    public static string? Problem(string pattern)
    {
        try
        {
            return Compile(pattern).GroupNumberFromName("source") >= 0
                ? null
                : $"'{pattern}' has no group named 'source'; write it as (?<source>...)";
        }
        catch (RegexParseException exception)
        {
            return $"'{pattern}' is not a valid regular expression: {Linter.Core.Rules.RegexErrors.Describe(exception.Error)} (at character {exception.Offset})";
        }
    }

    /// <summary>Linear-time matching, with a timeout where the pattern needs backtracking: a path never hangs the run.</summary>
    private static Regex Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }
}
