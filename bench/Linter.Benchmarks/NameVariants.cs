using System.Text;

namespace Linter.Benchmarks;

/// <summary>
/// Invented two-word names built from Arabic syllables, each with four transliterations: the g sound as غ or ج,
/// the two words apart or hyphenated. Deterministic, so the corpus and the rules agree on the names.
/// </summary>
public static class NameVariants
{
    private static readonly string[] Syllables =
    [
        "كا", "رو", "مي", "سا", "لو", "تي", "نا", "فو", "زي", "دو", "بي", "شو", "را", "ني", "ما", "سو",
        "لي", "تا", "فا", "دي", "هو", "يا", "خا", "قو", "طي", "صا", "ثو", "ظا",
    ];

    private static readonly string[] GSyllables = ["غو", "غا", "غي", "غر", "غل"];

    private static readonly string[] Endings = ["", "ف", "ن", "ك", "س", "م", "ل", "ر", "ت"];

    /// <summary>A family of spellings of one invented name; <see cref="Forms"/>[0] is the preferred one.</summary>
    /// <param name="Name">A Latin label for messages.</param>
    /// <param name="Forms">Four spellings, distinct once normalized.</param>
    public sealed record Family(string Name, IReadOnlyList<string> Forms);

    /// <summary>The first <paramref name="count"/> families, the same ones on every call.</summary>
    public static IReadOnlyList<Family> Families(int count)
    {
        var random = new Random(20_230_915);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var families = new List<Family>(count);
        while (families.Count < count)
        {
            var first = Word(random, withG: true);
            var last = Word(random, withG: false);
            var forms = new[]
            {
                $"{first} {last}",
                $"{first.Replace('غ', 'ج')} {last}",
                $"{first}-{last}",
                $"{first.Replace('غ', 'ج')}-{last}",
            };

            // Names must be unique across families, and no form may be another family's: the loader refuses both.
            if (forms.Any(form => seen.Contains(form)) || !seen.Add(first + " " + last))
            {
                continue;
            }

            foreach (var form in forms)
            {
                seen.Add(form);
            }

            families.Add(new Family($"Name {families.Count + 1}", forms));
        }

        return families;
    }

    /// <summary>Every form of the first <paramref name="count"/> families, flattened: <paramref name="count"/> × 4 phrases.</summary>
    public static IReadOnlyList<string> Phrases(int count) => [.. Families(count).SelectMany(family => family.Forms)];

    private static string Word(Random random, bool withG)
    {
        var builder = new StringBuilder();
        var syllables = random.Next(2, 4);
        var gAt = withG ? random.Next(syllables) : -1;
        for (var i = 0; i < syllables; i++)
        {
            builder.Append(i == gAt ? GSyllables[random.Next(GSyllables.Length)] : Syllables[random.Next(Syllables.Length)]);
        }

        return builder.Append(Endings[random.Next(Endings.Length)]).ToString();
    }
}
