using Linter.Core.Diagnostics;
using Linter.Core.Pipeline;

namespace Linter.Core.Fixes;

/// <summary>What fixing one text did.</summary>
/// <param name="Text">The text after every pass.</param>
/// <param name="Applied">The diagnostics whose fixes were applied, each computed on the text of its own pass.</param>
/// <param name="Passes">How many passes changed the text.</param>
/// <param name="PassLimitReached">True when fixable diagnostics remained after the last allowed pass.</param>
/// <param name="Remaining">The diagnostics of the fixed text.</param>
public sealed record TextFixResult(string Text, IReadOnlyList<Diagnostic> Applied, int Passes, bool PassLimitReached, IReadOnlyList<Diagnostic> Remaining);

/// <summary>What fixing one document did.</summary>
/// <param name="Path">The document's path as shown to the user.</param>
/// <param name="Read">The document as it was read.</param>
/// <param name="Fixed">The fix of its text; null when it has no text (unreadable, not valid in its encoding, binary).</param>
/// <param name="FixedBytes">The document's new bytes, in its encoding, byte order mark kept; null when nothing changed.</param>
public sealed record DocumentFixResult(string Path, DocumentRead Read, TextFixResult? Fixed, byte[]? FixedBytes)
{
    /// <summary>
    /// Why the fixes were refused and the document left as it was (the fixed text cannot be written in its
    /// encoding); null when they were not. <see cref="Fixed"/> then holds the document's own text and findings.
    /// </summary>
    public string? Refusal { get; init; }

    /// <summary>The diagnostics left: those of the fixed text, or the reason the document has none.</summary>
    public IReadOnlyList<Diagnostic> Remaining => Fixed?.Remaining ?? Read.Failure;

    /// <summary>The diagnostics whose fixes were applied.</summary>
    public IReadOnlyList<Diagnostic> Applied => Fixed?.Applied ?? [];
}

/// <summary>
/// Fixes documents: lint, apply a non-overlapping subset of the fixes, lint the new text again, and repeat
/// until nothing fixable remains or the pass limit is reached. Every edit is applied to the very text it was
/// computed on. Line breaks, the final newline and the encoding are kept because edits touch only their spans.
/// </summary>
/// <param name="engine">The engine whose diagnostics carry the fixes.</param>
/// <param name="shouldFix">Which fixable diagnostics to fix; all when null.</param>
/// <param name="maxPasses">The most passes per document.</param>
public sealed class DocumentFixer(LintEngine engine, Func<Diagnostic, bool>? shouldFix = null, int maxPasses = DocumentFixer.DefaultMaxPasses)
{
    /// <summary>The pass limit unless another is given.</summary>
    public const int DefaultMaxPasses = 10;

    private readonly Func<Diagnostic, bool> _shouldFix = shouldFix ?? (_ => true);

    /// <summary>The most passes per document.</summary>
    public int MaxPasses { get; } = maxPasses >= 1 ? maxPasses : throw new ArgumentOutOfRangeException(nameof(maxPasses), "at least one pass");

    /// <summary>Reads, fixes and re-encodes one document. A document without text is never changed.</summary>
    public DocumentFixResult FixDocument(InputDocument document)
    {
        var read = engine.Read(document);
        if (read.Text is not { } text)
        {
            return new DocumentFixResult(document.Path, read, null, null);
        }

        var result = FixText(document.Path, text);
        if (!read.Decoded!.HasByteOrderMark && result.Text.StartsWith('\uFEFF'))
        {
            // Fixes brought a U+FEFF to the start (the lines before it were deleted). Written without a byte order
            // mark it would be read back as one, so the text would not be what was fixed; it is invisible, so it goes.
            var trimmed = result.Text.TrimStart('\uFEFF');
            result = result with { Text = trimmed, Remaining = engine.LintText(document.Path, trimmed) };
        }

        if (string.Equals(result.Text, text, StringComparison.Ordinal))
        {
            return new DocumentFixResult(document.Path, read, result, null);
        }

        // A legacy encoding may lack a character a fix brought in; a '?' in its place would corrupt the text.
        return read.Decoded!.TryEncode(result.Text, out var bytes, out var refusal)
            ? new DocumentFixResult(document.Path, read, result, bytes)
            : new DocumentFixResult(document.Path, read, new TextFixResult(text, [], 0, false, engine.LintText(document.Path, text)), null) { Refusal = refusal };
    }

    /// <summary>Fixes one text.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public TextFixResult FixText(string path, string text, CancellationToken cancellationToken = default)
    {
        var applied = new List<Diagnostic>();
        var diagnostics = engine.LintText(path, text, cancellationToken);
        var passes = 0;
        while (passes < MaxPasses && Fixable(diagnostics).Any())
        {
            var (next, appliedNow) = FixApplier.ApplyOnce(text, Fixable(diagnostics));
            if (string.Equals(next, text, StringComparison.Ordinal))
            {
                // Fixes that change nothing would only repeat themselves.
                break;
            }

            applied.AddRange(appliedNow);
            passes++;
            text = next;
            diagnostics = engine.LintText(path, text, cancellationToken);
        }

        return new TextFixResult(text, applied, passes, passes == MaxPasses && Fixable(diagnostics).Any(), diagnostics);
    }

    private IEnumerable<Diagnostic> Fixable(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Fix is not null && _shouldFix(d));
}
