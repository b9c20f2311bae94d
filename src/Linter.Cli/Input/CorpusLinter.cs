using Linter.Cli.Output;
using Linter.Core.Analysis;
using Linter.Core.Diagnostics;

namespace Linter.Cli.Input;

/// <summary>One document linted.</summary>
/// <param name="Ordinal">Its place in path order in the whole corpus.</param>
/// <param name="Path">Its path as shown.</param>
/// <param name="Diagnostics">Its own diagnostics, sorted, or why it could not be read.</param>
/// <param name="Rendered">The diagnostics as the reports render them, when the linter was given reports to render for.</param>
internal readonly record struct LintedDocument(long Ordinal, string Path, IReadOnlyList<Diagnostic> Diagnostics, RenderedDiagnostics? Rendered);

/// <summary>
/// Lints a corpus as <c>check</c> takes it, collecting every document into one corpus pass at its place in path
/// order, which counts on from one call to the next. Plain files are linted in runs, in parallel, each file's
/// diagnostics handed on as soon as it and the files before it are done, so memory holds the files in flight, not
/// the corpus; JSON Lines corpora are streamed record by record, each record taking its corpus file's
/// <c>.editorconfig</c> settings.
/// </summary>
/// <param name="engine">Lints plain files and standard input.</param>
/// <param name="ruleSet">The rules, for the engines of JSON Lines corpora.</param>
/// <param name="severities">The <c>.editorconfig</c> severities.</param>
/// <param name="fields">The fields of JSON Lines records.</param>
/// <param name="parallel">The most documents linted at once.</param>
/// <param name="corpus">The pass that collects every document.</param>
/// <param name="reports">
/// The reports that render each document's diagnostics on the thread that linted it, or null; a document read
/// alone (standard input) is left to be rendered as it is written.
/// </param>
internal sealed class CorpusLinter(LintEngine engine, RuleSet ruleSet, EditorConfigSeverities severities, JsonlFields fields, int parallel, CorpusPass corpus, ReportSession? reports = null)
{
    private long _ordinal;

    /// <summary>How many documents (files and records) were linted.</summary>
    public int Documents { get; private set; }

    /// <summary>
    /// Lints <paramref name="files"/>, in their order, passing each document to <paramref name="emit"/> in that order.
    /// A JSON Lines corpus that cannot be read (or decompressed) to its end gets a CL0005 diagnostic at its path after
    /// its records, at a place of its own.
    /// </summary>
    /// <param name="files">The files, in path order.</param>
    /// <param name="emit">Takes each document linted.</param>
    /// <param name="progress">Starts a progress display for a run of plain files, or returns null.</param>
    public void LintFiles(IReadOnlyList<CorpusFile> files, Action<LintedDocument> emit, Func<IReadOnlyList<CorpusFile>, ProgressDisplay?> progress)
    {
        ArgumentNullException.ThrowIfNull(files);
        var run = new List<CorpusFile>();
        foreach (var file in files)
        {
            if (!JsonlCorpus.IsJsonl(file.DisplayPath))
            {
                run.Add(file);
                continue;
            }

            LintRun(run, emit, progress);
            LintJsonl(file.DisplayPath, file.Source, () => JsonlCorpus.Open(file.FullPath), emit);
        }

        LintRun(run, emit, progress);
    }

    /// <summary>Lints the records of a JSON Lines corpus; one that cannot be read to its end gets CL0005 after its records.</summary>
    /// <param name="displayPath">The corpus's path as shown.</param>
    /// <param name="source">The source of its records that have no source field.</param>
    /// <param name="open">Opens the corpus.</param>
    /// <param name="emit">Takes each record linted, in record order.</param>
    public void LintJsonl(string displayPath, string source, Func<Stream> open, Action<LintedDocument> emit)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(emit);

        // Every record takes the settings of its corpus file, and the rules whose 'files' match it.
        var recordEngine = new LintEngine(ruleSet, (_, descriptor) => severities.SeverityOf(displayPath, descriptor), _ => displayPath);
        try
        {
            using var stream = open();
            JsonlLinter.Lint(
                JsonlReader.Read(stream, displayPath, fields),
                recordEngine,
                parallel,
                Render,
                (path, linted) =>
                {
                    Documents++;
                    emit(new LintedDocument(_ordinal++, path, linted.Diagnostics, linted.Rendered));
                },
                new JsonlCorpusEntry(corpus, _ordinal, source));
        }
        catch (Exception exception) when (JsonlCorpus.IsReadFailure(exception))
        {
            emit(new LintedDocument(_ordinal++, displayPath, JsonlCorpus.Unreadable(recordEngine, displayPath, exception), Rendered: null));
        }
    }

    /// <summary>Reads and lints one document, such as standard input.</summary>
    public void LintDocument(InputDocument document, Action<LintedDocument> emit)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(emit);
        var ordinal = _ordinal++;
        Documents++;
        emit(new LintedDocument(ordinal, document.Path, engine.LintDocument(document, new CorpusEntry(corpus, ordinal, document.Source)), Rendered: null));
    }

    private void LintRun(List<CorpusFile> run, Action<LintedDocument> emit, Func<IReadOnlyList<CorpusFile>, ProgressDisplay?> progress)
    {
        using var display = progress(run);
        var first = _ordinal;
        var index = 0;
        foreach (var (diagnostics, rendered) in engine.LintInOrder(run.Select(file => file.ToDocument()), Render, parallel, display is null ? null : display.DocumentDone, corpus, first))
        {
            emit(new LintedDocument(first + index, run[index].DisplayPath, diagnostics, rendered));
            index++;
        }

        _ordinal += run.Count;
        Documents += run.Count;
        run.Clear();
    }

    private (IReadOnlyList<Diagnostic> Diagnostics, RenderedDiagnostics? Rendered) Render(IReadOnlyList<Diagnostic> diagnostics) =>
        (diagnostics, reports?.Render(diagnostics));
}
