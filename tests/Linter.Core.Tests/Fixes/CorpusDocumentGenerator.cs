using System.Globalization;
using System.Text;
using Linter.Core.Arabic;
using Linter.Core.Text;

namespace Linter.Core.Tests.Fixes;

/// <summary>A generated text and the clean article sentences in it, in order, that fixing must keep as they are.</summary>
/// <param name="Text">The document's text.</param>
/// <param name="CleanLines">Lines put in verbatim from the pool of sentences that lint clean on their own.</param>
internal sealed record GeneratedDocument(string Text, IReadOnlyList<string> CleanLines);

/// <summary>A generated file: its bytes and what they were made from.</summary>
/// <param name="Bytes">The file's bytes.</param>
/// <param name="Text">The text encoded, or null when the bytes were corrupted on purpose.</param>
/// <param name="Encoding">The encoding the text was written in.</param>
/// <param name="ByteOrderMark">Whether a byte order mark was written before it.</param>
internal sealed record GeneratedFile(byte[] Bytes, string? Text, DocumentEncoding Encoding, bool ByteOrderMark);

/// <summary>
/// Builds scraped-news documents from the seed articles with the faults the shipped rules look for mixed in:
/// widget and masthead lines, credits, bylines, dates, repeats, transliteration variants, misspellings,
/// glued digits, tatweel, diacritics, stray quotes and every kind of stray whitespace. Each document comes from
/// its own <see cref="Random"/> seeded with the test's seed and the document's index, so one failing document
/// can be rebuilt alone.
/// </summary>
internal sealed class CorpusDocumentGenerator
{
    private static readonly string[] Widgets =
    [
        "اظهار أخبار متعلقة", "إظهار أخبار متعلقة", "أخبار متعلقة", "أخبار ذات صلة", "مواضيع ذات صلة", "اقرأ أيضا",
        "اقرأ أيضاً", "شاهد أيضا", "اقرأ المزيد", "المزيد", "شارك", "شارك الخبر", "مشاركة", "طباعة", "التعليقات",
        "أضف تعليقا", "أضف تعليقك", "كاريكاتير", "إستطلاعات الرأي", "استطلاع الرأي", "الأكثر قراءة", "الأكثر مشاهدة",
        "آخر الأخبار", "اشترك في النشرة البريدية", "إعلان", "التعليقات (0)", "التعليقات(12)", "التعليقات (3)",
        "5 تعليقات", "120 مشاهدة", "1 مشاركة", "اقرأ أيضا: بوتين يستقبل كيم في فوستوتشني",
        "شاهد أيضا : كيم يزور مصنع الطائرات", "تابعونا على فيسبوك", "تابعنا على تلغرام وتويتر", "شارك:", "طباعة.",
    ];

    private static readonly string[] MastheadTitles =
    [
        "الإشراف العام", "رئيس التحرير", "نائب رئيس التحرير", "مدير التحرير", "سكرتير التحرير", "رئيس مجلس الإدارة",
        "رئيس مجلس الإدارة ورئيس التحرير", "المدير العام", "رئيس التحرير:",
    ];

    private static readonly string[] StaffNames = ["إلهام أبو الفتح", "أحمــد صبـري", "محمد علي", "خالد"];

    private static readonly string[] SectionLabels =
    [
        "سياسة دولية", "سياسة عربية", "سياسة", "شؤون دولية", "أخبار العالم", "عربي ودولي", "دوليات", "العالم",
        "الشرق الأوسط", "اقتصاد", "رياضة", "منوعات", "ثقافة وفنون", "تقارير", "مقالات",
    ];

    private static readonly string[] Bylines =
    [
        "أ ف ب-الامة برس", "(رويترز)", "رويترز", "وكالات", "(أ ف ب)", "ا ف ب - القاهرة", "الأناضول / أنقرة", "AFP", "(Reuters)",
        "سبوتنيك", "وام",
    ];

    private static readonly string[] LeadIns =
    [
        "صدى نيوز -(أ ف ب) -", "بيروت (رويترز) -", "موسكو (أ ف ب) - ", "سيول (AFP):", "دبي - (وام) -",
    ];

    private static readonly string[] Dates =
    [
        "2023-09-15", "15/09/2023", "2023/9/15 10:30", "15.9.2023 10:30:12", "الجمعة 15 سبتمبر 2023",
        "الجمعة، 15 سبتمبر 2023، الساعة 10:30 ص", "3 أيلول 2023", "١٥-٠٩-٢٠٢٣",
    ];

