using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Linter.Cli.Input;
using Linter.Core.Diagnostics;
using Linter.Core.Text;

namespace Linter.Cli.Output;

/// <summary>
/// <c>--format sarif</c>: one SARIF 2.1.0 log with one run, for code scanning (GitHub, Azure DevOps) and SARIF
/// viewers. Paths are relative to the <c>SRCROOT</c> base, the working folder; regions are 1-based with columns in
/// UTF-16 code units; each result carries its rule's index, its fingerprint and its fix. The output holds no time
/// or machine detail beyond the working folder's URI, so the same input gives the same bytes.
/// </summary>
/// <param name="toolVersion">The tool's version.</param>
/// <param name="rules">Every descriptor that can report (the engine's own and the loaded rules').</param>
/// <param name="sourceRoot">The absolute folder display paths are relative to.</param>
/// <param name="limits">What the log leaves out; the run's properties and a notification say how much.</param>
internal sealed class SarifFormatter(string toolVersion, IReadOnlyList<RuleDescriptor> rules, string sourceRoot, SarifLimits limits) : DiagnosticFormatter
{
    /// <summary>The base id relative artifact locations are resolved against.</summary>
    public const string SourceRootId = "SRCROOT";

    /// <summary>The official schema of the version written.</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    // The results are the elements of an array in a run, in the log's array of runs, in the log.
    private const int ResultDepth = 4;

    private Utf8JsonWriter? _json;
    private Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private int _written;
    private int _pastCap;
    private string? _notice;

    /// <inheritdoc />
    public override string? Notice => _notice;

    /// <inheritdoc />
    public override void Begin(IBufferWriter<byte> output)
    {
        var descriptors = rules
            .DistinctBy(d => d.Id, StringComparer.Ordinal)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        _indexes = descriptors.Select((descriptor, index) => (descriptor.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        var json = _json = new Utf8JsonWriter(output, JsonFragment.Options);
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, descriptors);
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRootId);
        json.WriteString("uri", FileUri.FromAbsolutePath(sourceRoot, folder: true));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        json.Flush();
    }

    /// <inheritdoc />
    public override void Render(Diagnostic diagnostic, IBufferWriter<byte> output)
    {
        if (diagnostic.Severity > Severity.None && diagnostic.Severity >= limits.MinSeverity)
        {
            int? ruleIndex = _indexes.TryGetValue(diagnostic.Id, out var index) ? index : null;
            JsonFragment.Write(ResultDepth, (Diagnostic: diagnostic, RuleIndex: ruleIndex), static (json, result) => WriteResult(json, result.Diagnostic, result.RuleIndex), output);
        }
    }

    /// <inheritdoc />
    public override void WriteRendered(ReadOnlySpan<byte> rendered, IBufferWriter<byte> output)
    {
        if (_written == limits.MaxResults)
        {
            _pastCap++;
            return;
        }

        var json = _json!;
        json.WriteRawValue(rendered, skipInputValidation: true);
        json.Flush();
        _written++;
    }

