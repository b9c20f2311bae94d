using System.Globalization;
using System.Text;

namespace Linter.CorpusGenerator;

/// <summary>
/// Generates the evaluation corpus: articles in several outlet folders, made of sentences drawn from the seed
/// articles (<see cref="SentenceModel"/>), with three things injected and written down in a <see cref="CorpusManifest"/>:
/// spelling families of invented names that no rule file lists, each outlet's recurring leftovers (whole lines, and
/// text glued before or after a paragraph), and near-duplicate copies of articles. The same seed and seed texts
/// give the same corpus, byte for byte.
/// </summary>
public static class EvaluationCorpus
{
    /// <summary>The default random seed.</summary>
    public const int DefaultSeed = 20_240_601;

    private static readonly (string Folder, string Name, double Weight)[] OutletTable =
    [
        ("alwatan-alyawm", "الوطن اليوم", 0.20),
        ("sada-alakhbar", "صدى الأخبار", 0.17),
        ("alrai-alhurr", "الرأي الحر", 0.15),
        ("akhbar-alsaa", "أخبار الساعة", 0.12),
        ("alnahar-aljadid", "النهار الجديد", 0.11),
        ("bawabat-alsharq", "بوابة الشرق", 0.10),
        ("arab-press", "عرب برس", 0.08),
        ("almarsad", "المرصد", 0.07),
    ];

    private static readonly string[] LineTemplates =
    [
        "تابعوا آخر أخبار {O} عبر تطبيقنا على الهاتف",
        "انضموا إلى قناة {O} على واتساب",
        "لمتابعة صفحة {O} على فيسبوك اضغط هنا",
        "حمّل تطبيق {O} الآن مجانا",
        "جميع الحقوق محفوظة © {O} 2024",
        "للإعلان على موقع {O} راسلونا",
    ];

    private static readonly string[] BylineTemplates = ["كتب: {S}", "بقلم: {S}", "{S} - مراسل {O}"];
    private static readonly string[] PrefixTemplates = ["{O} - ", "خاص {O} | ", "{O} (خاص) - "];
    private static readonly string[] SuffixTemplates = [" المصدر: {O}", " - {O}", " (خاص {O})"];
    private const string CounterTemplate = "عدد القراءات: {n}";
    private const string ListedWidget = "اظهار أخبار متعلقة";

    private static readonly string[] FirstNames = ["سامي", "ليلى", "خالد", "منى", "يوسف", "هدى", "طارق", "رنا", "عمر", "سلمى", "مازن", "دينا", "نادر", "ريم", "فادي", "لينا"];
    private static readonly string[] LastNames = ["الحداد", "النجار", "العلي", "الخطيب", "السيد", "الشامي", "المصري", "الحسن", "البزاز", "الزين", "القاسم", "الصالح"];

    // Where a name stands in a sentence; {N} is the name, glued to a clitic in some.
    private static readonly string[] NameFrames =
    [
        "وقال {N} إن {S}", "وأكد {N} أن {S}", "والتقى {N} {S}", "{S} بحسب ما أعلن {N}.", "وأشار {N} إلى أن {S}",
        "{S} في تصريحات ل{N}.", "{S} و{N}.", "وذكرت مصادر مقربة من {N} أن {S}",
    ];

    // Ordinary words that fold to the same letters as another ordinary word (كاتب and كتاب), in their usual places.
    private static readonly (string Frame, string First, string Second)[] OrdinaryFrames =
    [
        ("ونشر الكاتب مقالا قال فيه إن {S}", "كاتب", "كتاب"),
        ("وصدر كتاب جديد يؤكد أن {S}", "كاتب", "كتاب"),
        ("وقال عالم بارز إن {S}", "عالم", "علم"),
        ("وفي مجال العلم والتعليم {S}", "عالم", "علم"),
        ("وأعلنت الجامعة أن {S}", "جامعة", "جمعة"),
        ("وبعد صلاة الجمعة {S}", "جامعة", "جمعة"),
        ("وفي المدينة القديمة {S}", "مدينة", "مدنية"),
        ("وطالبت الأحزاب بدولة مدنية {S}", "مدينة", "مدنية"),
        ("وأعلنت الشركة أن {S}", "شركة", "شراكة"),
        ("ووقع الطرفان اتفاق شراكة {S}", "شركة", "شراكة"),
        ("وأصدرت المحكمة قرارا بأن {S}", "قرار", "قرر"),
        ("وقرر المجلس أن {S}", "قرار", "قرر"),
        ("وقال المتحدث إن {S}", "قال", "قائل"),
        ("وهذا هو الرأي القائل إن {S}", "قال", "قائل"),
    ];

