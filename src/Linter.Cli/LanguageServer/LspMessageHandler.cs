using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Linter.Cli.LanguageServer;

/// <summary>
/// The protocol's framing (<c>Content-Length</c> headers), answering a message that cannot be read with the JSON-RPC
/// error (-32700 for bad JSON, -32600 for JSON that is no request) and reading on, instead of dropping the
/// connection: a client's bug must not stop the server under the editor.
/// </summary>
internal sealed class LspMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter)
    : HeaderDelimitedMessageHandler(output, input, formatter)
{
    private static readonly byte[] NextHeader = "Content-Length:"u8.ToArray();

    /// <inheritdoc />
    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is JsonException or InvalidOperationException or BadRpcHeaderException)
            {
                // A header that cannot be read leaves the reader where it was: skip to the next message's header.
                if (exception is BadRpcHeaderException)
                {
                    await SkipToNextHeaderAsync(Reader!, cancellationToken).ConfigureAwait(false);
                }

                // The JSON reader sets a position; the formatter's own complaints (an array, a number) have none.
                var code = exception is JsonException { BytePositionInLine: not null } ? JsonRpcErrorCode.ParseError : JsonRpcErrorCode.InvalidRequest;
                var error = new JsonRpcError { RequestId = RequestId.Null, Error = new JsonRpcError.ErrorDetail { Code = code, Message = exception.Message } };
                await WriteAsync(error, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Drops the input up to the next <c>Content-Length</c> header after the one that failed.</summary>
    private static async Task SkipToNextHeaderAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        var skippedFirst = false;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (!skippedFirst && !buffer.IsEmpty)
            {
                buffer = buffer.Slice(1);
                skippedFirst = true;
            }

            var sequence = new SequenceReader<byte>(buffer);
            if (sequence.TryReadTo(out ReadOnlySequence<byte> _, NextHeader, advancePastDelimiter: false))
            {
                reader.AdvanceTo(sequence.Position);
                return;
            }

            if (result.IsCompleted)
            {
                reader.AdvanceTo(buffer.End);
                return;
            }

            // Keep a tail that could be the start of the next header.
            var keep = Math.Min(buffer.Length, NextHeader.Length - 1);
            reader.AdvanceTo(buffer.GetPosition(buffer.Length - keep), buffer.End);
        }
    }
}
