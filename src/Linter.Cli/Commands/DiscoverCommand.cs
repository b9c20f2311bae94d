using System.CommandLine;
using System.Text;
using Linter.Cli.Input;
using Linter.Cli.Output;
using Linter.Core.Arabic;
using Linter.Core.Corpus;
using Linter.Core.Pipeline;
using Linter.Core.Text;
using Linter.Core.Rules;
using Linter.Core.Discovery;

namespace Linter.Cli.Commands;

/// <summary>
/// <c>corpuslint discover variants|boilerplate PATHS</c>: corpus-wide analyses that find what no rule lists yet, the
/// spelling families of names and each source's recurring leftovers, and with <c>--out</c> write them as rules.
/// </summary>
internal sealed class DiscoverCommand(CliEnvironment environment, RulesOption rulesOption)
{
    /// <summary>Builds the command and its two subcommands.</summary>
    public Command Build()
    {
        var variants = new Command("variants", "Find families of spellings of one name that no loaded rule lists (زيلينسكي ~ زيلنسكي).");
        var variantInputs = Inputs.AddTo(variants);
        var minOccurrences = new Option<int>("--min-occurrences") { Description = "The fewest occurrences a spelling needs to be considered.", DefaultValueFactory = _ => new VariantOptions().MinOccurrences };
        minOccurrences.Validators.Add(result => SharedOptions.Require<int>(result, value => value >= 1, "must be at least 1"));
        var dictionary = ArabicDictionary.CreateOption();
        variants.Options.Add(minOccurrences);
        variants.Options.Add(dictionary);
        variants.SetAction(parseResult => rulesOption.Run(parseResult.GetValue(variantInputs.Rules), () => variantInputs.FindConfiguration(parseResult, environment), (ruleSet, configuration) =>
            Variants(
                variantInputs.Read(parseResult, environment, configuration),
                ruleSet,
                ArabicDictionary.Read(parseResult.GetValue(dictionary), environment),
                new VariantOptions { MinOccurrences = parseResult.GetValue(minOccurrences) })));

        var boilerplate = new Command("boilerplate", "Find lines, lead-ins and tails that recur across the documents of a source (an outlet's footer, byline, widgets).");
        var boilerplateInputs = Inputs.AddTo(boilerplate);
        var minDocuments = new Option<int>("--min-documents") { Description = "The fewest documents of a source that must hold a leftover's shape.", DefaultValueFactory = _ => new BoilerplateOptions().MinDocuments };
        minDocuments.Validators.Add(result => SharedOptions.Require<int>(result, value => value >= 1, "must be at least 1"));
        var minShare = new Option<double>("--min-share") { Description = "The smallest share of a source's documents (0 to 1) that must hold a leftover's shape.", DefaultValueFactory = _ => new BoilerplateOptions().MinShare };
        minShare.Validators.Add(result => SharedOptions.Require<double>(result, value => value is >= 0 and <= 1, "must be between 0 and 1"));
        var minSourceDocuments = new Option<int>("--min-source-documents") { Description = "A source with fewer documents gives no evidence: nothing is found in it.", DefaultValueFactory = _ => new BoilerplateOptions().MinSourceDocuments };
        minSourceDocuments.Validators.Add(result => SharedOptions.Require<int>(result, value => value >= 1, "must be at least 1"));
        var top = new Option<int?>("--top") { Description = "Show and write only the best N candidates (default: all)." };
        top.Validators.Add(result => SharedOptions.Require<int>(result, value => value >= 1, "must be at least 1"));
        boilerplate.Options.Add(minDocuments);
        boilerplate.Options.Add(minShare);
        boilerplate.Options.Add(minSourceDocuments);
        boilerplate.Options.Add(top);
        boilerplate.SetAction(parseResult => rulesOption.Run(parseResult.GetValue(boilerplateInputs.Rules), () => boilerplateInputs.FindConfiguration(parseResult, environment), (ruleSet, configuration) =>
            Boilerplate(
                boilerplateInputs.Read(parseResult, environment, configuration),
                ruleSet,
                new BoilerplateOptions { MinDocuments = parseResult.GetValue(minDocuments), MinShare = parseResult.GetValue(minShare), MinSourceDocuments = parseResult.GetValue(minSourceDocuments) },
                parseResult.GetValue(top))));

        return new Command("discover", "Analyze a whole corpus for what no rule lists yet.") { variants, boilerplate };
    }

