using Linter.Core.Analysis;
using Linter.Core.Diagnostics;

namespace Linter.Cli.Input;

/// <summary>
/// Lints the records of a JSON Lines corpus in parallel with bounded memory: records are read as the run goes, and
/// each record's diagnostics are handed on in record order while the next records are linted.
/// </summary>
internal static class JsonlLinter
{
    /// <summary>
    /// Lints every record, passes each one's diagnostics to <paramref name="then"/> on the thread that linted it, and
    /// passes each one's path and what that returns to <paramref name="emit"/>, in record order.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="engine">The engine.</param>
    /// <param name="maxParallelism">The most records linted at once.</param>
    /// <param name="then">Work on a record's diagnostics that can run in parallel too, such as rendering them.</param>
    /// <param name="emit">Takes each record's path as shown and what <paramref name="then"/> returned.</param>
    /// <param name="corpus">
    /// The corpus the records belong to, or null: each record is collected at the ordinal after the previous one, from
    /// its first ordinal on, with its source field's value as its source, or the default source.
    /// </param>
    /// <returns>How many records were linted.</returns>
    public static int Lint<TResult>(IEnumerable<JsonlRecord> records, LintEngine engine, int maxParallelism, Func<IReadOnlyList<Diagnostic>, TResult> then, Action<string, TResult> emit, JsonlCorpusEntry? corpus = null)
    {
        var count = 0;
        var numbered = records.Select((record, index) => (Record: record, Ordinal: index));
        foreach (var (path, result) in OrderedParallel.Select(
            numbered,
            item => (item.Record.Path, then(Lint(item.Record, engine, corpus is { } c ? new CorpusEntry(c.Pass, c.FirstOrdinal + item.Ordinal, item.Record.Source ?? c.DefaultSource) : null))),
            maxParallelism))
        {
            emit(path, result);
            count++;
        }

        return count;
    }

    /// <summary>A record's diagnostics, each also placed in the corpus file; a malformed record's is at its line already.</summary>
    private static IReadOnlyList<Diagnostic> Lint(JsonlRecord record, LintEngine engine, CorpusEntry? corpus) =>
        record.Text is { } text
            ? record.PlaceInFile(engine.LintText(record.Path, text, corpus))
            : [.. engine.MalformedRecord(record.Path, record.LineNumber, record.Error!).Select(diagnostic => diagnostic with { FileLocation = diagnostic.Location })];
}

/// <summary>Where the records of a JSON Lines corpus go in a corpus pass.</summary>
/// <param name="Pass">The pass.</param>
/// <param name="FirstOrdinal">The ordinal of the corpus's first record.</param>
/// <param name="DefaultSource">The source of a record without a source field: its corpus file's folder.</param>
internal sealed record JsonlCorpusEntry(CorpusPass Pass, long FirstOrdinal, string DefaultSource);
