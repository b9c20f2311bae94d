namespace Linter.Core.Arabic;

/// <summary>
/// A list of known Arabic words, read from a Hunspell dictionary (the <c>.dic</c> file of Debian's hunspell-ar), to tell
/// an ordinary Arabic word from the spelling of a foreign name. A word is known when it, or it without a clitic prefix
/// (و ف ب ل ك ال س) and a common suffix (a pronoun, a plural, a feminine, nisba or accusative ending), is an entry; alef forms, ى
/// and ة are folded on both sides. A name of عبد and a known word written as one (عبدالله) is known too. Affix flags are not expanded: stripping the common affixes covers the inflected
/// forms a news corpus uses, and reading one file stays fast.
/// </summary>
public sealed class ArabicLexicon
{
    private static readonly string[] Prefixes =
        ["", "و", "ف", "ب", "ل", "ك", "س", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وب", "ول", "وك", "وس", "فب", "فل", "فس"];

    private static readonly string[] Suffixes =
        ["", "ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا", "ني", "ي", "ك", "ات", "ون", "ين", "ان", "تان", "تين", "وا", "يه", "يات", "يون", "يين", "ت", "تم", "ا", "يا"];

    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _entries;

    private ArabicLexicon(HashSet<string> words) => (_words, _entries) = (words, words.GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>The entries read.</summary>
    public int Count => _words.Count;

    /// <summary>
    /// Reads the entries of a Hunspell <c>.dic</c>: a first line with their count, then one entry a line, its affix flags
    /// after a slash. Lines that hold no Arabic word are skipped.
    /// </summary>
    public static ArabicLexicon Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var end = line.AsSpan().IndexOfAny('/', '\t', ' ');
            var entry = end < 0 ? line : line[..end];
            if (entry.Length > 1 && entry.All(IsLetter))
            {
                words.Add(Fold(entry));
            }
        }

        return new ArabicLexicon(words);
    }

    /// <summary>A lexicon of the given words, as a dictionary file would list them.</summary>
    public static ArabicLexicon Of(IEnumerable<string> words) => new([.. words.Select(Fold)]);

    /// <summary>True when the normalized word, or its stem once a clitic prefix and a suffix are taken off, is an entry.</summary>
    public bool Knows(string word)
    {
        ArgumentNullException.ThrowIfNull(word);

        // Every word of a corpus is asked once per state: its stems are looked up as spans of one folded copy.
        Span<char> folded = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            folded[i] = LetterFolding.Fold(word[i], LetterFolds.All);
        }

        return KnowsFolded(folded);
    }

    private bool KnowsFolded(ReadOnlySpan<char> folded)
    {
        foreach (var prefix in Prefixes)
        {
            if (!folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = folded[prefix.Length..];
            if (IsStem(rest, layers: 2) || IsServantName(rest))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for a name of عبد and a known word written as one (عبدالله, عبدالإله): Arabic names, two of which differ
    /// as the words they are made of differ.
    /// </summary>
    private bool IsServantName(ReadOnlySpan<char> word) => word.StartsWith("عبد", StringComparison.Ordinal) && word.Length >= 6 && KnowsFolded(word[3..]);

    /// <summary>True when the word, less up to <paramref name="layers"/> suffixes (a plural, then a pronoun: زياراته), is an entry.</summary>
    private bool IsStem(ReadOnlySpan<char> word, int layers)
    {
        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length < 2 || !word.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            // A feminine plural stands for its singular's ة (علاقات of علاقة).
            var stem = word[..^suffix.Length];
            if (IsEntry(stem) || (suffix.EndsWith("ات", StringComparison.Ordinal) && IsEntry(stem, 'ه')) || (suffix.Length > 0 && layers > 1 && IsStem(stem, layers - 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for an entry. Before a suffix, a final hamza sits on ئ or ؤ (شركائه of شركاء) and ة is written ت (زوجته
    /// of زوجة): the stem is tried with ء and with ة too.
    /// </summary>
    private bool IsEntry(ReadOnlySpan<char> stem) =>
        _entries.Contains(stem)
        || (stem[^1] is 'ئ' or 'ؤ' && IsEntry(stem[..^1], 'ء'))
        || (stem[^1] == 'ت' && IsEntry(stem[..^1], 'ه'));

    /// <summary>True when <paramref name="stem"/> followed by <paramref name="last"/> is an entry.</summary>
    private bool IsEntry(ReadOnlySpan<char> stem, char last)
    {
        Span<char> word = stem.Length < 64 ? stackalloc char[stem.Length + 1] : new char[stem.Length + 1];
        stem.CopyTo(word);
        word[^1] = last;
        return _entries.Contains(word);
    }

    private static bool IsLetter(char c) => c is (>= '\u0621' and <= '\u063A') or (>= '\u0641' and <= '\u064A');

    /// <summary>Alef forms as ا, ى as ي, ة as ه: spellings a dictionary and a corpus write either way.</summary>
    private static string Fold(string word) => LetterFolding.Fold(word, LetterFolds.All);
}
