using Linter.Core.Text;

namespace Linter.Core.Arabic;

/// <summary>
/// Where a fix that rewrites letters must not go. Matching ignores diacritics, so a replacement written plain would
/// strip the marks of the words it replaces; and scripture, or text written with its vowels throughout (verse,
/// scripture quoted without its brackets), is quoted as it is, spelling included.
/// </summary>
public static class VowelledText
{
    // Marks per letter from which the words around a span read as written with their vowels: news prose carries a
    // shadda or a tanween here and there, far below one mark every two letters.
    private const double VowelledMarksPerLetter = 0.5;

    // How far the words around a span are read, each side, within its line.
    private const int Around = 40;

    /// <summary>
    /// True when <paramref name="span"/> is inside a Quranic quotation: between the ornate parentheses ﴿ ﴾ of its
    /// line. Texts open them with either one, so inside means an odd number of them before the span and one after.
    /// </summary>
    public static bool IsScripture(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var before = 0;
        for (var index = span.Start - 1; index >= 0 && !IsBreak(text[index]); index--)
        {
            if (IsOrnateParenthesis(text[index]))
            {
                before++;
            }
        }

        if (before % 2 == 0)
        {
            return false;
        }

        for (var index = span.End; index < text.Length && !IsBreak(text[index]); index++)
        {
            if (IsOrnateParenthesis(text[index]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="span"/> itself carries a diacritic.</summary>
    public static bool HasMarks(string text, TextSpan span) => Marks(text, span).Marks > 0;

    /// <summary>
    /// True when <paramref name="span"/> is written with its vowels throughout, a mark for every two letters or more
    /// (ذَالِكَ): a word of verse or scripture, spelled as it was, where news prose marks a shadda here and there.
    /// </summary>
    public static bool IsFullyVowelled(string text, TextSpan span)
    {
        var (letters, marks) = Marks(text, span);
        return letters > 0 && marks >= VowelledMarksPerLetter * letters;
    }

    /// <summary>
    /// True when the word around <paramref name="span"/> (the letters, marks and tatweel on both sides of it) carries a
    /// diacritic: a word drawn and vowelled as verse is (سـنُـضـيءُ), where news prose writes neither.
    /// </summary>
    public static bool InVowelledWord(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Read no further than Around each side: no word is longer, and a run of letters that is (a line of tatweel
        // and letters) would otherwise be read whole for each of its matches.
        var start = span.Start;
        while (start > 0 && span.Start - start < Around && IsWordPart(text[start - 1]))
        {
            start--;
        }

        var end = span.End;
        while (end < text.Length && end - span.End < Around && IsWordPart(text[end]))
        {
            end++;
        }

        return HasMarks(text, TextSpan.FromBounds(start, end));
    }

    private static bool IsWordPart(char c) => IsArabicLetter(c) || ArabicNormalizer.IsIgnorableMark(c);

    private static bool IsArabicLetter(char c) => c is (>= '\u0621' and <= '\u063A') or (>= '\u0641' and <= '\u064A');

    private static (int Letters, int Marks) Marks(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        int letters = 0, marks = 0;
        for (var index = span.Start; index < span.End; index++)
        {
            if (ArabicNormalizer.IsDiacritic(text[index]))
            {
                marks++;
            }
            else if (IsArabicLetter(text[index]))
            {
                letters++;
            }
        }

        return (letters, marks);
    }

    /// <summary>
    /// True when a fix must leave the letters of <paramref name="span"/> as they are written: it carries a diacritic,
    /// the words around it on its line are written with their vowels (a replacement written plain would strip marks
    /// there), or it is part of a verse quoted from the Quran without brackets, misspelt or not.
    /// </summary>
    public static bool KeepsItsLetters(string text, TextSpan span) => IsVowelled(text, span) || QuranVerses.Shipped.Quotes(text, span);

    private static bool IsVowelled(string text, TextSpan span)
    {
        if (HasMarks(text, span))
        {
            return true;
        }

        var start = span.Start;
        while (start > 0 && span.Start - start < Around && !IsBreak(text[start - 1]))
        {
            start--;
        }

        var end = span.End;
        while (end < text.Length && end - span.End < Around && !IsBreak(text[end]))
        {
            end++;
        }

        var (letters, marks) = Marks(text, TextSpan.FromBounds(start, end));
        return letters > 0 && marks >= letters * VowelledMarksPerLetter;
    }

    private static bool IsBreak(char c) => c is '\n' or '\r';

    private static bool IsOrnateParenthesis(char c) => c is '\uFD3E' or '\uFD3F';
}
