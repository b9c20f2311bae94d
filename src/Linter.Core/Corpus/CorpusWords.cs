namespace Linter.Core.Corpus;

/// <summary>
/// Splits normalized text into runs of Arabic words for corpus statistics. A word is a run of Arabic letters, and
/// a hyphen between two such runs keeps them one word (بيونغ-يانغ). Punctuation, digits, Latin words and line
/// breaks end a run, so no word pair or name is counted across them.
/// </summary>
public static class CorpusWords
{
    // The most common function words and their conjunction forms: never part of a name.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "في", "من", "على", "إلى", "الى", "عن", "أن", "ان", "إن", "لا", "ما", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين",
        "كان", "كانت", "قد", "لم", "لن", "مع", "بين", "بعد", "قبل", "حتى", "أو", "او", "ثم", "كل", "أي", "اي", "عند", "منذ", "خلال",
        "قال", "هو", "هي", "هم", "نحو", "غير", "أيضا", "ضد", "عبر", "حول", "لدى", "إذا", "اذا", "لكن", "بل", "كما", "أنه", "انه",
        "إنه", "أنها", "انها", "إنها", "يوم", "عام", "وقال", "وقالت", "قالت", "بأن", "لأن", "فيه", "فيها", "منه", "منها", "عليه",
        "عليها", "له", "لها", "به", "بها", "الا", "إلا", "يكون", "تكون", "ليس", "ولا", "وما", "وهو", "وهي", "أما", "اما", "إما",
        "أنهم", "انهم", "إنهم", "أنهما", "انهما", "إنهما", "لأنه", "لانه", "لأنها", "لانها", "بينما", "عندما", "حيث", "هناك", "هنا",
    };

    /// <summary>True for a function word (في, من, التي…), alone or after و or ف.</summary>
    public static bool IsFunctionWord(string word) =>
        FunctionWords.Contains(word) || (word.Length > 2 && word[0] is 'و' or 'ف' && FunctionWords.Contains(word[1..]));

    /// <summary>True for a letter that makes up Arabic words once text is normalized.</summary>
    public static bool IsArabicLetter(char c) => c is (>= '\u0621' and <= '\u063A') or (>= '\u0641' and <= '\u064A') or '\u0671';

    /// <summary>The runs of words in <paramref name="normalized"/>, in order.</summary>
    public static List<List<string>> Runs(string normalized)
    {
        var runs = new List<List<string>>();
        var run = new List<string>();
        var i = 0;
        while (i < normalized.Length)
        {
            var c = normalized[i];
            if (c == ' ')
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                EndRun();
                i++;
                continue;
            }

            // A token: letters and digits, with hyphens between letter runs.
            var start = i;
            var arabic = true;
            while (i < normalized.Length && (char.IsLetterOrDigit(normalized[i]) || (normalized[i] == '-' && i > start && i + 1 < normalized.Length && IsArabicLetter(normalized[i + 1]) && IsArabicLetter(normalized[i - 1]))))
            {
                arabic &= normalized[i] == '-' || IsArabicLetter(normalized[i]);
                i++;
            }

            if (arabic)
            {
                run.Add(normalized[start..i]);
            }
            else
            {
                EndRun();
            }
        }

        EndRun();
        return runs;

        void EndRun()
        {
            if (run.Count > 0)
            {
                runs.Add(run);
                run = [];
            }
        }
    }
}
