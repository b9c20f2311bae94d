using System.Globalization;
using System.Text.Json;
using Linter.Core.Rules;
using Linter.Core.Rules.Kinds;
using Linter.CorpusGenerator;

// Linter.CorpusGenerator OUT_DIR [ARTICLES] [SEEDS_DIR]: writes OUT_DIR/corpus/<outlet>/*.txt and OUT_DIR/manifest.json.
// Linter.CorpusGenerator score OUT_DIR VARIANTS_JSON BOILERPLATE_JSON: scores the JSON reports of corpuslint discover.
// Linter.CorpusGenerator score-duplicates OUT_DIR CHECK_JSON RULES...: scores the duplicate findings of corpuslint check --format json.
const string Usage = """
    usage: Linter.CorpusGenerator OUT_DIR [ARTICLES (default 10000)] [SEEDS_DIR (default ./seeds)]
           Linter.CorpusGenerator score OUT_DIR VARIANTS_JSON BOILERPLATE_JSON
           Linter.CorpusGenerator score-duplicates OUT_DIR CHECK_JSON RULES (files or folders of the rules check ran with)...
    """;

if (args.Length == 4 && args[0] == "score")
{
    var generated = CorpusManifest.FromJson(File.ReadAllText(Path.Combine(args[1], CorpusManifest.FileName)));
    var (variants, boilerplate) = DiscoveryScore.FromJson(generated, File.ReadAllText(args[2]), File.ReadAllText(args[3]));
    Console.WriteLine($"variants: {variants}");
    Console.WriteLine($"boilerplate: {boilerplate} among the first {DiscoveryScore.TopLeftovers}");
    return 0;
}

if (args.Length >= 4 && args[0] == "score-duplicates")
{
    return ScoreDuplicates(args[1], args[2], args[3..]);
}

if (args.Length is < 1 or > 3 || args[0].StartsWith("score", StringComparison.Ordinal) || (args.Length > 1 && !int.TryParse(args[1], CultureInfo.InvariantCulture, out _)))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var articles = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
var seeds = args.Length > 2 ? args[2] : "seeds";
if (!Directory.Exists(seeds))
{
    Console.Error.WriteLine($"seed folder not found: {seeds}");
    return 2;
}

var seedTexts = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
var manifest = EvaluationCorpus.Generate(args[0], seedTexts, articles);
Console.Error.WriteLine(
    $"{manifest.Articles} articles in {manifest.Outlets.Count} outlets: {manifest.Families.Count} families, {manifest.Boilerplate.Count} leftovers, " +
    $"{manifest.NearDuplicates.Count} near-duplicate pairs; {Path.Combine(args[0], CorpusManifest.FileName)}");
return 0;

// Scores each duplicate-document rule of the rules given; the shingle size and ids come from the rule, as check used them.
static int ScoreDuplicates(string folder, string checkJson, string[] rulePaths)
{
    var manifestPath = Path.Combine(folder, CorpusManifest.FileName);
    foreach (var path in rulePaths.Prepend(checkJson).Prepend(manifestPath))
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Console.Error.WriteLine($"not found: {path}");
            return 2;
        }
    }

    var ruleFiles = rulePaths
        .SelectMany<string, string>(path => Directory.Exists(path)
            ? Directory.GetFiles(path).Where(file => file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)
            : [path])
        .Select(file => new RuleFile(file, File.ReadAllText(file)));
    var loaded = RuleLoader.Load(ruleFiles, checkExamples: false);
    if (!loaded.Succeeded)
    {
        loaded.Errors.ToList().ForEach(error => Console.Error.WriteLine(error));
        return 2;
    }

    var rules = loaded.RuleSet!.Rules.OfType<DuplicateDocumentRule>().ToList();
    if (rules.Count == 0)
    {
        Console.Error.WriteLine($"no rule of kind {DuplicateDocumentRule.Kind.Name} in {string.Join(", ", rulePaths)}");
        return 2;
    }

    CorpusManifest manifest;
    List<(DuplicateDocumentRule Rule, IReadOnlyList<ReportedDuplicate> Findings)> findings;
    var reading = manifestPath;
    try
    {
        manifest = CorpusManifest.FromJson(File.ReadAllText(manifestPath));
        reading = checkJson;
        var report = File.ReadAllText(checkJson);
        findings = [.. rules.Select(rule => (rule, DuplicateScore.FindingsFromJson(report, rule.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal))))];
    }
    catch (JsonException exception)
    {
        var position = exception.LineNumber is { } line ? $"({line + 1},{exception.BytePositionInLine + 1})" : string.Empty;
        // The message ends with the position again, in the parser's own words.
        Console.Error.WriteLine($"{reading}{position}: {exception.Message.Split(" LineNumber:")[0]}");
        return 2;
    }
    catch (Exception exception) when (exception is KeyNotFoundException or InvalidOperationException)
    {
        Console.Error.WriteLine($"{reading}: not a report of corpuslint check --format json: {exception.Message}");
        return 2;
    }

    var missing = findings.SelectMany(rule => rule.Findings).SelectMany(finding => new[] { finding.Path, finding.Original }).FirstOrDefault(path => !File.Exists(Path.Combine(folder, path)));
    if (missing is not null)
    {
        Console.Error.WriteLine($"{checkJson}: {missing} is not a file under {folder}: run corpuslint check corpus in {folder}, so that paths are as the manifest gives them");
        return 2;
    }

    foreach (var (rule, ruleFindings) in findings)
    {
        var near = rule.Threshold is { } threshold ? FormattableString.Invariant($"near duplicates from a similarity of {threshold:0.##}") : "exact duplicates only";
        Console.WriteLine($"{string.Join("/", rule.Descriptors.Select(d => d.Id))} ({DuplicateDocumentRule.Kind.Name}, {near})");
        Console.Write(DuplicateScore.Measure(manifest, folder, ruleFindings, rule.ShingleWords));
    }

    return 0;
}