    private static readonly string[] Credits =
    [
        "- جيتي", "- رويترز", " (أ ف ب)", "/ أرشيفية", " - أرشيف", "| Getty Images", " –  مواقع التواصل", "(رويترز)", "- AFP",
    ];

    private static readonly string[] Transliterations =
    [
        "بيونغ يانغ", "بيونج يانج", "بيونجيانج", "بيونغيانغ", "بيونغ-يانغ", "بيونج-يانج", "بوينغ يانغ", "بوينج يانج",
        "كيم جونغ أون", "كيم جونج أون", "كيم جونغ-أون", "كيم جونغ-اون", "كيم جونغ اون", "كيم جونج اون",
        "كيم جونغ إيل", "كيم جونغ ايل", "كيم جونج إيل", "كيم جونج ايل", "فوستوتشني", "فوستوشني",
        "كومسومولسك-نا-أموري", "كومسومولسك أون أمور", "كومسومولسك-أون-أمور", "كومسومولسك على نهر أمور",
        "كومسومولسك-نا-آم أموري", "خابروفسك", "خاباروفسك", "ديغتياريف", "ديجتياريف", "تلغرام", "تيليجرام", "تليجرام",
        "تيليغرام", "تلجرام", "جايك ساليفان", "جيك سوليفان", "جيك ساليفان", "جايك سوليفان", "دميتري", "ديمتري",
        "جو تشون ريونغ", "جو تشون ريونج",
    ];

    private static readonly string[] Misspellings = ["لاكن", "هاذا", "هاذه", "ذالك", "هاكذا", "بوينغ يانغ", "بوينج يانج"];

    private static readonly string[] CliticPrefixes = ["", "", "", "و", "ب", "ل", "ف", "وب", "ول", "فب", "ك"];

    private static readonly string[] LatinWords = ["Reuters", "AFP", "Kim Jong Un", "Getty Images", "Su-35", "COVID-19", "Telegram", "A1", "x2"];

    private static readonly string[] Quotes = ["\"", "«", "»", "“", "”", "\"\"", "«»"];

    private static readonly string[] HorizontalSpaces = [" ", "  ", "\t", "\u00A0", " \u00A0", "   ", " \t "];

    private static readonly string[] WhitespaceLines = [" ", "  ", "\t", "\u00A0", " \u00A0 ", "\u200B", " \t", "\uFEFF", "\u200B "];

    private static readonly string[] FuzzPieces =
    [
        "ك", "ي", "م", "ب", "و", "ال", "ة", "ى", "أ", "إ", "آ", "ا", "ـ", "ــ", "\u064E", "\u0651", "\u0650", "\u064B", "\u0670",
        "ک", "ی", "5", "2023", "١٥", "۲", " ", "  ", "\t", "\u00A0", "\u200B", "\u200C", "-", "–", "(", ")", ":", ".", "،", "؛", "؟",
        "\"", "«", "»", "“", "”", "/", "|", "a", "Z", "ß", "İ", "😀", "و ", " و ", "شارك", "(أ ف ب)", "جيتي", "رويترز",
        "بيونج يانج", "لاكن", "\\", "$1", "*",
    ];

    private readonly IReadOnlyList<string> _seedLines;
    private readonly IReadOnlyList<int> _sentenceOfSeedLine;
    private readonly IReadOnlyList<string> _cleanSentences;

    /// <summary>Creates a generator.</summary>
    /// <param name="seedLines">Every line of the seed articles, as written.</param>
    /// <param name="sentenceOfSeedLine">
    /// For each seed line, the index of the clean sentence it becomes once fixed (the same sentence, or the same
    /// with its faults fixed), or -1.
    /// </param>
    /// <param name="cleanSentences">Seed lines that lint clean on their own: article text no fix may touch.</param>
    public CorpusDocumentGenerator(IReadOnlyList<string> seedLines, IReadOnlyList<int> sentenceOfSeedLine, IReadOnlyList<string> cleanSentences)
    {
        _seedLines = seedLines;
        _sentenceOfSeedLine = sentenceOfSeedLine;
        _cleanSentences = cleanSentences;
    }

    /// <summary>The random source of one document; the same seed and index always give the same document.</summary>
    public static Random RandomFor(int seed, int index) => new(unchecked((seed * 1_000_003) + index));

    /// <summary>Generates document <paramref name="index"/> of the run seeded with <paramref name="seed"/>.</summary>
    public GeneratedDocument Generate(int seed, int index) => Generate(RandomFor(seed, index), allowLeadingByteOrderMark: true);

