using System.Text;
using Linter.Cli.Input;
using Linter.Core.Baselines;
using Linter.Core.Configuration;
using Linter.Core.Pipeline;
using Linter.Core.Rules;
using SharpFuzz;

// Each target reads one input and must never throw but for the errors its readers report to the user: anything
// else ends the process, which afl++ keeps as a crash. fuzz/run.sh runs them.
var targets = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
{
    ["rules"] = bytes => RuleLoader.Load([new RuleFile("fuzz.yaml", Encoding.UTF8.GetString(bytes))]),
    ["editorconfig"] = bytes => _ = SeverityConfiguration.Validate(EditorConfigFile.Parse(".editorconfig", Encoding.UTF8.GetString(bytes))).Count(),
    ["baseline"] = bytes =>
    {
        try
        {
            Baseline.Parse(Encoding.UTF8.GetString(bytes));
        }
        catch (FormatException)
        {
            // A baseline that is not one: reported to the user.
        }
    },
    ["jsonl"] = bytes => _ = JsonlReader.Read(new MemoryStream(bytes), "fuzz.jsonl", JsonlFields.Default).Count(),
    ["lint"] = LintTarget.Lint,
};

if (args is not [var name] || !targets.TryGetValue(name, out var target))
{
    Console.Error.WriteLine($"usage: Linter.Fuzz {string.Join('|', targets.Keys)}   (reads one input on standard input, as afl++ gives it)");
    return 2;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var bytes = new MemoryStream();
    stream.CopyTo(bytes);
    target(bytes.ToArray());
});
return 0;

/// <summary>The decoder and the pattern engine: a document linted with the rules fuzz/run.sh copies next to the program, loaded once.</summary>
internal static class LintTarget
{
    private static readonly LintEngine Engine = new(RuleLoader.Load(
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "rules"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(path => new RuleFile(path, File.ReadAllText(path))),
        checkExamples: false).RuleSet!);

    /// <summary>Lints <paramref name="bytes"/> as a file.</summary>
    public static void Lint(byte[] bytes) => CorpusRun.Run(Engine, [new InputDocument("fuzz.txt", () => bytes)], new CollectingSink());
}
