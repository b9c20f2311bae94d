using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Linter.Evaluation;

/// <summary>A failure the evaluation reports in one line.</summary>
internal sealed class EvaluationException(string message) : Exception(message);

/// <summary>The command line: <c>--corpora DIR</c>, <c>--variants</c> or <c>--boilerplate</c>, <c>--draw RULE</c> or <c>--draw-into DIR</c>, <c>--count N</c>, <c>--seed S</c>.</summary>
internal sealed record EvaluationOptions(string? Corpora, string? Draw, string? DrawInto, int Count, int Seed, bool Variants, bool Boilerplate)
{
    public static EvaluationOptions Parse(string[] args)
    {
        string? corpora = null, draw = null, drawInto = null;
        int count = 30, seed = 1;
        bool variants = false, boilerplate = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new EvaluationException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--corpora": corpora = Path.GetFullPath(Value()); break;
                case "--draw": draw = Value(); break;
                case "--draw-into": drawInto = Path.GetFullPath(Value()); break;
                case "--count": count = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--variants": variants = true; break;
                case "--boilerplate": boilerplate = true; break;
                default: throw new EvaluationException($"unknown option {args[i]}; use --corpora DIR, --variants, --boilerplate, --draw RULE, --draw-into DIR, --count N, --seed S");
            }
        }

        return new EvaluationOptions(corpora, draw, drawInto, count, seed, variants, boilerplate);
    }
}

/// <summary>The repository this program belongs to.</summary>
internal static class Repository
{
    public static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Linter.sln")))
            {
                return folder.FullName;
            }
        }

        throw new EvaluationException("cannot find the repository (Linter.sln) above " + AppContext.BaseDirectory);
    }
}

/// <summary>The development corpora, unpacked once from <c>../shared/corpora/real-news.tar.xz</c> into <c>eval/.corpora</c>.</summary>
internal static class CorpusArchive
{
    public static string Unpack(string repository)
    {
        var target = Path.Combine(repository, "eval", ".corpora");
        if (Directory.Exists(Path.Combine(target, "real-news")))
        {
            return target;
        }

        var archive = Path.GetFullPath(Path.Combine(repository, "..", "shared", "corpora", "real-news.tar.xz"));
        if (!File.Exists(archive))
        {
            throw new EvaluationException($"no corpora: {archive} is missing; give --corpora DIR (a folder holding real-news/)");
        }

        Directory.CreateDirectory(target);
        Console.Error.WriteLine($"unpacking {archive} into {target} ...");
        Process.Run("tar", ["-xJf", archive, "-C", target], repository);
        return target;
    }
}

/// <summary>One corpus of <c>eval/corpora.tsv</c>.</summary>
internal sealed record CorpusEntry(string Name, string Folder, IReadOnlyList<string> Options)
{
    /// <summary>The encoding of its files, from its <c>--encoding</c> option.</summary>
    public Encoding Encoding
    {
        get
        {
            var at = Options.ToList().IndexOf("--encoding");
            return at < 0 ? new UTF8Encoding(false) : Encoding.GetEncoding(Options[at + 1]);
        }
    }
}

/// <summary>Reads <c>eval/corpora.tsv</c>.</summary>
internal static class CorpusList
{
    public static IReadOnlyList<CorpusEntry> Read(string path) =>
    [
        .. Tsv.Read(path).Select(row => new CorpusEntry(row["name"], row["folder"], row["options"].Split(' ', StringSplitOptions.RemoveEmptyEntries))),
    ];
}

/// <summary>A finding as the JSON report gives it, with its path relative to the corpora root.</summary>
internal sealed record Finding(string Id, string Path, int Line, int Column, string Text, string Message, string? Replacement)
{
    /// <summary>The folder of the document: the outlet, or a corpus's category.</summary>
    public string Folder => Path[..Math.Max(0, Path.LastIndexOf('/'))];

    /// <summary>What identifies the finding in a sample.</summary>
    public (string, string, int, int) Key => (Id, Path, Line, Column);
}

/// <summary>The built tool, run on a corpus with the shipped rules.</summary>
internal sealed class LinterRun(string repository, string tool)
{
    public static LinterRun Build(string repository)
    {
        Console.Error.WriteLine("building the tool ...");
        Process.Run("dotnet", ["build", "src/Linter.Cli", "-c", "Release", "--nologo", "-v", "quiet"], repository);
        return new LinterRun(repository, System.IO.Path.Combine(repository, "src", "Linter.Cli", "bin", "Release", "net10.0", "corpuslint.dll"));
    }

    /// <summary>Runs <c>discover variants</c> on a corpus with the shipped rules; returns its JSON report and writes its rules to <paramref name="outFile"/>.</summary>
    public JsonDocument DiscoverVariants(string corporaRoot, CorpusEntry corpus, string outFile) => Discover("variants", corporaRoot, corpus, outFile);