    /// <summary>
    /// Generates file <paramref name="index"/> of the run seeded with <paramref name="seed"/>: UTF-8 with or
    /// without a byte order mark, or UTF-16 with one, and now and then bytes that cannot be decoded at all.
    /// </summary>
    public GeneratedFile GenerateFile(int seed, int index)
    {
        var random = RandomFor(seed, index);

        // No extra U+FEFF before the text: it would be read back as a byte order mark. A first line that starts with
        // one still may, and the test compares with the document as read.
        var text = Generate(random, allowLeadingByteOrderMark: false).Text;
        var roll = random.Next(100);
        var (encoding, bom) = roll switch
        {
            < 35 => (DocumentEncoding.Utf8, false),
            < 70 => (DocumentEncoding.Utf8, true),
            < 85 => (DocumentEncoding.Utf16LittleEndian, true),
            _ => (DocumentEncoding.Utf16BigEndian, true),
        };
        if (!new DecodedDocument(text, bom, null) { Encoding = encoding }.TryEncode(text, out var bytes, out _))
        {
            throw new InvalidOperationException("UTF-8 and UTF-16 represent every text");
        }

        if (encoding == DocumentEncoding.Utf8 && random.Next(25) == 0)
        {
            // Not UTF-8 (a stray Latin-1 byte) or, without a byte order mark, binary (NUL bytes, more than 1% of the
            // head): the fixer must leave such files alone. After a byte order mark (written, or a U+FEFF opening the
            // text) a NUL is text.
            var readAsBom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
            var corrupt = new List<byte>(bytes);
            var at = random.Next(readAsBom ? 3 : 0, Math.Min(corrupt.Count, DocumentDecoder.BinaryProbeLength / 2) + 1);
            corrupt.InsertRange(at, !readAsBom && random.Next(2) == 0 ? Enumerable.Repeat((byte)0, (corrupt.Count / 100) + 2) : [0xE9]);
            return new GeneratedFile([.. corrupt], null, encoding, bom);
        }

        return new GeneratedFile(bytes, text, encoding, bom);
    }

    private GeneratedDocument Generate(Random random, bool allowLeadingByteOrderMark)
    {
        var builder = new DocumentBuilder(random);
        var lineCount = random.Next(100) < 5 ? random.Next(0, 3) : random.Next(3, 28);
        while (builder.Count < lineCount)
        {
            AddLines(random, builder);
        }

        if (random.Next(3) == 0)
        {
            // Page leftovers pile up at the end, where fixes that delete lines meet the rules on final blank lines.
            AddTail(random, builder);
        }

        return builder.Build(allowLeadingByteOrderMark);
    }

