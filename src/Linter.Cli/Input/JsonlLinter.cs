using Linter.Core.Analysis;
using Linter.Core.Diagnostics;

namespace Linter.Cli.Input;

/// <summary>
/// Lints the records of a JSON Lines corpus in parallel with bounded memory: records are read as the run goes, and
/// each record's diagnostics are handed on in record order while the next records are linted.
/// </summary>
internal static class JsonlLinter
{
    /// <summary>Lints every record and passes each one's diagnostics to <paramref name="emit"/>, in record order.</summary>
    /// <returns>How many records were linted.</returns>
    public static int Lint(IEnumerable<JsonlRecord> records, LintEngine engine, int maxParallelism, Action<IReadOnlyList<Diagnostic>> emit)
    {
        var count = 0;
        foreach (var diagnostics in OrderedParallel.Select(records, record => Lint(record, engine), maxParallelism))
        {
            emit(diagnostics);
            count++;
        }

        return count;
    }

    private static IReadOnlyList<Diagnostic> Lint(JsonlRecord record, LintEngine engine) =>
        record.Text is { } text ? engine.LintText(record.Path, text) : engine.MalformedRecord(record.Path, record.LineNumber, record.Error!);
}
