using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Linter.Cli.Input;
using Linter.Core.Configuration;
using Linter.Core.Text;

namespace Linter.Cli.Commands;

/// <summary>Options that several commands take; each command adds its own instances.</summary>
internal static class SharedOptions
{
    /// <summary>Files and folders to work on.</summary>
    public static Argument<string[]> Paths(string description) => new("paths") { Description = description, Arity = ArgumentArity.OneOrMore };

    /// <summary>Adds the options that choose which files are documents and name their sources, in the order help lists them.</summary>
    public static void AddFileSelection(
        Command command,
        (Option<string[]> Include, Option<string[]> Exclude, Option<bool> NoGitignore) filter,
        (Option<int?> Depth, Option<string> Pattern) sourceNaming)
    {
        command.Options.Add(filter.Include);
        command.Options.Add(filter.Exclude);
        command.Options.Add(filter.NoGitignore);
        command.Options.Add(sourceNaming.Depth);
        command.Options.Add(sourceNaming.Pattern);
    }

    /// <summary><c>--config</c>: the configuration file, instead of the one found above the linted paths.</summary>
    public static Option<string> Config() => new("--config")
    {
        Description = $"The configuration file to use (default: the nearest {ProjectConfiguration.FileName} above the linted paths, or above the working folder).",
        HelpName = "file",
    };

    /// <summary>
    /// The JSON Lines fields: each given option, else the configuration's setting, else the default. Only a field
    /// given on the command line beats the configuration, so an option's default never hides a configured field.
    /// </summary>
    public static JsonlFields JsonlFieldsOf(this ParseResult parseResult, Option<string> text, Option<string> id, Option<string>? source, ConfigurationFile? configuration)
    {
        string? Given(Option<string> option) => parseResult.GetResult(option) is { Implicit: false } ? parseResult.GetValue(option) : null;
        var settings = configuration?.Settings;
        return new JsonlFields(
            Given(text) ?? settings?.JsonlText ?? JsonlFields.Default.Text,
            Given(id) ?? settings?.JsonlId ?? JsonlFields.Default.Id,
            (source is null ? null : Given(source)) ?? settings?.JsonlSource);
    }

    /// <summary><c>--fail-level</c>: the lowest severity that makes the exit code 1.</summary>
    public static Option<string> FailLevel()
    {
        var failLevel = new Option<string>("--fail-level") { Description = "The lowest severity that makes the exit code 1.", DefaultValueFactory = _ => "error" };
        failLevel.AcceptOnlyFromAmong("error", "warning", "suggestion");
        return failLevel;
    }

    /// <summary><c>--parallel</c>: documents analyzed at once.</summary>
    public static Option<int> Parallel()
    {
        var parallel = new Option<int>("--parallel") { Description = "Documents analyzed at once (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        parallel.Validators.Add(result => Require<int>(result, value => value >= 1, "must be at least 1"));
        return parallel;
    }

    /// <summary>
    /// A validator of a number option: adds "NAME REQUIREMENT" as an error when the value given fails
    /// <paramref name="valid"/>. A value that is not a number is left to the parser, which names it; reading it here
    /// would throw.
    /// </summary>
    public static void Require<T>(OptionResult result, Func<T, bool> valid, string requirement)
        where T : struct, IParsable<T>
    {
        if (result.Tokens is [var token] && T.TryParse(token.Value, CultureInfo.InvariantCulture, out var value) && !valid(value))
        {
            result.AddError($"{result.Option.Name} {requirement}");
        }
    }

    /// <summary><c>--no-progress</c>: never draw progress, even on a terminal.</summary>
    public static Option<bool> NoProgress() => new("--no-progress")
    {
        Description = "Show no progress on standard error (it is shown only on a terminal, for runs over a second, and not when CI=true).",
    };

    /// <summary><c>--quiet</c>: findings and errors only.</summary>
    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "Print only findings, warnings and errors: no summary lines and no progress.",
    };

    /// <summary><c>--jsonl-text</c>: the field of each JSON Lines record that holds the text to lint.</summary>
    public static Option<string> JsonlText() => new("--jsonl-text")
    {
        Description = "The field of each JSON Lines record that holds the text to lint.", HelpName = "field", DefaultValueFactory = _ => JsonlFields.Default.Text,
    };

    /// <summary><c>--jsonl-id</c>: the field of each JSON Lines record that holds its id.</summary>
    public static Option<string> JsonlId() => new("--jsonl-id")
    {
        Description = "The field of each JSON Lines record that holds its id, shown as FILE#ID.", HelpName = "field", DefaultValueFactory = _ => JsonlFields.Default.Id,
    };

    /// <summary><c>--jsonl-source</c>: the field of each JSON Lines record that names its source (an outlet).</summary>
    public static Option<string> JsonlSource() => new("--jsonl-source")
    {
        Description = "The field of each JSON Lines record that names its source (an outlet), for what is counted per source; by default the corpus file's folder.", HelpName = "field",
    };

    /// <summary><c>--encoding</c>: how files without a byte order mark are read; it beats <c>corpuslint_encoding</c> in .editorconfig.</summary>
    public static Option<string> Encoding()
    {
        var encoding = new Option<string>("--encoding")
        {
            Description = "How files without a byte order mark are read: utf-8, windows-1256, iso-8859-6, or auto (UTF-8 when the bytes are valid UTF-8, else the Arabic code page a detector recognizes). "
                + "Beats corpuslint_encoding in .editorconfig; the default is auto. A UTF-8 or UTF-16 byte order mark always wins.",
            HelpName = "encoding",
        };
        encoding.AcceptOnlyFromAmong([.. TextEncodings.SettingNames]);
        return encoding;
    }

    /// <summary>The setting given with <paramref name="encoding"/>, else the configuration's; null when neither gives one.</summary>
    public static EncodingSetting? EncodingGiven(this ParseResult parseResult, Option<string> encoding, ConfigurationFile? configuration) =>
        parseResult.GetValue(encoding) is { } name ? TextEncodings.ParseSetting(name) : configuration?.Settings.Encoding;
}
