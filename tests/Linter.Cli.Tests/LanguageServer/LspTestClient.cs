using System.Collections.Concurrent;
using System.Text.Json;
using Linter.Cli.Input;
using Linter.Cli.LanguageServer;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace Linter.Cli.Tests.LanguageServer;

/// <summary>
/// A language client talking to the server in-process over a pair of streams, with the protocol's headers, as an
/// editor would: it records every notification the server sends.
/// </summary>
internal sealed class LspTestClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly JsonRpc _rpc;
    private readonly Stream _serverSide;
    private readonly StringWriter _log = new();
    private readonly ConcurrentQueue<PublishDiagnosticsParams> _published = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private LspTestClient(string workspace, LintSettings settings, TimeSpan debounce)
    {
        Workspace = workspace;
        var (clientSide, serverSide) = FullDuplexStream.CreatePair();
        _serverSide = serverSide;
        Server = CorpusLintLanguageServer.Start(serverSide, serverSide, settings, new CliEnvironment(TextWriter.Null, _log, workspace), debounce);
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = Lsp.CreateSerializerOptions() };
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientSide, clientSide, formatter));
        _rpc.AddLocalRpcTarget(new Notifications(this), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        _rpc.StartListening();
    }

    public string Workspace { get; }

    public CorpusLintLanguageServer Server { get; }

    /// <summary>The server's answer to initialize.</summary>
    public InitializeResult? Initialized { get; private set; }

    public ConcurrentQueue<MessageParams> Messages { get; } = new();

    /// <summary>Every publishDiagnostics received so far, in order.</summary>
    public IReadOnlyList<PublishDiagnosticsParams> Published => [.. _published];

    /// <summary>Starts a server for <paramref name="workspace"/> with the shipped rules (or <paramref name="rules"/>) and initializes it.</summary>
    public static async Task<LspTestClient> StartAsync(
        string workspace,
        string[]? rules = null,
        bool versionedEdits = false,
        TimeSpan? debounce = null,
        string? baseline = null,
        bool noBaseline = false)
    {
        var settings = new LintSettings(
            rules ?? [Path.Combine(CliRunner.RepositoryRoot, "rules")],
            baseline,
            noBaseline,
            JsonlFields.Default,
            Path.Combine(workspace, ".pages"));
        var client = new LspTestClient(workspace, settings, debounce ?? TimeSpan.FromMilliseconds(50));
        var capabilities = versionedEdits ? """{ "workspace": { "workspaceEdit": { "documentChanges": true } } }""" : "{}";
        client.Initialized = await client.RequestAsync<InitializeResult>("initialize", new
        {
            processId = (int?)null,
            rootUri = Uri(workspace),
            capabilities = JsonDocument.Parse(capabilities).RootElement,
        });
        await client._rpc.NotifyWithParameterObjectAsync("initialized", new { });
        return client;
    }

    public static string Uri(string path) => Output.FileUri.FromAbsolutePath(path);

    public string UriOf(string relativePath) => Uri(Path.Combine(Workspace, relativePath));

    public Task<T> RequestAsync<T>(string method, object parameters, CancellationToken cancellationToken = default) =>
        _rpc.InvokeWithParameterObjectAsync<T>(method, parameters, cancellationToken).WaitAsync(Timeout, cancellationToken);

    public Task NotifyAsync(string method, object parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task OpenAsync(string uri, string text, int version = 1, string languageId = "plaintext") =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new TextDocumentItem(uri, languageId, version, text) });

    public Task ChangeAsync(string uri, int version, params TextDocumentContentChangeEvent[] changes) =>
        NotifyAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), changes));

    /// <summary>Waits for the next diagnostics of <paramref name="uri"/> that <paramref name="accept"/> takes (any, by default).</summary>
    public async Task<PublishDiagnosticsParams> DiagnosticsAsync(string uri, Func<PublishDiagnosticsParams, bool>? accept = null, int after = 0)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            var match = Published.Skip(after).FirstOrDefault(p => p.Uri == uri && (accept?.Invoke(p) ?? true));
            if (match is not null)
            {
                return match;
            }

            await _arrived.WaitAsync(timeout.Token);
        }
    }

    /// <summary>Waits for the diagnostics of <paramref name="uri"/> at <paramref name="version"/>.</summary>
    public Task<PublishDiagnosticsParams> DiagnosticsAsync(string uri, int version) => DiagnosticsAsync(uri, p => p.Version == version);

    /// <summary>Waits until <paramref name="condition"/> holds, as a notification that comes on its own time is awaited.</summary>
    /// <param name="condition">What to wait for.</param>
    /// <param name="describe">What the server had done, for the message when the wait times out.</param>
    public static async Task WaitUntilAsync(Func<bool> condition, Func<string>? describe = null)
    {
        var timer = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(timer.Elapsed < Timeout, "timed out waiting for the server" + (describe is null ? string.Empty : ": " + describe()));
            await Task.Delay(20);
        }
    }

    public Task<CodeAction[]> CodeActionsAsync(string uri, LspRange range, params string[] only) =>
        RequestAsync<CodeAction[]>("textDocument/codeAction", new CodeActionParams(new TextDocumentIdentifier(uri), range, new CodeActionContext([], only.Length == 0 ? null : only)));

    public Task<Hover?> HoverAsync(string uri, int line, int character) =>
        RequestAsync<Hover?>("textDocument/hover", new HoverParams(new TextDocumentIdentifier(uri), new LspPosition(line, character)));

    public async Task<int> ShutdownAsync()
    {
        await RequestAsync<object?>("shutdown", new { });
        await NotifyAsync("exit", new { });
        return await Server.Completion.WaitAsync(Timeout);
    }

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        await _serverSide.DisposeAsync();
        await Server.Completion.WaitAsync(Timeout);
        _arrived.Dispose();
        _log.Dispose();
    }

    /// <summary>The edits of <paramref name="uri"/> in a workspace edit, from <c>changes</c> or <c>documentChanges</c>.</summary>
    public static IReadOnlyList<LspTextEdit> EditsOf(WorkspaceEdit edit, string uri) =>
        edit.Changes is { } changes ? changes[uri] : [.. edit.DocumentChanges!.Where(d => d.TextDocument.Uri == uri).SelectMany(d => d.Edits)];

    /// <summary>Applies edits as an editor does: all against the same text, last first.</summary>
    public static string Apply(string text, IEnumerable<LspTextEdit> edits)
    {
        var buffer = new TextBuffer(text);
        var spans = edits.Select(e => (Start: buffer.OffsetOf(e.Range.Start), End: buffer.OffsetOf(e.Range.End), e.NewText)).OrderByDescending(e => e.Start).ToList();
        foreach (var (start, end, newText) in spans)
        {
            text = string.Concat(text.AsSpan(0, start), newText, text.AsSpan(end));
        }

        return text;
    }

    /// <summary>The notifications an editor receives, recorded.</summary>
    private sealed class Notifications(LspTestClient client)
    {
        [JsonRpcMethod("textDocument/publishDiagnostics")]
        public void PublishDiagnostics(PublishDiagnosticsParams parameters)
        {
            client._published.Enqueue(parameters);
            client._arrived.Release();
        }

        [JsonRpcMethod("window/showMessage")]
        public void ShowMessage(MessageParams parameters) => client.Messages.Enqueue(parameters);

        [JsonRpcMethod("window/logMessage")]
        public void LogMessage(MessageParams parameters) => client.Messages.Enqueue(parameters);
    }
}
