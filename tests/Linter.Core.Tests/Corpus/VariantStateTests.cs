using Linter.Core.Corpus;

namespace Linter.Core.Tests.Corpus;

public sealed class VariantStateTests
{
    private const int Buckets = 2 * VariantState.ContextBuckets;

    [Fact]
    public void A_profile_with_every_bucket_counts_as_one_with_a_few()
    {
        var profiles = new NeighbourProfiles();
        var profile = NeighbourProfiles.None;
        for (var round = 0; round < 2; round++)
        {
            for (var bucket = 0; bucket < Buckets; bucket++)
            {
                profile = profiles.Add(profile, bucket, bucket + 1);
            }
        }

        Assert.Equal(Enumerable.Range(0, Buckets).Select(bucket => (bucket, 2 * (bucket + 1))), profiles.Entries(profile));
    }

    [Fact]
    public void Profiles_that_grow_side_by_side_keep_their_own_counts()
    {
        var profiles = new NeighbourProfiles();
        var (a, b) = (NeighbourProfiles.None, NeighbourProfiles.None);
        for (var bucket = 0; bucket < Buckets; bucket++)
        {
            a = profiles.Add(a, bucket, 1);
            if (bucket % 3 == 0)
            {
                b = profiles.Add(b, bucket, 2);
            }
        }

        Assert.Equal(Enumerable.Range(0, Buckets).Select(bucket => (bucket, 1)), profiles.Entries(a));
        Assert.Equal(Enumerable.Range(0, Buckets).Where(bucket => bucket % 3 == 0).Select(bucket => (bucket, 2)), profiles.Entries(b).Order());
    }

    [Fact]
    public void A_neighbour_count_stops_at_its_largest_value()
    {
        var profiles = new NeighbourProfiles();
        var profile = profiles.Add(NeighbourProfiles.None, 3, int.MaxValue);
        profile = profiles.Add(profile, 3, 1);

        Assert.Equal([(3, (1 << 24) - 1)], profiles.Entries(profile));
    }

    [Fact]
    public void Merging_gives_the_counts_and_profiles_of_one_pass_either_way()
    {
        // بوتين beside words of every bucket in one half (a dense profile) and beside few in the other (a short one).
        var documents = Enumerable.Range(0, 200)
            .Select(i => CorpusDocument.Create(i, $"{i % 2}/{i}.txt", $"{i % 2}", i % 2 == 0 ? $"كلمة{Word(i)} بوتين كلمة{Word(i + 7)}" : "بوتين زار كييف"))
            .ToList();
        var whole = Collect(documents);
        var even = Collect(documents.Where((_, i) => i % 2 == 0));
        var odd = Collect(documents.Where((_, i) => i % 2 == 1));
        var evenThenOdd = Collect(documents.Where((_, i) => i % 2 == 0));
        evenThenOdd.Merge(Collect(documents.Where((_, i) => i % 2 == 1)));
        odd.Merge(even);

        Assert.True(whole.Terms["بوتين"].Context!.Count(count => count > 0) > VariantState.ContextBuckets);
        foreach (var merged in new[] { evenThenOdd, odd })
        {
            Assert.Equal(Describe(whole), Describe(merged));
            Assert.Equal(whole.EstimatedBytes, merged.EstimatedBytes);
        }
    }

    [Fact]
    public void A_state_merged_into_an_empty_one_is_taken_whole()
    {
        var part = Collect([CorpusDocument.Create(0, "a/1.txt", "a", "زيلينسكي قال بوتين")]);
        var expected = Describe(Collect([CorpusDocument.Create(0, "a/1.txt", "a", "زيلينسكي قال بوتين")]));
        var empty = new VariantState();

        empty.Merge(part);

        Assert.Equal(expected, Describe(empty));
        Assert.Empty(part.Terms);
    }

    [Fact]
    public void A_document_counts_once_for_each_term_it_holds_before_and_after_a_merge()
    {
        var state = new VariantState();
        var other = new VariantState();
        state.Collect(CorpusDocument.Create(0, "a/1.txt", "a", "زيلينسكي قال زيلينسكي"));
        other.Collect(CorpusDocument.Create(1, "b/2.txt", "b", "زيلينسكي"));
        state.Merge(other);
        state.Collect(CorpusDocument.Create(2, "a/3.txt", "a", "زيلينسكي و زيلينسكي"));

        var counts = state.Terms["زيلينسكي"];
        Assert.Equal((5L, 3L), (counts.Occurrences, counts.Documents));
        Assert.Equal([(0, 4L), (1, 1L)], counts.Sources.Select(source => (source.Id, source.Count)).Order());
    }

    [Fact]
    public void Function_words_are_no_terms_but_count_as_neighbours()
    {
        var state = Collect([CorpusDocument.Create(0, "a/1.txt", "a", "قال زيلينسكي كييف في")]);

        Assert.Equal(["زيلينسكي", "زيلينسكي كييف", "كييف"], state.Terms.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(4, state.Words);
        Assert.Equal(1, state.Terms["زيلينسكي"].Context![VariantState.Bucket("قال")]);
        Assert.Equal(1, state.Terms["كييف"].Context![VariantState.ContextBuckets + VariantState.Bucket("في")]);
        Assert.Null(state.Terms["زيلينسكي كييف"].Context);
    }

    /// <summary>Two letters that differ from one <paramref name="i"/> to the next.</summary>
    private static string Word(int i) => string.Concat((char)('ا' + (i % 20)), (char)('ا' + (i / 20 % 20)));

    private static VariantState Collect(IEnumerable<CorpusDocument> documents)
    {
        var state = new VariantState();
        foreach (var document in documents)
        {
            state.Collect(document);
        }

        return state;
    }

    /// <summary>Every term with its counts, per-source counts by source name, and profile, in a fixed order.</summary>
    private static List<string> Describe(VariantState state) =>
    [
        $"{state.Documents} documents, {state.Words} words",
        .. state.Terms
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => string.Join(
                " ",
                pair.Key,
                pair.Value.Known,
                pair.Value.Occurrences,
                pair.Value.Documents,
                string.Join(",", pair.Value.Sources.Select(source => $"{state.Sources.Names[source.Id]}:{source.Count}").Order(StringComparer.Ordinal)),
                pair.Value.Context is { } context ? string.Join(",", context) : "-")),
    ];
}
