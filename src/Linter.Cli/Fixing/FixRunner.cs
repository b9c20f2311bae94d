using Linter.Cli.Input;
using Linter.Cli.Output;
using Linter.Core.Fixes;
using Linter.Core.Pipeline;

namespace Linter.Cli.Fixing;

/// <summary>Fixes files through the core's fixer, with progress, writing each changed file atomically unless it is a dry run.</summary>
internal static class FixRunner
{
    /// <summary>
    /// Fixes <paramref name="files"/>; results come back in the files' order. A file reached by several paths
    /// (through symbolic links) is fixed once, under the first of them: two writers of one file would each find it
    /// changed under them.
    /// </summary>
    public static CorpusFix Run(CliEnvironment environment, IReadOnlyList<CorpusFile> files, LintEngine engine, bool write, int parallel, bool noProgress)
    {
        files = [.. files.DistinctBy(file => AtomicFileWriter.ResolveLinks(file.FullPath), StringComparer.Ordinal)];
        using var progress = ProgressDisplay.Start(environment, noProgress, () => (files.Count, CorpusFile.TotalSize(files)));
        return CorpusFixer.Run(
            [.. files.Select(file => file.ToDocument())],
            engine,
            write ? (index, result) => Write(files[index], result) : null,
            parallel,
            progress is null ? null : progress.DocumentDone);
    }

    /// <summary>Writes a fixed file over its old bytes; why it could not, or null.</summary>
    private static string? Write(CorpusFile file, DocumentFixResult result)
    {
        try
        {
            AtomicFileWriter.Replace(file.FullPath, file.WriteRoot, result.Read.Bytes!, result.FixedBytes!);
            return null;
        }
        catch (FileWriteException exception)
        {
            return exception.Message;
        }
    }
}
