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
/// <param name="WriteError">Why the fixed file could not be written (or encoded); null when it was, or when nothing was to be written.</param>
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

/// <summary>What a fix run did: each file, and what remains across documents.</summary>
/// <param name="Files">Each file, in path order.</param>
/// <param name="AcrossDocuments">The findings of rules that look across documents, over the files as they now are (or would be, in a dry run).</param>
internal sealed record FixRun(IReadOnlyList<FixedFile> Files, IReadOnlyList<Diagnostic> AcrossDocuments)
{
    /// <summary>Every finding left: each file's, then those across documents, as check reports them.</summary>
    public IEnumerable<Diagnostic> Remaining => Files.SelectMany(file => file.Remaining).Concat(AcrossDocuments);
}

/// <summary>Fixes files in parallel and, unless it is a dry run, writes each one atomically.</summary>
internal static class FixRunner
{
    /// <summary>
    /// Fixes <paramref name="files"/>; results come back in the files' order. A file reached by several paths
    /// (through symbolic links) is fixed once, under the first of them: two writers of one file would each find
    /// it changed under them. When a fix depends on the whole corpus (the preferred form of a family with
    /// <c>scope: corpus</c> is the form the corpus uses most), every file is read once first to count; findings
    /// across documents that have no fix (duplicates, repeated paragraphs) are reported, never fixed.
    /// </summary>
    public static FixRun Run(IReadOnlyList<CorpusFile> files, LintEngine engine, bool write, int parallel, Action<long>? fileFixed = null)
    {
        files = [.. files.DistinctBy(file => AtomicFileWriter.ResolveLinks(file.FullPath), StringComparer.Ordinal)];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel };
        var fixing = engine;
        if (engine.FixesNeedCorpus)
        {
            var counted = engine.StartCorpus();
            Parallel.For(0, files.Count, options, index =>
            {
                var document = files[index].ToDocument();
                if (engine.Read(document).Text is { } text)
                {
                    engine.Collect(document.Path, text, new CorpusEntry(counted, index, document.Source));
                }
            });
            fixing = engine.Resolve(counted);
        }

        var fixer = new DocumentFixer(fixing);
        var results = new FixedFile[files.Count];
        Parallel.For(
            0,
            files.Count,
            options,
            index =>
            {
                results[index] = FixOne(files[index], fixing, fixer, write);
                fileFixed?.Invoke(results[index].Result.Read.Bytes?.LongLength ?? 0);
            });

        // What remains is what check reports of the files as they now are: each file's findings under the rules as
        // written (the resolved rules would word corpus-scope findings per document), and the findings across documents.
        var corpus = engine.StartCorpus();
        Parallel.For(0, results.Length, options, index =>
        {
            var result = results[index];
            if (TextNow(result) is not { } text)
            {
                return;
            }

            var entry = new CorpusEntry(corpus, index, result.File.ToDocument().Source);
            if (ReferenceEquals(fixing, engine))
            {
                engine.Collect(result.File.DisplayPath, text, entry);
            }
            else
            {
                results[index] = result with { Remaining = engine.LintText(result.File.DisplayPath, text, entry) };
            }
        });
        return new FixRun(results, engine.FinishCorpus(corpus));
    }

    /// <summary>The file's text as it now is on disk (or would be, in a dry run); null when it has none.</summary>
    private static string? TextNow(FixedFile file) =>
        file.WriteError is null ? file.Result.Fixed?.Text : file.Result.Read.Text;

    private static FixedFile FixOne(CorpusFile file, LintEngine engine, DocumentFixer fixer, bool write)
    {
        var result = fixer.FixDocument(file.ToDocument());
        if (result.Refusal is { } refusal)
        {
            return new FixedFile(file, result, refusal, result.Remaining);
        }

        if (!write || result.FixedBytes is not { } fixedBytes)
        {
            return new FixedFile(file, result, null, result.Remaining);
        }

        try
        {
            AtomicFileWriter.Replace(file.FullPath, file.WriteRoot, result.Read.Bytes!, fixedBytes);
            return new FixedFile(file, result, null, result.Remaining);
        }
        catch (FileWriteException exception)
        {
            // The file kept its old text, so its findings are those of the old text.
            return new FixedFile(file, result, exception.Message, engine.LintBytes(file.DisplayPath, result.Read.Bytes!));
        }
    }
}