    /// <summary>Runs <c>discover ANALYSIS</c> (variants or boilerplate) on a corpus with the shipped rules; returns its JSON report and writes its rules to <paramref name="outFile"/>.</summary>
    public JsonDocument Discover(string analysis, string corporaRoot, CorpusEntry corpus, string outFile) => JsonDocument.Parse(Process.Output(
        "dotnet",
        [tool, "discover", analysis, corpus.Folder, "--rules", System.IO.Path.Combine(repository, "rules"), .. corpus.Options, "--format", "json", "--out", outFile],
        corporaRoot));

    /// <summary>Runs <c>check</c> on a corpus with the shipped rules, or with the rule file <paramref name="rules"/> alone.</summary>
    public IReadOnlyList<Finding> Check(string corporaRoot, CorpusEntry corpus, string? rules = null)
    {
        var report = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"corpuslint-eval-{Environment.ProcessId}-{corpus.Name}.json");
        try
        {
            string[] arguments = [tool, "check", corpus.Folder, "--rules", rules ?? System.IO.Path.Combine(repository, "rules"), .. corpus.Options, "--format", "json", "--output", report, "--no-progress"];
            Process.Run("dotnet", arguments, corporaRoot, acceptedExitCodes: [0, 1]);
            using var json = JsonDocument.Parse(File.ReadAllBytes(report));
            return
            [
                .. json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => new Finding(
                    d.GetProperty("id").GetString()!,
                    d.GetProperty("path").GetString()!.Replace('\\', '/'),
                    d.GetProperty("line").GetInt32(),
                    d.GetProperty("column").GetInt32(),
                    d.GetProperty("text").GetString()!,
                    d.GetProperty("message").GetString()!,
                    d.GetProperty("fix").ValueKind == JsonValueKind.Object ? string.Concat(d.GetProperty("fix").GetProperty("edits").EnumerateArray().Select(e => e.GetProperty("newText").GetString())) : null)),
            ];
        }
        finally
        {
            File.Delete(report);
        }
    }
}

/// <summary>The corpora's files as text, read once each, split into lines.</summary>
internal sealed class CorpusTexts(string root, IReadOnlyList<CorpusEntry> corpora)
{
    private readonly Dictionary<string, string[]> _lines = new(StringComparer.Ordinal);

    public string Root => root;

    /// <summary>Every file of the corpora, by path relative to the root.</summary>
    public IEnumerable<string> Files() => corpora.SelectMany(corpus =>
        Directory.EnumerateFiles(Path.Combine(root, corpus.Folder), "*.txt", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    /// <summary>The lines of the file at <paramref name="path"/>, without their breaks.</summary>
    public string[] Lines(string path)
    {
        if (!_lines.TryGetValue(path, out var lines))
        {
            var corpus = corpora.First(c => path.StartsWith(c.Folder + "/", StringComparison.Ordinal));
            var text = corpus.Encoding.GetString(File.ReadAllBytes(Path.Combine(root, path)));
            _lines[path] = lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        }

        return lines;
    }

    /// <summary>Line <paramref name="line"/> (1-based) of a file, or an empty string past its end.</summary>
    public string Line(string path, int line)
    {
        var lines = Lines(path);
        return line >= 1 && line <= lines.Length ? lines[line - 1] : string.Empty;
    }
}

/// <summary>Tab-separated files with a header row; lines starting with '#' are comments.</summary>
internal static class Tsv
{
    public static IEnumerable<Dictionary<string, string>> Read(string path)
    {
        string[]? header = null;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }

            if (cells.Length > header.Length)
            {
                throw new EvaluationException($"{path}({number}): {cells.Length} cells, the header has {header.Length}");
            }

            yield return header.Select((name, i) => (name, value: i < cells.Length ? cells[i] : string.Empty)).ToDictionary(c => c.name, c => c.value, StringComparer.Ordinal);
        }
    }

    /// <summary>A value made safe for a cell of a text file: tabs and line breaks shown as \t, \r, \n, other control characters as \uXXXX.</summary>
    public static string Cell(string value)
    {
        var cell = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            _ = c switch
            {
                '\t' => cell.Append("\\t"),
                '\r' => cell.Append("\\r"),
                '\n' => cell.Append("\\n"),
                _ when char.IsControl(c) => cell.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => cell.Append(c),
            };
        }

        return cell.ToString();
    }
}

/// <summary>Runs a program to its end, failing with its standard error unless it exits as expected.</summary>
internal static class Process
{
    public static void Run(string program, IEnumerable<string> arguments, string workingDirectory, int[]? acceptedExitCodes = null) =>
        Output(program, arguments, workingDirectory, acceptedExitCodes);

    /// <summary>Runs a program to its end and returns its standard output.</summary>
    public static string Output(string program, IEnumerable<string> arguments, string workingDirectory, int[]? acceptedExitCodes = null)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start) ?? throw new EvaluationException($"cannot start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        output.Wait();
        process.WaitForExit();
        if (!(acceptedExitCodes ?? [0]).Contains(process.ExitCode))
        {
            throw new EvaluationException($"{program} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {error.Trim()}");
        }

        return output.Result;
    }
}
