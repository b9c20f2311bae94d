using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Linter.Cli.Commands;
using Linter.Core.Diagnostics;
using Linter.Core.Rules;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace Linter.Cli.LanguageServer;

/// <summary>
/// The language server: live diagnostics, quick fixes and rule descriptions for plain-text and JSONL documents,
/// over JSON-RPC with the protocol's headers. Messages are handled one at a time, in the order they come; every
/// analysis runs on the thread pool, so a slow rule never holds up a message, and a newer text cancels an older
/// analysis. Its public methods are the protocol's methods, and nothing else is public.
/// </summary>
internal sealed class CorpusLintLanguageServer : IDisposable
{
    /// <summary>How long typing must pause before a changed document is linted.</summary>
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(150);

    private const string RuleFilesGroup = "rules";
    private const string EditorConfigGroup = "editorconfig";

    private readonly LintSettings _settings;
    private readonly TextWriter _log;
    private readonly TimeSpan _debounce;
    private readonly JsonRpc _rpc;
    private readonly ConcurrentDictionary<string, DocumentState> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<RuleFileError>> _editorConfigErrors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _publishedFileErrors = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _fileErrorsGate = new(1, 1);

    // One reload at a time, loading and publishing: two saves in quick succession must not publish out of order and
    // leave the first one's errors showing.
    private readonly SemaphoreSlim _reloadGate = new(1, 1);
    private readonly Lock _configurationLock = new();
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CliEnvironment _environment;
    // One configuration per configuration file that applies to a document (or to the workspace), as check finds it;
    // each is loaded once asked for, and again when files change.
    private readonly ConcurrentDictionary<string, LintSnapshot> _snapshots = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _configurationsAsked = new(StringComparer.Ordinal);
    private ConfigurationWatcher? _watcher;
    private IReadOnlyList<string> _watchedFolders = [];
    private IReadOnlyList<string> _watchedBaselines = [];
    private string _shownProblems = string.Empty;
    private bool _versionedEdits;
    private bool _shutdown;
    // Set under the configuration lock: a load (which writes the rules' pages) never begins after the server stops,
    // and stopping waits for one under way, so nothing is written in the workspace once the server has stopped.
    private bool _stopped;
    private int _analysesStarted;
    private int _analysesCanceled;

    private CorpusLintLanguageServer(Stream input, Stream output, LintSettings settings, CliEnvironment environment, TimeSpan debounce)
    {
        _settings = settings;
        _environment = environment;
        _log = environment.Error;
        _debounce = debounce;
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = Lsp.CreateSerializerOptions() };
        _rpc = new LspJsonRpc(new LspMessageHandler(output, input, formatter))
        {
            // One message at a time, in order: a change is applied before the next one is read.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };
        _rpc.AddLocalRpcTarget(this, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        _rpc.Disconnected += (_, _) => Stop(1);
        _rpc.StartListening();
    }

    /// <summary>The exit code, once the client has said <c>exit</c> (0 after <c>shutdown</c>, else 1) or gone away (1).</summary>
    internal Task<int> Completion => _exit.Task;

    /// <summary>Analyses that have started to run rules.</summary>
    internal int AnalysesStarted => Volatile.Read(ref _analysesStarted);

    /// <summary>Analyses dropped because a newer text or configuration came first.</summary>
    internal int AnalysesCanceled => Volatile.Read(ref _analysesCanceled);

    /// <summary>Starts serving on <paramref name="input"/> and <paramref name="output"/>.</summary>
    /// <param name="input">What the client sends.</param>
    /// <param name="output">Where the server answers.</param>
    /// <param name="settings">The command line's options.</param>
    /// <param name="environment">The folder to work in until the client names its workspace, and standard error for the log.</param>
    /// <param name="debounce">How long typing must pause before a changed document is linted.</param>
    internal static CorpusLintLanguageServer Start(Stream input, Stream output, LintSettings settings, CliEnvironment environment, TimeSpan debounce) =>
        new(input, output, settings, environment, debounce);

    /// <summary><c>initialize</c>: takes the workspace folder and says what the server does; <c>initialized</c> loads the configuration.</summary>
    [JsonRpcMethod("initialize")]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        var root = parameters.WorkspaceFolders is [var first, ..] ? first.Uri : parameters.RootUri;
        var rootPath = root is not null ? LocalPath(root) : parameters.RootPath;
        if (rootPath is not null)
        {
            _environment = _environment with { WorkingDirectory = Path.GetFullPath(rootPath) };
        }

        _versionedEdits = parameters.Capabilities is { ValueKind: JsonValueKind.Object } capabilities
            && capabilities.TryGetProperty("workspace", out var workspace) && workspace.ValueKind == JsonValueKind.Object
            && workspace.TryGetProperty("workspaceEdit", out var workspaceEdit) && workspaceEdit.ValueKind == JsonValueKind.Object
            && workspaceEdit.TryGetProperty("documentChanges", out var documentChanges) && documentChanges.ValueKind == JsonValueKind.True;
        return new InitializeResult(
            new ServerCapabilities(
                "utf-16",
                new TextDocumentSyncOptions(OpenClose: true, Lsp.IncrementalSync),
                new CodeActionOptions([Lsp.QuickFix, Lsp.SourceFixAll]),
                HoverProvider: true),
            new ServerInfo("corpuslint", CheckCommand.ToolVersion));
    }

