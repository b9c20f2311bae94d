using Linter.Cli.Input;
using Linter.Core.Analysis;
using Linter.Core.Pipeline;

namespace Linter.Cli.Output;

/// <summary>
/// The sink of a run that only collects (discovery): no rule runs, so a document's diagnostics say why it could not
/// be read; each is a warning on standard error at its place in the file, and the document is skipped.
/// </summary>
/// <param name="error">Standard error.</param>
internal sealed class SkippedDocumentsSink(TextWriter error) : RunSink
{
    /// <inheritdoc />
    public override void Document(LintedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var diagnostic in document.Diagnostics)
        {
            var place = (diagnostic.FileLocation ?? diagnostic.Location).Start;
            var file = JsonlCorpus.SplitRecordPath(diagnostic.Path).File;
            // A malformed record's message says already that it was not linted.
            var skipped = diagnostic.Descriptor == EngineDiagnostics.MalformedRecord ? string.Empty : "; skipped";
            error.WriteLine(ConsoleText.Escape($"{file}({place.Line + 1},{place.Column + 1}): warning: {diagnostic.Message}{skipped}"));
        }
    }
}
