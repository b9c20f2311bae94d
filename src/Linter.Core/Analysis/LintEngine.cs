using System.Text.RegularExpressions;
using Linter.Core.Arabic;
using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using Linter.Core.Matching;
using Linter.Core.Rules;
using Linter.Core.Text;

namespace Linter.Core.Analysis;

/// <summary>A document to lint: its display path and how to read its bytes.</summary>
/// <param name="Path">The path shown in diagnostics.</param>
/// <param name="ReadAllBytes">Reads the document; an <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> becomes a diagnostic.</param>
public sealed record InputDocument(string Path, Func<byte[]> ReadAllBytes)
{
    /// <summary>Where the document comes from, for rules that count per source; by default its folder.</summary>
    public string Source { get; init; } = CorpusDocument.FolderOf(Path);
}

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
    private readonly Func<string, EncodingSetting> _encoding;

    /// <summary>Creates an engine.</summary>
    /// <param name="rules">The rules to run.</param>
    /// <param name="severity">The effective severity of a descriptor in a document; the default severity when null.</param>
    /// <param name="scopePath">
    /// The path a document's path is matched as against rules' <c>files</c> globs (a JSON Lines record's corpus file),
    /// or null to run every rule whatever its <c>files</c> (a rule's examples); the document's own path when not given.
    /// </param>
    /// <param name="encoding">How a document's bytes are read when they have no byte order mark; UTF-8 when null.</param>
    public LintEngine(RuleSet rules, Func<string, RuleDescriptor, Severity>? severity = null, Func<string, string?>? scopePath = null, Func<string, EncodingSetting>? encoding = null)
    {
        _rules = rules;
        _severity = severity ?? ((_, descriptor) => descriptor.DefaultSeverity);
        _scopePath = scopePath ?? (path => path);
        _encoding = encoding ?? (_ => EncodingSetting.Utf8);
    }

    /// <summary>Lints every document, in parallel, and returns all diagnostics in output order.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="maxParallelism">The most documents analyzed at once.</param>
    /// <param name="documentLinted">Called with the size in bytes of each document once it is linted.</param>
    /// <param name="corpus">The corpus pass that collects the documents, or null; the first document's ordinal in it is <paramref name="firstOrdinal"/>, the next one's one more, and so on.</param>
    /// <param name="firstOrdinal">The place of the first document in path order in the whole corpus.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public IReadOnlyList<Diagnostic> LintAll(
        IEnumerable<InputDocument> documents,
        int maxParallelism,
        Action<long>? documentLinted = null,
        CorpusPass? corpus = null,
        long firstOrdinal = 0,
        CancellationToken cancellationToken = default)
    {
        var all = LintInOrder(documents, maxParallelism, documentLinted, corpus, firstOrdinal, cancellationToken).SelectMany(diagnostics => diagnostics).ToList();
        all.Sort(Diagnostic.Compare);
        return all;
    }

    /// <summary>
    /// Lints documents in parallel and yields each one's diagnostics (sorted) in the order of <paramref name="documents"/>,
    /// while the next documents are being linted; a bounded number of documents is in flight at once.
    /// </summary>
    /// <param name="documents">The documents, read as the run goes.</param>
    /// <param name="maxParallelism">The most documents analyzed at once.</param>
    /// <param name="documentLinted">Called, on the consuming thread, with the size in bytes of each document as its diagnostics are yielded.</param>
    /// <param name="corpus">The corpus pass that collects the documents, or null; the first document's ordinal in it is <paramref name="firstOrdinal"/>, the next one's one more, and so on.</param>
    /// <param name="firstOrdinal">The place of the first document in path order in the whole corpus.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public IEnumerable<IReadOnlyList<Diagnostic>> LintInOrder(
        IEnumerable<InputDocument> documents,
        int maxParallelism,
        Action<long>? documentLinted = null,
        CorpusPass? corpus = null,
        long firstOrdinal = 0,
        CancellationToken cancellationToken = default) =>
        LintInOrder(documents, static diagnostics => diagnostics, maxParallelism, documentLinted, corpus, firstOrdinal, cancellationToken);

    /// <summary>
    /// Lints documents in parallel, passes each one's diagnostics (sorted) to <paramref name="then"/> on the thread
    /// that linted it, and yields what that returns in the order of <paramref name="documents"/>, while the next
    /// documents are being linted; a bounded number of documents is in flight at once.
    /// </summary>
    /// <param name="documents">The documents, read as the run goes.</param>
    /// <param name="then">Work on a document's diagnostics that can run in parallel too, such as rendering them.</param>
    /// <param name="maxParallelism">The most documents analyzed at once.</param>
    /// <param name="documentLinted">Called, on the consuming thread, with the size in bytes of each document as its result is yielded.</param>
    /// <param name="corpus">The corpus pass that collects the documents, or null; the first document's ordinal in it is <paramref name="firstOrdinal"/>, the next one's one more, and so on.</param>
    /// <param name="firstOrdinal">The place of the first document in path order in the whole corpus.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public IEnumerable<TResult> LintInOrder<TResult>(
        IEnumerable<InputDocument> documents,
        Func<IReadOnlyList<Diagnostic>, TResult> then,
        int maxParallelism,
        Action<long>? documentLinted = null,
        CorpusPass? corpus = null,
        long firstOrdinal = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(then);
        var numbered = documents.Select((document, index) => (Document: document, Ordinal: firstOrdinal + index));
        foreach (var (result, size) in OrderedParallel.Select(
            numbered,
            item =>
            {
                var (diagnostics, size) = LintMeasured(item.Document, corpus is null ? null : new CorpusEntry(corpus, item.Ordinal, item.Document.Source));
                return (then(diagnostics), size);
            },
            maxParallelism,
            cancellationToken))
        {
            documentLinted?.Invoke(size);
            yield return result;
        }
    }

    /// <summary>Reads, decodes and lints one document, collecting it into <paramref name="corpus"/> when one is given.</summary>
    public IReadOnlyList<Diagnostic> LintDocument(InputDocument document, CorpusEntry? corpus = null) => LintMeasured(document, corpus).Diagnostics;

    /// <summary>
    /// Lints a whole corpus held in memory (rule examples, tests, small tools): every document's findings, then
    /// the findings across documents, in output order. Documents are in path order; each one's source is its folder.
    /// </summary>
    public IReadOnlyList<Diagnostic> LintCorpus(IReadOnlyList<(string Path, string Text)> documents)
    {
        var corpus = StartCorpus();
        var all = new List<Diagnostic>();
        for (var i = 0; i < documents.Count; i++)
        {
            var (path, text) = documents[i];
            all.AddRange(LintText(path, text, new CorpusEntry(corpus, i, CorpusDocument.FolderOf(path))));
        }

        all.AddRange(FinishCorpus(corpus));
        return all;
    }

    /// <summary>True when fixing needs a pass over the whole corpus first (see <see cref="Rule.FixesNeedCorpus"/>).</summary>
    public bool FixesNeedCorpus => _rules.FixesNeedCorpus;

    /// <summary>An engine with this one's severities and its rules as they stand once <paramref name="corpus"/> is known, for fixing documents one by one.</summary>
    public LintEngine Resolve(CorpusPass corpus) => new(_rules.Resolve(corpus), _severity, _scopePath, _encoding);

    /// <summary>A corpus pass over this engine's rules, to hand to the lint calls of one run.</summary>
    /// <param name="alongside">Analyses that collect every document in the same pass (<see cref="CorpusCollector{TState}"/>).</param>
    public CorpusPass StartCorpus(params IEnumerable<CorpusAnalyzer> alongside) => new(_rules, alongside);

    /// <summary>The findings across documents of <paramref name="corpus"/>, in output order.</summary>
    /// <param name="corpus">The pass, every document collected.</param>
    /// <param name="severity">The effective severity of a descriptor in a document; this engine's when null.</param>
    /// <param name="maxParallelism">The most corpus states merged and reported at once.</param>
    public IReadOnlyList<Diagnostic> FinishCorpus(CorpusPass corpus, Func<string, RuleDescriptor, Severity>? severity = null, int maxParallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return corpus.Finish(severity ?? _severity, maxParallelism);
    }

    /// <summary>
    /// Collects a document into a corpus pass without reporting its own findings: for a text whose findings are
    /// already known, such as a file just fixed.
    /// </summary>
    public void Collect(string path, string text, CorpusEntry corpus)
    {
        if (!corpus.Pass.IsEmpty)
        {
            var source = new SourceText(text);
            var normalized = ArabicNormalizer.Normalize(text);
            var matches = _rules.FindPhrases(normalized);
            var scopePath = _scopePath(path);
            CollectInto(corpus, path, source, normalized, matches, new DocumentContext(path, source, normalized, matches, descriptor => _severity(path, descriptor), []), rule => Runs(rule, path, scopePath));
        }
    }

    private (IReadOnlyList<Diagnostic> Diagnostics, long Size) LintMeasured(InputDocument document, CorpusEntry? corpus)
    {
        var read = Read(document);
        return (read.Text is { } text ? LintText(document.Path, text, corpus) : read.Failure, read.Bytes?.LongLength ?? 0);
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
        var decoded = DocumentDecoder.Decode(bytes, _encoding(path));
        if (decoded.Failure is { } failure)
        {
            var descriptor = failure.Kind == DecodeFailureKind.Binary ? EngineDiagnostics.BinaryFile : EngineDiagnostics.InvalidUtf8;
            return new DocumentRead(bytes, decoded, FileDiagnostic(path, descriptor, failure.Position, failure.Message));
        }

        return new DocumentRead(bytes, decoded, []);
    }

    /// <summary>Lints one document's text, returning its diagnostics in output order. Rules that look across documents report nothing here.</summary>
    /// <param name="path">The document's path as shown.</param>
    /// <param name="text">The document's text.</param>
    /// <param name="cancellationToken">Stops the analysis between two rules (an editor's newer text makes it moot).</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public IReadOnlyList<Diagnostic> LintText(string path, string text, CancellationToken cancellationToken = default) =>
        LintText(path, new SourceText(text), ArabicNormalizer.Normalize(text), null, cancellationToken);

    /// <summary>
    /// Lints one document's text, returning its diagnostics in output order, and collects it into
    /// <paramref name="corpus"/> when one is given, from the same normalized text and phrase matches.
    /// </summary>
    public IReadOnlyList<Diagnostic> LintText(string path, string text, CorpusEntry? corpus) =>
        LintText(path, new SourceText(text), ArabicNormalizer.Normalize(text), corpus);

    /// <summary>Lints one document already indexed and normalized (a corpus analyzer's), returning its diagnostics in output order.</summary>
    /// <param name="path">The document's path as shown.</param>
    /// <param name="source">The document's text.</param>
    /// <param name="normalized">The text normalized for matching.</param>
    /// <param name="corpus">Where to collect the document for rules across documents, or null.</param>
    /// <param name="cancellationToken">Stops the analysis between two rules.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public IReadOnlyList<Diagnostic> LintText(string path, SourceText source, NormalizedText normalized, CorpusEntry? corpus = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(normalized);
        var diagnostics = new List<Diagnostic>();
        var matches = _rules.FindPhrases(normalized);
        var context = new DocumentContext(
            path,
            source,
            normalized,
            matches,
            descriptor => _severity(path, descriptor),
            diagnostics);
        var scopePath = _scopePath(path);
        foreach (var rule in _rules.Rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Runs(rule, path, scopePath))
            {
                Guard(context, rule, () => rule.Analyze(context));
            }
        }

        if (corpus is { } entry && !entry.Pass.IsEmpty)
        {
            CollectInto(entry, path, source, normalized, matches, context, rule => Runs(rule, path, scopePath));
        }

        diagnostics.Sort(Diagnostic.Compare);
        return diagnostics;
    }

    private static void CollectInto(CorpusEntry entry, string path, SourceText source, NormalizedText normalized, Dictionary<object, List<PhraseMatch>> matches, DocumentContext context, Func<Rule, bool> inScope)
    {
        var document = new CorpusDocument(entry.Ordinal, path, entry.Source, source, normalized) { Matches = matches };
        entry.Pass.Collect(document, (rule, collect) =>
        {
            if (inScope(rule))
            {
                Guard(context, rule, collect);
            }
        });
    }

    /// <summary>True when <paramref name="rule"/> runs on the document at <paramref name="scopePath"/> (its <c>files</c> globs; every document when it has none or the path is unknown).</summary>
    private static bool InScope(Rule rule, string? scopePath) => scopePath is null || rule.Files is not { } files || files.Includes(scopePath);

    /// <summary>
    /// True when <paramref name="rule"/> runs on the document at <paramref name="path"/>: in its scope, and with a
    /// diagnostic not turned off there (severity <c>none</c>), since a rule whose findings would all be dropped need
    /// not look, nor keep state across documents.
    /// </summary>
    private bool Runs(Rule rule, string path, string? scopePath) =>
        InScope(rule, scopePath) && rule.Descriptors.Any(descriptor => _severity(path, descriptor) != Severity.None);

    /// <summary>Runs one rule's work on a document; a rule that times out or fails gets a diagnostic there, and the other rules go on.</summary>
    private static void Guard(DocumentContext context, Rule rule, Action work)
    {
        try
        {
            work();
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
}
