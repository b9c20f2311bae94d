using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Linter.Core.Text;

namespace Linter.Core.Arabic;

/// <summary>
/// Text prepared for matching, with a map back to the original offsets so that every
/// reported span points at the characters the user wrote.
/// </summary>
public sealed class NormalizedText
{
    // Where the offset from a normalized character to its original changes (normalized index, then original minus
    // normalized from there on): most characters are kept as they are, so a map of every character would mostly repeat.
    private readonly List<int>? _shiftStarts;
    private readonly List<int>? _shifts;
    private readonly string?[] _folded = new string?[(int)LetterFolds.All + 1];

    internal NormalizedText(string text, List<int>? shiftStarts, List<int>? shifts, int originalLength)
    {
        Text = text;
        _shiftStarts = shiftStarts;
        _shifts = shifts;
        OriginalLength = originalLength;
    }

    /// <summary>The normalized text.</summary>
    public string Text { get; }

    /// <summary>
    /// The text with <paramref name="folds"/> applied, computed once per set of folds: the shared matcher and
    /// every rule folding the same letters reuse it. A document is analyzed on one thread, so the cache needs no lock.
    /// </summary>
    public string Folded(LetterFolds folds) =>
        folds == LetterFolds.None ? Text : _folded[(int)folds] ??= LetterFolding.Fold(Text, folds);

    /// <summary>Length of the text this was made from.</summary>
    public int OriginalLength { get; }

    /// <summary>Offset in the original text of the normalized character at <paramref name="index"/>.</summary>
    public int OriginalIndex(int index)
    {
        if (index >= Text.Length)
        {
            return OriginalLength;
        }

        if (_shiftStarts is null)
        {
            return index;
        }

        var found = CollectionsMarshal.AsSpan(_shiftStarts).BinarySearch(index);
        var shift = found >= 0 ? found : ~found - 1;
        return shift < 0 ? index : index + _shifts![shift];
    }

    /// <summary>
    /// Maps a normalized range back to the original text. The end includes the marks (diacritics,
    /// tatweel) that the original carries right after the last matched character.
    /// </summary>
    public TextSpan ToOriginal(int start, int end, string original)
    {
        var originalStart = OriginalIndex(start);
        if (end <= start)
        {
            return new TextSpan(originalStart, 0);
        }

        var originalEnd = OriginalIndex(end - 1) + 1;
        while (originalEnd < original.Length && ArabicNormalizer.IsIgnorableMark(original[originalEnd]))
        {
            originalEnd++;
        }

        return TextSpan.FromBounds(originalStart, originalEnd);
    }
}

/// <summary>
/// The normalization every match runs on: diacritics, tatweel and invisible format characters are dropped,
/// horizontal whitespace runs become one space, line breaks become LF, Persian kaf and yeh become their Arabic
/// forms and Latin letters are lower-cased. Letter foldings are not applied here: they are per rule.
/// </summary>
public static class ArabicNormalizer
{
    /// <summary>Arabic tatweel (kashida), used to stretch words.</summary>
    public const char Tatweel = '\u0640';

    /// <summary>True for Arabic diacritics (tashkeel) and Quranic annotation marks.</summary>
    public static bool IsDiacritic(char c) =>
        c is (>= '\u0610' and <= '\u061A') or (>= '\u064B' and <= '\u065F') or '\u0670'
            or (>= '\u06D6' and <= '\u06DC') or (>= '\u06DF' and <= '\u06E4') or '\u06E7' or '\u06E8'
            or (>= '\u06EA' and <= '\u06ED');

    /// <summary>True for characters that never stop a match: diacritics and tatweel.</summary>
    public static bool IsIgnorableMark(char c) => c == Tatweel || IsDiacritic(c);

    /// <summary>True for the letters and digits that make up words.</summary>
    /// <remarks>
    /// Most characters of a document are Arabic letters: U+0621 to U+064A are all letters (tatweel, U+0640, a
    /// modifier letter), so one comparison answers for them without looking up their Unicode category.
    /// </remarks>
    public static bool IsWordChar(char c) => (uint)(c - '\u0621') <= '\u064A' - '\u0621' || char.IsLetterOrDigit(c);

    /// <summary>Normalizes a whole document.</summary>
    /// <remarks>
    /// Most of a document is kept as it is: the normalized text is written (in a rented buffer) only from the first
    /// place where it differs, and when it never does, it is the document's own string.
    /// </remarks>
    public static NormalizedText Normalize(string text)
    {
        char[]? buffer = null;
        List<int>? shiftStarts = null;
        List<int>? shifts = null;
        var (length, shift, inSpace, i) = (0, 0, false, 0);
        while (i < text.Length)
        {
            var run = KeptRun(text.AsSpan(i), inSpace);
            if (run > 0)
            {
                if (Shift(i) != 0 || buffer is not null)
                {
                    text.AsSpan(i, run).CopyTo(Written());
                }

                length += run;
                i += run;
                inSpace = text[i - 1] == ' ';
                continue;
            }

            var c = text[i];
            i++;
            if (IsIgnorableMark(c))
            {
                continue;
            }

            if (c == '\r' || c == '\n')
            {
                if (c == '\r' && i < text.Length && text[i] == '\n')
                {
                    continue;
                }

                Append('\n', i - 1);
                inSpace = false;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    Append(' ', i - 1);
                    inSpace = true;
                }

                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            inSpace = false;
            Append(NormalizeChar(c), i - 1);
        }

        string normalized;
        if (buffer is null)
        {
            normalized = length == text.Length ? text : text[..length];
        }
        else
        {
            normalized = new string(buffer, 0, length);
            ArrayPool<char>.Shared.Return(buffer);
        }

        return new NormalizedText(normalized, shiftStarts, shifts, text.Length);

        // How far the next normalized character is from its original, noting where that changes.
        int Shift(int originalIndex)
        {
            if (originalIndex - length != shift)
            {
                shift = originalIndex - length;
                (shiftStarts ??= []).Add(length);
                (shifts ??= []).Add(shift);
            }

            return shift;
        }

        // The buffer from the next normalized character on, made at the first difference from what came before it,
        // which is the original's start.
        Span<char> Written()
        {
            if (buffer is null)
            {
                buffer = ArrayPool<char>.Shared.Rent(text.Length);
                text.AsSpan(0, length).CopyTo(buffer);
            }

            return buffer.AsSpan(length);
        }

        void Append(char value, int originalIndex)
        {
            if (Shift(originalIndex) != 0 || value != text[originalIndex] || buffer is not null)
            {
                Written()[0] = value;
            }

            length++;
        }
    }

