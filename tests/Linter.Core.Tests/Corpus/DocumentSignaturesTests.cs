using Xunit.Abstractions;
using Linter.Core.Corpus;

namespace Linter.Core.Tests.Corpus;

public sealed class DocumentSignaturesTests(ITestOutputHelper output)
{
    [Fact]
    public void Finds_injected_near_duplicates_at_0_8_and_above_and_no_pair_below_0_5()
    {
        var (documents, pairs) = NearDuplicateCorpus.Generate(originals: 1_000, copies: 1_000, seed: 7);
        var state = new DocumentSignatures(NearDuplicateCorpus.ShingleWords, minWords: 10);
        for (var i = 0; i < documents.Count; i++)
        {
            state.Collect(CorpusDocument.Create(i, $"doc{i:D5}.txt", string.Empty, documents[i]));
        }

        var reported = state.Clusters(0.8)
            .SelectMany(cluster => cluster.Members.Select(member => (Original: (int)cluster.First.Ordinal, Copy: (int)member.Document.Ordinal, member.Similarity)))
            .ToList();
        var reportedPairs = reported.Select(pair => (pair.Original, pair.Copy)).ToHashSet();

        // A copy is found when it points at its original, or at an earlier copy of the same original.
        var originalOf = pairs.ToDictionary(pair => pair.Copy, pair => pair.Original);
        bool Found(InjectedPair pair) => reported.Any(r => r.Copy == pair.Copy && (r.Original == pair.Original || originalOf.GetValueOrDefault(r.Original, -1) == pair.Original));

        var similar = pairs.Where(pair => pair.Jaccard >= 0.8).ToList();
        Assert.True(similar.Count > 300, $"the corpus should hold many pairs at 0.8 or more, not {similar.Count}");
        var recall = (double)similar.Count(Found) / similar.Count;
        Assert.True(recall >= 0.95, $"found {recall:P1} of the {similar.Count} pairs at Jaccard 0.8 or more");

        var lowest = 1.0;
        foreach (var (original, copy, similarity) in reported)
        {
            var exact = WordShingles.Jaccard(documents[original], documents[copy], NearDuplicateCorpus.ShingleWords);
            lowest = Math.Min(lowest, exact);
            Assert.True(exact >= 0.5, $"doc{copy:D5} was reported as a near duplicate of doc{original:D5} at {similarity:F2}, but their Jaccard similarity is {exact:F2}");
            Assert.True(similarity >= 0.8, $"doc{copy:D5} was reported as a near duplicate of doc{original:D5} at {similarity:F2}, below the threshold");
            Assert.True(Math.Abs(exact - similarity) < 0.1, $"estimated {similarity:F2} for an exact {exact:F2}");
        }

        output.WriteLine($"{documents.Count} documents, {pairs.Count} injected pairs, {similar.Count} at Jaccard 0.8 or more: {recall:P1} found; {reported.Count} reported, the least similar at {lowest:F3}");
    }

    [Fact]
    public void Exact_duplicates_ignore_spacing_and_line_breaks_and_point_at_the_first_in_path_order()
    {
        const string Text = "أكد الكرملين الجمعة عدم توقيع روسيا وكوريا الشمالية أي اتفاقيات بشأن القضايا العسكرية";
        var state = new DocumentSignatures(3, minWords: 10);
        state.Collect(CorpusDocument.Create(2, "c.txt", string.Empty, Text.Replace(" الجمعة ", "\n\nالجمعة  ", StringComparison.Ordinal) + "\n"));
        state.Collect(CorpusDocument.Create(0, "a.txt", string.Empty, "أكّد " + Text[4..]));
        state.Collect(CorpusDocument.Create(1, "b.txt", string.Empty, "وصل زعيم كوريا الشمالية إلى روسيا عبر قطاره المصفح في زيارة تستمر أياما"));
        state.Collect(CorpusDocument.Create(3, "d.txt", string.Empty, "قصير جدا"));

        var cluster = Assert.Single(state.Clusters(null));
        Assert.Equal(new DocumentRef(0, "a.txt"), cluster.First);
        var member = Assert.Single(cluster.Members);
        Assert.Equal(new DuplicateMember(new DocumentRef(2, "c.txt"), 1, Exact: true), member);
    }