    /// <summary><c>initialized</c>: the client is ready for notifications, so the configuration is loaded and its errors shown.</summary>
    [JsonRpcMethod("initialized")]
    public void Initialized()
    {
        _configurationsAsked.TryAdd(_settings.ConfigurationKeyOf(_environment.WorkingDirectory), true);
        _ = Task.Run(ReloadConfigurationAsync);
    }

    /// <summary><c>shutdown</c>: stops linting; the client says <c>exit</c> next.</summary>
    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        foreach (var state in _documents.Values)
        {
            state.Cancel();
        }

        lock (_configurationLock)
        {
            _shutdown = true;
            _watcher?.Dispose();
            _watcher = null;
        }

        return null;
    }

    /// <summary><c>exit</c>: ends the server, with 0 after <c>shutdown</c> and 1 without.</summary>
    [JsonRpcMethod("exit")]
    public void Exit() => Stop(_shutdown ? 0 : 1);

    /// <summary><c>textDocument/didOpen</c>: lints the document at once.</summary>
    [JsonRpcMethod("textDocument/didOpen")]
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        var item = parameters.TextDocument;
        var path = LocalPath(item.Uri);
        var fullPath = path ?? Path.Combine(_environment.WorkingDirectory, "untitled");
        var isJsonl = item.LanguageId is "jsonl" or "jsonlines"
            || (path is not null && (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)));
        var configurationKey = _settings.ConfigurationKeyOf(Path.GetDirectoryName(fullPath)!);
        var document = new OpenDocument(item.Uri, fullPath, path is null ? item.Uri : _environment.Display(fullPath), isJsonl, item.Version, new TextBuffer(item.Text), configurationKey);
        var state = new DocumentState(document);
        if (_documents.TryGetValue(item.Uri, out var reopened))
        {
            reopened.Dispose();
        }

        _documents[item.Uri] = state;

        // A document under a configuration not asked for yet is linted once it is loaded; one being loaded lints
        // every open document when it is.
        if (_configurationsAsked.TryAdd(configurationKey, true))
        {
            _ = Task.Run(ReloadConfigurationAsync);
        }
        else if (_snapshots.ContainsKey(configurationKey))
        {
            Schedule(state, TimeSpan.Zero);
        }
    }

    /// <summary><c>textDocument/didChange</c>: applies the changes (whole or incremental) and lints once typing pauses.</summary>
    [JsonRpcMethod("textDocument/didChange")]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        if (!_documents.TryGetValue(parameters.TextDocument.Uri, out var state))
        {
            return;
        }

        state.Update(document => document with
        {
            Version = parameters.TextDocument.Version ?? document.Version + 1,
            Buffer = document.Buffer.Apply(parameters.ContentChanges),
        });
        Schedule(state, _debounce);
    }

    /// <summary><c>textDocument/didClose</c>: forgets the document and clears its diagnostics.</summary>
    [JsonRpcMethod("textDocument/didClose")]
    public void DidClose(DocumentNotificationParams parameters)
    {
        if (_documents.TryRemove(parameters.TextDocument.Uri, out var state))
        {
            state.Dispose();
            _editorConfigErrors.TryRemove(parameters.TextDocument.Uri, out _);
            _ = ClearAsync(parameters.TextDocument.Uri);
        }
    }

    /// <summary><c>workspace/didChangeWatchedFiles</c>: the client saw files change; the configuration is loaded again.</summary>
    [JsonRpcMethod("workspace/didChangeWatchedFiles")]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
    {
        if (parameters.Changes.Count > 0)
        {
            _ = Task.Run(ReloadConfigurationAsync);
        }
    }

    /// <summary>
    /// <c>textDocument/codeAction</c>: a "Fix: …" for each fixable finding in the range, "Fix all ID in the file" for
    /// each of their rules, and "Fix all in the file" whenever anything in it can be fixed.
    /// </summary>
    [JsonRpcMethod("textDocument/codeAction")]
    public async Task<IReadOnlyList<CodeAction>> CodeActionAsync(CodeActionParams parameters, CancellationToken cancellationToken)
    {
        if (!_documents.TryGetValue(parameters.TextDocument.Uri, out var state) || SnapshotOf(state.Document) is not { } snapshot)
        {
            return [];
        }

        var document = state.Document;
        var analysis = await AnalysisOfAsync(state, document, snapshot, cancellationToken).ConfigureAwait(false);
        var only = parameters.Context?.Only;
        bool Wanted(string kind) => only is null || only.Any(prefix => kind == prefix || kind.StartsWith(prefix + ".", StringComparison.Ordinal));
        var actions = new List<CodeAction>();
        var here = analysis.Findings.Where(f => f.FixEdits is not null && Intersects(f.Published.Range, parameters.Range)).ToList();
        if (Wanted(Lsp.QuickFix))
        {
            actions.AddRange(here.Select(finding => new CodeAction(
                "Fix: " + finding.Diagnostic.Fix!.Title, Lsp.QuickFix, [finding.Published], IsPreferred: true, Edit(document, finding.FixEdits!))));
            foreach (var id in here.Select(f => f.Diagnostic.Id).Distinct(StringComparer.Ordinal))
            {
                var edits = await FixAllAsync(state, document, snapshot, id, cancellationToken).ConfigureAwait(false);
                if (edits.Count > 0)
                {
                    actions.Add(new CodeAction($"Fix all {id} in the file", Lsp.QuickFix, null, null, Edit(document, edits)));
                }
            }
        }

        if (Wanted(Lsp.SourceFixAll) && analysis.Findings.Any(f => f.FixEdits is not null))
        {
            var edits = await FixAllAsync(state, document, snapshot, null, cancellationToken).ConfigureAwait(false);
            if (edits.Count > 0)
            {
                actions.Add(new CodeAction("Fix all in the file", Lsp.SourceFixAll, null, null, Edit(document, edits)));
            }
        }

        return actions;
    }

    /// <summary><c>textDocument/hover</c>: on a finding, its rule's title, description, help and fix.</summary>
    [JsonRpcMethod("textDocument/hover")]
    public async Task<Hover?> HoverAsync(HoverParams parameters, CancellationToken cancellationToken)
    {
        if (!_documents.TryGetValue(parameters.TextDocument.Uri, out var state) || SnapshotOf(state.Document) is not { } snapshot)
        {
            return null;
        }

        var analysis = await AnalysisOfAsync(state, state.Document, snapshot, cancellationToken).ConfigureAwait(false);
        var at = parameters.Position;
        var findings = analysis.Findings.Where(f => Contains(f.Published.Range, at)).ToList();
        if (findings.Count == 0)
        {
            return null;
        }

        var text = string.Join("\n\n---\n\n", findings.Select(f => f.Diagnostic.Descriptor).Distinct().Select(descriptor => Describe(descriptor, snapshot)));
        return new Hover(new MarkupContent("markdown", text), findings[0].Published.Range);
    }

    /// <summary>A rule's description for a hover, in Markdown.</summary>
    internal static string Describe(RuleDescriptor descriptor, LintSnapshot snapshot)
    {
        var text = new StringBuilder();
        text.Append("**").Append(descriptor.Id).Append(": ").Append(descriptor.Title).Append("**\n\n");
        text.Append(descriptor.Description ?? descriptor.Title).Append("\n\n");
        if (descriptor.Help is { } help)
        {
            text.Append(help).Append("\n\n");
        }

        var fix = snapshot.RuleOf(descriptor)?.FixDescription(descriptor);
        text.Append(fix is null ? "No automatic fix: a person decides." : "Fix: " + fix);
        if (snapshot.Pages.TryGetValue(descriptor.Id, out var page))
        {
            text.Append("\n\n[").Append(descriptor.Id).Append(" documentation](").Append(page).Append(')');
        }

        return text.ToString();
    }

    private static bool Intersects(LspRange a, LspRange b) => !Before(a.End, b.Start) && !Before(b.End, a.Start);

    private static bool Contains(LspRange range, LspPosition position) => !Before(position, range.Start) && !Before(range.End, position);

    private static bool Before(LspPosition a, LspPosition b) => a.Line < b.Line || (a.Line == b.Line && a.Character < b.Character);

    private static string? LocalPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : null;

    private WorkspaceEdit Edit(OpenDocument document, IReadOnlyList<LspTextEdit> edits) => _versionedEdits
        ? new WorkspaceEdit(null, [new TextDocumentEdit(new VersionedTextDocumentIdentifier(document.Uri, document.Version), edits)])
        : new WorkspaceEdit(new Dictionary<string, IReadOnlyList<LspTextEdit>>(StringComparer.Ordinal) { [document.Uri] = edits }, null);

    /// <summary>The analysis of <paramref name="document"/>'s version: the published one, or a new one when typing is ahead of it.</summary>
    private static async Task<DocumentAnalysis> AnalysisOfAsync(DocumentState state, OpenDocument document, LintSnapshot snapshot, CancellationToken cancellationToken) =>
        state.Latest is { } latest && latest.Version == document.Version && state.LatestSnapshot == snapshot
            ? latest
            : await Task.Run(() => DocumentAnalyzer.Analyze(document, snapshot, cancellationToken), cancellationToken).ConfigureAwait(false);

    private static async Task<IReadOnlyList<LspTextEdit>> FixAllAsync(DocumentState state, OpenDocument document, LintSnapshot snapshot, string? id, CancellationToken cancellationToken)
    {
        var key = (document.Version, snapshot, id ?? string.Empty);
        if (state.FixAllEdits.TryGetValue(key, out var cached))
        {
            return cached;
        }

        Func<Diagnostic, bool>? filter = id is null ? null : d => d.Id == id;
        var edits = await Task.Run(() => DocumentAnalyzer.FixAll(document, snapshot, filter, cancellationToken), cancellationToken).ConfigureAwait(false);
        state.FixAllEdits[key] = edits;
        return edits;
    }

    /// <summary>Lints the document's current text after <paramref name="delay"/>, on the thread pool, canceling any analysis of an older text.</summary>
    private void Schedule(DocumentState state, TimeSpan delay)
    {
        var (document, cancellationToken) = state.Restart();
        _ = Task.Run(() => AnalyzeAndPublishAsync(state, document, delay, cancellationToken), CancellationToken.None);
    }

    private async Task AnalyzeAndPublishAsync(DocumentState state, OpenDocument document, TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }

            if (SnapshotOf(document) is not { } snapshot)
            {
                return;
            }

            // On a thread of its own: a slow rule can hold an analysis for seconds, and on a thread of the pool it
            // would leave too few threads to answer the editor's requests meanwhile.
            var analysis = await Task.Factory.StartNew(
                () =>
                {
                    Interlocked.Increment(ref _analysesStarted);
                    return DocumentAnalyzer.Analyze(document, snapshot, cancellationToken);
                },
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default).ConfigureAwait(false);
            _editorConfigErrors[document.Uri] = analysis.EditorConfigErrors;
            await PublishEditorConfigErrorsAsync().ConfigureAwait(false);
            await state.PublishGate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                // Checked under the gate: an older analysis that finishes late never overwrites a newer one.
                if (cancellationToken.IsCancellationRequested || !state.Accept(analysis, snapshot))
                {
                    Interlocked.Increment(ref _analysesCanceled);
                    return;
                }

                await NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(document.Uri, document.Version, [.. analysis.Findings.Select(f => f.Published)])).ConfigureAwait(false);
            }
            finally
            {
                state.PublishGate.Release();
            }
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref _analysesCanceled);
        }
