using System.Text;

namespace Linter.Core.Corpus;

/// <summary>
/// A key under which the spellings of one transliterated name collide: the g sound written ج غ ك or ق is one
/// letter, تش is ش, the long vowels ا و ي inside the name are dropped (the first and last letters stay), ة is ه, ى
/// is ي, hamza forms are their carrier (أ إ آ ٱ are ا, ؤ is و, ئ is ي, a bare ء is dropped), words written apart,
/// hyphenated or joined are one, and a doubled letter is one. زيلينسكي and زيلنسكي, غوغل, جوجل and قوقل, بيونغ يانغ
/// and بيونغيانغ each share a key.
/// </summary>
public static class ArabicPhoneticKey
{
    private const char GSound = 'ك';

    /// <summary>The key of a normalized term (one to three words, apart or hyphenated).</summary>
    public static string Of(string term)
    {
        // The same letter twice is one, a vowel between or not (فايننشال, فاينانشال); two g letters are two sounds
        // (the ج and ك of بايانجوك), or بوينغ would share a key with a name of one more consonant.
        var written = new StringBuilder(term.Length);
        var letters = Letters(term, written);
        var key = new StringBuilder(term.Length);
        char? last = null;
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            if (i > 0 && i < letters.Length - 1 && c is 'ا' or 'و' or 'ي')
            {
                continue;
            }

            if (key.Length == 0 || key[^1] != c || written[i] != last)
            {
                key.Append(c);
            }

            last = written[i];
        }

        return key.ToString();
    }

    /// <summary>
    /// How many letters the key keeps before doubled letters are merged: how much a term says. A term of two such
    /// letters (قال, كل) shares its key with too many words for its spellings to be told apart.
    /// </summary>
    public static int Strength(string term) => Skeleton(Letters(term)).Count();

    /// <summary>
    /// The term's letters with the varying ones merged: one g sound, ش for تش, hamza forms as their carrier, no spaces;
    /// <paramref name="written"/>, when given, receives each of them as written.
    /// </summary>
    private static StringBuilder Letters(string term, StringBuilder? written = null)
    {
        var letters = new StringBuilder(term.Length);
        for (var i = 0; i < term.Length; i++)
        {
            var c = term[i];
            if (c == 'ت' && i + 1 < term.Length && term[i + 1] == 'ش')
            {
                continue;
            }

            var mapped = c switch
            {
                ' ' or '-' or 'ء' => '\0',
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ؤ' => 'و',
                'ئ' or 'ى' => 'ي',
                'ة' => 'ه',
                'ج' or 'غ' or 'ك' or 'ق' => GSound,
                _ => c,
            };
            if (mapped != '\0')
            {
                letters.Append(mapped);
                written?.Append(c);
            }
        }

        return letters;
    }

    /// <summary>The letters without the long vowels inside (the first and last letters stay).</summary>
    private static IEnumerable<char> Skeleton(StringBuilder letters)
    {
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            var inside = i > 0 && i < letters.Length - 1;
            if (!inside || c is not ('ا' or 'و' or 'ي'))
            {
                yield return c;
            }
        }
    }

    /// <summary>
    /// True when two terms of one key write a different long vowel at the same place (مورينيو, مارينو; تشونغ, تشانغ):
    /// spellings of one name add or drop a vowel letter, or write one twice where they differ in nothing else (بيلسا,
    /// بييلسا), two names differ in one. Terms whose consonants do not line up one to one are not judged.
    /// </summary>
    public static bool SubstitutesVowel(string a, string b)
    {
        var gapsA = VowelGaps(Letters(a));
        var gapsB = VowelGaps(Letters(b));
        if (gapsA.Count != gapsB.Count)
        {
            return false;
        }

        var differing = gapsA.Zip(gapsB).Where(pair => pair.First != pair.Second).ToList();
        return differing.Any(pair => pair.First.Length > 0 && pair.Second.Length > 0)
            && !(differing.Count == 1 && (DoublesALetter(differing[0].First, differing[0].Second) || DoublesALetter(differing[0].Second, differing[0].First)));
    }

    /// <summary>True when <paramref name="longer"/> is <paramref name="shorter"/> with one of its letters written twice (ي, يي).</summary>
    private static bool DoublesALetter(string shorter, string longer) =>
        longer.Length == shorter.Length + 1
        && Enumerable.Range(0, shorter.Length).Any(i => string.Concat(shorter.AsSpan(0, i + 1), shorter.AsSpan(i)) == longer);

    /// <summary>The term's letters without its long vowels, a doubled consonant kept twice: what a vowel or g spelling leaves unchanged.</summary>
    public static string Consonants(string term) => string.Concat(Letters(term).ToString().Where(c => c is not ('ا' or 'و' or 'ي')));

    /// <summary>The long vowels before the first consonant and after each consonant (a doubled consonant is one).</summary>
    private static List<string> VowelGaps(StringBuilder letters)
    {
        var gaps = new List<string> { string.Empty };
        char? consonant = null;
        foreach (var c in letters.ToString())
        {
            if (c is 'ا' or 'و' or 'ي')
            {
                gaps[^1] += c;
            }
            else if (c != consonant || gaps[^1].Length > 0)
            {
                gaps.Add(string.Empty);
                consonant = c;
            }
        }

        return gaps;
    }

    /// <summary>The number of single-character insertions, deletions and substitutions that turn one string into the other.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
