using System.Text;

namespace Linter.CorpusGenerator;

/// <summary>
/// Invented foreign names, each written several ways along the axes on which Arabic transliterations of one name
/// differ: the g sound (غ ج ق ك), ch (تش ش), a long vowel written or not inside a word, ة or ه and ى or ي at the end,
/// the hamza of an initial alef, and two words apart, hyphenated or joined. Names are made of syllables, so they are
/// no Arabic word and no name of another family.
/// </summary>
public static class InventedNames
{
    private static readonly string[] Consonants = ["ب", "ت", "د", "ر", "ز", "س", "ف", "ل", "م", "ن", "خ", "ط", "ش", "ص", "ه"];
    private static readonly string[] LongVowels = ["ا", "و", "ي"];
    private static readonly string[] InitialAlefs = ["أ", "ا", "إ"];
    private static readonly string[] Joins = [" ", "-", ""];
    private static readonly string[][] GSounds = [["غ", "ج"], ["غ", "ج", "ق"], ["ك", "غ"], ["ج", "ق"], ["غ", "ك", "ج"]];

    private enum Axis
    {
        GSound,
        Ch,
        InnerVowel,
        FinalTaMarbuta,
        FinalAlefMaqsura,
        InitialHamza,
        Joining,
    }

    /// <summary>
    /// <paramref name="count"/> families, the same for the same <paramref name="random"/> state. A fifth are one
    /// word, half two words, the rest three words.
    /// </summary>
    /// <param name="random">The generator's random source.</param>
    /// <param name="count">How many families.</param>
    /// <param name="reserved">Words the names must not use, such as the seed vocabulary.</param>
    public static IReadOnlyList<IReadOnlyList<string>> Families(Random random, int count, IReadOnlySet<string> reserved)
    {
        // A name must not look like a seed word either, once its varying letters are merged.
        var skeletons = reserved.Select(Skeleton).ToHashSet(StringComparer.Ordinal);
        var families = new List<IReadOnlyList<string>>(count);
        while (families.Count < count)
        {
            var wordCount = families.Count % 5 == 0 ? 1 : families.Count % 5 <= 3 ? 2 : 3;
            var forms = Family(random, wordCount);
            if (forms.Count < 2
                || forms.Any(form => form.Split(' ', '-').Any(reserved.Contains))
                || forms.Select(Skeleton).Distinct().Any(skeleton => !skeletons.Add(skeleton)))
            {
                continue;
            }

            families.Add(forms);
        }

        return families;
    }

    /// <summary>The spellings of one invented name of <paramref name="wordCount"/> words.</summary>
    private static List<string> Family(Random random, int wordCount)
    {
        // Each word is a list of slots: fixed text, or alternatives of which a form picks one.
        var axes = new List<Axis> { (Axis)random.Next(6) };
        if (wordCount > 1 && random.Next(3) == 0)
        {
            // Joined words keep ة and ى inside a word, which no spelling does: joining varies with a letter inside.
            axes[0] = axes[0] is Axis.FinalTaMarbuta or Axis.FinalAlefMaqsura ? Axis.GSound : axes[0];
            axes.Add(Axis.Joining);
        }
        else if (random.Next(2) == 0)
        {
            axes.Add((Axis)random.Next(6));
        }

        var varied = random.Next(wordCount);
        var words = new List<List<string[]>>();
        for (var w = 0; w < wordCount; w++)
        {
            words.Add(Word(random, w == varied ? axes : []));
        }

        var joins = axes.Contains(Axis.Joining) ? Joins[..(2 + random.Next(2))] : [" "];
        var forms = new List<string>();
        foreach (var join in joins)
        {
            foreach (var spelled in Expand(words))
            {
                forms.Add(string.Join(join, spelled));
            }
        }

        // Two to four spellings: a name seldom has more in one corpus.
        return [.. forms.Distinct(StringComparer.Ordinal).OrderBy(_ => random.Next()).Take(2 + random.Next(3))];
    }

    private static List<string[]> Word(Random random, IReadOnlyList<Axis> axes)
    {
        var slots = new List<string[]>();
        var syllables = 2 + random.Next(2);
        if (axes.Contains(Axis.InitialHamza))
        {
            slots.Add(InitialAlefs[..(2 + random.Next(2))]);
        }

        var innerAt = 1 + random.Next(syllables - 1);
        var gAt = random.Next(syllables);
        for (var s = 0; s < syllables; s++)
        {
            if (s == gAt && axes.Contains(Axis.GSound))
            {
                slots.Add(GSounds[random.Next(GSounds.Length)]);
            }
            else if (s == gAt && axes.Contains(Axis.Ch))
            {
                slots.Add(["تش", "ش"]);
            }
            else
            {
                slots.Add([Consonants[random.Next(Consonants.Length)]]);
            }

            if (s == innerAt && axes.Contains(Axis.InnerVowel))
            {
                slots.Add([LongVowels[random.Next(LongVowels.Length)], string.Empty]);
            }
            else if (random.Next(3) > 0)
            {
                slots.Add([LongVowels[random.Next(LongVowels.Length)]]);
            }
        }

        slots.Add([Consonants[random.Next(Consonants.Length)]]);
        if (axes.Contains(Axis.FinalTaMarbuta))
        {
            slots.Add(["ة", "ه"]);
        }
        else if (axes.Contains(Axis.FinalAlefMaqsura))
        {
            slots.Add(["ى", "ي"]);
        }

        return slots;
    }

    /// <summary>Every spelling of the words: the product of their slots' alternatives.</summary>
    private static IEnumerable<string[]> Expand(List<List<string[]>> words)
    {
        IEnumerable<string[]> spelled = [[]];
        foreach (var word in words)
        {
            var alternatives = Spellings(word).ToList();
            spelled = spelled.SelectMany(prefix => alternatives.Select(alternative => (string[])[.. prefix, alternative]));
        }

        return spelled;
    }

    private static IEnumerable<string> Spellings(List<string[]> slots)
    {
        IEnumerable<string> spelled = [string.Empty];
        foreach (var slot in slots)
        {
            spelled = spelled.SelectMany(prefix => slot.Select(choice => prefix + choice));
        }

        return spelled.Distinct(StringComparer.Ordinal);
    }

    /// <summary>What tells names apart: the consonants, with the varying letters merged, and no spaces.</summary>
    private static string Skeleton(string form)
    {
        var builder = new StringBuilder();
        foreach (var c in form.Replace("تش", "ش", StringComparison.Ordinal))
        {
            var mapped = c switch
            {
                'غ' or 'ج' or 'ق' or 'ك' => 'G',
                'ا' or 'و' or 'ي' or 'ى' or 'أ' or 'إ' or ' ' or '-' => '\0',
                'ة' => 'ه',
                _ => c,
            };
            if (mapped != '\0')
            {
                builder.Append(mapped);
            }
        }

        return builder.ToString();
    }
}
