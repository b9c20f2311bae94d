using System.Text.Json;
using Linter.Cli.Commands;
using Linter.Core.Corpus;
using Linter.Core.Discovery;

namespace Linter.Cli.Output;

/// <summary>
/// The JSON report of <c>discover</c> (<c>--format json</c>): everything found, with the YAML each family or candidate
/// contributes to a rule file. Fields are only ever added.
/// </summary>
internal static class DiscoveryJson
{
    /// <summary>Writes the families.</summary>
    public static void Write(TextWriter output, VariantReport report) => Write(output, json => WriteFields(json, report));

    /// <summary>Writes the candidates, best first.</summary>
    public static void Write(TextWriter output, BoilerplateReport report) => Write(output, json => WriteFields(json, report));

    /// <summary>Writes the families' fields into the object being written (the corpus report's JSON holds them too).</summary>
    public static void WriteFields(Utf8JsonWriter json, VariantReport report)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(report);
        json.WriteNumber("documents", report.Documents);
        json.WriteNumber("words", report.Words);
        json.WriteStartArray("families");
        foreach (var family in report.Families)
        {
            json.WriteStartObject();
            json.WriteString("preferred", family.Preferred);
            json.WriteString("key", family.Key);
            json.WriteNumber("words", family.Words);
            json.WriteNumber("occurrences", family.Occurrences);
            json.WriteNumber("contextSimilarity", family.ContextSimilarity);
            json.WriteStartArray("forms");
            foreach (var form in family.Forms)
            {
                json.WriteStartObject();
                json.WriteString("text", form.Text);
                json.WriteNumber("occurrences", form.Occurrences);
                json.WriteNumber("documents", form.Documents);
                WriteCounts(json, "sources", form.Sources);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteCounts(json, "sources", family.Sources);
            json.WriteString("yaml", DiscoveredRules.FamilyYaml(family));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes the candidates' fields, best first, into the object being written.</summary>
    public static void WriteFields(Utf8JsonWriter json, BoilerplateReport report)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(report);
        json.WriteNumber("documents", report.Documents);
        json.WriteStartArray("sources");
        foreach (var source in report.SourceDocuments)
        {
            json.WriteStartObject();
            json.WriteString("source", source.Source);
            json.WriteNumber("documents", source.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("candidates");
        var rank = 0;
        foreach (var candidate in report.Candidates)
        {
            json.WriteStartObject();
            json.WriteNumber("rank", ++rank);
            json.WriteString("text", candidate.Text);
            json.WriteString("pattern", candidate.Pattern);
            json.WriteString("placement", candidate.Placement.ToString().ToLowerInvariant());
            json.WriteString("kind", candidate.Kind);
            json.WriteNumber("documents", candidate.Documents);
            json.WriteNumber("score", candidate.Score);
            json.WriteStartArray("sources");
            foreach (var source in candidate.Sources)
            {
                json.WriteStartObject();
                json.WriteString("source", source.Source);
                json.WriteNumber("documents", source.Documents);
                json.WriteNumber("sourceDocuments", source.SourceDocuments);
                json.WriteNumber("share", Math.Round(source.Share, 4));
                json.WriteBoolean("boilerplate", source.Boilerplate);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("yaml", DiscoveredRules.CandidateYaml(candidate));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, IEnumerable<SourceCount> counts)
    {
        json.WriteStartArray(name);
        foreach (var count in counts)
        {
            json.WriteStartObject();
            json.WriteString("source", count.Source);
            json.WriteNumber("count", count.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonFragment.Options))
        {
            json.WriteStartObject();
            JsonFragment.WriteTool(json, CheckCommand.ToolVersion);
            body(json);
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
