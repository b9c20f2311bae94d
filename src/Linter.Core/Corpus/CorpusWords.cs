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

    /// <summary>
    /// Reads the words of normalized text in order, without copying them: each word as a range of the text, with
    /// whether it begins a new run.
    /// </summary>
    /// <param name="normalized">The normalized text.</param>
    public struct Scanner(string normalized)
    {
        private int _position;
        private bool _runEnded = true;

        /// <summary>The next word; false at the end of the text.</summary>
        /// <param name="start">Where the word begins.</param>
        /// <param name="length">Its length.</param>
        /// <param name="startsRun">True when punctuation, a digit, a Latin word or a line break ended the run before it, or it is the first.</param>
        public bool Next(out int start, out int length, out bool startsRun)
        {
            while (_position < normalized.Length)
            {
                var c = normalized[_position];
                if (c == ' ')
                {
                    _position++;
                    continue;
                }

                if (!IsLetterOrDigit(c))
                {
                    _runEnded = true;
                    _position++;
                    continue;
                }

                // A token: letters and digits, with hyphens between letter runs.
                var tokenStart = _position;
                var arabic = true;
                while (_position < normalized.Length && (IsLetterOrDigit(normalized[_position]) || IsJoiningHyphen(tokenStart)))
                {
                    arabic &= normalized[_position] == '-' || IsArabicLetter(normalized[_position]);
                    _position++;
                }

                if (!arabic)
                {
                    _runEnded = true;
                    continue;
                }

                (start, length, startsRun) = (tokenStart, _position - tokenStart, _runEnded);
                _runEnded = false;
                return true;
            }

            (start, length, startsRun) = (0, 0, false);
            return false;
        }

        // Arabic letters first: most characters are, and they need no look-up in the Unicode tables.
        private static bool IsLetterOrDigit(char c) => IsArabicLetter(c) || char.IsLetterOrDigit(c);

        private readonly bool IsJoiningHyphen(int tokenStart) =>
            normalized[_position] == '-' && _position > tokenStart && _position + 1 < normalized.Length
            && IsArabicLetter(normalized[_position + 1]) && IsArabicLetter(normalized[_position - 1]);
    }
}
