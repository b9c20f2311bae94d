using System.Text.Json;
using System.Text.Json.Serialization;

// The subset of the Language Server Protocol 3.17 that the server speaks, as records serialized with camelCase names;
// no types package for the protocol is available for System.Text.Json. Field names follow the specification.
namespace Linter.Cli.LanguageServer;

/// <summary>A position: 0-based line and UTF-16 column.</summary>
internal sealed record LspPosition(int Line, int Character);

/// <summary>A range, end exclusive.</summary>
internal sealed record LspRange(LspPosition Start, LspPosition End);

/// <summary>A document named by its URI.</summary>
internal sealed record TextDocumentIdentifier(string Uri);

/// <summary>A document named by its URI, at a version.</summary>
internal sealed record VersionedTextDocumentIdentifier(string Uri, int? Version);

/// <summary>A document the client opened.</summary>
internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

/// <summary>A workspace folder.</summary>
internal sealed record WorkspaceFolder(string Uri, string Name);

/// <summary>The parameters of <c>initialize</c> that the server reads.</summary>
internal sealed record InitializeParams(string? RootUri, string? RootPath, IReadOnlyList<WorkspaceFolder>? WorkspaceFolders, JsonElement? Capabilities);

/// <summary>The answer to <c>initialize</c>.</summary>
internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

/// <summary>The server's name and version.</summary>
internal sealed record ServerInfo(string Name, string Version);

/// <summary>What the server can do.</summary>
internal sealed record ServerCapabilities(
    string PositionEncoding,
    TextDocumentSyncOptions TextDocumentSync,
    CodeActionOptions CodeActionProvider,
    bool HoverProvider);

/// <summary>How documents are synchronized.</summary>
/// <param name="OpenClose">Open and close notifications are sent.</param>
/// <param name="Change">1 for the full text on every change, 2 for incremental changes.</param>
internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

/// <summary>The kinds of code actions the server offers.</summary>
internal sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);

/// <summary>The parameters of <c>textDocument/didOpen</c>.</summary>
internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>One change of a document: the range replaced (null for the whole text) and its new text.</summary>
internal sealed record TextDocumentContentChangeEvent(LspRange? Range, string Text);

/// <summary>The parameters of <c>textDocument/didChange</c>.</summary>
internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

/// <summary>The parameters of <c>textDocument/didClose</c>.</summary>
internal sealed record DocumentNotificationParams(TextDocumentIdentifier TextDocument);

/// <summary>A file the client's watcher saw change.</summary>
/// <param name="Uri">The file.</param>
/// <param name="Type">1 created, 2 changed, 3 deleted.</param>
internal sealed record FileEvent(string Uri, int Type);

/// <summary>The parameters of <c>workspace/didChangeWatchedFiles</c>.</summary>
internal sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

/// <summary>A link to a page documenting a diagnostic's code.</summary>
internal sealed record CodeDescription(string Href);

/// <summary>A diagnostic as the protocol carries it.</summary>
/// <param name="Range">Where it is.</param>
/// <param name="Severity">1 error, 2 warning, 3 information, 4 hint.</param>
/// <param name="Code">The rule id.</param>
/// <param name="CodeDescription">The rule's documentation page.</param>
/// <param name="Source">Always <c>corpuslint</c>.</param>
/// <param name="Message">The message, as on the command line.</param>
internal sealed record LspDiagnostic(LspRange Range, int Severity, string? Code, CodeDescription? CodeDescription, string Source, string Message);

/// <summary>The parameters of <c>textDocument/publishDiagnostics</c>.</summary>
internal sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);

/// <summary>A text edit: replace <paramref name="Range"/> with <paramref name="NewText"/>.</summary>
internal sealed record LspTextEdit(LspRange Range, string NewText);

/// <summary>The edits of one document at one version.</summary>
internal sealed record TextDocumentEdit(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<LspTextEdit> Edits);

/// <summary>Changes to documents: versioned <c>documentChanges</c> when the client takes them, else <c>changes</c> by URI.</summary>
internal sealed record WorkspaceEdit(
    IReadOnlyDictionary<string, IReadOnlyList<LspTextEdit>>? Changes,
    IReadOnlyList<TextDocumentEdit>? DocumentChanges);

/// <summary>The context of a code action request.</summary>
/// <param name="Diagnostics">The diagnostics the client has at the range.</param>
/// <param name="Only">The kinds wanted; every kind when null.</param>
internal sealed record CodeActionContext(IReadOnlyList<LspDiagnostic>? Diagnostics, IReadOnlyList<string>? Only);

/// <summary>The parameters of <c>textDocument/codeAction</c>.</summary>
internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range, CodeActionContext? Context);

/// <summary>A code action with its edit.</summary>
internal sealed record CodeAction(string Title, string Kind, IReadOnlyList<LspDiagnostic>? Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);

/// <summary>The parameters of <c>textDocument/hover</c>.</summary>
internal sealed record HoverParams(TextDocumentIdentifier TextDocument, LspPosition Position);

/// <summary>Markdown or plain text.</summary>
internal sealed record MarkupContent(string Kind, string Value);

/// <summary>The answer to <c>textDocument/hover</c>.</summary>
internal sealed record Hover(MarkupContent Contents, LspRange? Range);

/// <summary>The parameters of <c>window/showMessage</c> and <c>window/logMessage</c>.</summary>
/// <param name="Type">1 error, 2 warning, 3 info, 4 log.</param>
/// <param name="Message">The message.</param>
internal sealed record MessageParams(int Type, string Message);

/// <summary>Protocol constants.</summary>
internal static class Lsp
{
    /// <summary>Incremental text synchronization.</summary>
    public const int IncrementalSync = 2;

    /// <summary>The code action kind of a fix of one diagnostic.</summary>
    public const string QuickFix = "quickfix";

    /// <summary>The code action kind of fixing every fixable finding of a file.</summary>
    public const string SourceFixAll = "source.fixAll.corpuslint";

    /// <summary>The source of every diagnostic.</summary>
    public const string Source = "corpuslint";

    /// <summary>The serializer options of every message: camelCase names, no null fields, Arabic written as is.</summary>
    public static JsonSerializerOptions CreateSerializerOptions() => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
