using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Linter.Cli.Input;
using Linter.Core.Diagnostics;

namespace Linter.Cli.Output;

/// <summary>
/// <c>--format gitlab</c>: a GitLab Code Quality report, a JSON array with one issue per finding shown to people
/// (<c>description</c>, <c>check_name</c>, <c>fingerprint</c>, <c>severity</c>, <c>location.path</c> and
/// <c>location.lines.begin</c>), which GitLab shows on merge requests. A record of a JSON Lines corpus is located in
/// its corpus file, as in SARIF.
/// </summary>
internal sealed class GitLabCodeQualityFormatter : DiagnosticFormatter
{
    // The issues are the elements of the report's array.
    private const int IssueDepth = 1;

    // Every issue is rendered starting with its fingerprint, of this many hex digits.
    private const int FingerprintLength = 32;
    private static readonly byte[] FingerprintStart = "{\"fingerprint\":\""u8.ToArray();

    // How many issues so far had each fingerprint: GitLab takes a fingerprint for one issue, and the same text on two
    // lines of the same content has the same finding fingerprint.
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private Utf8JsonWriter? _json;

    /// <inheritdoc />
    public override void Begin(IBufferWriter<byte> output)
    {
        var json = _json = new Utf8JsonWriter(output, JsonFragment.Options);
        json.WriteStartArray();
        json.Flush();
    }

    /// <inheritdoc />
    public override void Render(Diagnostic diagnostic, IBufferWriter<byte> output)
    {
        if (diagnostic.Severity >= Severity.Suggestion)
        {
            JsonFragment.WriteLine(IssueDepth, diagnostic, WriteIssue, output);
        }
    }

    /// <inheritdoc />
    public override void WriteRendered(ReadOnlySpan<byte> rendered, IBufferWriter<byte> output)
    {
        var json = _json!;
        var at = rendered.IndexOf(FingerprintStart) + FingerprintStart.Length;
        var fingerprint = Encoding.ASCII.GetString(rendered.Slice(at, FingerprintLength));
        var count = _seen[fingerprint] = _seen.GetValueOrDefault(fingerprint) + 1;
        if (count == 1)
        {
            json.WriteRawValue(rendered, skipInputValidation: true);
        }
        else
        {
            // A repeat gets a fingerprint of its own, from the first one and how many came before: still stable
            // when other lines change.
            var patched = rendered.ToArray();
            Encoding.ASCII.GetBytes(Repeat(fingerprint, count), patched.AsSpan(at, FingerprintLength));
            json.WriteRawValue(patched, skipInputValidation: true);
        }

        json.Flush();
    }

    /// <inheritdoc />
    public override void End(ReportTotals totals, IBufferWriter<byte> output)
    {
        var json = _json!;
        json.WriteEndArray();
        json.Flush();
        output.WriteLine([]);
    }

    /// <summary>GitLab's severity of a finding: <c>major</c>, <c>minor</c> or <c>info</c>.</summary>
    public static string SeverityOf(Severity severity) => severity switch
    {
        Severity.Error => "major",
        Severity.Warning => "minor",
        _ => "info",
    };

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _json?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>The fingerprint of the <paramref name="count"/>th issue with <paramref name="fingerprint"/>.</summary>
    private static string Repeat(string fingerprint, int count) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes($"{fingerprint}#{count}")))[..FingerprintLength];

    private static void WriteIssue(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        var (file, record) = JsonlCorpus.SplitRecordPath(diagnostic.Path);
        var location = record is null ? diagnostic.Location : diagnostic.FileLocation;
        json.WriteStartObject();
        json.WriteString("fingerprint", diagnostic.Fingerprint);
        json.WriteString("check_name", diagnostic.Id);
        json.WriteString("description", record is null ? diagnostic.Message : $"{diagnostic.Message} (record {record})");
        json.WriteString("severity", SeverityOf(diagnostic.Severity));
        json.WriteStartObject("location");
        json.WriteString("path", file);
        json.WriteStartObject("lines");
        json.WriteNumber("begin", (location?.Start.Line ?? 0) + 1);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
