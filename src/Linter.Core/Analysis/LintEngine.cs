using System.Text.RegularExpressions;
using Linter.Core.Arabic;
using Linter.Core.Diagnostics;
using Linter.Core.Matching;
using Linter.Core.Text;

namespace Linter.Core.Analysis;

/// <summary>A document to lint: its display path and how to read its bytes.</summary>
/// <param name="Path">The path shown in diagnostics.</param>
/// <param name="ReadAllBytes">Reads the document; an <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> becomes a diagnostic.</param>
public sealed record InputDocument(string Path, Func<byte[]> ReadAllBytes);

/// <summary>A document as read: its bytes and decoded text, or the diagnostics that say why it has none.</summary>
/// <param name="Bytes">The bytes read; null when the document could not be read.</param>
/// <param name="Decoded">The decoding; null when the document could not be read.</param>
/// <param name="Failure">Why the document has no text (CL0001, CL0002 or CL0005, unless configured off); empty when it has.</param>
public sealed record DocumentRead(byte[]? Bytes, DecodedDocument? Decoded, IReadOnlyList<Diagnostic> Failure)
{
    /// <summary>The document's text, when it could be read and decoded.</summary>
    public string? Text => Decoded?.Text;
}

/// <summary>Runs a <see cref="RuleSet"/> over documents. Holds no per-document state, so one engine serves many threads.</summary>
public sealed class LintEngine
{
    private readonly RuleSet _rules;
    private readonly Func<string, RuleDescriptor, Severity> _severity;
    private readonly Func<string, string?> _scopePath;

    /// <summary>Creates an engine.</summary>
    /// <param name="rules">The rules to run.</param>
    /// <param name="severity">The effective severity of a descriptor in a document; the default severity when null.</param>
    /// <param name="scopePath">
    /// The path a document's path is matched as against rules' <c>files</c> globs (a JSON Lines record's corpus file),
    /// or null to run every rule whatever its <c>files</c> (a rule's examples); the document's own path when not given.
    /// </param>
    public LintEngine(RuleSet rules, Func<string, RuleDescriptor, Severity>? severity = null, Func<string, string?>? scopePath = null)
    {
        _rules = rules;
        _severity = severity ?? ((_, descriptor) => descriptor.DefaultSeverity);
        _scopePath = scopePath ?? (path => path);
    }