    /// <summary>
    /// How many characters from the start of <paramref name="text"/> normalization keeps as they are and copies at once:
    /// characters of <see cref="KeptAsIs"/>, up to the second space of a run of spaces, and none when a space follows whitespace.
    /// </summary>
    private static int KeptRun(ReadOnlySpan<char> text, bool inSpace) => inSpace && text[0] == ' ' ? 0 : KeptPrefixLength(text);

    /// <summary>
    /// The length of the start of <paramref name="text"/> made of what most of a document is made of and normalization
    /// keeps as it is (<see cref="KeptAsIs"/>), up to the second of two spaces, tested a vector at a time (sixteen
    /// characters with AVX2): a search with .NET's SearchValues for characters outside a set that mixes ASCII and
    /// Arabic tests them one by one.
    /// </summary>
    /// <remarks>Compiled optimized at once: code that uses <see cref="Vector{T}"/> is not compiled ahead of time.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int KeptPrefixLength(ReadOnlySpan<char> text)
    {
        var units = MemoryMarshal.Cast<char, ushort>(text);
        var width = Vector<ushort>.Count;
        var (i, spaceBefore) = (0, 0ul);
        for (; i <= units.Length - width; i += width)
        {
            var stops = Stops(new Vector<ushort>(units.Slice(i, width)), ref spaceBefore);
            if (stops != 0)
            {
                return i + BitOperations.TrailingZeroCount(stops);
            }
        }

        if (i == units.Length)
        {
            return i;
        }

        // The last few characters, after letters that are kept (the result is cut at the text's end).
        Span<ushort> last = stackalloc ushort[width];
        last.Fill('ب');
        units[i..].CopyTo(last);
        return Math.Min(units.Length, i + BitOperations.TrailingZeroCount(Stops(new Vector<ushort>(last), ref spaceBefore)));
    }

    /// <summary>
    /// Which of <paramref name="characters"/> end a run normalization keeps as it is (bit k for the k-th): those it does
    /// not keep as they are, and a space after a space. <paramref name="spaceBefore"/> says whether the character
    /// before them is a space, and then whether their last one is.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Stops(Vector<ushort> characters, ref ulong spaceBefore)
    {
        var spaces = VectorBits.MostSignificant(Vector.Equals(characters, new Vector<ushort>(' ')));
        var notKept = ~VectorBits.MostSignificant(KeptAsIs(characters)) & (ulong.MaxValue >> (64 - Vector<ushort>.Count));
        var stops = notKept | (spaces & ((spaces << 1) | spaceBefore));
        spaceBefore = spaces >> (Vector<ushort>.Count - 1);
        return stops;
    }

    /// <summary>
    /// Which of <paramref name="characters"/> normalization keeps as they are: the space (whose runs collapse), the
    /// line feed (a break, after which a space is kept), printable ASCII but capitals, basic Arabic letters,
    /// Arabic-Indic digits and Arabic punctuation.
    /// </summary>
    // Inlined into the loop that tests a vector at a time: called, it ran unoptimized for much of a short run.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<ushort> KeptAsIs(Vector<ushort> characters)
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        static Vector<ushort> Between(Vector<ushort> c, char first, char last) =>
            Vector.LessThanOrEqual(c - new Vector<ushort>(first), new Vector<ushort>((ushort)(last - first)));

        var ascii = Between(characters, ' ', '~') & ~Between(characters, 'A', 'Z');
        var arabic = Between(characters, '\u0621', '\u066D') & ~Between(characters, '\u063B', Tatweel) & ~Between(characters, '\u064B', '\u065F');
        var punctuation = Vector.Equals(characters, new Vector<ushort>('\u060C')) | Vector.Equals(characters, new Vector<ushort>('\u061B'))
            | Vector.Equals(characters, new Vector<ushort>('\u061F'));
        return ascii | arabic | punctuation | Vector.Equals(characters, new Vector<ushort>('\n'));
    }

    /// <summary>Normalizes a phrase from a rule file the same way as document text.</summary>
    public static string NormalizePhrase(string phrase) => Normalize(phrase.Trim()).Text;

    private static char NormalizeChar(char c) => c switch
    {
        '\u06A9' => '\u0643',
        '\u06CC' => '\u064A',
        >= 'A' and <= 'Z' => (char)(c + 32),
        _ when c > '\u007F' && char.IsUpper(c) && !char.IsSurrogate(c) => char.ToLowerInvariant(c),
        _ => c,
    };
}
