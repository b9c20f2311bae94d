using Linter.Core.Corpus;

namespace Linter.Core.Tests.Corpus;

public sealed class PackedTextsTests
{
    /// <summary>Texts short and long, of Arabic, Latin and emoji, enough to fill several blocks, one longer than a block.</summary>
    private static List<string> Texts(int seed)
    {
        var random = new Random(seed);
        var texts = new List<string> { string.Empty, new('ب', 100_000) };
        for (var i = 0; i < 3000; i++)
        {
            var words = Enumerable.Range(0, random.Next(1, 40)).Select(w => random.Next(4) switch
            {
                0 => "الأخبار",
                1 => random.Next(100_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                2 => "news 😀",
                _ => "جَميعُ",
            });
            texts.Add(string.Join(' ', words));
        }

        return texts;
    }

    [Fact]
    public void Every_text_reads_back_as_it_was_kept_in_any_order_after_appending()
    {
        var (first, second) = (Texts(1), Texts(2));
        var packed = new PackedTexts(96);
        var other = new PackedTexts(96);
        var kept = first.Select(text => packed.Add(text)).ToList();
        var keptOther = second.Select(text => other.Add(text)).ToList();
        var moved = packed.Append(other);
        kept.AddRange(keptOther.Select(text => text.After(moved)));
        var expected = first.Concat(second).ToList();

        var reader = packed.Read();
        Assert.Equal(expected, kept.Select(text => reader[text]));
        var order = Enumerable.Range(0, kept.Count).OrderBy(i => (i * 7919) % kept.Count).ToList();
        Assert.Equal(order.Select(i => expected[i]), order.Select(i => reader[kept[i]]));
    }

    [Fact]
    public void Texts_added_after_an_append_read_back_too()
    {
        var packed = new PackedTexts(96);
        var other = new PackedTexts(96);
        var before = packed.Add("قصير");
        var theirs = other.Add(new string('س', 200)).After(packed.Append(other));
        var after = packed.Add(new string('ص', 300));
        var shortAfter = packed.Add("آخر");

        var reader = packed.Read();
        Assert.Equal(["قصير", new string('س', 200), new string('ص', 300), "آخر"], [reader[before], reader[theirs], reader[after], reader[shortAfter]]);
    }
}