    /// <summary>Generates the corpus into <paramref name="outputFolder"/> (<c>corpus/</c> and <c>manifest.json</c>) and returns its manifest.</summary>
    /// <param name="outputFolder">Where to write; created if missing. A previous <c>corpus/</c> there is replaced.</param>
    /// <param name="seedTexts">The seed articles' texts.</param>
    /// <param name="articles">How many articles, near-duplicate copies included.</param>
    /// <param name="seed">The random seed.</param>
    public static CorpusManifest Generate(string outputFolder, IReadOnlyList<string> seedTexts, int articles = 10_000, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(articles, 100);
        var random = new Random(seed);
        var model = new SentenceModel(seedTexts);
        var vocabulary = model.Vocabulary.ToHashSet(StringComparer.Ordinal);
        var outlets = OutletTable.Select((outlet, index) => new Outlet(outlet.Folder, outlet.Name, Leftovers(random, outlet.Name, index))).ToList();
        // A few article sentences that many outlets carry (a quote, a wire paragraph): recurring, yet not boilerplate.
        var recurring = Enumerable.Range(0, 6).Select(_ => model.Sentence(random, 10 + random.Next(6))).ToList();
        var families = InventedNames.Families(random, 40, vocabulary).Select(forms => new Family(forms, Popularity(random), [.. outlets.Select(_ => random.Next(forms.Count))])).ToList();

        // A twentieth of the corpus is near-duplicate copies of other articles.
        var copies = articles / 20;
        var bodies = new List<Article>(articles);
        for (var i = 0; i < articles - copies; i++)
        {
            var outlet = PickOutlet(random);
            bodies.Add(Body(random, model, families, recurring, outlet));
        }

        var pairs = new List<(int Original, int Copy, double Replaced)>();
        for (var i = 0; i < copies; i++)
        {
            var original = random.Next(articles - copies);
            var replaced = random.Next(4) switch
            {
                0 => 0.0,
                1 => 0.01 + (random.NextDouble() * 0.04),
                2 => 0.05 + (random.NextDouble() * 0.10),
                _ => 0.15 + (random.NextDouble() * 0.35),
            };
            var source = bodies[original];
            bodies.Add(source with { Outlet = PickOutlet(random), Paragraphs = [.. source.Paragraphs.Select(p => Edit(random, model, vocabulary, p, replaced))] });
            pairs.Add((original, bodies.Count - 1, replaced));
        }

        var corpusRoot = Path.Combine(outputFolder, CorpusManifest.CorpusFolder);
        if (Directory.Exists(corpusRoot))
        {
            Directory.Delete(corpusRoot, recursive: true);
        }

        var texts = new string[bodies.Count];
        var paths = new string[bodies.Count];
        var leftoverDocuments = new Dictionary<Leftover, int>();
        for (var i = 0; i < bodies.Count; i++)
        {
            var body = bodies[i];
            var outlet = outlets[body.Outlet];
            texts[i] = Render(random, body, outlet, leftoverDocuments);
            paths[i] = $"{CorpusManifest.CorpusFolder}/{outlet.Folder}/{i.ToString("00000", CultureInfo.InvariantCulture)}.txt";
            var full = Path.Combine(outputFolder, paths[i]);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, texts[i], new UTF8Encoding(false));
        }