    private int Variants(Request request, RuleSet ruleSet, ArabicLexicon? lexicon, VariantOptions options)
    {
        var state = request.Collect(new CorpusCollector<VariantState>(() => new VariantState(lexicon)), environment);
        var report = VariantDiscovery.Discover(state, new ListedSpellings(ruleSet), options);
        Print(request, output => DiscoveryJson.Write(output, report), output => DiscoveryConsole.Write(output, report));

        return request.OutFile is null
            ? ExitCodes.Success
            : WriteRules(request, $"{report.Families.Count} families", DiscoveredRules.VariantRuleFile(report.Families, FreeIds(ruleSet, request, DiscoveredRules.FirstVariantId)));
    }

    /// <summary>Writes a report to standard output in the format asked for.</summary>
    private void Print(Request request, Action<TextWriter> json, Action<TextWriter> console) =>
        (request.Format == "json" ? json : console)(environment.Output);

    private int Boilerplate(Request request, RuleSet ruleSet, BoilerplateOptions options, int? top)
    {
        var state = request.Collect(new CorpusCollector<LeftoverCounts>(() => new LeftoverCounts()), environment);
        var report = BoilerplateDiscovery.Discover(state, new RuleCoverage(ruleSet).Covers, options);
        if (top is { } count)
        {
            report = report with { Candidates = [.. report.Candidates.Take(count)] };
        }

        Print(request, output => DiscoveryJson.Write(output, report), output => DiscoveryConsole.Write(output, report));

        return request.OutFile is null
            ? ExitCodes.Success
            : WriteRules(request, $"{report.Candidates.Count} candidates", DiscoveredRules.BoilerplateRuleFile(report.Candidates, request.Sources.Globs, FreeIds(ruleSet, request, DiscoveredRules.FirstBoilerplateId)));
    }

    /// <summary>Free ids from CL<paramref name="start"/> up; ids defined in the file being rewritten are free again.</summary>
    private IEnumerable<string> FreeIds(RuleSet ruleSet, Request request, int start)
    {
        var outFile = environment.Resolve(request.OutFile!);
        return DiscoveredRules.FreeIds(ruleSet, start, descriptor => descriptor.Source is { } source && environment.Resolve(source.Path) == outFile);
    }

    private int WriteRules(Request request, string what, string? rules)
    {
        if (rules is null)
        {
            environment.Error.WriteLine($"corpuslint: nothing found, so {request.OutFile} was not written.");
            return ExitCodes.Success;
        }

        try
        {
            AtomicFileWriter.Write(environment.Resolve(request.OutFile!), Encoding.UTF8.GetBytes(rules));
        }
        catch (FileWriteException exception)
        {
            environment.Error.WriteLine($"corpuslint: error: {request.OutFile}: {exception.Message}");
            return ExitCodes.Error;
        }

        environment.Error.WriteLine($"corpuslint: wrote the rules of {what} to {request.OutFile}.");
        return ExitCodes.Success;
    }

    /// <summary>What a run reads and where it writes.</summary>
    /// <param name="Documents">The corpus's documents, read as the run goes.</param>
    /// <param name="Sources">The sources of its files, for the <c>files</c> of the rules written.</param>
    /// <param name="Encoding">How each file is read.</param>
    /// <param name="Format">The report on standard output.</param>
    /// <param name="OutFile">The rule file to write, or null.</param>
    /// <param name="Parallel">The most documents read at once.</param>
    private sealed record Request(IEnumerable<InputDocument> Documents, CorpusSources Sources, Func<string, EncodingSetting> Encoding, string Format, string? OutFile, int Parallel)
    {
        /// <summary>
        /// Collects every document into <paramref name="collector"/>'s state through the one run, without running a
        /// rule; a document that cannot be read is skipped with a warning on standard error naming its place.
        /// </summary>
        public TState Collect<TState>(CorpusCollector<TState> collector, CliEnvironment environment)
            where TState : ICorpusState<TState>
        {
            var engine = new LintEngine(RuleSet.Create([]), encoding: Encoding);
            var pass = engine.StartCorpus(collector);
            CorpusRun.Run(engine, Documents, new SkippedDocumentsSink(environment.Error), new RunOptions { MaxParallelism = Parallel, Corpus = pass, CollectOnly = true, ReportAcrossDocuments = false });
            return pass.StateOf<TState>(collector);
        }
    }

