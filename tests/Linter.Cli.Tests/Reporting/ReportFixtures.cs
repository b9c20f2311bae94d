using Linter.Cli.Reporting;
using Linter.Core.Corpus;
using BoilerplateCandidate = Linter.Cli.Reporting.BoilerplateCandidate;
using SourceCount = Linter.Cli.Reporting.SourceCount;

namespace Linter.Cli.Tests.Reporting;

/// <summary>Report models filled as a real corpus would fill them, every section included.</summary>
internal static class ReportFixtures
{
    public const string ZelenskyYaml = """
        rules:
          - id: CL3101
            kind: consistency
            title: Zelensky transliteration
            message: "'{match}' is written '{suggestion}' in this corpus (Zelensky)"
            category: Transliteration
            severity: suggestion
            families:
              - name: زيلينسكي
                preferred: زيلينسكي
                forms: [زيلينسكي, زيلنسكي, زلينسكي]
        """;

    public const string GoogleYaml = """
        rules:
          - id: CL3102
            kind: consistency
            title: Google transliteration
            message: "'{match}' is written '{suggestion}' in this corpus (Google)"
            category: Transliteration
            severity: suggestion
            families:
              - name: غوغل
                preferred: غوغل
                forms: [غوغل, جوجل, قوقل]
        """;

    public const string ShareYaml = """
        rules:
          - id: CL1101
            kind: boilerplate
            title: Share widget of al-akhbar
            message: "Page widget left in the text: «{match}»"
            category: Boilerplate
            severity: warning
            scope: line
            phrases: ["شارك هذا المقال على فيسبوك وتويتر"]
        """;

    public const string FollowYaml = """
        rules:
          - id: CL1102
            kind: boilerplate
            title: Channel invitation of sada-news
            message: "Page widget left in the text: «{match}»"
            category: Boilerplate
            severity: warning
            scope: line
            phrases: ["تابعونا على قناتنا في تلغرام"]
        """;

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
            new WorstDocumentRow("corpus/wires.jsonl#L4410", new SeverityCounts(1, 0, 0), [new RuleCount("CL0006", 1)]),
            new WorstDocumentRow("corpus/al-akhbar/2023/11/كييف-تقصف.txt", new SeverityCounts(0, 31, 12), [new RuleCount("CL1001", 14), new RuleCount("CL3001", 12), new RuleCount("CL2001", 9)]),
            new WorstDocumentRow("corpus/sada-news/0412 & 0413.txt", new SeverityCounts(0, 27, 40), [new RuleCount("CL5004", 38), new RuleCount("CL1002", 11), new RuleCount("CL3002", 3)]),
            new WorstDocumentRow("corpus/sada-news/0977.txt", new SeverityCounts(0, 19, 2), [new RuleCount("CL1001", 17), new RuleCount("CL3001", 2)]),
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
            [
                new DiscoveredFamily(
                    "زيلينسكي",
                    [new FormBar("زيلينسكي", 2_871, 1_944, true), new FormBar("زيلنسكي", 1_032, 701, false), new FormBar("زلينسكي", 64, 58, false)],
                    [new SourceCount("corpus/al-akhbar", 2_210), new SourceCount("corpus/sada-news", 1_301), new SourceCount("corpus/wires.jsonl", 456)],
                    ZelenskyYaml),
                new DiscoveredFamily(
                    "غوغل",
                    [new FormBar("غوغل", 512, 480, true), new FormBar("جوجل", 498, 470, false), new FormBar("قوقل", 23, 23, false)],
                    [new SourceCount("corpus/sada-news", 640), new SourceCount("corpus/al-akhbar", 393)],
                    GoogleYaml),
            ],
            [
                new BoilerplateCandidate("شارك هذا المقال على فيسبوك وتويتر", "corpus/al-akhbar", 3_890, 4_100, "widget", ShareYaml),
                new BoilerplateCandidate("تابعونا على قناتنا في تلغرام", "corpus/sada-news", 310, 3_700, "widget", FollowYaml),
            ]));

    /// <summary>A corpus where nothing was found, and the discoveries were looked for.</summary>
    public static CorpusReportModel Clean() => new(
        ["clean"],
        "0.1.0",
        new CorpusTotals(2, 0, new SeverityCounts(0, 0, 0), 22),
        [],
        [],
        [],
        new TransliterationSection([], 11),
        [],
        new CorpusDiscoveries([], []));
}
