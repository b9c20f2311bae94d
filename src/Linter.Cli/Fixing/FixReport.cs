using System.Globalization;
using Linter.Core.Fixes;

namespace Linter.Cli.Fixing;

/// <summary>How a fix run is told to the user: a line per changed file, then a count.</summary>
internal static class FixReport
{
    /// <summary>
    /// Writes a line per changed file to <paramref name="output"/>, and to <paramref name="error"/> every file
    /// that could not be written or whose fixes did not settle. Returns false when a file could not be written.
    /// </summary>
    public static bool WriteFiles(IReadOnlyList<FixedDocument> files, bool dryRun, TextWriter output, TextWriter error)
    {
        var allWritten = true;
        foreach (var file in files)
        {
            var path = Output.ConsoleText.Escape(file.Document.Path);
            if (file.WriteError is { } writeError)
            {
                error.WriteLine($"{path}: error: {writeError}");
                allWritten = false;
            }
            else if (file.Changed)
            {
                output.WriteLine($"{path}: {(dryRun ? "would fix" : "fixed")} {file.AppliedSummary()}");
            }

            if (file.Result.Fixed is { PassLimitReached: true } unsettled)
            {
                error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{path}: warning: fixes did not settle after {unsettled.Passes} passes; fixable findings remain, run the fix again"));
            }
        }

        return allWritten;
    }

    /// <summary>"Fixed 43 findings in 3 files."</summary>
    public static string Summary(IReadOnlyList<FixedDocument> files, bool dryRun)
    {
        var written = files.Where(f => f.Changed && f.WriteError is null).ToList();
        var findings = written.Sum(f => f.Result.Applied.Count);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{(dryRun ? "Would fix" : "Fixed")} {findings} finding{(findings == 1 ? string.Empty : "s")} in {written.Count} file{(written.Count == 1 ? string.Empty : "s")}.");
    }
}
