using Linter.Core.Corpus;

namespace Linter.Core.Tests.Corpus;

public sealed class InPlaceSortTests
{
    public static TheoryData<string, int[]> Inputs()
    {
        var random = new Random(7);
        return new TheoryData<string, int[]>
        {
            { "empty", [] },
            { "one", [5] },
            { "two reversed", [2, 1] },
            { "a run of insertion sort's length", [.. Enumerable.Range(0, 16).Reverse()] },
            { "one past it", [.. Enumerable.Range(0, 17).Reverse()] },
            { "sorted", [.. Enumerable.Range(0, 5_000)] },
            { "reversed", [.. Enumerable.Range(0, 5_000).Reverse()] },
            { "all equal", [.. Enumerable.Repeat(3, 5_000)] },
            { "few distinct values", [.. Enumerable.Range(0, 20_000).Select(_ => random.Next(4))] },
            { "random", [.. Enumerable.Range(0, 20_000).Select(_ => random.Next())] },
            { "organ pipe", [.. Enumerable.Range(0, 2_500), .. Enumerable.Range(0, 2_500).Reverse()] },
        };
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Sorts_like_the_framework(string name, int[] input)
    {
        var expected = input.Order().ToArray();
        var sorted = input.ToArray();

        InPlaceSort.Sort(sorted.AsSpan());

        Assert.True(expected.SequenceEqual(sorted), name);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Heapsort_taken_at_once_sorts_too(string name, int[] input)
    {
        var expected = input.Order().ToArray();
        var sorted = input.ToArray();

        InPlaceSort.Sort(sorted.AsSpan(), depthLimit: 0);

        Assert.True(expected.SequenceEqual(sorted), name);
    }

    [Fact]
    public void Keeps_every_item_of_equal_keys()
    {
        var items = Enumerable.Range(0, 3_000).Select(i => new Keyed(i % 3, i)).Reverse().ToArray();

        InPlaceSort.Sort(items.AsSpan());

        Assert.Equal([0, 1, 2], items.Select(i => i.Key).Distinct());
        Assert.True(items.Select(i => i.Key).SequenceEqual(items.Select(i => i.Key).Order()));
        Assert.Equal(Enumerable.Range(0, 3_000), items.Select(i => i.Id).Order());
    }

    private readonly record struct Keyed(int Key, int Id) : IComparable<Keyed>
    {
        public int CompareTo(Keyed other) => Key.CompareTo(other.Key);
    }
}
