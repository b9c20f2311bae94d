using System.Globalization;

namespace Linter.Cli.Output;

/// <summary>Counts with their nouns, for summaries people read: "1 warning", "27 warnings".</summary>
internal static class Plurals
{
    /// <summary><paramref name="count"/> and its noun; <paramref name="many"/> when the plural is not the noun with an s.</summary>
    /// <param name="count">The count.</param>
    /// <param name="one">The noun in the singular.</param>
    /// <param name="many">The plural, when it is irregular.</param>
    /// <param name="grouped">Whether to group thousands ("10,000"), for pages rather than logs.</param>
    public static string Of(long count, string one, string? many = null, bool grouped = false) =>
        $"{count.ToString(grouped ? "N0" : "D", CultureInfo.InvariantCulture)} {(count == 1 ? one : many ?? one + "s")}";
}
