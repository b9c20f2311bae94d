using Linter.Core.Corpus;

namespace Linter.Core.Tests.Corpus;

public sealed class RadixSortTests
{
    public static TheoryData<string, int, int> Inputs() => new()
    {
        { "empty", 0, 1 },
        { "shorter than a radix pass", 200, 50 },
        { "hashes, most of them once", 100_000, 80_000 },
        { "hashes, many of them repeated", 100_000, 3_000 },
        { "one key", 5_000, 1 },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Sorts_by_key_then_by_comparison_like_the_framework(string name, int length, int distinctKeys)
    {
        var random = new Random(length + distinctKeys);
        var keys = Enumerable.Range(0, distinctKeys).Select(_ => unchecked((ulong)random.NextInt64(long.MinValue, long.MaxValue))).ToArray();
        var items = Enumerable.Range(0, length).Select(i => new Keyed(keys[random.Next(distinctKeys)], random.Next(8), i)).ToArray();
        var expected = items.ToArray();
        Array.Sort(expected, (a, b) => a.CompareTo(b));

        RadixSort.Sort(items.AsSpan());

        // Items of one key and identity may come in any order: the sort is not stable.
        Assert.True(expected.Select(i => (i.Key, i.Identity)).SequenceEqual(items.Select(i => (i.Key, i.Identity))), name);
        Assert.Equal(Enumerable.Range(0, length), items.Select(i => i.Id).Order());
    }

    [Fact]
    public void Keys_that_differ_only_in_the_low_bytes_are_sorted()
    {
        var random = new Random(3);
        var items = Enumerable.Range(0, 20_000).Select(i => new Keyed(0xABCD_0000_0000_0000UL | (uint)random.Next(1_000), random.Next(4), i)).ToArray();
        var expected = items.OrderBy(i => i.Key).ThenBy(i => i.Identity).Select(i => (i.Key, i.Identity)).ToArray();

        RadixSort.Sort(items.AsSpan());

        Assert.Equal(expected, items.Select(i => (i.Key, i.Identity)));
    }

    private readonly record struct Keyed(ulong Key, int Identity, int Id) : IRadixSortable<Keyed>
    {
        public ulong RadixKey => Key;

        public int CompareTo(Keyed other) => Key != other.Key ? Key.CompareTo(other.Key) : Identity.CompareTo(other.Identity);
    }
}