    /// <summary>The options both subcommands take: the corpus, the rules, the output.</summary>
    private sealed record Inputs(
        Argument<string[]> Paths,
        Option<string[]> Rules,
        Option<string> Config,
        Option<string> Format,
        Option<string> Out,
        (Option<string[]> Include, Option<string[]> Exclude, Option<bool> NoGitignore) Filter,
        Option<string> JsonlText,
        Option<string> JsonlId,
        Option<string> JsonlSource,
        Option<string> StandardInputFormat,
        Option<int> Parallel,
        Option<string> Encoding,
        (Option<int?> Depth, Option<string> Pattern) SourceNaming)
    {
        public static Inputs AddTo(Command command)
        {
            var format = new Option<string>("--format", "-f") { Description = "The report on standard output.", DefaultValueFactory = _ => "console" };
            format.AcceptOnlyFromAmong("console", "json");
            var standardInputFormat = new Option<string>("--stdin-format") { Description = "What the path '-' reads from standard input: one text document, or a JSON Lines corpus.", DefaultValueFactory = _ => "text" };
            standardInputFormat.AcceptOnlyFromAmong("text", "jsonl");
            var inputs = new Inputs(
                SharedOptions.Paths("Files and folders of the corpus; by default the folder that holds a file is its source."),
                RulesOption.Create(),
                SharedOptions.Config(),
                format,
                new Option<string>("--out") { Description = "Write what was found as a rule file, ready for check --rules FILE.", HelpName = "file" },
                PathFilter.CreateOptions(),
                SharedOptions.JsonlText(),
                SharedOptions.JsonlId(),
                SharedOptions.JsonlSource(),
                standardInputFormat,
                SharedOptions.Parallel(),
                SharedOptions.Encoding(),
                Input.SourceNaming.CreateOptions());
            command.Arguments.Add(inputs.Paths);
            foreach (var option in new Option[] { inputs.Rules, inputs.Config, format, inputs.Out, inputs.Filter.Include, inputs.Filter.Exclude, inputs.Filter.NoGitignore, inputs.SourceNaming.Depth, inputs.SourceNaming.Pattern, inputs.JsonlText, inputs.JsonlId, inputs.JsonlSource, standardInputFormat, inputs.Parallel, inputs.Encoding })
            {
                command.Options.Add(option);
            }

            return inputs;
        }

        public ConfigurationFile? FindConfiguration(ParseResult parseResult, CliEnvironment environment) =>
            ConfigurationFile.Find(parseResult.GetValue(Paths)!, parseResult.GetValue(Config), environment);

        public Request Read(ParseResult parseResult, CliEnvironment environment, ConfigurationFile? configuration)
        {
            var paths = parseResult.GetValue(Paths)!;
            var outFile = parseResult.GetValue(Out);
            if (outFile is not null && paths.Any(path => path != CliEnvironment.StandardInputPath && environment.Resolve(path) == environment.Resolve(outFile)))
            {
                throw new UsageException($"{outFile} is both a path of the corpus and the --out file");
            }

            var fields = parseResult.JsonlFieldsOf(JsonlText, JsonlId, JsonlSource, configuration);
            var files = Input.SourceNaming.From(parseResult, SourceNaming, configuration).Apply(
                DocumentEnumerator.Enumerate([.. paths.Where(path => path != CliEnvironment.StandardInputPath)], environment, PathFilter.From(parseResult, Filter, configuration, fields.Text)));
            var sources = new CorpusSources();
            files.ForEach(file => sources.OfFile(file));
            var readsStandardInput = paths.Contains(CliEnvironment.StandardInputPath);
            var standardInput = new CorpusFile(CliEnvironment.StandardInputDisplay, environment.Resolve(CliEnvironment.StandardInputDisplay));
            var settings = EditorConfigSeverities.TryLoad(readsStandardInput ? [.. files, standardInput] : files, environment, out var errors, parseResult.EncodingGiven(Encoding, configuration))
                ?? throw new UsageException(string.Join(Environment.NewLine, errors.Select(error => error.ToString())));
            var documents = CorpusDocuments.Of(files, fields, environment, readsStandardInput ? parseResult.GetValue(StandardInputFormat) : null);
            return new Request(documents, sources, settings.EncodingOf, parseResult.GetValue(Format)!, outFile, parseResult.GetValue(Parallel));
        }
    }
}
