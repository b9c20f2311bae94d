using System.Globalization;
using Linter.CorpusGenerator;

// Linter.CorpusGenerator OUT_DIR [ARTICLES] [SEEDS_DIR]: writes OUT_DIR/corpus/<outlet>/*.txt and OUT_DIR/manifest.json.
// Linter.CorpusGenerator score OUT_DIR VARIANTS_JSON BOILERPLATE_JSON: scores the JSON reports of corpuslint discover.
if (args.Length == 4 && args[0] == "score")
{
    var generated = CorpusManifest.FromJson(File.ReadAllText(Path.Combine(args[1], CorpusManifest.FileName)));
    var (variants, boilerplate) = DiscoveryScore.FromJson(generated, File.ReadAllText(args[2]), File.ReadAllText(args[3]));
    Console.WriteLine($"variants: {variants}");
    Console.WriteLine($"boilerplate: {boilerplate} among the first {DiscoveryScore.TopLeftovers}");
    return 0;
}

if (args.Length is < 1 or > 3 || (args.Length > 1 && !int.TryParse(args[1], CultureInfo.InvariantCulture, out _)))
{
    Console.Error.WriteLine("usage: Linter.CorpusGenerator OUT_DIR [ARTICLES (default 10000)] [SEEDS_DIR (default ./seeds)]");
    Console.Error.WriteLine("       Linter.CorpusGenerator score OUT_DIR VARIANTS_JSON BOILERPLATE_JSON");
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
