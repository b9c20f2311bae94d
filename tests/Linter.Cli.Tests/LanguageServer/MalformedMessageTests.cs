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
            Frame("""{"jsonrpc": "2.0", "id": 3, "method": "shutdown"}"""));

        // As a client does, exit is sent once shutdown is answered: sent at once, it could end the server first.
        var output = await ServeAsync(folder.Path, input, "\"id\":3", Frame("""{"jsonrpc": "2.0", "method": "exit"}"""));

        var answers = Answers(output);
        Assert.Equal(
            [("1", -32602), ("2", -32602), ("3", 0), ("null", -32700), ("null", -32600), ("null", -32600), ("null", -32600)],
            answers.OrderBy(answer => answer.Id, StringComparer.Ordinal).ThenBy(answer => answer.Code));
    }

    /// <summary>Runs the language server on <paramref name="input"/>, then sends <paramref name="last"/> once its output holds <paramref name="answered"/>; its whole output.</summary>
    private static async Task<string> ServeAsync(string folder, byte[] input, string answered, byte[] last)
    {
        using var process = CliRunner.StartProcess(folder, "lsp", "--rules", Path.Combine(CliRunner.RepositoryRoot, "rules"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.StandardInput.BaseStream.WriteAsync(input, timeout.Token);
        await process.StandardInput.BaseStream.FlushAsync(timeout.Token);
        var output = new StringBuilder();
        var buffer = new char[4096];
        try
        {
            while (!output.ToString().Contains(answered, StringComparison.Ordinal))
            {
                var read = await process.StandardOutput.ReadAsync(buffer, timeout.Token);
                if (read == 0)
                {
                    break;
                }

                output.Append(buffer, 0, read);
            }

            await process.StandardInput.BaseStream.WriteAsync(last, timeout.Token);
            process.StandardInput.Close();
            output.Append(await process.StandardOutput.ReadToEndAsync(timeout.Token));
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        _ = await error;
        return output.ToString();
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
