using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Linter.Benchmarks;

/// <summary>
/// <c>generate OUT_DIR MB</c>: a deterministic corpus of about MB megabytes (10^6 bytes) in MB × 100 files of
/// about 10 KB, made of seed lines, each with a number put in so that no paragraph recurs across documents, and
/// with the problems the rules look for injected (widget lines, invented names in their variant spellings, glued
/// digits, tatweel, repeated lines, trailing spaces). Files go to
/// OUT_DIR/corpus/part-NN/ (20 parts, so half the corpus is parts 00–09), and the same documents to
/// OUT_DIR/corpus.jsonl, one <c>{"id": ..., "text": ...}</c> per line.
/// </summary>
public static class CorpusGenerator
{
    /// <summary>The number of part folders.</summary>
    public const int Parts = 20;

    private const int Seed = 1_500;
    private static readonly string[] Widgets = ["اظهار أخبار متعلقة", "شارك هذا الخبر", "اقرأ أيضا"];
    private static readonly Lazy<string[]> SeedLines = new(() =>
        [.. BenchData.Seeds().SelectMany(text => text.Split('\n')).Select(line => line.TrimEnd('\r', ' ')).Where(line => line.Length > 20).Distinct()]);

    // The names the generated rules know (250 families cover 1,000 patterns), so variants in the text hit them.
    private static readonly Lazy<IReadOnlyList<NameVariants.Family>> Names = new(() => NameVariants.Families(250));

    /// <summary>Runs the mode; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        if (args.Length != 2 || !int.TryParse(args[1], CultureInfo.InvariantCulture, out var megabytes) || megabytes < 1)
        {
            Console.Error.WriteLine("usage: generate OUT_DIR MB");
            return 2;
        }

        var root = Path.Combine(args[0], "corpus");
        var files = megabytes * 100;
        var bytesPerFile = megabytes * 1_000_000L / files;
        var random = new Random(Seed);
        var jsonOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var jsonl = new FileStream(Path.Combine(args[0], "corpus.jsonl"), FileMode.Create);
        long total = 0;
        for (var i = 0; i < files; i++)
        {
            var part = $"part-{i * Parts / files:00}";
            var id = $"{part}/doc-{i:00000}";
            var text = Document(random, (int)bytesPerFile);
            var bytes = Encoding.UTF8.GetBytes(text);
            total += bytes.Length;
            Directory.CreateDirectory(Path.Combine(root, part));
            File.WriteAllBytes(Path.Combine(root, id + ".txt"), bytes);
            using (var json = new Utf8JsonWriter(jsonl, jsonOptions))
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("text", text);
                json.WriteEndObject();
            }

            jsonl.WriteByte((byte)'\n');
        }

        Console.Error.WriteLine($"{files} files, {total:N0} bytes: {root}, {Path.Combine(args[0], "corpus.jsonl")}");
        return 0;
    }

    /// <summary>One document of about <paramref name="targetBytes"/> UTF-8 bytes.</summary>
    public static string Document(Random random, int targetBytes)
    {
        var lines = SeedLines.Value;
        var names = Names.Value;
        var text = new StringBuilder();
        var bytes = 0;
        while (bytes < targetBytes)
        {
            var line = WithNumber(random, lines[random.Next(lines.Length)]);
            var roll = random.Next(100);
            line = roll switch
            {
                < 12 => $"وصرح {RandomForm(random, names)} بأن {line}",
                < 17 => $"{line} في 1{random.Next(10)}سبتمبر202{random.Next(10)}",
                < 22 => $"{line} وقال أحمــد صبـري",
                < 27 => line + "  ",
                _ => line,
            };

            var paragraph = new StringBuilder(line).Append('\n');
            roll = random.Next(100);
            if (roll < 4)
            {
                paragraph.Append(line).Append('\n');
            }
            else if (roll < 7)
            {
                paragraph.Append('\n').Append(Widgets[random.Next(Widgets.Length)]).Append('\n');
            }

            paragraph.Append('\n');
            text.Append(paragraph);
            bytes += Encoding.UTF8.GetByteCount(paragraph.ToString());
        }

        return text.ToString();
    }

    /// <summary>
    /// The line with a number put between two of its words: a news paragraph is rarely written twice word for word,
    /// and a corpus of a few hundred seed lines repeated verbatim would be all repeated paragraphs.
    /// </summary>
    private static string WithNumber(Random random, string line)
    {
        var words = line.Split(' ');
        var at = random.Next(1, words.Length + 1);
        return string.Join(' ', words[..at].Append(random.Next(100, 1_000_000).ToString(CultureInfo.InvariantCulture)).Concat(words[at..]));
    }

    private static string RandomForm(Random random, IReadOnlyList<NameVariants.Family> names)
    {
        var family = names[random.Next(names.Count)];
        return family.Forms[random.Next(family.Forms.Count)];
    }
}
