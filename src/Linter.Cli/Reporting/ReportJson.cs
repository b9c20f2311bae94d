using System.Text.Json;
using Linter.Cli.Output;
using Linter.Core.Corpus;

namespace Linter.Cli.Reporting;

/// <summary>
/// The corpus report as JSON (<c>report --json</c>): everything the page shows, with no section cut short: every
/// ranked document, family, cluster and candidate. Fields are only ever added.
/// </summary>
internal static class ReportJson
{
    /// <summary>The report's bytes, UTF-8.</summary>
    public static byte[] Render(CorpusReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonFragment.Options))
        {
            json.WriteStartObject();
            JsonFragment.WriteTool(json, model.ToolVersion);
            json.WriteStartArray("paths");
            model.Paths.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();

            json.WriteStartObject("totals");
            json.WriteNumber("documents", model.Totals.Documents);
            json.WriteNumber("documentsWithFindings", model.Totals.DocumentsWithFindings);
            json.WriteNumber("rulesLoaded", model.Totals.RulesLoaded);
            WriteCounts(json, model.Totals.Findings);
            json.WriteEndObject();

            json.WriteStartArray("categories");
            foreach (var category in model.Categories)
            {
                json.WriteStartObject();
                json.WriteString("category", category.Category);
                WriteCounts(json, category.Findings);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("rules");
            foreach (var rule in model.Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("title", rule.Title);
                json.WriteString("category", rule.Category);
                WriteCounts(json, rule.Findings);
                json.WriteNumber("documents", rule.Documents);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteDocuments(json, "worstDocuments", model.WorstDocuments);
            WriteDocuments(json, "densestDocuments", model.DensestDocuments);
            WriteTransliteration(json, model.Transliteration);
            WriteDuplicates(json, model.Duplicates);

            json.WriteStartObject("variants");
            DiscoveryJson.WriteFields(json, model.Discoveries.Variants);
            json.WriteEndObject();
            json.WriteString("variantRules", model.Discoveries.VariantRules);
            json.WriteStartObject("boilerplate");
            DiscoveryJson.WriteFields(json, model.Discoveries.Boilerplate);
            json.WriteEndObject();
            json.WriteString("boilerplateRules", model.Discoveries.BoilerplateRules);
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteCounts(Utf8JsonWriter json, SeverityCounts counts)
    {
        json.WriteNumber("errors", counts.Errors);
        json.WriteNumber("warnings", counts.Warnings);
        json.WriteNumber("suggestions", counts.Suggestions);
    }

    private static void WriteDocuments(Utf8JsonWriter json, string name, IReadOnlyList<DocumentFindings> documents)
    {
        json.WriteStartArray(name);
        foreach (var document in documents)
        {
            json.WriteStartObject();
            json.WriteString("path", document.Path);
            json.WriteNumber("errors", document.Errors);
            json.WriteNumber("warnings", document.Warnings);
            json.WriteNumber("suggestions", document.Suggestions);
            json.WriteNumber("words", document.Words);
            json.WriteNumber("perThousandWords", Math.Round(document.PerThousandWords, 2));
            json.WriteStartArray("topRules");
            foreach (var rule in document.TopRules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteNumber("count", rule.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTransliteration(Utf8JsonWriter json, TransliterationSection section)
    {
        json.WriteStartObject("transliteration");
        json.WriteNumber("familiesNotFound", section.FamiliesNotFound);
        json.WriteStartArray("families");
        foreach (var family in section.Families)
        {
            json.WriteStartObject();
            json.WriteString("rule", family.RuleId);
            json.WriteString("name", family.Name);
            json.WriteNumber("mixingDocuments", family.MixingDocuments);
            json.WriteStartArray("forms");
            foreach (var form in family.Forms)
            {
                json.WriteStartObject();
                json.WriteString("form", form.Form);
                json.WriteNumber("occurrences", form.Occurrences);
                json.WriteNumber("documents", form.Documents);
                json.WriteBoolean("preferred", form.Preferred);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The duplicate clusters; null when no duplicate rule was loaded, so duplicates were not looked for.</summary>
    private static void WriteDuplicates(Utf8JsonWriter json, IReadOnlyList<DuplicateCluster>? clusters)
    {
        if (clusters is null)
        {
            json.WriteNull("duplicates");
            return;
        }

        json.WriteStartArray("duplicates");
        foreach (var cluster in clusters)
        {
            json.WriteStartObject();
            json.WriteString("first", cluster.First.Path);
            json.WriteStartArray("copies");
            foreach (var member in cluster.Members)
            {
                json.WriteStartObject();
                json.WriteString("path", member.Document.Path);
                json.WriteNumber("similarity", Math.Round(member.Similarity, 4));
                json.WriteBoolean("exact", member.Exact);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
