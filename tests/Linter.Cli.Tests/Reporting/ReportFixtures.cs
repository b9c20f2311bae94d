using Linter.Cli.Reporting;
using Linter.Core.Corpus;
using Linter.Core.Discovery;

namespace Linter.Cli.Tests.Reporting;

/// <summary>Report models filled as a real corpus would fill them, every section included.</summary>
internal static class ReportFixtures
{
    /// <summary>The spelling families no rule lists, as discover variants reports them.</summary>
    public static readonly VariantFamily Zelensky = Family(
        "زيلينسكي",
        0.82,
        Form("زيلينسكي", 2_871, 1_944, ("corpus/al-akhbar", 1_700), ("corpus/sada-news", 900), ("corpus/wires.jsonl", 271)),
        Form("زيلنسكي", 1_032, 701, ("corpus/al-akhbar", 480), ("corpus/sada-news", 380), ("corpus/wires.jsonl", 172)),
        Form("زلينسكي", 64, 58, ("corpus/al-akhbar", 30), ("corpus/sada-news", 21), ("corpus/wires.jsonl", 13)));

    public static readonly VariantFamily Google = Family(
        "غوغل",
        0.71,
        Form("غوغل", 512, 480, ("corpus/sada-news", 300), ("corpus/al-akhbar", 212)),
        Form("جوجل", 498, 470, ("corpus/sada-news", 330), ("corpus/al-akhbar", 168)),
        Form("قوقل", 23, 23, ("corpus/al-akhbar", 13), ("corpus/sada-news", 10)));

    /// <summary>Recurring leftovers, as discover boilerplate reports them.</summary>
    public static readonly BoilerplateCandidate[] Leftovers =
    [
        Leftover("شارك هذا المقال على فيسبوك وتويتر", BoilerplatePlacement.Line, "widget", 0.94878, ("corpus/al-akhbar", 3_890, 4_100, true), ("corpus/sada-news", 12, 3_700, false)),
        Leftover("عدد القراءات: 5321", BoilerplatePlacement.Line, "number", 0.5, ("corpus/al-akhbar", 2_050, 4_100, true)),
        Leftover("صدى الأخبار (خاص) -", BoilerplatePlacement.Prefix, "lead-in", 0.324324, ("corpus/sada-news", 1_200, 3_700, true)),
        Leftover("تابعونا على قناتنا في تلغرام", BoilerplatePlacement.Line, "widget", 0.083784, ("corpus/sada-news", 310, 3_700, true)),
    ];

    /// <summary>The rule files discover --out writes for them.</summary>
    public static readonly string VariantRules = DiscoveredRules.VariantRuleFile([Zelensky, Google], ["CL3900", "CL3901"])!;

    public static readonly string BoilerplateRules = DiscoveredRules.BoilerplateRuleFile(Leftovers, source => [source + "/*"], ["CL1900", "CL1901", "CL1902"])!;