    /// <summary>Lints every document, in parallel, and returns all diagnostics in output order.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="maxParallelism">The most documents analyzed at once.</param>
    /// <param name="documentLinted">Called, from any thread, with the size in bytes of each document once it is linted.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public IReadOnlyList<Diagnostic> LintAll(
        IReadOnlyList<InputDocument> documents,
        int maxParallelism,
        Action<long>? documentLinted = null,
        CancellationToken cancellationToken = default)
    {
        var results = new IReadOnlyList<Diagnostic>[documents.Count];
        Parallel.For(
            0,
            documents.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelism), CancellationToken = cancellationToken },
            index =>
            {
                (results[index], var size) = LintMeasured(documents[index]);
                documentLinted?.Invoke(size);
            });
        var all = results.SelectMany(diagnostics => diagnostics).ToList();
        all.Sort(Diagnostic.Compare);
        return all;
    }

    /// <summary>Reads, decodes and lints one document.</summary>
    public IReadOnlyList<Diagnostic> LintDocument(InputDocument document) => LintMeasured(document).Diagnostics;

    private (IReadOnlyList<Diagnostic> Diagnostics, long Size) LintMeasured(InputDocument document)
    {
        var read = Read(document);
        return (read.Text is { } text ? LintText(document.Path, text) : read.Failure, read.Bytes?.LongLength ?? 0);
    }

    /// <summary>Decodes and lints one document's bytes.</summary>
    public IReadOnlyList<Diagnostic> LintBytes(string path, byte[] bytes)
    {
        var read = Decode(path, bytes);
        return read.Text is { } text ? LintText(path, text) : read.Failure;
    }

    /// <summary>Reads and decodes one document; when it cannot be, the diagnostic that says why.</summary>
    public DocumentRead Read(InputDocument document)
    {
        byte[] bytes;
        try
        {
            bytes = document.ReadAllBytes();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new DocumentRead(null, null, FileDiagnostic(document.Path, EngineDiagnostics.UnreadableFile, default, exception.Message));
        }

        return Decode(document.Path, bytes);
    }

    private DocumentRead Decode(string path, byte[] bytes)
    {
        var decoded = DocumentDecoder.Decode(bytes);
        if (decoded.Failure is { } failure)
        {
            var descriptor = failure.Kind == DecodeFailureKind.Binary ? EngineDiagnostics.BinaryFile : EngineDiagnostics.InvalidUtf8;
            return new DocumentRead(bytes, decoded, FileDiagnostic(path, descriptor, failure.Position, failure.Message));
        }

        return new DocumentRead(bytes, decoded, []);
    }

    /// <summary>Lints one document's text, returning its diagnostics in output order.</summary>
    public IReadOnlyList<Diagnostic> LintText(string path, string text)
    {
        var source = new SourceText(text);
        var normalized = ArabicNormalizer.Normalize(text);
        var diagnostics = new List<Diagnostic>();
        var context = new DocumentContext(
            path,
            source,
            normalized,
            GroupByOwner(_rules.Matcher.FindAll(normalized)),
            descriptor => _severity(path, descriptor),
            diagnostics);
        var scopePath = _scopePath(path);
        foreach (var rule in _rules.Rules)
        {
            if (scopePath is not null && rule.Files is { } files && !files.Includes(scopePath))
            {
                continue;
            }

            try
            {
                rule.Analyze(context);
            }
            catch (RegexMatchTimeoutException)
            {
                context.Report(
                    EngineDiagnostics.RegexTimeout,
                    new TextSpan(0, 0),
                    null,
                    ("reason", $"the regular expression of rule {rule.Descriptor.Id} ran past {SafeRegex.MatchTimeout.TotalSeconds:0.#} s on this document and was stopped; its findings here are incomplete"));
            }
#pragma warning disable CA1031 // A failing rule must not take the other rules and documents down with it.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                context.Report(
                    EngineDiagnostics.RuleFailure,
                    new TextSpan(0, 0),
                    null,
                    ("reason", $"rule {rule.Descriptor.Id} failed: {exception.GetType().Name}: {exception.Message}"));
            }
        }

        diagnostics.Sort(Diagnostic.Compare);
        return diagnostics;
    }

    /// <summary>
    /// The diagnostic (CL0006) of a record of a JSON Lines corpus that could not be read: it is at the record's line in
    /// the file, <paramref name="lineNumber"/> (1-based), as the record has no text to point into.
    /// </summary>
    public IReadOnlyList<Diagnostic> MalformedRecord(string path, long lineNumber, string reason) =>
        FileDiagnostic(path, EngineDiagnostics.MalformedRecord, new LinePosition((int)Math.Min(int.MaxValue, lineNumber - 1), 0), reason);

    private IReadOnlyList<Diagnostic> FileDiagnostic(string path, RuleDescriptor descriptor, LinePosition position, string reason)
    {
        var severity = _severity(path, descriptor);
        if (severity == Severity.None)
        {
            return [];
        }

        var message = descriptor.Message.Format(new Dictionary<string, string> { ["reason"] = reason });
        return [new Diagnostic(descriptor, severity, path, new TextSpan(0, 0), new LinePositionSpan(position, position), message, string.Empty, null)];
    }

    /// <summary>Groups matches per rule and keeps, per rule, the leftmost-longest non-overlapping ones.</summary>
    private static Dictionary<object, List<PhraseMatch>> GroupByOwner(List<PhraseMatch> matches)
    {
        var byOwner = new Dictionary<object, List<PhraseMatch>>(ReferenceEqualityComparer.Instance);
        foreach (var match in matches)
        {
            if (!byOwner.TryGetValue(match.Registration.Owner, out var list))
            {
                byOwner[match.Registration.Owner] = list = [];
            }

            list.Add(match);
        }

        foreach (var list in byOwner.Values)
        {
            list.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
            var kept = 0;
            var lastEnd = -1;
            for (var i = 0; i < list.Count; i++)
            {
                var match = list[i];
                if (match.Start >= lastEnd)
                {
                    list[kept++] = match;
                    lastEnd = match.End;
                }
            }

            list.RemoveRange(kept, list.Count - kept);
        }

        return byOwner;
    }
}
