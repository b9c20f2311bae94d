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
        Assert.Equal(WordShingles.WordRanges(normalized).Select(range => StableHash.Of(normalized.AsSpan(range))), WordHashes(normalized));
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

    [Theory]
    [InlineData("قمة بوتين، كيم.", "قمة بوتين، كيم.")]
    [InlineData("قمة بوتين، كيم.", "  قمة   بوتين،\n\nكيم. \n")]
    [InlineData("قمة بوتين، كيم.", "قمة \n \n بوتين، \nكيم.")]
    [InlineData("", " \n ")]
    public void The_key_of_a_text_ignores_its_spacing(string a, string b)
    {
        Assert.Equal(WordShingles.Read(a, []), WordShingles.Read(b, []));
    }

    [Theory]
    [InlineData("قمة بوتين", "قمة  بوتين.")]
    [InlineData("قمة بوتين", "قمةبوتين")]
    [InlineData("قمة بوتين", "بوتين قمة")]
    [InlineData("قمة، بوتين", "قمة ،بوتين")]
    [InlineData("a", "")]
    public void The_key_of_a_text_tells_texts_apart_in_anything_but_spacing(string a, string b)
    {
        Assert.NotEqual(WordShingles.Read(a, []), WordShingles.Read(b, []));
    }

    [Fact]
    public void Shingle_hashes_are_each_shingles_words_combined_in_order_at_any_length()
    {
        // Shingles are hashed a vector of them at a time, and the last few one at a time: every length of text, up
        // to several vectors, against the definition.
        var shingles = new List<ulong>();
        for (var length = 0; length <= 40; length++)
        {
            var words = Enumerable.Range(1, length).Select(i => StableHash.Mix((ulong)i)).ToArray();
            for (var k = 1; k <= 5; k++)
            {
                WordShingles.Hashes(words, k, shingles);

                var expected = Enumerable.Range(0, length == 0 ? 0 : Math.Max(1, length - k + 1))
                    .Select(start => words.Skip(start).Take(k).Aggregate((ulong)k, StableHash.Combine));
                Assert.Equal(expected, shingles);
            }
        }
    }

    [Fact]
    public void Reading_into_lists_that_held_a_longer_text_gives_what_fresh_lists_get()
    {
        const string Long = "وصل زعيم كوريا الشمالية إلى روسيا عبر قطاره المصفح في زيارة تستمر أياما";
        const string Short = "أكد الكرملين الجمعة";
        List<ulong> words = [], shingles = [];
        WordShingles.Read(Long, words);
        WordShingles.Hashes(CollectionsMarshal.AsSpan(words), 3, shingles);

        var key = WordShingles.Read(Short, words);
        WordShingles.Hashes(CollectionsMarshal.AsSpan(words), 3, shingles);

        Assert.Equal(WordShingles.Read(Short, []), key);
        Assert.Equal(WordHashes(Short), words);
        Assert.Equal(Shingles(Short), shingles);
    }

    private static List<ulong> WordHashes(string normalized)
    {
        var hashes = new List<ulong>();
        WordShingles.Read(normalized, hashes);
        return hashes;
    }

    private static List<ulong> Shingles(string normalized)
    {
        var shingles = new List<ulong>();
        WordShingles.Hashes(CollectionsMarshal.AsSpan(WordHashes(normalized)), 3, shingles);
        return shingles;
    }
}
