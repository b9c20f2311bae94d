using System.Globalization;
using Linter.Cli.Input;
using Linter.Cli.Output;
using Linter.Core.Analysis;
using Linter.Core.Diagnostics;
using Linter.Core.Fixes;

namespace Linter.Cli.Fixing;

/// <summary>What fixing one file did, as the command reports it.</summary>
/// <param name="File">The file.</param>
/// <param name="Result">The engine's fix of it.</param>
/// <param name="WriteError">Why the fixed file could not be written; null when it was, or when nothing was to be written.</param>
/// <param name="Remaining">The findings left in the file as it now is on disk (or would be, in a dry run).</param>
internal sealed record FixedFile(CorpusFile File, DocumentFixResult Result, string? WriteError, IReadOnlyList<Diagnostic> Remaining)
{
    /// <summary>True when the file's fixed text differs from what was read.</summary>
    public bool Changed => Result.FixedBytes is not null;

    /// <summary>"CL1001 ×2, CL5004": how many findings of each id were fixed.</summary>
    public string AppliedSummary() => string.Join(", ", Result.Applied
        .GroupBy(d => d.Id, StringComparer.Ordinal)
        .OrderBy(group => group.Key, StringComparer.Ordinal)
        .Select(group => group.Count() == 1 ? group.Key : string.Create(CultureInfo.InvariantCulture, $"{group.Key} ×{group.Count()}")));
}

/// <summary>Fixes files in parallel and, unless it is a dry run, writes each one atomically.</summary>
internal static class FixRunner
{
    /// <summary>
    /// Fixes <paramref name="files"/>; results come back in the files' order. A file reached by several paths
    /// (through symbolic links) is fixed once, under the first of them: two writers of one file would each find
    /// it changed under them.
    /// </summary>
    public static IReadOnlyList<FixedFile> Run(IReadOnlyList<CorpusFile> files, LintEngine engine, DocumentFixer fixer, bool write, int parallel, Action<long>? fileFixed = null)
    {
        files = [.. files.DistinctBy(file => AtomicFileWriter.ResolveLinks(file.FullPath), StringComparer.Ordinal)];
        var results = new FixedFile[files.Count];
        Parallel.For(
            0,
            files.Count,
            new ParallelOptions { MaxDegreeOfParallelism = parallel },
            index =>
            {
                results[index] = FixOne(files[index], engine, fixer, write);
                fileFixed?.Invoke(results[index].Result.Read.Bytes?.LongLength ?? 0);
            });
        return results;
    }

    private static FixedFile FixOne(CorpusFile file, LintEngine engine, DocumentFixer fixer, bool write)
    {
        var result = fixer.FixDocument(file.ToDocument());
        if (!write || result.FixedBytes is not { } fixedBytes)
        {
            return new FixedFile(file, result, null, result.Remaining);
        }

        try
        {
            AtomicFileWriter.Replace(file.FullPath, result.Read.Bytes!, fixedBytes);
            return new FixedFile(file, result, null, result.Remaining);
        }
        catch (FileWriteException exception)
        {
            // The file kept its old text, so its findings are those of the old text.
            return new FixedFile(file, result, exception.Message, engine.LintBytes(file.DisplayPath, result.Read.Bytes!));
        }
    }
}