#pragma warning disable CA1031 // A document that cannot be linted is logged; the server goes on with the others.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await LogAsync(1, $"{document.DisplayPath}: could not be linted: {exception.GetType().Name}: {exception.Message}").ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Loads rules and baseline again (a rule file changed), keeps the last good rules while the new ones have errors,
    /// shows those errors once on their files, and lints every open document again.
    /// </summary>
    private async Task ReloadConfigurationAsync()
    {
        await _reloadGate.WaitAsync().ConfigureAwait(false);
        try
        {
            await ReloadConfigurationInOrderAsync().ConfigureAwait(false);
        }
        finally
        {
            _reloadGate.Release();
        }
    }

    private LintSnapshot? SnapshotOf(OpenDocument document) => _snapshots.GetValueOrDefault(document.ConfigurationKey);

    private async Task ReloadConfigurationInOrderAsync()
    {
        var ruleErrors = new List<Core.Rules.RuleFileError>();
        var problemLines = new List<string>();
        lock (_configurationLock)
        {
            if (_shutdown || _stopped)
            {
                return;
            }

            // The workspace's configuration, and that of every open document: each is loaded again.
            var keys = _configurationsAsked.Keys.Order(StringComparer.Ordinal).ToList();
            var watched = new List<string>();
            var baselineNames = new SortedSet<string>(StringComparer.Ordinal) { Path.GetFileName(_settings.BaselinePath ?? Core.Baselines.Baseline.DefaultFileName) };
            foreach (var key in keys)
            {
                var result = _settings.Load(_environment, key);
                if (result.Snapshot is not null)
                {
                    _snapshots[key] = result.Snapshot;
                    baselineNames.Add(Path.GetFileName(result.Snapshot.BaselineFile.FullPath));
                }

                ruleErrors.AddRange(result.RuleErrors);
                watched.AddRange(result.WatchedFolders);
                problemLines.AddRange(result.Problems);
                if (result.RuleErrors.Count > 0)
                {
                    problemLines.Add(_snapshots.ContainsKey(key)
                        ? $"corpuslint: {result.RuleErrors.Count} error(s) in the rule files; the rules loaded before are still used."
                        : $"corpuslint: {result.RuleErrors.Count} error(s) in the rule files; nothing is linted until they are fixed.");
                }
            }

            watched = [.. watched.Distinct(StringComparer.Ordinal)];
            if ((!watched.SequenceEqual(_watchedFolders, StringComparer.Ordinal) || !baselineNames.SequenceEqual(_watchedBaselines, StringComparer.Ordinal)))
            {
                _watcher?.Dispose();
                _watcher = new ConfigurationWatcher(watched, baselineNames, () => _ = Task.Run(ReloadConfigurationAsync));
                _watchedFolders = watched;
                _watchedBaselines = [.. baselineNames];

                // A file saved after it was loaded here but before the watch began would go unseen: once the watch
                // is on, the configuration is loaded once more.
                _watcher.Poke();
            }
        }

        await PublishFileErrorsAsync(RuleFilesGroup, [.. ruleErrors.Distinct()]).ConfigureAwait(false);
        var problems = string.Join("\n", problemLines.Distinct(StringComparer.Ordinal));
        if (problems != Interlocked.Exchange(ref _shownProblems, problems) && problems.Length > 0)
        {
            await NotifyAsync("window/showMessage", new MessageParams(1, problems)).ConfigureAwait(false);
        }

        foreach (var state in _documents.Values)
        {
            Schedule(state, TimeSpan.Zero);
        }
    }

    private async Task ClearAsync(string uri)
    {
        await NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, [])).ConfigureAwait(false);
        await PublishEditorConfigErrorsAsync().ConfigureAwait(false);
    }

    /// <summary>The errors in the .editorconfig files of every open document, each once.</summary>
    private Task PublishEditorConfigErrorsAsync() =>
        PublishFileErrorsAsync(EditorConfigGroup, [.. _editorConfigErrors.Values.SelectMany(errors => errors).Distinct()]);

    /// <summary>
    /// Shows errors in configuration files as diagnostics on those files, and clears them from files that no longer
    /// have any; a set already shown is not sent again, so each error is shown once, not once per document.
    /// </summary>
    private async Task PublishFileErrorsAsync(string group, IReadOnlyList<RuleFileError> errors)
    {
        var byUri = errors
            .GroupBy(error => Output.FileUri.FromAbsolutePath(_environment.Resolve(error.Location.Path)), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(error =>
                {
                    var position = new LspPosition(Math.Max(0, error.Location.Line - 1), Math.Max(0, error.Location.Column - 1));
                    return new LspDiagnostic(new LspRange(position, position), 1, null, null, Lsp.Source, error.Message);
                }).ToList(),
                StringComparer.Ordinal);
        await _fileErrorsGate.WaitAsync().ConfigureAwait(false);
        try
        {
            var shown = _publishedFileErrors.GetValueOrDefault(group) ?? [];
            var now = byUri.ToDictionary(pair => pair.Key, pair => string.Join("\n", pair.Value.Select(d => $"{d.Range.Start.Line}:{d.Range.Start.Character}:{d.Message}")), StringComparer.Ordinal);
            foreach (var uri in shown.Keys.Union(now.Keys, StringComparer.Ordinal).ToList())
            {
                if (shown.GetValueOrDefault(uri) != now.GetValueOrDefault(uri))
                {
                    await NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, byUri.GetValueOrDefault(uri) ?? [])).ConfigureAwait(false);
                }
            }

            _publishedFileErrors[group] = now;
        }
        finally
        {
            _fileErrorsGate.Release();
        }
    }

    private Task LogAsync(int type, string message)
    {
        _log.WriteLine($"corpuslint: {message}");
        return NotifyAsync("window/logMessage", new MessageParams(type, message));
    }

    private async Task NotifyAsync(string method, object parameters)
    {
        try
        {
            await _rpc.NotifyWithParameterObjectAsync(method, parameters).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ConnectionLostException or ObjectDisposedException)
        {
            // The client is gone; the server is stopping.
        }
    }

    /// <summary>Stops serving, as when the client goes away; explicit, so that it is no method of the protocol.</summary>
    void IDisposable.Dispose()
    {
        Stop(1);
        _fileErrorsGate.Dispose();
        _reloadGate.Dispose();
    }

    private void Stop(int exitCode)
    {
        foreach (var state in _documents.Values)
        {
            state.Cancel();
        }

        lock (_configurationLock)
        {
            _stopped = true;
            _watcher?.Dispose();
            _watcher = null;
        }

        if (_exit.TrySetResult(exitCode))
        {
            _ = Task.Run(_rpc.Dispose);
        }
    }

    /// <summary>An open document: its current text, the analysis in flight and the last one published.</summary>
    private sealed class DocumentState(OpenDocument document) : IDisposable
    {
        private readonly Lock _lock = new();
        private OpenDocument _document = document;
        private CancellationTokenSource? _pending;

        public OpenDocument Document
        {
            get
            {
                lock (_lock)
                {
                    return _document;
                }
            }
        }

        public DocumentAnalysis? Latest { get; private set; }

        public LintSnapshot? LatestSnapshot { get; private set; }

        /// <summary>Fix-all edits computed for a version, configuration and rule (empty for every rule).</summary>
        public ConcurrentDictionary<(int Version, LintSnapshot Snapshot, string Id), IReadOnlyList<LspTextEdit>> FixAllEdits { get; } = new();

        public SemaphoreSlim PublishGate { get; } = new(1, 1);

        public void Update(Func<OpenDocument, OpenDocument> change)
        {
            lock (_lock)
            {
                _document = change(_document);
                FixAllEdits.Clear();
            }
        }

        /// <summary>Cancels the analysis in flight and starts a new one's token.</summary>
        public (OpenDocument Document, CancellationToken Token) Restart()
        {
            lock (_lock)
            {
                _pending?.Cancel();
                _pending?.Dispose();
                _pending = new CancellationTokenSource();
                return (_document, _pending.Token);
            }
        }

        public void Cancel()
        {
            lock (_lock)
            {
                _pending?.Cancel();
            }
        }

        /// <summary>Cancels the analysis in flight for good: the document was closed.</summary>
        public void Dispose()
        {
            lock (_lock)
            {
                _pending?.Cancel();
                _pending?.Dispose();
                _pending = null;
            }
        }

        /// <summary>Keeps <paramref name="analysis"/> when it is of the current text; false when the text has moved on.</summary>
        public bool Accept(DocumentAnalysis analysis, LintSnapshot snapshot)
        {
            lock (_lock)
            {
                if (analysis.Version != _document.Version)
                {
                    return false;
                }

                Latest = analysis;
                LatestSnapshot = snapshot;
                return true;
            }
        }
    }
}
