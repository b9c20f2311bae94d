using System.Globalization;
using System.Text;
using Linter.Evaluation;

// Lints the development corpora with the shipped rules and the built tool, then reports each rule's precision on the
// reviewed samples, the findings no sample has judged yet, and each outlet's recall of its reviewed leftovers.
//   dotnet run --project eval/Linter.Evaluation -c Release                     the figures
//   dotnet run --project eval/Linter.Evaluation -c Release -- --draw CL5001    30 unjudged findings to review, as TSV
//   dotnet run --project eval/Linter.Evaluation -c Release -- --draw-into DIR  the same for every rule short of 30 reviewed
//   dotnet run --project eval/Linter.Evaluation -c Release -- --variants       the figures of discover variants (with --draw RULE: its findings to review)
//   dotnet run --project eval/Linter.Evaluation -c Release -- --boilerplate    the figures of discover boilerplate alone (with --draw discovered: its rules' findings to review)
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
try
{
    var options = EvaluationOptions.Parse(args);
    var repository = Repository.Root();
    var corporaRoot = options.Corpora ?? CorpusArchive.Unpack(repository);
    var corpora = CorpusList.Read(Path.Combine(repository, "eval", "corpora.tsv"));
    var linter = LinterRun.Build(repository);
    if (options.Variants)
    {
        // Discovery reads one corpus: the first of eval/corpora.tsv.
        VariantEvaluation.Run(linter, corporaRoot, corpora[0], repository, options, Console.Out);
        return 0;
    }

    var findings = new List<Finding>();
    foreach (var corpus in corpora)
    {
        Console.Error.WriteLine($"linting {corpus.Folder} ...");
        findings.AddRange(linter.Check(corporaRoot, corpus));
    }

    var texts = new CorpusTexts(corporaRoot, corpora);
    var leftovers = LeftoverList.ReadAll(Path.Combine(repository, "eval", "leftovers"));
    if (options.Boilerplate)
    {
        var discovery = corpora.Select(corpus => BoilerplateEvaluation.Discover(linter, corporaRoot, corpus)).ToList();
        if (options.Draw is { } discovered)
        {
            Sample.Draw([.. discovery.SelectMany(run => run.Findings)], BoilerplateEvaluation.Samples(repository), discovered, options.Count, options.Seed, texts, Console.Out);
            return 0;
        }

        BoilerplateEvaluation.Write(discovery, repository, Console.Out);
        Report.WriteRecall(findings, discovery, leftovers, texts, Console.Out);
        return 0;
    }

    var samples = Sample.ReadAll(Path.Combine(repository, "eval", "samples"));
    if (options.Draw is { } rule)
    {
        Sample.Draw(findings, samples, rule, options.Count, options.Seed, texts, Console.Out);
        return 0;
    }

    if (options.DrawInto is { } folder)
    {
        // Every rule short of its sample, each into FOLDER/RULE.tsv, from one run of the linter.
        Directory.CreateDirectory(folder);
        var produced = findings.Select(f => f.Key).ToHashSet();
        foreach (var id in findings.Select(f => f.Id).Distinct().Order(StringComparer.Ordinal))
        {
            var missing = Math.Min(options.Count, findings.Count(f => f.Id == id)) - samples.Count(s => s.Rule == id && produced.Contains(s.Key));
            if (missing > 0)
            {
                using var writer = new StreamWriter(Path.Combine(folder, id + ".tsv"));
                Sample.Draw(findings, samples, id, missing, options.Seed, texts, writer);
            }
        }

        return 0;
    }

    var runs = corpora.Select(corpus => BoilerplateEvaluation.Discover(linter, corporaRoot, corpus)).ToList();
    Report.Write(findings, samples, Console.Out);
    BoilerplateEvaluation.Write(runs, repository, Console.Out);
    Report.WriteRecall(findings, runs, leftovers, texts, Console.Out);
    return 0;
}
catch (EvaluationException exception)
{
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpuslint-eval: {exception.Message}"));
    return 2;
}
