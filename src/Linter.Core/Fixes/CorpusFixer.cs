using System.Globalization;
using Linter.Core.Diagnostics;
using Linter.Core.Pipeline;

namespace Linter.Core.Fixes;

/// <summary>What fixing one document of a corpus did.</summary>
/// <param name="Document">The document.</param>
/// <param name="Result">The fix of it.</param>
/// <param name="WriteError">Why the fixed document could not be written (or encoded); null when it was, or when nothing was to be written.</param>
/// <param name="Remaining">The findings left in the document as it now is (or would be, when nothing is written).</param>
public sealed record FixedDocument(InputDocument Document, DocumentFixResult Result, string? WriteError, IReadOnlyList<Diagnostic> Remaining)
{
    /// <summary>True when the document's fixed text differs from what was read.</summary>
    public bool Changed => Result.FixedBytes is not null;

    /// <summary>"CL1001 ×2, CL5004": how many findings of each id were fixed.</summary>
    public string AppliedSummary() => string.Join(", ", Result.Applied
        .GroupBy(d => d.Id, StringComparer.Ordinal)
        .OrderBy(group => group.Key, StringComparer.Ordinal)
        .Select(group => group.Count() == 1 ? group.Key : string.Create(CultureInfo.InvariantCulture, $"{group.Key} ×{group.Count()}")));
}

/// <summary>What fixing a corpus did: each document, and what remains across documents.</summary>
/// <param name="Documents">Each document, in the order given.</param>
/// <param name="AcrossDocuments">The findings of rules that look across documents, over the documents as they now are.</param>
public sealed record CorpusFix(IReadOnlyList<FixedDocument> Documents, IReadOnlyList<Diagnostic> AcrossDocuments)
{
    /// <summary>Every finding left: each document's, then those across documents, as <c>check</c> reports them.</summary>
    public IEnumerable<Diagnostic> Remaining => Documents.SelectMany(document => document.Remaining).Concat(AcrossDocuments);
}

/// <summary>
/// Fixes the documents of a corpus through the one run: when a fix depends on the whole corpus (the preferred form of
/// a family with <c>scope: corpus</c> is the form the corpus uses most), the corpus is first collected; then each
/// document is fixed and handed to the caller to write; then what remains is linted as <c>check</c> would lint the
/// documents as they now are. Findings across documents that have no fix (duplicates) are reported, never fixed.
/// </summary>
public static class CorpusFixer
{
    /// <summary>Fixes <paramref name="documents"/>; the results come back in their order.</summary>
    /// <param name="documents">The documents, in path order.</param>
    /// <param name="engine">The rules and settings.</param>
    /// <param name="write">
    /// Writes a changed document (its index and its fix, whose <see cref="DocumentFixResult.FixedBytes"/> are the new
    /// bytes) and returns why it could not, or null; called on several threads at once. Null writes nothing (a dry run).
    /// </param>
    /// <param name="maxParallelism">The most documents fixed at once.</param>
    /// <param name="documentDone">Called with each document's size in bytes once it is fixed (progress).</param>
    public static CorpusFix Run(IReadOnlyList<InputDocument> documents, LintEngine engine, Func<int, DocumentFixResult, string?>? write, int maxParallelism, Action<long>? documentDone = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(engine);
        var fixing = engine;
        if (engine.FixesNeedCorpus)
        {
            var counted = engine.StartCorpus();
            CorpusRun.Run(engine, documents, new CollectingSink(), new RunOptions { MaxParallelism = maxParallelism, Corpus = counted, CollectOnly = true, ReportAcrossDocuments = false });
            fixing = engine.Resolve(counted);
        }

        var fixer = new DocumentFixer(fixing);
        var results = new FixedDocument[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelism) }, index =>
        {
            results[index] = FixOne(index, documents[index], engine, fixer, write);
            documentDone?.Invoke(results[index].Result.Read.Bytes?.LongLength ?? 0);
        });

        // What remains is what check reports of the documents as they now are: each one's findings under the rules as
        // written (the resolved rules would word corpus-scope findings per document), and the findings across documents.
        var withText = Enumerable.Range(0, results.Length).Where(index => TextNow(results[index]) is not null).ToList();
        var relinted = ReferenceEquals(fixing, engine) ? null : new FixedDocument[results.Length];
        var sink = new RemainingSink(withText, results, relinted);
        CorpusRun.Run(
            engine,
            withText.Select(index => InputDocument.FromText(results[index].Document.Path, TextNow(results[index])!) with { Source = results[index].Document.Source, ScopePath = results[index].Document.ScopePath }),
            sink,
            new RunOptions { MaxParallelism = maxParallelism, Corpus = engine.StartCorpus(), CollectOnly = relinted is null });
        return new CorpusFix(relinted is null ? results : [.. results.Select((result, index) => relinted[index] ?? result)], sink.AcrossDocumentsFound);
    }

    /// <summary>The document's text as it now is (or would be, in a dry run); null when it has none.</summary>
    private static string? TextNow(FixedDocument document) =>
        document.WriteError is null ? document.Result.Fixed?.Text : document.Result.Read.Text;

    private static FixedDocument FixOne(int index, InputDocument document, LintEngine engine, DocumentFixer fixer, Func<int, DocumentFixResult, string?>? write)
    {
        var result = fixer.FixDocument(document);
        if (result.Refusal is { } refusal)
        {
            return new FixedDocument(document, result, refusal, result.Remaining);
        }

        if (write is null || result.FixedBytes is null || write(index, result) is not { } writeError)
        {
            return new FixedDocument(document, result, null, result.Remaining);
        }

        // The document kept its old text, so its findings are those of the old text.
        return new FixedDocument(document, result, writeError, engine.LintText(document.Path, result.Read.Text!));
    }

    /// <summary>Takes the relinted documents' findings, and those across documents.</summary>
    private sealed class RemainingSink(List<int> withText, FixedDocument[] results, FixedDocument[]? relinted) : RunSink
    {
        private int _next;

        public IReadOnlyList<Diagnostic> AcrossDocumentsFound { get; private set; } = [];

        public override void Document(LintedDocument document)
        {
            var index = withText[_next++];
            if (relinted is not null)
            {
                relinted[index] = results[index] with { Remaining = document.Diagnostics };
            }
        }

        public override void AcrossDocuments(IReadOnlyList<Diagnostic> diagnostics) => AcrossDocumentsFound = diagnostics;
    }
}
