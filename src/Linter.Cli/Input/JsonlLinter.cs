using Linter.Core.Analysis;
using Linter.Core.Diagnostics;

namespace Linter.Cli.Input;

/// <summary>
/// Lints the records of a JSON Lines corpus in parallel with bounded memory: records are taken in batches, the next
/// batch is read while one is linted, and each record's diagnostics are handed on in record order.
/// </summary>
internal static class JsonlLinter
{
    /// <summary>Records per batch for each thread: enough to keep every core busy, few enough to hold.</summary>
    private const int RecordsPerThread = 64;

    /// <summary>Lints every record and passes each one's diagnostics to <paramref name="emit"/>, in record order.</summary>
    /// <param name="records">The records.</param>
    /// <param name="engine">The engine.</param>
    /// <param name="maxParallelism">The most records linted at once.</param>
    /// <param name="emit">Takes each record's diagnostics.</param>
    /// <param name="corpus">
    /// The corpus the records belong to, or null: each record is collected at the ordinal after the previous one, from
    /// its first ordinal on, with its source field's value as its source, or the default source.
    /// </param>
    /// <returns>How many records were linted.</returns>
    public static int Lint(IEnumerable<JsonlRecord> records, LintEngine engine, int maxParallelism, Action<IReadOnlyList<Diagnostic>> emit, JsonlCorpusEntry? corpus = null)
    {
        var parallelism = Math.Max(1, maxParallelism);
        var batchSize = RecordsPerThread * parallelism;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        var count = 0;
        using var enumerator = records.GetEnumerator();
        var batch = NextBatch(enumerator, batchSize);
        while (batch.Count > 0)
        {
            var next = Task.Run(() => NextBatch(enumerator, batchSize));
            var results = new IReadOnlyList<Diagnostic>[batch.Count];
            var current = batch;
            var first = count;
            Parallel.For(0, current.Count, options, index => results[index] = Lint(current[index], engine, corpus is { } c ? new CorpusEntry(c.Pass, c.FirstOrdinal + first + index, current[index].Source ?? c.DefaultSource) : null));
            foreach (var diagnostics in results)
            {
                emit(diagnostics);
            }

            count += batch.Count;
            batch = next.GetAwaiter().GetResult();
        }

        return count;
    }

    private static IReadOnlyList<Diagnostic> Lint(JsonlRecord record, LintEngine engine, CorpusEntry? corpus) =>
        record.Text is { } text ? engine.LintText(record.Path, text, corpus) : engine.MalformedRecord(record.Path, record.LineNumber, record.Error!);

    private static List<JsonlRecord> NextBatch(IEnumerator<JsonlRecord> records, int size)
    {
        var batch = new List<JsonlRecord>(size);
        while (batch.Count < size && records.MoveNext())
        {
            batch.Add(records.Current);
        }

        return batch;
    }
}

/// <summary>Where the records of a JSON Lines corpus go in a corpus pass.</summary>
/// <param name="Pass">The pass.</param>
/// <param name="FirstOrdinal">The ordinal of the corpus's first record.</param>
/// <param name="DefaultSource">The source of a record without a source field: its corpus file's folder.</param>
internal sealed record JsonlCorpusEntry(CorpusPass Pass, long FirstOrdinal, string DefaultSource);
