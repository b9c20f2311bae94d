namespace Linter.Core.Arabic;

/// <summary>
/// The proclitics that attach to the next word in Arabic script: a conjunction (و ف), then a preposition
/// (ب ل ك), then the article (ال); ل followed by ال contracts to لل.
/// </summary>
public static class Clitics
{
    /// <summary>The length of the longest sequence of proclitics (وبال): a conjunction, a preposition and the article.</summary>
    public const int MaxPrefixLength = 4;

    /// <summary>True for the letters proclitics are written with: و ف ب ل ك, and the alef of ال.</summary>
    public static bool IsProcliticLetter(char c) => c is '\u0648' or '\u0641' or '\u0628' or '\u0644' or '\u0643' or '\u0627';

    /// <summary>True when <paramref name="prefix"/> is a (possibly empty) sequence of proclitics.</summary>
    public static bool IsPrefix(ReadOnlySpan<char> prefix)
    {
        var rest = prefix;
        if (rest.Length > 0 && rest[0] is '\u0648' or '\u0641')
        {
            rest = rest[1..];
        }

        if (rest.SequenceEqual("\u0644\u0644"))
        {
            return true;
        }

        if (rest.Length > 0 && rest[0] is '\u0628' or '\u0644' or '\u0643')
        {
            rest = rest[1..];
        }

        if (rest.StartsWith("\u0627\u0644"))
        {
            rest = rest[2..];
        }

        return rest.IsEmpty;
    }
}
