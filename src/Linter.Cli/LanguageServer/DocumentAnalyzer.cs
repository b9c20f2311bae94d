using Linter.Cli.Input;
using Linter.Core.Diagnostics;
using Linter.Core.Fixes;
using Linter.Core.Pipeline;
using Linter.Core.Rules;

namespace Linter.Cli.LanguageServer;

/// <summary>An open document at one version.</summary>
/// <param name="Uri">The URI the client named it by, echoed as it was sent.</param>
/// <param name="FullPath">The file's path; for a document that is not a file, a name in the workspace folder, whose settings it takes.</param>
/// <param name="DisplayPath">The path diagnostics and the baseline know it by, as <c>check</c> shows it.</param>
/// <param name="IsJsonl">A JSON Lines corpus: each line a record, linted on its own.</param>
/// <param name="Version">The client's version of the text.</param>
/// <param name="Buffer">The text.</param>
/// <param name="ConfigurationKey">The configuration file that applies to it (empty for none), which chooses its rules and baseline.</param>
internal sealed record OpenDocument(string Uri, string FullPath, string DisplayPath, bool IsJsonl, int Version, TextBuffer Buffer, string ConfigurationKey = "");

/// <summary>A finding as the editor gets it.</summary>
/// <param name="Diagnostic">The engine's diagnostic.</param>
/// <param name="Published">The protocol's diagnostic, in the buffer's positions.</param>
/// <param name="FixEdits">The fix's edits in the buffer's positions (escaped in a JSONL buffer); null without a fix.</param>
internal sealed record Finding(Diagnostic Diagnostic, LspDiagnostic Published, IReadOnlyList<LspTextEdit>? FixEdits);

/// <summary>The findings of one version of a document.</summary>
/// <param name="Version">The version analyzed.</param>
/// <param name="Findings">The findings the baseline does not hold back, in the order of <c>check</c>.</param>
/// <param name="EditorConfigErrors">Errors in the .editorconfig files that apply; the rules' own severities were used.</param>
internal sealed record DocumentAnalysis(int Version, IReadOnlyList<Finding> Findings, IReadOnlyList<RuleFileError> EditorConfigErrors);

/// <summary>Lints open documents and fixes them, with the engine and configuration <c>check</c> and <c>fix</c> use.</summary>
internal static class DocumentAnalyzer
{
    /// <summary>Lints <paramref name="document"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static DocumentAnalysis Analyze(OpenDocument document, LintSnapshot snapshot, CancellationToken cancellationToken)
    {
        var engine = CreateEngine(document, snapshot, out var editorConfigErrors);
        var heldBack = snapshot.Baseline?.CreateFilter(snapshot.BaselineFile.RelativePath);
        var findings = new List<Finding>();
        void Add(Diagnostic diagnostic, LspRange range, Func<TextEdit, LspTextEdit> edit)
        {
            if (heldBack?.HoldsBack(diagnostic) == true)
            {
                return;
            }

            snapshot.Pages.TryGetValue(diagnostic.Id, out var page);
            var published = new LspDiagnostic(range, SeverityOf(diagnostic.Severity), diagnostic.Id, page is null ? null : new CodeDescription(page), Lsp.Source, diagnostic.Message);
            findings.Add(new Finding(diagnostic, published, diagnostic.Fix is { } fix ? [.. fix.Edits.Select(edit)] : null));
        }

        // One buffer is a source of one document, or of a JSON Lines corpus's records, for the one run check makes.
        var buffer = document.Buffer;
        var records = document.IsJsonl ? JsonlBufferRecord.Read(buffer.Text, document.DisplayPath, snapshot.Fields).ToList() : null;
        IEnumerable<InputDocument> documents = records is null
            ? [InputDocument.FromText(document.DisplayPath, buffer.Text)]
            : records.Select(item => item.Record.Text is { } text
                ? InputDocument.FromText(item.Record.Path, text) with { ScopePath = document.DisplayPath }
                : InputDocument.MalformedRecord(item.Record.Path, item.Record.LineNumber, item.Record.Error!) with { ScopePath = document.DisplayPath });
        CorpusRun.Run(engine, documents, new PublishingSink((linted, diagnostic) =>
        {
            if (records is null)
            {
                Add(diagnostic, buffer.RangeOf(diagnostic.Span.Start, diagnostic.Span.End), edit => new LspTextEdit(buffer.RangeOf(edit.Span.Start, edit.Span.End), edit.NewText));
                return;
            }

            var item = records[(int)linted.Ordinal];
            if (item.Record.Text is null)
            {
                // A malformed record is reported at its line, as check reports it: there is no text to point into.
                Add(diagnostic, buffer.RangeOf(item.LineStart, item.LineStart), _ => throw new InvalidOperationException("CL0006 has no fix"));
                return;
            }

            Add(
                diagnostic,
                buffer.RangeOf(item.BufferOffset(diagnostic.Span.Start), item.BufferOffset(diagnostic.Span.End)),
                edit => new LspTextEdit(buffer.RangeOf(item.BufferOffset(edit.Span.Start), item.BufferOffset(edit.Span.End)), JsonlBufferRecord.Escape(edit.NewText)));
        }), new RunOptions { CancellationToken = cancellationToken });

        return new DocumentAnalysis(document.Version, findings, editorConfigErrors);
    }

