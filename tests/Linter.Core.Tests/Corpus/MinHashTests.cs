using Linter.Core.Corpus;

namespace Linter.Core.Tests.Corpus;

public sealed class MinHashTests
{
    [Fact]
    public void A_signature_is_the_same_on_every_machine()
    {
        // Signatures made on different machines are merged and compared, so they are pinned: these figures come from
        // a separate implementation of the same sketch, in Python, one shingle and one round at a time.
        var shingles = Enumerable.Range(1, 500).Select(i => (ulong)i * 0x9e3779b97f4a7c15).ToArray();

        var signature = MinHash.Signature(shingles);

        Assert.Equal(MinHash.Length, signature.Length);
        Assert.Equal(ExpectedSum, signature.Sum(value => (long)value));
        Assert.Equal(ExpectedPrefix, string.Join(' ', signature.Take(8)));
    }

    [Theory]
    [InlineData(1, 1_037_701_880)]
    [InlineData(3, 1_081_034_648)]
    [InlineData(7, 1_006_437_077)]
    [InlineData(1_000, 1_075_573_054)]
    public void Every_number_of_a_signature_is_in_its_place_for_sets_of_any_size(int size, long weightedSum)
    {
        // Each number weighed by its place, so that two numbers swapped or one computed from the wrong function
        // changes the sum. A set of 1 or 3 shingles fills most bins in the last rounds, one bin at a time; one of 1,000
        // in the first round. Pinned from the same separate implementation.
        ulong[] shingles = size switch
        {
            1 => [42],
            3 => [1, 2, 3],
            7 => [.. Enumerable.Range(1, 7).Select(i => (ulong)i * 0x9e3779b97f4a7c15)],
            _ => [.. Enumerable.Range(0, size).Select(i => ((ulong)i << 40) ^ (ulong)(i * 7919))],
        };

        var signature = MinHash.Signature(shingles);

        Assert.Equal(weightedSum, signature.Select((value, i) => (i + 1) * (long)value).Sum());
    }

    [Fact]
    public void Identical_sets_are_fully_similar_and_disjoint_ones_not()
    {
        var a = MinHash.Signature([.. Enumerable.Range(0, 300).Select(i => (ulong)i)]);
        var b = MinHash.Signature([.. Enumerable.Range(0, 300).Select(i => (ulong)i).Reverse()]);
        var c = MinHash.Signature([.. Enumerable.Range(1_000, 300).Select(i => (ulong)i)]);

        Assert.Equal(1.0, MinHash.Similarity(a, b));
        Assert.InRange(MinHash.Similarity(a, c), 0.0, 0.05);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(40)]
    [InlineData(300)]
    [InlineData(3_000)]
    public void Estimates_of_small_and_large_sets_spread_no_more_than_those_of_256_independent_functions(int size)
    {
        // 200 pairs of sets of the same size with a Jaccard similarity of 0.8 (as close as the size allows): one
        // permutation without densifying by new rounds would spread several times more on the small sets.
        var random = new Random(size);
        var shared = (int)Math.Round(size * 0.8);
        var jaccard = (double)shared / size;
        var errors = new List<double>();
        for (var pair = 0; pair < 200; pair++)
        {
            var union = Enumerable.Range(0, size).Select(_ => (ulong)random.NextInt64()).ToArray();
            var rest = size - shared;
            var a = MinHash.Signature([.. union[..shared], .. union[shared..(shared + (rest / 2))]]);
            var b = MinHash.Signature([.. union[..shared], .. union[(shared + (rest / 2))..]]);
            errors.Add(MinHash.Similarity(a, b) - jaccard);
        }

        var independentSpread = Math.Sqrt(jaccard * (1 - jaccard) / MinHash.Length);
        Assert.InRange(errors.Average(), -0.01, 0.01);
        Assert.InRange(Math.Sqrt(errors.Average(e => e * e)), 0, 1.15 * independentSpread);
    }

    private const string ExpectedPrefix = "48582 33530 43390 31350 38487 1906 56497 9262";
    private const long ExpectedSum = 7_843_962;
}
