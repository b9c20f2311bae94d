namespace Linter.Core.Arabic;

/// <summary>
/// Optional letter foldings, chosen per rule because some spelling families differ by exactly these letters.
/// Every folding maps one character to one character, so folded text keeps its offsets.
/// </summary>
[Flags]
public enum LetterFolds
{
    /// <summary>Letters are compared as written.</summary>
    None = 0,

    /// <summary>أ إ آ ٱ compare equal to ا.</summary>
    Alef = 1,

    /// <summary>ى compares equal to ي.</summary>
    AlefMaqsura = 2,

    /// <summary>ة compares equal to ه.</summary>
    TaMarbuta = 4,

    /// <summary>Every folding.</summary>
    All = Alef | AlefMaqsura | TaMarbuta,
}

/// <summary>Applies <see cref="LetterFolds"/>.</summary>
public static class LetterFolding
{
    /// <summary>The names used in rule files, in schema order.</summary>
    public static readonly IReadOnlyList<string> Names = ["alef", "alef-maqsura", "ta-marbuta"];

    /// <summary>Parses a rule-file name of a folding.</summary>
    public static LetterFolds Parse(string name) => name switch
    {
        "alef" => LetterFolds.Alef,
        "alef-maqsura" => LetterFolds.AlefMaqsura,
        "ta-marbuta" => LetterFolds.TaMarbuta,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown letter folding"),
    };

    // Each letter a folding changes, what it becomes, and the folding that changes it.
    private static readonly (char Letter, char Folded, LetterFolds Folding)[] Foldings =
    [
        ('\u0623', '\u0627', LetterFolds.Alef),
        ('\u0625', '\u0627', LetterFolds.Alef),
        ('\u0622', '\u0627', LetterFolds.Alef),
        ('\u0671', '\u0627', LetterFolds.Alef),
        ('\u0649', '\u064A', LetterFolds.AlefMaqsura),
        ('\u0629', '\u0647', LetterFolds.TaMarbuta),
    ];

    /// <summary>Folds one character.</summary>
    public static char Fold(char c, LetterFolds folds)
    {
        foreach (var (letter, folded, folding) in Foldings)
        {
            if (c == letter && (folds & folding) != 0)
            {
                return folded;
            }
        }

        return c;
    }

    /// <summary>Folds a whole string.</summary>
    public static string Fold(string text, LetterFolds folds)
    {
        if (folds == LetterFolds.None)
        {
            return text;
        }

        // A vectorized replacement per folded letter: a few passes that each read many characters at once cost less
        // than one pass that branches on every character.
        return string.Create(text.Length, (text, folds), static (destination, state) =>
        {
            state.text.CopyTo(destination);
            foreach (var (letter, folded, folding) in Foldings)
            {
                if ((state.folds & folding) != 0)
                {
                    destination.Replace(letter, folded);
                }
            }
        });
    }

    /// <summary>True when two equally long spans are equal once folded.</summary>
    public static bool EqualsFolded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, LetterFolds folds)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && Fold(a[i], folds) != Fold(b[i], folds))
            {
                return false;
            }
        }

        return true;
    }
}