    /// <summary>
    /// The edits that apply every fix <paramref name="shouldFix"/> takes (all when null) as <c>corpuslint fix</c> does,
    /// pass after pass: one edit per changed text, covering only what changed; none when nothing is fixable.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static IReadOnlyList<LspTextEdit> FixAll(OpenDocument document, LintSnapshot snapshot, Func<Diagnostic, bool>? shouldFix, CancellationToken cancellationToken)
    {
        var fixer = new DocumentFixer(CreateEngine(document, snapshot, out _), shouldFix);
        var buffer = document.Buffer;
        if (!document.IsJsonl)
        {
            var (start, end, newText) = TextBuffer.Difference(buffer.Text, fixer.FixText(document.DisplayPath, buffer.Text, cancellationToken).Text);
            return start == end && newText.Length == 0 ? [] : [new LspTextEdit(buffer.RangeOf(start, end), newText)];
        }

        var edits = new List<LspTextEdit>();
        foreach (var item in JsonlBufferRecord.Read(buffer.Text, document.DisplayPath, snapshot.Fields))
        {
            if (item.Record.Text is not { } text)
            {
                continue;
            }

            var (start, end, newText) = TextBuffer.Difference(text, fixer.FixText(item.Record.Path, text, cancellationToken).Text);
            if (start != end || newText.Length > 0)
            {
                edits.Add(new LspTextEdit(buffer.RangeOf(item.BufferOffset(start), item.BufferOffset(end)), JsonlBufferRecord.Escape(newText)));
            }
        }

        return edits;
    }

    /// <summary>The protocol's severity of ours: a suggestion is information, and a silent finding a hint.</summary>
    public static int SeverityOf(Severity severity) => severity switch
    {
        Severity.Error => 1,
        Severity.Warning => 2,
        Severity.Suggestion => 3,
        _ => 4,
    };

    /// <summary>
    /// An engine with the severities of the .editorconfig files that apply to the document, read afresh on every run
    /// so that an edit of them counts at once; with the rules' own severities when they have errors. A JSONL record
    /// takes the settings of its corpus file, as in <c>check</c>.
    /// </summary>
    private static LintEngine CreateEngine(OpenDocument document, LintSnapshot snapshot, out IReadOnlyList<RuleFileError> editorConfigErrors)
    {
        // Every record is matched as its corpus file, against severities and rules' files globs alike.
        var severities = EditorConfigSeverities.TryLoad([new CorpusFile(document.DisplayPath, document.FullPath)], snapshot.Environment, out editorConfigErrors);
        return new LintEngine(
            snapshot.Rules,
            severities is null ? null : (_, descriptor) => severities.SeverityOf(document.DisplayPath, descriptor),
            _ => document.DisplayPath);
    }
}

/// <summary>Hands each diagnostic of a run over an open buffer to the publisher, with the document it is in.</summary>
/// <param name="publish">Takes a document linted and one of its diagnostics.</param>
internal sealed class PublishingSink(Action<LintedDocument, Diagnostic> publish) : RunSink
{
    /// <inheritdoc />
    public override void Document(LintedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var diagnostic in document.Diagnostics)
        {
            publish(document, diagnostic);
        }
    }
}
