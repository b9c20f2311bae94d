using System.Globalization;
using System.Text;
using System.Text.Json;
using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using Linter.Core.Discovery;
using Linter.Core.Pipeline;
using Linter.Core.Rules;
using Linter.Core.Rules.Kinds;
using Linter.Core.State;
using Linter.Core.Tests.Corpus;
using Linter.Core.Tests.Pipeline;
using static Linter.Core.Tests.TestSupport;

namespace Linter.Core.Tests.State;

public sealed class CorpusStateTests
{
    private const string File = "shard-1.state";

    private static readonly Dictionary<string, string> Configuration = new(StringComparer.Ordinal)
    {
        ["encoding"] = "utf-8",
        ["source"] = "folder",
    };

    private static readonly CorpusStateStamp Stamp = CorpusStateStamp.ThisBuild(Configuration);

    private static readonly Lazy<RuleSet> Rules = new(LoadShippedRules);

    /// <summary>
    /// The generated articles of the corpus pass tests (near and exact copies, a footer in most of one outlet's
    /// articles, names spelled in the corpus-scope families' ways), with the seed articles, real news, among them.
    /// </summary>
    private static readonly Lazy<List<InputDocument>> Documents = new(() =>
    [
        .. CorpusPassTests.Corpus()
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Select(path => ("seeds/" + Path.GetFileName(path), System.IO.File.ReadAllText(path))))
            .OrderBy(document => document.Item1, StringComparer.Ordinal)
            .Select(document => new InputDocument(document.Item1, () => Encoding.UTF8.GetBytes(document.Item2))),
    ]);

    private static readonly Lazy<(byte[] Bytes, List<string> Report)> WholeCorpus = new(() =>
    {
        var run = new Run();
        var pass = run.Collect(0, Documents.Value.Count, parallelism: 2);
        var bytes = Save(pass);
        return (bytes, run.Report(pass));
    });

    [Theory]
    [InlineData("CL1008")]
    [InlineData("CL3001")]
    [InlineData("CL2002")]
    [InlineData("CL2003")]
    [InlineData("CL2004")]
    [InlineData("CL3003")]
    [InlineData("discovery")]
    public void A_saved_and_loaded_state_reports_what_the_pass_in_memory_reports(string what)
    {
        var run = new Run();
        var loaded = run.Start();
        loaded.Load(new MemoryStream(WholeCorpus.Value.Bytes), File, Stamp);

        var expected = WholeCorpus.Value.Report.Where(line => line.StartsWith(what + " ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, run.Report(loaded).Where(line => line.StartsWith(what + " ", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_shipped_rules_that_look_across_documents_are_one_of_each_kind_tested_here()
    {
        Assert.Equal(
            ["CL1008 LeftoverCounts", "CL2002 DocumentSignatures", "CL2004 ParagraphCounts", "CL3001 SpellingCounts", "CL3003 SpellingCounts"],
            Header(WholeCorpus.Value.Bytes).Analyzers.Where(analyzer => analyzer.RuleId.Length > 0).Select(analyzer => $"{analyzer.RuleId} {analyzer.Kind}"));
    }

    [Fact]
    public void The_header_says_what_the_state_holds_and_depends_on()
    {
        var header = Header(WholeCorpus.Value.Bytes);

        Assert.Equal(CorpusStateStamp.ThisVersion, header.ToolVersion);
        Assert.Equal(Configuration, header.Configuration);
        Assert.Equal(Documents.Value.Count, header.Documents);
        Assert.Equal((0, Documents.Value.Count - 1), (header.FirstOrdinal, header.LastOrdinal));
        Assert.Equal(["CL1008", "CL2002", "CL2004", "CL3001", "CL3003"], header.Rules.Select(rule => rule.Id));
        Assert.Equal(["/DiscoveryState/1", "CL1008/LeftoverCounts/2", "CL2002/DocumentSignatures/2", "CL2004/ParagraphCounts/2", "CL3001/SpellingCounts/2", "CL3003/SpellingCounts/2"], header.Analyzers.Select(a => $"{a.RuleId}/{a.Kind}/{a.SchemaVersion}"));
    }

    [Fact]
    public void A_saved_share_says_which_share_of_which_corpus_it_holds()
    {
        using var stream = new MemoryStream();
        new Run().Collect(0, 10, parallelism: 1).Save(stream, Stamp, new CorpusShare(2, 3, "0f1e"));

        Assert.Equal(new CorpusShare(2, 3, "0f1e"), Header(stream.ToArray()).Share);
        Assert.Equal(new CorpusShare(1, 1, string.Empty), Header(WholeCorpus.Value.Bytes).Share);
    }

    [Theory]
    [InlineData("1/3 2/3 3/3", null)]
    [InlineData("", "state: holds no state file")]
    [InlineData("1/3 3/3", "state: share 2 of 3 is missing; run them, then merge")]
    [InlineData("2/4", "state: shares 1, 3, 4 of 4 are missing; run them, then merge")]
    [InlineData("1/2 2/2 2/2", "state: holds share 2 (c.2-of-2, c.2-of-2) more than once")]
    [InlineData("1/2 2/2 1/3", "state: holds the states of 2 different runs or corpora: c.1-of-2, c.2-of-2 (2 shares); c.1-of-3 (3 shares); keep one run's files")]
    public void Shares_merge_only_when_every_share_of_one_corpus_is_there_once(string shares, string? refusal)
    {
        var files = shares.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(share => share.Split('/'))
            .Select(share => ($"c.{share[0]}-of-{share[1]}", new CorpusShare(int.Parse(share[0], CultureInfo.InvariantCulture), int.Parse(share[1], CultureInfo.InvariantCulture), "key")))
            .ToList();

        var exception = Record.Exception(() => CorpusShare.CheckComplete("state", files));

        Assert.Equal(refusal, exception?.Message);
    }

    [Fact]
    public void Judged_against_a_saved_corpus_only_the_documents_judged_are_reported_and_a_copy_names_the_saved_original()
    {
        var engine = new LintEngine(Rules.Value);
        var pass = engine.StartCorpus();
        pass.Load(new MemoryStream(WholeCorpus.Value.Bytes), File, Stamp);
        var original = Documents.Value.First(document => document.Path.StartsWith("seeds/", StringComparison.Ordinal));
        var judged = Documents.Value.Count;
        Runs.LintAll(engine, [original with { Path = "staged/copy.txt", Source = "staged" }], 1, pass, judged);

        var findings = engine.FinishCorpus(pass, reportFrom: judged);

        Assert.Equal(
            [$"CL2002 staged/copy.txt {original.Path}(1,1): first occurrence"],
            findings.Select(d => $"{d.Id} {d.Path} {string.Join(';', d.RelatedLocations.Select(r => $"{r.Path}({r.Location.Start.Line + 1},{r.Location.Start.Column + 1}): {r.Message}"))}"));
    }

    [Fact]
    public void Saving_twice_and_saving_what_was_loaded_give_the_same_bytes()
    {
        var run = new Run();
        var pass = run.Collect(0, Documents.Value.Count, parallelism: 1);
        var first = Save(pass);
        var second = Save(pass);
        var loaded = run.Start();
        loaded.Load(new MemoryStream(first), File, Stamp);

        Assert.Equal(first, second);
        Assert.Equal(first, Save(loaded));
    }

    [Fact]
    public void Parallelism_1_and_2_give_the_same_bytes()
    {
        var run = new Run();

        Assert.Equal(Save(run.Collect(0, Documents.Value.Count, parallelism: 1)), WholeCorpus.Value.Bytes);
    }

    [Theory]
    [InlineData("(a+b)+c")]
    [InlineData("a+(b+c)")]
    [InlineData("(c+a)+b")]
    public void Three_parts_merged_in_any_order_and_grouping_give_the_bytes_and_report_of_one_pass(string grouping)
    {
        var run = new Run();
        var count = Documents.Value.Count;
        var parts = new Dictionary<char, byte[]>
        {
            ['a'] = Save(run.Collect(0, count / 3, parallelism: 2)),
            ['b'] = Save(run.Collect(count / 3, 2 * count / 3, parallelism: 2)),
            ['c'] = Save(run.Collect(2 * count / 3, count, parallelism: 1)),
        };
        byte[] Merge(params byte[][] states)
        {
            var pass = run.Start();
            foreach (var state in states)
            {
                pass.Load(new MemoryStream(state), File, Stamp);
            }

            return Save(pass);
        }

        var merged = grouping switch
        {
            "(a+b)+c" => Merge(Merge(parts['a'], parts['b']), parts['c']),
            "a+(b+c)" => Merge(parts['a'], Merge(parts['b'], parts['c'])),
            _ => Merge(Merge(parts['c'], parts['a']), parts['b']),
        };
        var reported = run.Start();
        reported.Load(new MemoryStream(merged), File, Stamp);

        Assert.Equal(WholeCorpus.Value.Bytes, merged);
        Assert.Equal(WholeCorpus.Value.Report, run.Report(reported));
    }

    [Fact]
    public void Passes_merged_in_memory_save_what_one_pass_saves()
    {
        var run = new Run();
        var count = Documents.Value.Count;
        var later = run.Collect(count / 2, count, parallelism: 2);
        var merged = run.Collect(0, count / 2, parallelism: 1);
        merged.Merge(later);

        Assert.Equal(count, merged.Documents);
        Assert.Equal(WholeCorpus.Value.Bytes, Save(merged));
    }

    [Fact]
    public void A_state_of_another_rule_set_is_refused_naming_the_rule_that_changed()
    {
        var rules = ShippedRuleFiles().Select(file => file.Path.EndsWith("duplication.yaml", StringComparison.Ordinal)
            ? file with { Text = file.Text.Replace("min_similarity: 80", "min_similarity: 81", StringComparison.Ordinal) }
            : file).ToArray();
        Assert.NotEqual(ShippedRuleFiles().Select(file => file.Text), rules.Select(file => file.Text));
        var other = new Run(Load(rules)).Start();

        AssertRefused(WholeCorpus.Value.Bytes, other, $"{File}: made by corpuslint {CorpusStateStamp.ThisVersion} with another rule set: CL2002 changed");
    }

    [Fact]
    public void A_state_is_refused_by_a_rule_set_with_a_rule_more_or_less_naming_them()
    {
        var withoutLeftovers = new Run(Load([.. ShippedRuleFiles().Select(file => file with { Text = file.Text.Replace("kind: leftover", "kind: leftover\n    files: ['none/*']", StringComparison.Ordinal) })])).Start();
        var pass = new Run(Load([.. ShippedRuleFiles().Where(file => !file.Path.EndsWith("duplication.yaml", StringComparison.Ordinal))])).Start();

        AssertRefused(WholeCorpus.Value.Bytes, withoutLeftovers, $"{File}: made by corpuslint {CorpusStateStamp.ThisVersion} with another rule set: CL1008 changed");
        AssertRefused(WholeCorpus.Value.Bytes, pass, $"{File}: made by corpuslint {CorpusStateStamp.ThisVersion} with another rule set: CL2002 is not loaded here, CL2004 is not loaded here");
        var fewer = new MemoryStream();
        pass.Save(fewer, Stamp);
        AssertRefused(fewer.ToArray(), new Run().Start(), $"{File}: made by corpuslint {CorpusStateStamp.ThisVersion} with another rule set: CL2002 is not in the file, CL2004 is not in the file");
    }

    [Fact]
    public void The_same_rules_written_another_way_have_the_same_fingerprints()
    {
        var plain = Load(Rule("duplicate-document", "min_words: 10\nnear:\n  id: CL1002\n  message: near\n  severity: warning", id: "CL1001"));
        var reordered = Load("""
            rules:
              - near: { severity: "warning", message: 'near', id: CL1002 }
                min_words: '10'
                severity: warning
                category: "Spelling"
                message: "'{match}'"
                title: Test rule
                kind: duplicate-document
                id: CL1001
            """);
        var changed = Load(Rule("duplicate-document", "min_words: 11\nnear:\n  id: CL1002\n  message: near\n  severity: warning", id: "CL1001"));

        Assert.Equal(plain.Rules[0].Fingerprint, reordered.Rules[0].Fingerprint);
        Assert.NotEqual(plain.Rules[0].Fingerprint, changed.Rules[0].Fingerprint);
    }

    [Fact]
    public void A_state_of_another_tool_version_is_refused()
    {
        var pass = new Run().Collect(0, 10, parallelism: 1);
        var bytes = Save(pass, Stamp with { ToolVersion = "0.0.9" });

        AssertRefused(bytes, new Run().Start(), $"{File}: made by corpuslint 0.0.9; this is corpuslint {CorpusStateStamp.ThisVersion}, which reads only its own states");
    }

    [Fact]
    public void A_state_of_another_configuration_is_refused_naming_each_setting_that_differs()
    {
        var bytes = Save(new Run().Collect(0, 10, parallelism: 1));
        var other = Stamp with { Configuration = new Dictionary<string, string>(StringComparer.Ordinal) { ["encoding"] = "windows-1256", ["severity CL2002"] = "error" } };

        var refusal = Assert.Throws<CorpusStateException>(() => new Run().Start().Load(new MemoryStream(bytes), File, other));

        Assert.Equal($"{File}: made with another configuration: encoding is 'utf-8' there, 'windows-1256' here; severity CL2002 is not set there, 'error' here; source is 'folder' there, not set here", refusal.Message);
    }

    [Fact]
    public void A_state_of_another_format_version_is_refused()
    {
        var bytes = WholeCorpus.Value.Bytes.ToArray();
        bytes[8] = 1;

        AssertRefused(bytes, new Run().Start(), $"{File}: written by format version 1, this build reads 2");
    }

    [Fact]
    public void A_state_of_an_older_schema_is_refused_naming_it()
    {
        // A file of the build before the sketched signatures: the header gives each state's schema version, then its
        // length, as varints; the signatures' version is set back to 1 and the checksum made again.
        var bytes = WholeCorpus.Value.Bytes.ToArray();
        var length = Header(bytes).Analyzers.Single(analyzer => analyzer.Kind == nameof(DocumentSignatures)).Bytes;
        List<byte> versionAndLength = [2];
        for (var rest = (uint)length; ; rest >>= 7)
        {
            versionAndLength.Add((byte)(rest >= 0x80 ? rest | 0x80 : rest));
            if (rest < 0x80)
            {
                break;
            }
        }

        bytes[bytes.AsSpan().IndexOf(versionAndLength.ToArray())] = 1;
        System.IO.Hashing.XxHash128.Hash(bytes.AsSpan(36), bytes.AsSpan(20, 16));

        AssertRefused(bytes, new Run().Start(), $"{File}: its DocumentSignatures state of CL2002 has schema version 1, this build reads 2");
    }

    [Fact]
    public void A_state_with_a_flipped_byte_is_refused_by_its_checksum()
    {
        var bytes = WholeCorpus.Value.Bytes.ToArray();
        bytes[bytes.Length / 2] ^= 0x10;

        AssertRefused(bytes, new Run().Start(), $"{File}: checksum mismatch: the file is damaged");
    }

    [Fact]
    public void A_truncated_state_is_refused_saying_where_it_ends()
    {
        var bytes = WholeCorpus.Value.Bytes;

        AssertRefused(bytes[..1000], new Run().Start(), $"{File}: the file is damaged (truncated at byte 1000 of {bytes.Length})");
        AssertRefused(bytes[..20], new Run().Start(), $"{File}: the file is damaged (truncated at byte 20, within its 36-byte preamble)");
        AssertRefused(bytes[..3], new Run().Start(), $"{File}: the file is damaged (truncated at byte 3, within its 36-byte preamble)");
    }

    [Fact]
    public void A_file_that_is_not_a_state_is_refused()
    {
        AssertRefused("{\"diagnostics\": []}"u8.ToArray(), new Run().Start(), $"{File}: not a corpuslint state file (it does not start with the bytes of one)");
        AssertRefused([], new Run().Start(), $"{File}: not a corpuslint state file (it does not start with the bytes of one)");
    }

    [Fact]
    public void A_state_without_the_analysis_a_run_collects_is_refused_and_one_it_does_not_collect_is_skipped()
    {
        var rulesOnly = new LintEngine(Rules.Value);
        var withoutDiscovery = rulesOnly.StartCorpus();
        Runs.LintAll(rulesOnly, Documents.Value, 1, withoutDiscovery);
        var bytes = Save(withoutDiscovery);

        AssertRefused(bytes, new Run().Start(), $"{File}: holds no DiscoveryState state, which this run collects");

        var skipping = rulesOnly.StartCorpus();
        skipping.Load(new MemoryStream(WholeCorpus.Value.Bytes), File, Stamp);
        Assert.Equal(bytes, Save(skipping));
    }

    [Fact]
    public void A_finished_pass_takes_no_state_and_a_refused_state_leaves_the_pass_as_it_was()
    {
        var run = new Run();
        var pass = run.Collect(0, 10, parallelism: 1);
        var before = Save(pass);

        Assert.Throws<InvalidOperationException>(() => pass.Load(new MemoryStream(WholeCorpus.Value.Bytes), File, Stamp));
        var open = run.Collect(0, 10, parallelism: 1);
        Assert.Throws<CorpusStateException>(() => open.Load(new MemoryStream(WholeCorpus.Value.Bytes[..100]), File, Stamp));
        Assert.Equal(before, Save(open));
    }

    [Fact]
    public void A_damaged_state_that_passes_its_checksum_is_refused_with_an_error_or_loads_never_with_another_exception()
    {
        // A small state with something in each part, so that every part is damaged somewhere.
        var bytes = Save(new Run().Collect(0, 60, parallelism: 1));
        Assert.All(Header(bytes).Analyzers, analyzer => Assert.True(analyzer.Bytes > 4, analyzer.Name));
        var random = new Random(19);
        var refused = 0;
        for (var trial = 0; trial < 120; trial++)
        {
            // A byte of the body changed, or the body cut short, and the checksum made to match: only parsing can tell.
            var forged = trial % 3 == 0 ? bytes[..random.Next(CorpusStateFile.PreambleLength, bytes.Length)] : bytes.ToArray();
            if (trial % 3 != 0)
            {
                forged[random.Next(CorpusStateFile.PreambleLength, forged.Length)] = (byte)random.Next(256);
            }

            BitConverter.TryWriteBytes(forged.AsSpan(12), (ulong)(forged.Length - CorpusStateFile.PreambleLength));
            System.IO.Hashing.XxHash128.Hash(forged.AsSpan(CorpusStateFile.PreambleLength), forged.AsSpan(20, 16));
            try
            {
                new Run().Start().Load(new MemoryStream(forged), File, Stamp);
            }
            catch (CorpusStateException refusal)
            {
                Assert.StartsWith($"{File}: ", refusal.Message, StringComparison.Ordinal);
                refused++;
            }
        }

        Assert.InRange(refused, 40, 120);
    }

    private static void AssertRefused(byte[] bytes, CorpusPass pass, string message)
    {
        var refusal = Assert.Throws<CorpusStateException>(() => pass.Load(new MemoryStream(bytes), File, Stamp));
        Assert.Equal(message, refusal.Message);
    }

    private static byte[] Save(CorpusPass pass, CorpusStateStamp? stamp = null)
    {
        using var stream = new MemoryStream();
        pass.Save(stream, stamp ?? Stamp);
        return stream.ToArray();
    }

    private static CorpusStateHeader Header(byte[] bytes) => CorpusStateHeader.Read(new MemoryStream(bytes), File);

    private static RuleFile[] ShippedRuleFiles() =>
    [
        .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "rules"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(path => new RuleFile(path, System.IO.File.ReadAllText(path))),
    ];

    /// <summary>The rules' engine with discovery alongside, as a corpus report runs them.</summary>
    private sealed class Run(RuleSet? rules = null)
    {
        private readonly RuleSet _rules = rules ?? Rules.Value;
        private readonly LintEngine _engine = new(rules ?? Rules.Value);
        private readonly CorpusCollector<DiscoveryState> _discovery = new(() => new DiscoveryState());

        public CorpusPass Start() => _engine.StartCorpus(_discovery);

        /// <summary>A pass over documents <paramref name="first"/> to <paramref name="end"/> − 1, with their places in the whole corpus.</summary>
        public CorpusPass Collect(int first, int end, int parallelism)
        {
            var pass = Start();
            Runs.LintAll(_engine, Documents.Value[first..end], parallelism, pass, first);
            return pass;
        }

        /// <summary>Every finding across documents, and what discovery makes of the corpus, one line each.</summary>
        public List<string> Report(CorpusPass pass)
        {
            var lines = _engine.FinishCorpus(pass).Select(Show).ToList();

            // What reports read from the states besides findings: spelling counts (a rule of document scope reports none) and duplicate clusters.
            foreach (var rule in _rules.Rules)
            {
                lines.AddRange(rule switch
                {
                    ConsistencyRule spelling => [$"{rule.Descriptor.Id} counts {JsonSerializer.Serialize(spelling.Counts(pass))}"],
                    DuplicateDocumentRule duplicates => [$"{rule.Descriptor.Id} clusters {JsonSerializer.Serialize(duplicates.Clusters(pass))}"],
                    _ => [],
                });
            }

            var discovery = pass.StateOf<DiscoveryState>(_discovery);
            lines.Add("discovery words " + string.Join(',', discovery.Words.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}:{pair.Value}")));
            lines.Add("discovery variants " + JsonSerializer.Serialize(VariantDiscovery.Discover(discovery.Variants, new ListedSpellings(Rules.Value))));
            lines.Add("discovery boilerplate " + JsonSerializer.Serialize(BoilerplateDiscovery.Discover(discovery.Leftovers!, _ => false)));
            return lines;
        }

        private static string Show(Diagnostic d) =>
            $"{d.Id} {d.Severity} {d.Path} {d.Span.Start}+{d.Span.Length} {d.Location} «{d.MatchedText}» {d.LineKey} {d.Message} [{string.Join(';', d.RelatedLocations)}] "
            + string.Join(';', d.Fix?.Edits.Select(edit => $"{edit.Span.Start}+{edit.Span.Length}>{edit.NewText}@{edit.Location}") ?? []);
    }
}
