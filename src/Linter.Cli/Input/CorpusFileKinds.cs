using System.Text;
using System.Text.Json;

namespace Linter.Cli.Input;

/// <summary>
/// Which files met in a folder are text corpus files, linted by default: <c>.txt</c> files, files with no extension
/// (one article a file, as scrapers often write them), and JSON Lines corpora whose first record has the text field.
/// A README, a rule file or a manifest of JSON records is not corpus text; a file named on the command line is linted
/// whatever it is, and include globs choose other files.
/// </summary>
internal static class CorpusFileKinds
{
    /// <summary>As much of a JSON Lines corpus's first line as is read to tell whether its records have the text field.</summary>
    private const int FirstLineLimit = 1 << 20;

    /// <summary>True when the file at <paramref name="fullPath"/> is a text corpus file whose JSON Lines records, if any, hold <paramref name="jsonlText"/>.</summary>
    public static bool IsTextCorpus(string fullPath, string jsonlText)
    {
        var name = Path.GetFileName(fullPath);
        if (JsonlCorpus.IsJsonl(name))
        {
            return FirstRecordHas(fullPath, jsonlText);
        }

        return name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || !name.Contains('.', StringComparison.Ordinal);
    }

    /// <summary>
    /// False only when the first record is a JSON object without <paramref name="field"/>; a file that cannot be read
    /// or parsed is linted, so that its problem is reported where it is.
    /// </summary>
    private static bool FirstRecordHas(string fullPath, string field)
    {
        try
        {
            using var stream = JsonlCorpus.Open(fullPath);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var line = new StringBuilder();
            for (var c = reader.Read(); c >= 0 && line.Length < FirstLineLimit; c = reader.Read())
            {
                if (c == '\n')
                {
                    if (line.ToString().Trim().Length > 0)
                    {
                        break;
                    }

                    line.Clear();
                    continue;
                }

                line.Append((char)c);
            }

            using var record = JsonDocument.Parse(line.ToString());
            return record.RootElement.ValueKind != JsonValueKind.Object || record.RootElement.TryGetProperty(field, out _);
        }
        catch (Exception exception) when (exception is JsonException || JsonlCorpus.IsReadFailure(exception))
        {
            return true;
        }
    }
}
