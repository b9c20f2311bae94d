using System.Text;
using System.Text.Unicode;
using Linter.Core.Text;

namespace Linter.Core.Tests.Text;

/// <summary>
/// The transcoder must give what .NET's gives on every input: the same status, bytes read, characters written and
/// characters, with its blocks of 32 bytes and without them.
/// </summary>
public class Utf8TranscoderTests
{
    // Bytes that start or break sequences, and bytes of Arabic letters (D8-D9 with their continuations).
    private static readonly byte[] Awkward = [0x00, 0x0A, 0x20, 0x41, 0x7F, 0x80, 0xA7, 0xBF, 0xC0, 0xC1, 0xC2, 0xD8, 0xD9, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF];

    private static readonly byte[] Article = File.ReadAllBytes(
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal).First());

    public static TheoryData<bool> BothPaths => [true, false];

    [Theory]
    [MemberData(nameof(BothPaths))]
    public void Every_length_up_to_100_of_random_bytes_decodes_as_dotnet_does(bool vectorized)
    {
        var random = new Random(21);
        for (var length = 0; length <= 100; length++)
        {
            for (var sample = 0; sample < 200; sample++)
            {
                AssertAsDotNet(RandomBytes(random, length), vectorized);
            }
        }
    }

    [Theory]
    [MemberData(nameof(BothPaths))]
    public void Random_valid_text_of_every_character_width_decodes_as_dotnet_does(bool vectorized)
    {
        var random = new Random(1256);
        for (var sample = 0; sample < 2000; sample++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 120);
            for (var i = 0; i < length; i++)
            {
                // Mostly Arabic and ASCII, as news is, with the other widths in between.
                text.Append(random.Next(10) switch
                {
                    < 5 => (char)random.Next(0x0621, 0x064B),
                    < 7 => (char)random.Next(0x20, 0x7F),
                    7 => (char)random.Next(0x80, 0x800),
                    8 => (char)random.Next(0x800, 0xD800),
                    _ => char.ConvertFromUtf32(random.Next(0x10000, 0x110000)),
                });
            }

            AssertAsDotNet(Encoding.UTF8.GetBytes(text.ToString()), vectorized);
        }
    }

    [Theory]
    [MemberData(nameof(BothPaths))]
    public void A_real_article_decodes_as_dotnet_does(bool vectorized)
    {
        AssertAsDotNet(Article, vectorized);
    }

    [Theory]
    [MemberData(nameof(BothPaths))]
    public void A_real_article_mutated_at_every_place_of_its_first_blocks_decodes_as_dotnet_does(bool vectorized)
    {
        // Every place of the first three blocks of 32 bytes and of three blocks in the middle, so that each mutation
        // falls at every place of a block, and before and after the byte a block reads past its end.
        var middle = Article.Length / 2 / 32 * 32;
        foreach (var at in Enumerable.Range(0, 96).Concat(Enumerable.Range(middle, 96)))
        {
            AssertAsDotNet(Article[..at], vectorized);
            AssertAsDotNet([.. Article[..at], .. Article[(at + 1)..]], vectorized);
            AssertAsDotNet([.. Article[..at], Article[at + 1], Article[at], .. Article[(at + 2)..]], vectorized);
            foreach (var inserted in (byte[])[0xC0, 0xE0, 0xF0, 0x80, 0xBF, 0xD9, 0xFF])
            {
                AssertAsDotNet([.. Article[..at], inserted, .. Article[at..]], vectorized);
                AssertAsDotNet([.. Article[..at], inserted, .. Article[(at + 1)..]], vectorized);
            }
        }
    }

    [Theory]
    [MemberData(nameof(BothPaths))]
    public void Real_text_with_its_bytes_flipped_at_random_decodes_as_dotnet_does(bool vectorized)
    {
        var random = new Random(8);
        for (var sample = 0; sample < 2000; sample++)
        {
            var start = random.Next(Article.Length - 200);
            var bytes = Article[start..(start + random.Next(200))];
            for (var flips = random.Next(1, 4); flips > 0 && bytes.Length > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] = Awkward[random.Next(Awkward.Length)];
            }

            AssertAsDotNet(bytes, vectorized);
        }
    }

    /// <summary>Random bytes, most of them Arabic letters and ASCII, the others any byte.</summary>
    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new List<byte>(length + 1);
        while (bytes.Count < length)
        {
            switch (random.Next(8))
            {
                case < 4:
                    bytes.AddRange([(byte)random.Next(0xD8, 0xDA), (byte)random.Next(0x80, 0xC0)]);
                    break;
                case < 6:
                    bytes.Add((byte)random.Next(0x20, 0x7F));
                    break;
                case 6:
                    bytes.Add(Awkward[random.Next(Awkward.Length)]);
                    break;
                default:
                    bytes.Add((byte)random.Next(256));
                    break;
            }
        }

        return [.. bytes.Take(length)];
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> into room for every byte, and into room for only the characters .NET's
    /// transcoder writes given that, and compares with .NET's transcoder given the same room.
    /// </summary>
    private static void AssertAsDotNet(byte[] bytes, bool vectorized)
    {
        Utf8.ToUtf16(bytes, new char[bytes.Length], out _, out var fitting, replaceInvalidSequences: false);
        foreach (var room in (int[])[bytes.Length, fitting])
        {
            var expected = new char[room];
            var expectedStatus = Utf8.ToUtf16(bytes, expected, out var expectedRead, out var expectedWritten, replaceInvalidSequences: false);
            var actual = new char[room];
            var status = Utf8Transcoder.ToUtf16(bytes, actual, vectorized, out var read, out var written);

            var described = Convert.ToHexString(bytes);
            Assert.True(
                (expectedStatus, expectedRead, expectedWritten) == (status, read, written),
                $"{described} into {room}: .NET {expectedStatus} {expectedRead} {expectedWritten}, here {status} {read} {written}");
            Assert.True(expected.AsSpan(0, written).SequenceEqual(actual.AsSpan(0, written)), $"{described}: other characters");
        }
    }
}