    private static void AddTail(Random random, DocumentBuilder builder)
    {
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            switch (random.Next(6))
            {
                case 0:
                    builder.Add(Decorate(random, Pick(random, Widgets)));
                    break;
                case 1:
                    builder.Add(Pick(random, MastheadTitles));
                    builder.Add(Pick(random, StaffNames));
                    break;
                case 2:
                    builder.Add(Pick(random, WhitespaceLines));
                    break;
                case 3:
                    builder.Add(Decorate(random, Pick(random, Bylines)));
                    break;
                default:
                    builder.Add(string.Empty);
                    break;
            }
        }
    }

    private void AddLines(Random random, DocumentBuilder builder)
    {
        var roll = random.Next(100);
        switch (roll)
        {
            case < 26:
                AddCleanSentence(random, builder);
                break;
            case < 34:
                builder.Add(PickSeedLine(random, builder));
                break;
            case < 36:
                // Articles saved with a byte order mark and joined into one file: a U+FEFF opens a line.
                builder.Add('\uFEFF' + PickSentence(random, builder));
                break;
            case < 52:
                builder.Add(Mutate(random, PickSentence(random, builder), random.Next(1, 4)));
                break;
            case < 58:
                builder.Add(Decorate(random, Pick(random, Widgets)));
                break;
            case < 61:
                builder.Add(Decorate(random, Pick(random, MastheadTitles)));
                if (random.Next(3) > 0)
                {
                    builder.Add(Pick(random, StaffNames));
                }

                break;
            case < 63:
                builder.Add(Decorate(random, Pick(random, SectionLabels)));
                break;
            case < 66:
                builder.Add(Decorate(random, Pick(random, Bylines)));
                break;
            case < 68:
                builder.Add(Pick(random, LeadIns) + PickSentence(random, builder));
                break;
            case < 70:
                builder.Add(Pick(random, LeadIns));
                break;
            case < 73:
                builder.Add(Decorate(random, Pick(random, Dates)));
                break;
            case < 76:
                builder.Add(TrimEnd(PickSentence(random, builder)) + Pick(random, Credits));
                break;
            case < 81:
                builder.Add(string.Empty);
                break;
            case < 84:
                builder.Add(Pick(random, WhitespaceLines));
                break;
            case < 87:
                for (var i = random.Next(3, 7); i > 0; i--)
                {
                    builder.Add(random.Next(4) == 0 ? Pick(random, WhitespaceLines) : string.Empty);
                }

                break;
            case < 94:
                AddRepeat(random, builder);
                break;
            case < 97:
                builder.Add(Fuzz(random));
                break;
            default:
                builder.Add(string.Join(' ', Enumerable.Range(0, random.Next(1, 6)).Select(_ => Pick(random, LatinWords))));
                break;
        }
    }

    /// <summary>
    /// A pool sentence as it is. It is marked clean only the first time the sentence is used in the document:
    /// a later copy may rightly be deleted as a repeat.
    /// </summary>
    private void AddCleanSentence(Random random, DocumentBuilder builder)
    {
        var index = random.Next(_cleanSentences.Count);
        var sentence = _cleanSentences[index];
        builder.Add(sentence, clean: builder.UsedSentences.Add(index));
    }

    /// <summary>
    /// A sentence to build a faulty line from. Once fixed it may equal its pool sentence, so that sentence no
    /// longer counts as unused: a later clean copy of it would rightly be deleted as a repeat.
    /// </summary>
    private string PickSentence(Random random, DocumentBuilder builder)
    {
        if (random.Next(3) == 0)
        {
            return PickSeedLine(random, builder);
        }

        var index = random.Next(_cleanSentences.Count);
        builder.UsedSentences.Add(index);
        return _cleanSentences[index];
    }

    private string PickSeedLine(Random random, DocumentBuilder builder)
    {
        var index = random.Next(_seedLines.Count);
        if (_sentenceOfSeedLine[index] >= 0)
        {
            builder.UsedSentences.Add(_sentenceOfSeedLine[index]);
        }

        return _seedLines[index];
    }

    private static void AddRepeat(Random random, DocumentBuilder builder)
    {
        var content = builder.Lines.Where(line => line.Trim().Length > 0).ToList();
        if (content.Count == 0)
        {
            return;
        }

        var size = Math.Min(content.Count, random.Next(1, 4));
        var block = content.Skip(content.Count - size).ToList();
        for (var i = random.Next(3) == 0 ? random.Next(1, 3) : 0; i > 0; i--)
        {
            builder.Add(string.Empty);
        }

        foreach (var line in block)
        {
            // A copy may differ in diacritics, tatweel and spacing, which the repeat check ignores.
            builder.Add(random.Next(3) == 0 ? Decorate(random, line) : line);
        }
    }

    /// <summary>Light changes that leave a line's words as they are: marks, spacing, indentation.</summary>
    private static string Decorate(Random random, string line)
    {
        return random.Next(5) switch
        {
            0 => AddDiacritics(random, line),
            1 => AddTatweel(random, line),
            2 => Pick(random, HorizontalSpaces) + line,
            3 => line + Pick(random, HorizontalSpaces),
            _ => line,
        };
    }

    private static string Mutate(Random random, string line, int count)
    {
        for (var i = 0; i < count; i++)
        {
            line = random.Next(14) switch
            {
                0 => AddDiacritics(random, line),
                1 => AddTatweel(random, line),
                2 => GlueDigits(random, line),
                3 => WidenSpace(random, line),
                4 => line + Pick(random, HorizontalSpaces),
                5 => Pick(random, HorizontalSpaces) + line,
                6 => InsertWord(random, line, Pick(random, CliticPrefixes) + Pick(random, Transliterations)),
                7 => InsertWord(random, line, Pick(random, CliticPrefixes) + Pick(random, Misspellings)),
                8 => InsertWord(random, line, Pick(random, Quotes)),
                9 => InsertWord(random, line, Pick(random, LatinWords)),
                10 => InsertWord(random, line, "و" + Pick(random, HorizontalSpaces)),
                11 => TrimEnd(line) + Pick(random, Credits),
                12 => InsertAt(random, line, Pick(random, FuzzPieces)),
                _ => line.Replace("بيونغ يانغ", Pick(random, Transliterations), StringComparison.Ordinal),
            };
        }

        return line;
    }

    private static string AddDiacritics(Random random, string line)
    {
        var builder = new StringBuilder(line.Length * 2);
        foreach (var c in line)
        {
            builder.Append(c);
            if (IsArabicLetter(c) && random.Next(3) == 0)
            {
                builder.Append((char)random.Next(0x064B, 0x0653));
            }
        }

        return builder.ToString();
    }

    private static string AddTatweel(Random random, string line)
    {
        var positions = Enumerable.Range(1, Math.Max(0, line.Length - 1)).Where(i => IsArabicLetter(line[i - 1])).ToList();
        if (positions.Count == 0)
        {
            return line;
        }

        var at = positions[random.Next(positions.Count)];
        return line.Insert(at, new string(ArabicNormalizer.Tatweel, random.Next(1, 4)));
    }

    /// <summary>A number glued to a word on one side or both ("2023العام", "سبتمبر2023", "١٥سبتمبر٢٠٢٣").</summary>
    private static string GlueDigits(Random random, string line)
    {
        var number = random.Next(4) == 0
            ? string.Concat(random.Next(1, 2025).ToString(CultureInfo.InvariantCulture).Select(d => (char)(d - '0' + '\u0660')))
            : random.Next(1, 2025).ToString(CultureInfo.InvariantCulture);
        var words = line.Split(' ');
        var i = random.Next(words.Length);
        words[i] = random.Next(3) switch
        {
            0 => number + words[i],
            1 => words[i] + number,
            _ => number + words[i] + number,
        };
        return string.Join(' ', words);
    }

    private static string WidenSpace(Random random, string line)
    {
        var spaces = Enumerable.Range(0, line.Length).Where(i => line[i] == ' ').ToList();
        if (spaces.Count == 0)
        {
            return line;
        }

        var at = spaces[random.Next(spaces.Count)];
        return line[..at] + Pick(random, HorizontalSpaces) + line[(at + 1)..];
    }

    /// <summary>Puts <paramref name="word"/> between two words of the line, or at one of its ends.</summary>
    private static string InsertWord(Random random, string line, string word)
    {
        var words = line.Split(' ').ToList();
        words.Insert(random.Next(words.Count + 1), word);
        return string.Join(' ', words);
    }

    private static string InsertAt(Random random, string line, string piece) => line.Insert(random.Next(line.Length + 1), piece);

    private static string Fuzz(Random random)
    {
        var builder = new StringBuilder();
        for (var i = random.Next(1, 25); i > 0; i--)
        {
            builder.Append(Pick(random, FuzzPieces));
        }

        return builder.ToString();
    }

    private static string TrimEnd(string line) => line.TrimEnd();

    private static bool IsArabicLetter(char c) => c is (>= '\u0621' and <= '\u063A') or (>= '\u0641' and <= '\u064A');

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    /// <summary>Collects lines, then joins them with one line-break style (or a mix) and an optional final break.</summary>
    private sealed class DocumentBuilder(Random random)
    {
        private readonly List<(string Text, bool Clean)> _lines = [];

        public int Count => _lines.Count;

        public IEnumerable<string> Lines => _lines.Select(line => line.Text);

        /// <summary>Pool sentences already used in some form; a later clean copy of one would be a repeat.</summary>
        public HashSet<int> UsedSentences { get; } = [];

        public void Add(string line, bool clean = false) => _lines.Add((line, clean));

        public GeneratedDocument Build(bool allowLeadingByteOrderMark)
        {
            var style = random.Next(100);
            var builder = new StringBuilder();
            var clean = new List<string>();
            if (allowLeadingByteOrderMark && random.Next(50) == 0)
            {
                // The first line then starts with U+FEFF, so it is no longer the clean sentence as written.
                builder.Append('\uFEFF');
                if (_lines.Count > 0)
                {
                    _lines[0] = (_lines[0].Text, false);
                }
            }

            for (var i = 0; i < _lines.Count; i++)
            {
                builder.Append(_lines[i].Text);
                if (_lines[i].Clean)
                {
                    clean.Add(_lines[i].Text);
                }

                if (i + 1 < _lines.Count)
                {
                    builder.Append(Break(style));
                }
            }

            if (_lines.Count > 0 && random.Next(2) == 0)
            {
                builder.Append(Break(style));
            }

            return new GeneratedDocument(builder.ToString(), clean);
        }

        /// <summary>LF or CRLF mostly; some documents mix them, and some mix in lone CRs (old Mac files pasted in).</summary>
        private string Break(int style) => style switch
        {
            < 40 => "\n",
            < 80 => "\r\n",
            < 88 => random.Next(2) == 0 ? "\n" : "\r\n",
            _ => random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" },
        };
    }
}