    /// <inheritdoc />
    public override void End(ReportTotals totals, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var json = _json!;
        json.WriteEndArray();
        var belowFloor = Enum.GetValues<Severity>().Where(s => s > Severity.None && s < limits.MinSeverity).Sum(totals.Count);
        var notices = new List<string>();
        if (belowFloor + _pastCap > 0)
        {
            var leftOut = LeftOut(belowFloor);
            WriteLeftOut(json, leftOut, belowFloor);
            notices.Add($"the SARIF log leaves out {leftOut}");
        }

        if (_written > SarifLimits.CodeScanningMaxResults)
        {
            notices.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"the SARIF log holds {_written:N0} results, and GitHub code scanning refuses a run of more than {SarifLimits.CodeScanningMaxResults:N0}; keep it under with --sarif-max-results or --sarif-min-severity"));
        }

        _notice = notices.Count == 0 ? null : string.Join("; ", notices);

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteLine([]);
    }

    /// <summary>How many results were left out, and why, in words.</summary>
    private string LeftOut(int belowFloor)
    {
        var reasons = new List<string>();
        if (belowFloor > 0)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{belowFloor:N0} below --sarif-min-severity {limits.MinSeverity.ToName()}"));
        }

        if (_pastCap > 0)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{_pastCap:N0} past --sarif-max-results {limits.MaxResults}, which keeps the first in output order"));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{belowFloor + _pastCap:N0} of {belowFloor + _pastCap + _written:N0} findings: {string.Join(", ", reasons)}");
    }

    /// <summary>
    /// Says in the run what was left out: as a notification of the invocation, which viewers show, and as counts in
    /// the run's properties, for scripts.
    /// </summary>
    private void WriteLeftOut(Utf8JsonWriter json, string leftOut, int belowFloor)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        json.WriteStartArray("toolExecutionNotifications");
        json.WriteStartObject();
        json.WriteString("level", "warning");
        WriteMessage(json, "message", $"This log leaves out {leftOut}.");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteNumber("resultsLeftOut", belowFloor + _pastCap);
        json.WriteNumber("resultsBelowMinSeverity", belowFloor);
        json.WriteNumber("resultsPastMaxResults", _pastCap);
        json.WriteString("minSeverity", limits.MinSeverity.ToName());
        if (limits.MaxResults is { } maxResults)
        {
            json.WriteNumber("maxResults", maxResults);
        }

        json.WriteEndObject();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _json?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>The level of a rule's default configuration: <c>none</c> for a rule that is off or silent.</summary>
    public static string DefaultLevel(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "note",
        _ => "none",
    };

    /// <summary>
    /// The level of a result. A silent finding is written as a note marked <c>"severity": "silent"</c> in its
    /// properties: SARIF's <c>none</c> is for results that are not failures, which a finding is.
    /// </summary>
    public static string ResultLevel(Severity severity) => severity == Severity.Silent ? "note" : DefaultLevel(severity);

    /// <summary>A PascalCase name from a title: "Digit glued to a word" gives "DigitGluedToAWord".</summary>
    public static string RuleName(string title)
    {
        var name = new StringBuilder(title.Length);
        var startOfWord = true;
        foreach (var c in title)
        {
            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            name.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        return name.ToString();
    }

    private void WriteTool(Utf8JsonWriter json, List<RuleDescriptor> descriptors)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "corpuslint");
        json.WriteString("version", toolVersion);
        json.WriteString("semanticVersion", toolVersion);
        json.WriteStartArray("rules");
        foreach (var descriptor in descriptors)
        {
            WriteRule(json, descriptor);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor descriptor)
    {
        json.WriteStartObject();
        json.WriteString("id", descriptor.Id);
        if (RuleName(descriptor.Title) is { Length: > 0 } name)
        {
            json.WriteString("name", name);
        }

        WriteMessage(json, "shortDescription", descriptor.Title);
        WriteMessage(json, "fullDescription", string.IsNullOrWhiteSpace(descriptor.Description) ? descriptor.Title : descriptor.Description);
        // Code scanning requires help on every rule; a rule without its own says what its description says.
        WriteMessage(json, "help", HelpText(descriptor));

        if (descriptor.HelpUri is { } helpUri)
        {
            json.WriteString("helpUri", helpUri.AbsoluteUri);
        }

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", DefaultLevel(descriptor.DefaultSeverity));
        if (descriptor.DefaultSeverity == Severity.None)
        {
            json.WriteBoolean("enabled", false);
        }

        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", descriptor.Category);
        json.WriteStartArray("tags");
        json.WriteStringValue(descriptor.Category);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The help of a rule: its <c>help</c>, or else its description, or else its title.</summary>
    public static string HelpText(RuleDescriptor descriptor) =>
        !string.IsNullOrWhiteSpace(descriptor.Help) ? descriptor.Help
        : !string.IsNullOrWhiteSpace(descriptor.Description) ? descriptor.Description
        : descriptor.Title;

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int? ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        if (ruleIndex is { } index)
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", ResultLevel(diagnostic.Severity));
        WriteMessage(json, "message", diagnostic.Message);
        json.WriteStartArray("locations");
        WriteLocation(json, diagnostic.Path, diagnostic.Location, diagnostic.FileLocation, diagnostic.MatchedText);
        json.WriteEndArray();
        if (diagnostic.RelatedLocations.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            var id = 0;
            foreach (var related in diagnostic.RelatedLocations)
            {
                WriteLocation(json, related.Path, related.Location, fileLocation: null, snippet: null, ++id, related.Message);
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString(DiagnosticFingerprint.Version, diagnostic.Fingerprint);
        json.WriteEndObject();
        // A fix edits a record's text as decoded, which is not the corpus file's text; check --fix does not fix corpora.
        if (diagnostic.Fix is { } fix && JsonlCorpus.SplitRecordPath(diagnostic.Path).Record is null)
        {
            WriteFix(json, diagnostic.Path, fix);
        }

        if (diagnostic.Severity == Severity.Silent)
        {
            json.WriteStartObject("properties");
            json.WriteString("severity", diagnostic.Severity.ToName());
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteFix(Utf8JsonWriter json, string path, Fix fix)
    {
        json.WriteStartArray("fixes");
        json.WriteStartObject();
        WriteMessage(json, "description", fix.Title);
        json.WriteStartArray("artifactChanges");
        json.WriteStartObject();
        WriteArtifactLocation(json, path);
        json.WriteStartArray("replacements");
        foreach (var edit in fix.Edits)
        {
            json.WriteStartObject();
            json.WritePropertyName("deletedRegion");
            WriteRegion(json, edit.Location, snippet: null);
            if (edit.NewText.Length > 0)
            {
                json.WriteStartObject("insertedContent");
                json.WriteString("text", edit.NewText);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>
    /// A location: the file's, with the span's region. A record of a JSON Lines corpus is in its corpus file, at the
    /// record's line and the columns that write the span (<paramref name="fileLocation"/>; without a region when that
    /// is not known), and is named by a logical location, the record's path as shown, with its id.
    /// </summary>
    private static void WriteLocation(Utf8JsonWriter json, string path, LinePositionSpan location, LinePositionSpan? fileLocation, string? snippet, int? id = null, string? message = null)
    {
        var (file, record) = JsonlCorpus.SplitRecordPath(path);
        json.WriteStartObject();
        if (id is { } locationId)
        {
            json.WriteNumber("id", locationId);
        }

        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, file);
        if (record is null)
        {
            json.WritePropertyName("region");
            WriteRegion(json, location, snippet);
        }
        else if (fileLocation is { } inFile)
        {
            json.WritePropertyName("region");
            WriteRegion(json, inFile, snippet: null);
        }

        json.WriteEndObject();
        if (record is not null)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("name", record);
            json.WriteString("fullyQualifiedName", path);
            json.WriteString("kind", "object");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (message is not null)
        {
            WriteMessage(json, "message", message);
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// A display path relative to the working folder is a relative URI under <c>SRCROOT</c>; a file outside it was
    /// shown with its absolute path and gets its own <c>file:</c> URI.
    /// </summary>
    private static void WriteArtifactLocation(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("artifactLocation");
        if (Path.IsPathRooted(path) || path.StartsWith('/'))
        {
            json.WriteString("uri", FileUri.FromAbsolutePath(path));
        }
        else
        {
            json.WriteString("uri", FileUri.FromRelativePath(path));
            json.WriteString("uriBaseId", SourceRootId);
        }

        json.WriteEndObject();
    }

    /// <summary>A region: 1-based lines and columns, the end column just after the last character, as in SARIF.</summary>
    private static void WriteRegion(Utf8JsonWriter json, LinePositionSpan location, string? snippet)
    {
        json.WriteStartObject();
        json.WriteNumber("startLine", location.Start.Line + 1);
        json.WriteNumber("startColumn", location.Start.Column + 1);
        json.WriteNumber("endLine", location.End.Line + 1);
        json.WriteNumber("endColumn", location.End.Column + 1);
        if (!string.IsNullOrEmpty(snippet))
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", snippet);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string propertyName, string text)
    {
        json.WriteStartObject(propertyName);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
