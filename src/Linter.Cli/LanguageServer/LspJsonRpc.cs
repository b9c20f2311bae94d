using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Linter.Cli.LanguageServer;

/// <summary>
/// JSON-RPC as the language server speaks it: params of the wrong shape are answered with -32602 (invalid params),
/// and no error carries the server's stack trace to the client.
/// </summary>
internal sealed class LspJsonRpc(IJsonRpcMessageHandler handler) : JsonRpc(handler)
{
    /// <inheritdoc />
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);

        // The arguments are converted before the method runs; a JsonException here is the client's params.
        var invalidParams = exception is JsonException || exception.InnerException is JsonException;
        return new JsonRpcError.ErrorDetail
        {
            Code = invalidParams ? JsonRpcErrorCode.InvalidParams : JsonRpcErrorCode.InternalError,
            Message = exception.Message,
        };
    }
}
