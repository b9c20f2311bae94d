using Linter.Cli.Input;
using Linter.Cli.Output;
using Linter.Core.Baselines;
using Linter.Core.Diagnostics;
using Linter.Core.Rules;

namespace Linter.Cli.LanguageServer;

/// <summary>The configuration that documents are linted with, as loaded at one time: rules, baseline, JSONL fields.</summary>
/// <param name="Environment">The workspace folder, where relative paths start.</param>
/// <param name="Rules">The rules.</param>
/// <param name="BaselineFile">Where the baseline is.</param>
/// <param name="Baseline">The baseline; null when there is none or <c>--no-baseline</c> was given.</param>
/// <param name="Fields">The fields of JSONL records that hold the text and the id.</param>
/// <param name="Pages">The address of each id's documentation page.</param>
internal sealed record LintSnapshot(
    CliEnvironment Environment,
    RuleSet Rules,
    BaselineFile BaselineFile,
    Baseline? Baseline,
    JsonlFields Fields,
    IReadOnlyDictionary<string, string> Pages)
{
    /// <summary>The rule that reports <paramref name="descriptor"/>; null for the engine's own diagnostics.</summary>
    public Rule? RuleOf(RuleDescriptor descriptor) => Rules.Rules.FirstOrDefault(rule => rule.Descriptors.Contains(descriptor));
}

/// <summary>What loading the configuration gave.</summary>
/// <param name="Snapshot">The configuration; null when the rules could not be loaded.</param>
/// <param name="RuleErrors">Every error in the rule files, at its file, line and column.</param>
/// <param name="Problems">Problems that have no place in a file (a rule path that does not exist, a baseline that cannot be read).</param>
/// <param name="WatchedFolders">The folders of the rule files and the baseline, where a change means loading again.</param>
internal sealed record LoadResult(LintSnapshot? Snapshot, IReadOnlyList<RuleFileError> RuleErrors, IReadOnlyList<string> Problems, IReadOnlyList<string> WatchedFolders);

/// <summary>
/// The server's options, as the command line gives them, and the loading of the configuration they name: the same
/// rule files, baseline and JSONL fields as <c>check</c> would use for a document, from the configuration file found
/// above the document (see <see cref="ConfigurationFile"/>).
/// </summary>
/// <param name="RulePaths">The <c>--rules</c> paths, absolute; the configuration's rules or the shipped pack when empty.</param>
/// <param name="BaselinePath">The <c>--baseline</c> file, absolute; the configuration's, else the default one, when null.</param>
/// <param name="NoBaseline">Report findings the baseline holds too.</param>
/// <param name="Fields">The JSONL text and id fields given on the command line; null for the configuration's, else the defaults.</param>
/// <param name="PagesFolder">Where the rules' documentation pages are written, for diagnostics to link to.</param>
/// <param name="ConfigurationPath">The <c>--config</c> file, absolute; null to find the one above each document.</param>
internal sealed record LintSettings(IReadOnlyList<string> RulePaths, string? BaselinePath, bool NoBaseline, JsonlFields? Fields, string PagesFolder, string? ConfigurationPath = null)
{
    /// <summary>
    /// The configuration file that applies to documents in <paramref name="folder"/>: the <c>--config</c> one, else the
    /// nearest above; the empty string for none. Documents with the same one share rules and baseline.
    /// </summary>
    public string ConfigurationKeyOf(string folder) => ConfigurationPath ?? ConfigurationFile.FindAbove(folder) ?? string.Empty;

    /// <summary>Loads rules and baseline for the configuration file <paramref name="configurationKey"/> (as <see cref="ConfigurationKeyOf"/> gives it), in the workspace <paramref name="environment"/> names.</summary>
    public LoadResult Load(CliEnvironment environment, string configurationKey)
    {
        var problems = new List<string>();
        ConfigurationFile? configuration = null;
        var watched = new List<string>();
        if (configurationKey.Length > 0)
        {
            watched.Add(Path.GetDirectoryName(configurationKey)!);
            configuration = ConfigurationFile.TryLoad(configurationKey, environment, out var configurationErrors);
            if (configuration is null)
            {
                return new LoadResult(null, configurationErrors, problems, watched);
            }
        }

        var baselineFile = BaselineFile.At(BaselinePath, configuration, environment);
        watched.Add(Path.GetDirectoryName(baselineFile.FullPath)!);
        List<RuleFile> files;
        try
        {
            files = RuleFileLocator.Locate(RulePaths, configuration, environment);
        }
        catch (UsageException exception)
        {
            problems.Add(exception.Message);
            return new LoadResult(null, [], problems, [.. watched.Concat(RulePaths.Select(FolderOf)).Distinct(StringComparer.Ordinal)]);
        }

        watched.AddRange(files.Select(file => Path.GetDirectoryName(environment.Resolve(file.Path))!));
        watched = [.. watched.Distinct(StringComparer.Ordinal)];
        var loaded = RuleLoader.Load(files, checkExamples: false);
        if (!loaded.Succeeded)
        {
            return new LoadResult(null, loaded.Errors, problems, watched);
        }

        Baseline? baseline = null;
        try
        {
            baseline = NoBaseline ? null : baselineFile.ReadIfExists();
        }
        catch (UsageException exception)
        {
            problems.Add(exception.Message);
        }

        IReadOnlyDictionary<string, string> pages;
        try
        {
            pages = WritePages(loaded.RuleSet!);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Diagnostics without links are still diagnostics.
            problems.Add($"the rules' pages could not be written to {PagesFolder}: {exception.Message}");
            pages = new Dictionary<string, string>();
        }

        var fields = Fields ?? new JsonlFields(configuration?.Settings.JsonlText ?? JsonlFields.Default.Text, configuration?.Settings.JsonlId ?? JsonlFields.Default.Id);
        var snapshot = new LintSnapshot(environment, loaded.RuleSet!, baselineFile, baseline, fields, pages);
        return new LoadResult(snapshot, [], problems, watched);
    }

    private static string FolderOf(string path) => Directory.Exists(path) ? path : Path.GetDirectoryName(path)!;

    /// <summary>
    /// Writes each rule's page, as <c>rules docs</c> does, and returns each id's address: the rule's <c>help_uri</c>
    /// when it has one, else its page. The pages are written from the rules loaded, so they never describe other rules.
    /// </summary>
    private Dictionary<string, string> WritePages(RuleSet ruleSet)
    {
        Directory.CreateDirectory(PagesFolder);
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (fileName, markdown) in RuleDocumentation.Pages(ruleSet))
        {
            var path = Path.Combine(PagesFolder, fileName);
            AtomicFileWriter.Write(path, System.Text.Encoding.UTF8.GetBytes(markdown));
            pages[Path.GetFileNameWithoutExtension(fileName)] = FileUri.FromAbsolutePath(path);
        }

        foreach (var descriptor in ruleSet.Descriptors.Where(d => d.HelpUri is not null))
        {
            pages[descriptor.Id] = descriptor.HelpUri!.AbsoluteUri;
        }

        return pages;
    }
}
