using Linter.Core.Analysis;

namespace Linter.Core.Tests.Analysis;

public sealed class CharSearchTests
{
    public static TheoryData<string, (char First, char Last)[]> Sets() => new()
    {
        { "one range beyond ASCII", [('\u0660', '\u0669')] },
        { "ASCII and Arabic-Indic digits", [('0', '9'), ('\u0660', '\u0669')] },
        { "three ranges", [('#', '#'), ('0', '9'), ('\u06F0', '\u06F9')] },
        { "four ranges, left to SearchValues", [('#', '#'), ('0', '9'), ('\u0660', '\u0669'), ('\u06F0', '\u06F9')] },
        { "ASCII alone, left to SearchValues", [('0', '9'), ('@', '@')] },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Finds_what_a_scan_character_by_character_finds(string name, (char First, char Last)[] ranges)
    {
        var search = new CharSearch(ranges);
        bool InSet(char c) => ranges.Any(range => c >= range.First && c <= range.Last);
        var inSet = Enumerable.Range(0, 65536).Select(code => (char)code).Where(InSet).ToArray();
        var random = new Random(name.Length);

        // Arabic text with a character of the set now and then, at and around the chunk boundaries too.
        foreach (var length in new[] { 0, 1, 511, 512, 513, 1024, 1500, 5000 })
        {
            foreach (var at in new[] { -1, 0, length / 2, 510, 511, 512, 513, length - 1 }.Where(at => at < length))
            {
                var text = new string([.. Enumerable.Range(0, length).Select(i => i == at ? inSet[random.Next(inSet.Length)] : (char)random.Next('\u0621', '\u064A'))]);
                var runEnd = at < 0 ? -1 : Enumerable.Range(at, length - at).Cast<int?>().FirstOrDefault(i => !InSet(text[i!.Value])) ?? -1;

                Assert.Equal(text.AsSpan().IndexOfAny(inSet), search.IndexOfAny(text));
                Assert.Equal(at >= 0, search.ContainsAny(text));
                if (at >= 0)
                {
                    Assert.Equal(runEnd < 0 ? -1 : runEnd - at, search.IndexOfAnyExcept(text.AsSpan(at)));
                }
            }
        }

        Assert.All(Enumerable.Range(0, 65536).Select(code => (char)code), c => Assert.Equal(InSet(c), search.Contains(c)));
    }

    [Fact]
    public void A_run_of_the_set_ends_at_the_first_character_outside_it()
    {
        var search = new CharSearch([('0', '9'), ('\u0660', '\u0669')]);

        Assert.Equal(4, search.IndexOfAnyExcept("20٢٤ سنة"));
        Assert.Equal(-1, search.IndexOfAnyExcept("2024"));
        Assert.Equal(0, search.IndexOfAnyExcept("سنة"));
    }
}
