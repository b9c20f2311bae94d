using System.Text;
using System.Text.Json;

namespace Linter.Cli.Tests.LanguageServer;

/// <summary>
/// A client that sends what is not a message: the server answers each with the JSON-RPC error and goes on serving,
/// as the shutdown and exit that follow show.
/// </summary>
public sealed class MalformedMessageTests
{
    [Fact]
    public async Task Each_malformed_message_is_answered_with_its_error_and_the_server_keeps_serving()
    {
        using var folder = new TempFolder();
        var input = Concat(
            Frame("{bad json"),
            Frame("[]"),
            Frame("42"),
            Encoding.ASCII.GetBytes("Content-Length: abc\r\n\r\n{}"),
            Frame("""{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"rootUri": 5, "capabilities": {}}}"""),
            Frame("""{"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {"textDocument": 5}}"""),
            Frame("""{"jsonrpc": "2.0", "id": 3, "method": "shutdown"}"""),
            Frame("""{"jsonrpc": "2.0", "method": "exit"}"""));

        var result = await CliRunner.RunProcessWithInputAsync(folder.Path, input, "lsp", "--rules", Path.Combine(CliRunner.RepositoryRoot, "rules"));

        var answers = Answers(result.Output);
        Assert.Equal(
            [("1", -32602), ("2", -32602), ("3", 0), ("null", -32700), ("null", -32600), ("null", -32600), ("null", -32600)],
            answers.OrderBy(answer => answer.Id, StringComparer.Ordinal).ThenBy(answer => answer.Code));
    }

    private static byte[] Frame(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return Concat(Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"), bytes);
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(part => part)];

    /// <summary>Each answer's id (as JSON) and error code (0 for a result).</summary>
    private static List<(string Id, int Code)> Answers(string text)
    {
        var answers = new List<(string, int)>();
        var at = 0;
        while ((at = text.IndexOf("\r\n\r\n", at, StringComparison.Ordinal)) >= 0)
        {
            at += 4;
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text[at..]), new JsonReaderOptions { AllowMultipleValues = true });
            using var message = JsonDocument.ParseValue(ref reader);
            var root = message.RootElement;
            if (root.TryGetProperty("id", out var id))
            {
                answers.Add((id.GetRawText(), root.TryGetProperty("error", out var error) ? error.GetProperty("code").GetInt32() : 0));
            }
        }

        return answers;
    }
}
