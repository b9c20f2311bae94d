using System.Globalization;
using Linter.Core.Corpus;

namespace Linter.Cli.Output;

/// <summary>The console report of <c>discover</c>: what was found, as tables a person reads, Arabic text last on each line.</summary>
internal static class DiscoveryConsole
{
    /// <summary>Writes the families: per family its suggested preferred form, then a row per form with its counts per source.</summary>
    public static void Write(TextWriter output, VariantReport report)
    {
        output.WriteLine($"{Count(report.Families.Count)} spelling families that no loaded rule lists, in {Count(report.Documents)} documents ({Count(report.Words)} words).");
        var number = 0;
        foreach (var family in report.Families)
        {
            output.WriteLine();
            output.WriteLine($"{++number}. {family.Forms.Count} forms, {Count(family.Occurrences)} occurrences, context similarity {family.ContextSimilarity.ToString("0.00", CultureInfo.InvariantCulture)}; preferred (the majority): {ConsoleText.Escape(family.Preferred)}");
            var rows = family.Forms
                .Select(form => new[] { Count(form.Occurrences), Count(form.Documents), Sources(form.Sources.Select(source => (source.Source, Count(source.Count)))), form.Text })
                .Prepend(["COUNT", "DOCS", "SOURCES", "FORM"]);
            WriteTable(output, rows, indent: "   ");
        }
    }

    /// <summary>Writes the candidates, best first, one row each.</summary>
    public static void Write(TextWriter output, BoilerplateReport report)
    {
        output.WriteLine($"{Count(report.Candidates.Count)} recurring leftovers in {Count(report.Documents)} documents from {Count(report.SourceDocuments.Count)} sources.");
        if (report.Candidates.Count == 0)
        {
            return;
        }

        output.WriteLine();
        var rows = report.Candidates
            .Select((candidate, index) => new[]
            {
                Count(index + 1),
                candidate.Score.ToString("0.000", CultureInfo.InvariantCulture),
                candidate.Placement.ToString().ToLowerInvariant(),
                candidate.Kind,
                Count(candidate.Documents),
                Sources(candidate.BoilerplateSources.Select(source => (source.Source, $"{Count(source.Documents)}/{Count(source.SourceDocuments)}"))),
                candidate.Text,
            })
            .Prepend(["RANK", "SCORE", "PLACEMENT", "KIND", "DOCS", "SOURCES (DOCS/OF)", "TEXT"]);
        WriteTable(output, rows, indent: string.Empty);
    }

    private static string Sources(IEnumerable<(string Source, string Count)> sources) => string.Join(", ", sources.Select(source => $"{source.Source} {source.Count}"));

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Columns padded to their widest cell; the last column is not padded.</summary>
    private static void WriteTable(TextWriter output, IEnumerable<string[]> rows, string indent)
    {
        // Cells quote the corpus, whose control characters must not reach the terminal.
        var table = rows.Select(row => Array.ConvertAll(row, ConsoleText.Escape)).ToList();
        var widths = Enumerable.Range(0, table[0].Length - 1).Select(column => table.Max(row => row[column].Length)).ToList();
        foreach (var row in table)
        {
            var cells = row.Take(row.Length - 1).Select((cell, column) => column < 2 && char.IsDigit(cell.FirstOrDefault()) ? cell.PadLeft(widths[column]) : cell.PadRight(widths[column]));
            output.WriteLine(indent + string.Join("  ", cells.Append(row[^1])).TrimEnd());
        }
    }
}
