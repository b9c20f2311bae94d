using Linter.Core.Corpus;

namespace Linter.Core.Tests.Corpus;

public sealed class MinHashTests
{
    [Fact]
    public void A_signature_is_the_same_on_every_machine()
    {
        // Signatures made on different machines are merged and compared, so they may not depend on the processor's
        // vector width: this one was made one function at a time, without vectors.
        var shingles = Enumerable.Range(1, 500).Select(i => (ulong)i * 0x9e3779b97f4a7c15).ToArray();

        var signature = MinHash.Signature(shingles);

        Assert.Equal(MinHash.Length, signature.Length);
        Assert.Equal(ExpectedSum, signature.Sum(value => (long)value));
        Assert.Equal(ExpectedPrefix, string.Join(' ', signature.Take(8)));
    }

    [Theory]
    [InlineData(1, 1_042_892_652)]
    [InlineData(3, 1_072_627_349)]
    [InlineData(7, 1_101_643_137)]
    [InlineData(1_000, 1_014_186_731)]
    public void Every_number_of_a_signature_is_in_its_place_for_sets_of_any_size(int size, long weightedSum)
    {
        // Each number weighed by its place, so that two numbers swapped or one computed from the wrong function
        // changes the sum. Pinned from signatures made one shingle at a time, with the functions a vector at a time.
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

    private const string ExpectedPrefix = "27173 13986 4176 58424 58739 34312 48703 5436";
    private const long ExpectedSum = 8_650_899;
}
