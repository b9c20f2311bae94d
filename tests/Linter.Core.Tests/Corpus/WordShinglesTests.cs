using System.Runtime.InteropServices;
using Linter.Core.Corpus;

namespace Linter.Core.Tests.Corpus;

public sealed class WordShinglesTests
{
    [Theory]
    [InlineData("  «قمة» بوتين-كيم 2024م، ثم.", "قمة|بوتين|كيم|2024م|ثم")]
    [InlineData("قمة", "قمة")]
    [InlineData("،قمة بوتين", "قمة|بوتين")]
    [InlineData(" . ، ", "")]
    [InlineData("", "")]
    public void Words_are_the_runs_of_letters_and_digits(string normalized, string words)
    {
        Assert.Equal(words, string.Join('|', WordShingles.WordRanges(normalized).Select(range => normalized[range])));
        Assert.Equal(WordShingles.WordRanges(normalized).Select(range => StableHash.Of(normalized.AsSpan(range))), WordShingles.WordHashes(normalized));
    }

    [Fact]
    public void Shingle_hashes_are_the_same_on_every_machine()
    {
        // States made by other runs are merged with these, so the values may never change.
        Assert.Equal(
            [0x4af260ca9d13c4a6, 0xd298dff171b6b5af, 0x4e43394f35e9bd8d, 0x4af260ca9d13c4a6],
            Shingles("قمة بوتين كيم قمة بوتين كيم"));
        Assert.Equal([0x6104cfcb990f8a50], Shingles("قمة، بوتين"));
        Assert.Empty(Shingles("، ."));
    }

    private static List<ulong> Shingles(string normalized) =>
        WordShingles.Hashes(CollectionsMarshal.AsSpan(WordShingles.WordHashes(normalized)), 3);
}
