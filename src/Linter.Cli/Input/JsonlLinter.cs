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
    /// <returns>How many records were linted.</returns>
    public static int Lint(IEnumerable<JsonlRecord> records, LintEngine engine, int maxParallelism, Action<IReadOnlyList<Diagnostic>> emit)
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
            Parallel.For(0, current.Count, options, index => results[index] = Lint(current[index], engine));
            foreach (var diagnostics in results)
            {
                emit(diagnostics);
            }

            count += batch.Count;
            batch = next.GetAwaiter().GetResult();
        }

        return count;
    }

    private static IReadOnlyList<Diagnostic> Lint(JsonlRecord record, LintEngine engine) =>
        record.Text is { } text ? engine.LintText(record.Path, text) : engine.MalformedRecord(record.Path, record.LineNumber, record.Error!);

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
