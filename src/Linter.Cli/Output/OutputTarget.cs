using Linter.Cli.Input;

namespace Linter.Cli.Output;

/// <summary>One report of a run: its format, and the file it goes to, or null for standard output.</summary>
/// <param name="Format">One of <see cref="OutputFormats.Names"/>.</param>
/// <param name="Path">The <c>--output</c> file as given, or null for standard output.</param>
internal sealed record OutputTarget(string Format, string? Path)
{
    /// <summary>
    /// Pairs each <c>--format</c> with the <c>--output</c> in the same position; a format without one goes to
    /// standard output. No <c>--format</c> means the console format.
    /// </summary>
    /// <exception cref="UsageException">More files than formats, two formats on standard output, or one file twice.</exception>
    public static IReadOnlyList<OutputTarget> Pair(IReadOnlyList<string> formats, IReadOnlyList<string> outputs, CliEnvironment environment)
    {
        if (formats.Count == 0)
        {
            formats = [OutputFormats.Console];
        }

        if (outputs.Count > formats.Count)
        {
            throw new UsageException(
                $"{outputs.Count} --output for {formats.Count} --format; each --output is the file of the --format in the same position, so give a --format for '{outputs[formats.Count]}'");
        }

        var targets = formats.Select((format, index) => new OutputTarget(format, index < outputs.Count ? outputs[index] : null)).ToList();
        var onStandardOutput = targets.Where(target => target.Path is null).ToList();
        if (onStandardOutput.Count > 1)
        {
            throw new UsageException(
                $"--format {onStandardOutput[0].Format} and --format {onStandardOutput[1].Format} would both go to standard output; give every format but one an --output FILE");
        }

        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in outputs)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new UsageException("--output needs a file name");
            }

            if (!files.Add(environment.Resolve(path)))
            {
                throw new UsageException($"--output {path} is given twice; each report needs its own file");
            }
        }

        return targets;
    }
}
