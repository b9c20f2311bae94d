using Linter.Core.Corpus;

namespace Linter.Core.Tests.Corpus;

public sealed class VariantStateTests
{
    private const int Buckets = 2 * VariantState.ContextBuckets;

    [Fact]
    public void A_profile_with_every_bucket_counts_as_one_with_a_few()
    {
        var counts = new TermCounts();
        for (var round = 0; round < 2; round++)
        {
            for (var bucket = 0; bucket < Buckets; bucket++)
            {
                counts.AddNeighbour(bucket, bucket + 1);
            }
        }

        Assert.Equal(Enumerable.Range(0, Buckets).Select(bucket => 2L * (bucket + 1)), counts.Context!);
    }

    [Fact]
    public void Merging_a_full_profile_and_a_small_one_gives_the_same_counts_either_way()
    {
        var full = new TermCounts();
        var small = new TermCounts();
        for (var bucket = 0; bucket < Buckets; bucket++)
        {
            full.AddNeighbour(bucket, 1);
        }

        small.AddNeighbour(5, 3);
        small.AddNeighbour(40, 7);
        var smallIntoFull = Copy(full);
        smallIntoFull.Add(small, [0]);
        var fullIntoSmall = Copy(small);
        fullIntoSmall.Add(full, [0]);

        var expected = Enumerable.Repeat(1L, Buckets).ToArray();
        expected[5] += 3;
        expected[40] += 7;
        Assert.Equal(expected, smallIntoFull.Context!);
        Assert.Equal(expected, fullIntoSmall.Context!);
    }

    [Fact]
    public void A_neighbour_count_stops_at_its_largest_value()
    {
        var counts = new TermCounts();
        for (var bucket = 0; bucket < Buckets; bucket++)
        {
            counts.AddNeighbour(bucket, 1);
        }

        counts.AddNeighbour(3, int.MaxValue);

        Assert.Equal((1L << 24) - 1, counts.Context![3]);
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
    }

    private static TermCounts Copy(TermCounts counts)
    {
        var copy = new TermCounts();
        copy.Add(counts, [0]);
        return copy;
    }
}