    [Fact]
    public void A_document_is_never_the_duplicate_of_one_it_reaches_only_through_a_chain()
    {
        // b is a with one word in ten replaced, c is b with another one in ten: a resembles b and b resembles c,
        // but a and c share little, so c points at b, never at a.
        var (a, b, c) = Edits(words: 60, every: 10);
        Assert.InRange(WordShingles.Jaccard(a, b, 3), 0.5, 0.6);
        Assert.InRange(WordShingles.Jaccard(b, c, 3), 0.5, 0.6);
        Assert.InRange(WordShingles.Jaccard(a, c, 3), 0, 0.3);

        Assert.Equal(["b.txt -> a.txt", "c.txt -> b.txt"], PointsAt(a, b, c));
    }

    [Fact]
    public void A_copy_points_at_its_most_similar_earlier_document_not_the_earliest_similar_one()
    {
        // b is a with one word in twenty replaced, c is b with one more in twenty: c resembles a, but b more.
        var (a, b, c) = Edits(words: 200, every: 20);
        Assert.True(WordShingles.Jaccard(b, c, 3) > WordShingles.Jaccard(a, c, 3) + 0.1);
        Assert.True(WordShingles.Jaccard(a, c, 3) > 0.5);

        Assert.Equal(["b.txt -> a.txt", "c.txt -> b.txt"], PointsAt(a, b, c));
    }

    /// <summary>Three documents: a, b with one word in <paramref name="every"/> replaced, c with one more in as many.</summary>
    private static (string A, string B, string C) Edits(int words, int every)
    {
        var list = Enumerable.Range(0, words).Select(i => "كلمة" + i).ToList();
        return (
            string.Join(' ', list),
            string.Join(' ', list.Select((w, i) => i % every == 0 ? "بدل" + i : w)),
            string.Join(' ', list.Select((w, i) => i % every == 0 ? "بدل" + i : i % every == every / 2 ? "غير" + i : w)));
    }

    /// <summary>Which document each copy points at, a, b and c collected out of path order, at similarity 0.5.</summary>
    private static IEnumerable<string> PointsAt(string a, string b, string c)
    {
        var state = new DocumentSignatures(3, 10);
        state.Collect(CorpusDocument.Create(2, "c.txt", string.Empty, c));
        state.Collect(CorpusDocument.Create(0, "a.txt", string.Empty, a));
        state.Collect(CorpusDocument.Create(1, "b.txt", string.Empty, b));
        return state.Clusters(0.5).SelectMany(cluster => cluster.Members.Select(member => $"{member.Document.Path} -> {cluster.First.Path}")).Order(StringComparer.Ordinal);
    }

    [Fact]
    public void A_document_is_signed_alike_whatever_the_state_collected_before_it()
    {
        // A state reuses its buffers from one document to the next: a long document collected first must leave
        // nothing in the signatures of the shorter ones after it.
        var words = Enumerable.Range(0, 60).Select(i => "كلمة" + i).ToList();
        var a = string.Join(' ', words);
        var b = string.Join(' ', words.Select((w, i) => i % 10 == 0 ? "بدل" + i : w));
        var longer = string.Join(' ', Enumerable.Range(0, 2_000).Select(i => "أخرى" + i));
        var fresh = new DocumentSignatures(3, 10);
        fresh.Collect(CorpusDocument.Create(1, "a.txt", string.Empty, a));
        fresh.Collect(CorpusDocument.Create(2, "b.txt", string.Empty, b));
        var reused = new DocumentSignatures(3, 10);
        reused.Collect(CorpusDocument.Create(0, "long.txt", string.Empty, longer));
        reused.Collect(CorpusDocument.Create(1, "a.txt", string.Empty, a));
        reused.Collect(CorpusDocument.Create(2, "b.txt", string.Empty, b));

        var expected = Assert.Single(Assert.Single(fresh.Clusters(0.5)).Members);
        var cluster = Assert.Single(reused.Clusters(0.5));

        Assert.Equal(new DocumentRef(1, "a.txt"), cluster.First);
        Assert.Equal(expected, Assert.Single(cluster.Members));
    }
}