    /// <summary>A corpus of 10,000 articles from three outlets, with every section of the report filled.</summary>
    public static CorpusReportModel Full() => new(
        ["corpus/al-akhbar", "corpus/sada-news", "corpus/wires.jsonl"],
        "0.1.0",
        new CorpusTotals(10_000, 7_412, new SeverityCounts(12, 18_940, 26_311), 22),
        [
            new CategoryRow("Transliteration", new SeverityCounts(0, 2_104, 19_877)),
            new CategoryRow("Boilerplate", new SeverityCounts(0, 14_220, 0)),
            new CategoryRow("Formatting", new SeverityCounts(0, 1_540, 6_434)),
            new CategoryRow("Duplication", new SeverityCounts(0, 870, 0)),
            new CategoryRow("Spelling", new SeverityCounts(0, 206, 0)),
            new CategoryRow("Input", new SeverityCounts(12, 0, 0)),
        ],
        [
            new RuleRow("CL3001", "Transliteration differs from the preferred form", "Transliteration", new SeverityCounts(0, 0, 19_877), 5_120),
            new RuleRow("CL1001", "Page widget line", "Boilerplate", new SeverityCounts(0, 9_310, 0), 4_801),
            new RuleRow("CL5004", "Trailing whitespace", "Formatting", new SeverityCounts(0, 0, 6_434), 2_977),
            new RuleRow("CL1002", "Masthead line", "Boilerplate", new SeverityCounts(0, 4_910, 0), 3_002),
            new RuleRow("CL3002", "Document mixes spellings of one name", "Transliteration", new SeverityCounts(0, 2_104, 0), 1_730),
            new RuleRow("CL5001", "Digit glued to a word", "Formatting", new SeverityCounts(0, 1_540, 0), 1_101),
            new RuleRow("CL2001", "Repeated line or block", "Duplication", new SeverityCounts(0, 870, 0), 812),
            new RuleRow("CL4001", "Misspelled word or name", "Spelling", new SeverityCounts(0, 206, 0), 190),
            new RuleRow("CL0006", "Malformed JSONL record", "Input", new SeverityCounts(12, 0, 0), 12),
        ],
        [
            new DocumentFindings(6_120, "corpus/sada-news/0412 & 0413.txt", 0, 27, 40, [new RuleCount("CL5004", 38), new RuleCount("CL1002", 11), new RuleCount("CL3002", 3)]),
            new DocumentFindings(311, "corpus/al-akhbar/2023/11/كييف-تقصف.txt", 0, 31, 12, [new RuleCount("CL1001", 14), new RuleCount("CL3001", 12), new RuleCount("CL2001", 9)]),
            new DocumentFindings(6_530, "corpus/sada-news/0977.txt", 0, 19, 2, [new RuleCount("CL1001", 17), new RuleCount("CL3001", 2)]),
            new DocumentFindings(9_871, "corpus/wires.jsonl#L4410", 1, 0, 0, [new RuleCount("CL0006", 1)]),
        ],
        [
            new DocumentFindings(6_530, "corpus/sada-news/0977.txt", 0, 19, 2, [new RuleCount("CL1001", 17), new RuleCount("CL3001", 2)]) { Words = 140 },
            new DocumentFindings(6_120, "corpus/sada-news/0412 & 0413.txt", 0, 27, 40, [new RuleCount("CL5004", 38), new RuleCount("CL1002", 11), new RuleCount("CL3002", 3)]) { Words = 1_675 },
        ],
        new TransliterationSection(
            [
                new TransliterationFamily("CL3001", "Kim Jong Un", [new FormBar("كيم جونج أون", 1_204, 830, false), new FormBar("كيم جونغ أون", 988, 701, true), new FormBar("كيم يونغ أون", 57, 41, false)], 212),
                new TransliterationFamily("CL3001", "Pyongyang", [new FormBar("بيونغ يانغ", 2_410, 1_690, true), new FormBar("بيونج يانج", 640, 415, false), new FormBar("بيونغيانغ", 88, 80, false)], 97),
                new TransliterationFamily("CL3001", "Telegram", [new FormBar("تلغرام", 301, 280, true), new FormBar("تيليجرام", 122, 117, false)], 4),
            ],
            3),
        [
            new DuplicateCluster(
                new DocumentRef(0, "corpus/al-akhbar/2023/11/0101.txt"),
                [new DuplicateMember(new DocumentRef(6_120, "corpus/sada-news/0412 & 0413.txt"), 1.0, Exact: true), new DuplicateMember(new DocumentRef(9_400, "corpus/wires.jsonl#afp-7781"), 0.91, Exact: false)]),
            new DuplicateCluster(new DocumentRef(6_530, "corpus/sada-news/0977.txt"), [new DuplicateMember(new DocumentRef(6_531, "corpus/sada-news/0978.txt"), 0.84, Exact: false)]),
        ],
        new CorpusDiscoveries(
            new VariantReport(10_000, 3_120_000, [Zelensky, Google]),
            VariantRules,
            new BoilerplateReport(10_000, [new SourceCount("corpus/al-akhbar", 4_100), new SourceCount("corpus/sada-news", 3_700), new SourceCount("corpus/wires.jsonl", 2_200)], Leftovers),
            BoilerplateRules));

    /// <summary>A corpus where nothing was found.</summary>
    public static CorpusReportModel Clean() => new(
        ["clean"],
        "0.1.0",
        new CorpusTotals(2, 0, new SeverityCounts(0, 0, 0), 22),
        [],
        [],
        [],
        [],
        new TransliterationSection([], 11),
        [],
        new CorpusDiscoveries(new VariantReport(2, 40, []), null, new BoilerplateReport(2, [new SourceCount("clean", 2)], []), null));

    private static VariantFamily Family(string preferred, double similarity, params VariantForm[] forms) =>
        new(ArabicPhoneticKey.Of(preferred), preferred, forms, similarity);

    private static VariantForm Form(string text, long occurrences, long documents, params (string Source, long Count)[] sources) =>
        new(text, occurrences, documents, [.. sources.Select(source => new SourceCount(source.Source, source.Count))]);

    private static BoilerplateCandidate Leftover(string text, BoilerplatePlacement placement, string kind, double score, params (string Source, long Documents, long Of, bool Boilerplate)[] sources) =>
        new(text, System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Escape(text), @"\\ |\d+", match => match.Value == "\\ " ? @"\s+" : @"\d+"), placement, kind, [.. sources.Select(source => new BoilerplateSource(source.Source, source.Documents, source.Of, source.Boilerplate))], score);
}