        var manifest = new CorpusManifest(
            seed,
            bodies.Count,
            [.. outlets.Select((outlet, index) => new OutletManifest(outlet.Folder, outlet.Name, bodies.Count(body => body.Outlet == index)))],
            [.. families.Select((family, index) => FamilyManifest(index, family.Forms, bodies))],
            [.. OrdinaryFrames.Select(frame => (IReadOnlyList<string>)[frame.First, frame.Second]).DistinctBy(pair => pair[0])],
            recurring,
            [.. outlets.SelectMany(outlet => outlet.Leftovers.Select(leftover => new BoilerplateManifest(
                outlet.Folder, leftover.Placement, leftover.Kind, leftover.Text, leftoverDocuments.GetValueOrDefault(leftover), leftover.Text == ListedWidget)))],
            [.. pairs.Select(pair => new NearDuplicateManifest(
                paths[pair.Original],
                paths[pair.Copy],
                Math.Round(pair.Replaced, 4),
                Enumerable.Range(1, 5).ToDictionary(k => k.ToString(CultureInfo.InvariantCulture), k => Math.Round(Shingles.Jaccard(texts[pair.Original], texts[pair.Copy], k), 4))))]);
        File.WriteAllText(Path.Combine(outputFolder, CorpusManifest.FileName), manifest.ToJson(), new UTF8Encoding(false));
        return manifest;
    }

    private static double Popularity(Random random) => Math.Exp(Math.Log(0.003) + (random.NextDouble() * (Math.Log(0.03) - Math.Log(0.003))));

    private static int PickOutlet(Random random)
    {
        var roll = random.NextDouble();
        for (var i = 0; i < OutletTable.Length - 1; i++)
        {
            roll -= OutletTable[i].Weight;
            if (roll < 0)
            {
                return i;
            }
        }

        return OutletTable.Length - 1;
    }

    /// <summary>An outlet's leftovers: two whole lines, two staff bylines, a lead-in and a tail; some outlets also a view counter or a widget the shipped rules know.</summary>
    private static List<Leftover> Leftovers(Random random, string outlet, int index)
    {
        string Fill(string template, string staff = "") => template.Replace("{O}", outlet, StringComparison.Ordinal).Replace("{S}", staff, StringComparison.Ordinal);
        double Share(double low, double high) => low + (random.NextDouble() * (high - low));

        var lines = LineTemplates.OrderBy(_ => random.Next()).Take(2).ToList();
        var leftovers = lines.Select(template => new Leftover("line", template.Contains('©', StringComparison.Ordinal) ? "footer" : "widget", Fill(template), Share(0.08, 0.4), Position.End)).ToList();
        var byline = BylineTemplates[random.Next(BylineTemplates.Length)];
        for (var s = 0; s < 2; s++)
        {
            // Every staff member has a first name of their own, so no two outlets share a byline.
            var staff = $"{FirstNames[((2 * index) + s) % FirstNames.Length]} {LastNames[random.Next(LastNames.Length)]}";
            leftovers.Add(new Leftover("line", "byline", Fill(byline, staff), Share(0.1, 0.3), Position.AfterTitle));
        }

        leftovers.Add(new Leftover("prefix", "lead-in", Fill(PrefixTemplates[random.Next(PrefixTemplates.Length)]), Share(0.3, 0.6), Position.FirstParagraph));
        leftovers.Add(new Leftover("suffix", "source", Fill(SuffixTemplates[random.Next(SuffixTemplates.Length)]).Trim(), Share(0.2, 0.5), Position.LastParagraph));
        if (index % 3 == 0)
        {
            leftovers.Add(new Leftover("line", "widget", CounterTemplate, Share(0.1, 0.3), Position.AfterTitle));
        }

        if (index == 1)
        {
            leftovers.Add(new Leftover("line", "widget", ListedWidget, 0.15, Position.Middle));
        }

        return leftovers;
    }

    /// <summary>An article's title and paragraphs, with the invented names it mentions.</summary>
    private static Article Body(Random random, SentenceModel model, List<Family> families, List<string> recurring, int outlet)
    {
        var paragraphs = new List<string> { model.Words(random, 6 + random.Next(7)) };
        var count = 4 + random.Next(7);
        for (var p = 0; p < count; p++)
        {
            paragraphs.Add(model.Sentence(random, 12 + random.Next(24)));
        }

        // Now and then an ordinary word that looks like another (كاتب, كتاب) in its usual place.
        if (random.Next(3) == 0)
        {
            var frame = OrdinaryFrames[random.Next(OrdinaryFrames.Length)].Frame;
            var at = 1 + random.Next(count);
            paragraphs[at] = frame.Replace("{S}", model.Sentence(random, 8 + random.Next(12)), StringComparison.Ordinal);
        }

        if (random.Next(4) == 0)
        {
            paragraphs.Insert(1 + random.Next(count), recurring[random.Next(recurring.Count)]);
            count++;
        }

        for (var f = 0; f < families.Count; f++)
        {
            var family = families[f];
            if (random.NextDouble() >= family.Popularity)
            {
                continue;
            }

            var times = 1 + random.Next(3);
            for (var t = 0; t < times; t++)
            {
                // Each outlet has its house spelling and strays from it one time in five.
                var form = random.Next(5) == 0 ? random.Next(family.Forms.Count) : family.HouseForm[outlet];
                var frame = NameFrames[random.Next(NameFrames.Length)];
                var at = 1 + random.Next(count);
                paragraphs[at] = frame
                    .Replace("{N}", family.Forms[form], StringComparison.Ordinal)
                    .Replace("{S}", model.Words(random, 8 + random.Next(12)), StringComparison.Ordinal)
                    .TrimEnd('.') + ".";
            }
        }

        // A later name can take the paragraph of an earlier one: count the names the text holds.
        return new Article(outlet, paragraphs, Mentions(families, paragraphs));
    }

    /// <summary>The mentions a paragraph list holds, counted from its text.</summary>
    private static List<(int Family, int Form)> Mentions(List<Family> families, List<string> paragraphs)
    {
        var mentions = new List<(int Family, int Form)>();
        foreach (var paragraph in paragraphs)
        {
            for (var f = 0; f < families.Count; f++)
            {
                // Longest forms first, so that a form inside a longer one is not counted twice.
                var forms = families[f].Forms.Select((form, index) => (form, index)).OrderByDescending(pair => pair.form.Length);
                foreach (var (form, index) in forms)
                {
                    if (paragraph.Contains(form, StringComparison.Ordinal))
                    {
                        mentions.Add((f, index));
                        break;
                    }
                }
            }
        }

        return mentions;
    }

    /// <summary>A copy of a paragraph with a share of its seed words replaced by other seed words; names and leftovers are never touched.</summary>
    private static string Edit(Random random, SentenceModel model, HashSet<string> vocabulary, string paragraph, double replaced)
    {
        if (replaced == 0)
        {
            return paragraph;
        }

        var words = paragraph.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (vocabulary.Contains(words[i]) && random.NextDouble() < replaced)
            {
                words[i] = model.RandomWord(random);
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>The article's text with its outlet's leftovers put in, each with its share of the outlet's articles.</summary>
    private static string Render(Random random, Article article, Outlet outlet, Dictionary<Leftover, int> documents)
    {
        var paragraphs = new List<string>(article.Paragraphs);
        var afterTitle = new List<string>();
        var middle = new List<string>();
        var end = new List<string>();
        foreach (var leftover in outlet.Leftovers)
        {
            if (random.NextDouble() >= leftover.Share)
            {
                continue;
            }

            documents[leftover] = documents.GetValueOrDefault(leftover) + 1;
            var text = leftover.Text.Replace("{n}", (10 + random.Next(99_990)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            switch (leftover.Position)
            {
                case Position.FirstParagraph:
                    paragraphs[1] = text + paragraphs[1];
                    break;
                case Position.LastParagraph:
                    paragraphs[^1] += text.StartsWith('(') || text.StartsWith('-') ? " " + text : text;
                    break;
                case Position.AfterTitle:
                    afterTitle.Add(text);
                    break;
                case Position.Middle:
                    middle.Add(text);
                    break;
                default:
                    end.Add(text);
                    break;
            }
        }

        var lines = new List<string> { paragraphs[0] };
        lines.AddRange(afterTitle);
        var half = paragraphs.Count / 2;
        for (var p = 1; p < paragraphs.Count; p++)
        {
            lines.Add(paragraphs[p]);
            if (p == half)
            {
                lines.AddRange(middle);
            }
        }

        lines.AddRange(end);
        return string.Join("\n\n", lines) + "\n";
    }

    private static FamilyManifest FamilyManifest(int family, IReadOnlyList<string> forms, List<Article> articles)
    {
        var occurrences = forms.ToDictionary(form => form, _ => 0, StringComparer.Ordinal);
        var documents = 0;
        foreach (var article in articles)
        {
            var mentions = article.Mentions.Where(mention => mention.Family == family).ToList();
            mentions.ForEach(mention => occurrences[forms[mention.Form]]++);
            documents += mentions.Count > 0 ? 1 : 0;
        }

        return new FamilyManifest(forms, documents, occurrences);
    }

    private enum Position
    {
        AfterTitle,
        FirstParagraph,
        Middle,
        LastParagraph,
        End,
    }

    private sealed record Family(IReadOnlyList<string> Forms, double Popularity, int[] HouseForm);

    private sealed record Leftover(string Placement, string Kind, string Text, double Share, Position Position);

    private sealed record Outlet(string Folder, string Name, List<Leftover> Leftovers);

    private sealed record Article(int Outlet, List<string> Paragraphs, List<(int Family, int Form)> Mentions);
}
