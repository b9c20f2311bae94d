using System.Text.RegularExpressions;
using Linter.Core.Analysis;
using Linter.Core.Arabic;
using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using Linter.Core.Matching;
using Linter.Core.Rules;
using Linter.Core.Text;

namespace Linter.Core.Pipeline;

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
    /// <param name="reportFrom">The lowest ordinal of the documents reported on (see <see cref="CorpusPass.Finish"/>).</param>
    public IReadOnlyList<Diagnostic> FinishCorpus(CorpusPass corpus, Func<string, RuleDescriptor, Severity>? severity = null, int maxParallelism = 1, long reportFrom = long.MinValue)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return corpus.Finish(severity ?? _severity, maxParallelism, reportFrom);
    }

    /// <summary>
    /// Reads, decodes and lints one document as a run hands it over, collecting it into <paramref name="corpus"/> when
    /// one is given; with <paramref name="collectOnly"/>, the document is only collected, and only why it could not
    /// be read is returned. Returns its diagnostics, placed in its corpus file when it is a record, and its size.
    /// </summary>
    internal (IReadOnlyList<Diagnostic> Diagnostics, long Size) Lint(InputDocument document, CorpusEntry? corpus, bool collectOnly, CancellationToken cancellationToken)
    {
        if (document.Malformed is { } malformed)
        {
            // A malformed record is at its line in the file already: there is no text to point into.
            return ([.. MalformedRecord(document.Path, document.SettingsPath, malformed.LineNumber, malformed.Reason).Select(diagnostic => diagnostic with { FileLocation = diagnostic.Location })], 0);
        }

        string text;
        long size;
        if (document.Text is { } given)
        {
            (text, size) = (given, 0);
        }
        else
        {
            var read = Read(document);
            size = read.Bytes?.LongLength ?? 0;
            if (read.Text is not { } decoded)
            {
                return (read.Failure, size);
            }

            text = decoded;
        }

        var diagnostics = LintText(document.Path, new SourceText(text), ArabicNormalizer.Normalize(text), corpus, collectOnly, document.SettingsPath, cancellationToken);
        return (document.PlaceInFile is { } place ? place(diagnostics) : diagnostics, size);
    }

    /// <summary>Reads and decodes one document; when it cannot be, the diagnostic that says why.</summary>
    public DocumentRead Read(InputDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        byte[] bytes;
        try
        {
            bytes = document.ReadAllBytes();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new DocumentRead(null, null, FileDiagnostic(document.Path, document.SettingsPath, EngineDiagnostics.UnreadableFile, default, exception.Message));
        }

        var decoded = DocumentDecoder.Decode(bytes, _encoding(document.SettingsPath));
        if (decoded.Failure is { } failure)
        {
            var descriptor = failure.Kind == DecodeFailureKind.Binary ? EngineDiagnostics.BinaryFile : EngineDiagnostics.InvalidUtf8;
            return new DocumentRead(bytes, decoded, FileDiagnostic(document.Path, document.SettingsPath, descriptor, failure.Position, failure.Message));
        }

        return new DocumentRead(bytes, decoded, []);
    }

    /// <summary>Lints one document's text, returning its diagnostics in output order. Rules that look across documents report nothing here.</summary>
    /// <param name="path">The document's path as shown, which its settings and rules' scopes are matched as.</param>
    /// <param name="text">The document's text.</param>
    /// <param name="cancellationToken">Stops the analysis between two rules (an editor's newer text makes it moot).</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public IReadOnlyList<Diagnostic> LintText(string path, string text, CancellationToken cancellationToken = default) =>
        LintText(path, new SourceText(text), ArabicNormalizer.Normalize(text), null, collectOnly: false, path, cancellationToken);

    /// <summary>
    /// Lints one document's text, returning its diagnostics in output order, and collects it into
    /// <paramref name="corpus"/> when one is given, from the same normalized text and phrase matches.
    /// </summary>
    private List<Diagnostic> LintText(string path, SourceText source, NormalizedText normalized, CorpusEntry? corpus, bool collectOnly, string settingsPath, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        if (collectOnly && corpus is not { Pass.IsEmpty: false })
        {
            return diagnostics;
        }

        var matches = _rules.FindPhrases(normalized);
        var context = new DocumentContext(
            path,
            source,
            normalized,
            matches,
            descriptor => _severity(settingsPath, descriptor),
            diagnostics);
        var scopePath = _scopePath(settingsPath);
        if (!collectOnly)
        {
            foreach (var rule in _rules.Rules)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Runs(rule, settingsPath, scopePath))
                {
                    Guard(context, rule, () => rule.Analyze(context));
                }
            }
        }

        if (corpus is { } entry && !entry.Pass.IsEmpty)
        {
            CollectInto(entry, path, source, normalized, matches, context, rule => Runs(rule, settingsPath, scopePath));
        }

        if (collectOnly)
        {
            // Only collected: a rule that fails here fails again, and is reported, when the document is linted.
            return [];
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
    private IReadOnlyList<Diagnostic> MalformedRecord(string path, string settingsPath, long lineNumber, string reason) =>
        FileDiagnostic(path, settingsPath, EngineDiagnostics.MalformedRecord, new LinePosition((int)Math.Min(int.MaxValue, lineNumber - 1), 0), reason);

    private IReadOnlyList<Diagnostic> FileDiagnostic(string path, string settingsPath, RuleDescriptor descriptor, LinePosition position, string reason)
    {
        var severity = _severity(settingsPath, descriptor);
        if (severity == Severity.None)
        {
            return [];
        }

        var message = descriptor.Message.Format(new Dictionary<string, string> { ["reason"] = reason });
        return [new Diagnostic(descriptor, severity, path, new TextSpan(0, 0), new LinePositionSpan(position, position), message, string.Empty, null)];
    }
}
