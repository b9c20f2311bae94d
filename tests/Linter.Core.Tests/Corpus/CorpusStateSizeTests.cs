using Linter.Core.Corpus;
using Linter.Core.Diagnostics;
using static Linter.Core.Tests.TestSupport;
using Linter.Core.Pipeline;

namespace Linter.Core.Tests.Corpus;

/// <summary>
/// The corpus states hold a fixed number of small values a document or a paragraph, never its text, counted by
/// what they hold. The bytes those values take are measured by <c>bench/memory.sh</c>, not here: the heap is the
/// whole process's.
/// </summary>
public sealed class CorpusStateSizeTests
{
    [Fact]
    public void States_hold_a_fixed_number_of_values_per_document()
    {
        var (texts, _) = NearDuplicateCorpus.Generate(originals: 4_000, copies: 0, seed: 3);
        var signatures = new DocumentSignatures(3, 10);
        var paragraphs = new ParagraphCounts(12);
        for (var i = 0; i < texts.Count; i++)
        {
            var document = CorpusDocument.Create(i, $"outlet/{i:D5}.txt", "outlet", texts[i]);
            signatures.Collect(document);
            paragraphs.Collect(document);
        }

        var longParagraphs = texts.Sum(text => text.Split('\n').Count(line => line.Split(' ').Length >= 12));
        Assert.Equal(texts.Count, signatures.Count);
        Assert.Equal(signatures.Count * (long)MinHash.Length, signatures.SignatureValues);
        Assert.InRange(paragraphs.Places, 1, longParagraphs);
        Assert.InRange(paragraphs.Holders, 1, texts.Count);
    }

    [Fact]
    public void The_finding_tally_keeps_a_counter_per_id_and_severity_a_document()
    {
        var (texts, _) = NearDuplicateCorpus.Generate(originals: 4_000, copies: 0, seed: 3);
        var engine = new LintEngine(LoadShippedRules());
        var tally = new FindingTally(worstKept: 25);
        var expected = 0L;
        for (var i = 0; i < texts.Count; i++)
        {
            var diagnostics = engine.LintText($"outlet/{i:D5}.txt", texts[i]);
            tally.Add(i, $"outlet/{i:D5}.txt", diagnostics);
            expected += diagnostics.Where(d => d.Severity >= Severity.Suggestion).Select(d => (d.Id, d.Severity)).Distinct().Count();
        }

        Assert.Equal(texts.Count, tally.Documents);
        Assert.Equal(expected, tally.Counters);
        Assert.True(tally.Counters < tally.Total, $"{tally.Counters} counters for {tally.Total} findings");
    }
}
