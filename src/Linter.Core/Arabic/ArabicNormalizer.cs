using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Linter.Core.Text;

namespace Linter.Core.Arabic;

/// <summary>
/// Text prepared for matching, with a map back to the original offsets so that every
/// reported span points at the characters the user wrote.
/// </summary>
public sealed class NormalizedText
{
    // As long as the original text: the normalized text is never longer, and a map cut to its length would be a copy.
    private readonly int[] _originalIndex;
    private readonly string?[] _folded = new string?[(int)LetterFolds.All + 1];

    internal NormalizedText(string text, int[] originalIndex, int originalLength)
    {
        Text = text;
        _originalIndex = originalIndex;
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
    public int OriginalIndex(int index) => index < Text.Length ? _originalIndex[index] : OriginalLength;

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

        var originalEnd = _originalIndex[end - 1] + 1;
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
    public static NormalizedText Normalize(string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        var map = GC.AllocateUninitializedArray<int>(text.Length);
        var length = 0;
        var inSpace = false;
        var i = 0;
        while (i < text.Length)
        {
            var run = KeptRun(text.AsSpan(i), inSpace);
            if (run > 0)
            {
                text.AsSpan(i, run).CopyTo(buffer.AsSpan(length));
                FillIndices(map.AsSpan(length, run), i);
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

        var normalized = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return new NormalizedText(normalized, map, text.Length);

        void Append(char value, int originalIndex)
        {
            buffer[length] = value;
            map[length] = originalIndex;
            length++;
        }
    }

    /// <summary>
    /// How many characters from the start of <paramref name="text"/> normalization keeps as they are and copies at once:
    /// characters of <see cref="KeptAsIs"/>, up to the second space of a run of spaces, and none when a space follows whitespace.
    /// </summary>
    private static int KeptRun(ReadOnlySpan<char> text, bool inSpace)
    {
        if (inSpace && text[0] == ' ')
        {
            return 0;
        }

        var kept = text[..KeptPrefixLength(text)];
        var doubled = kept.IndexOf("  ", StringComparison.Ordinal);
        return doubled < 0 ? kept.Length : doubled + 1;
    }

    /// <summary>
    /// The length of the start of <paramref name="text"/> made of what most of a document is made of and normalization
    /// keeps as it is (<see cref="KeptAsIs"/>), tested eight characters at a time: a search with .NET's SearchValues
    /// for characters outside a set that mixes ASCII and Arabic tests them one by one.
    /// </summary>
    /// <remarks>Compiled optimized at once, as <see cref="FillIndices"/> is: its vector code is not compiled ahead of time.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int KeptPrefixLength(ReadOnlySpan<char> text)
    {
        var units = MemoryMarshal.Cast<char, ushort>(text);
        var width = Vector128<ushort>.Count;
        var i = 0;
        for (; i <= units.Length - width; i += width)
        {
            var kept = KeptAsIs(Vector128.Create(units.Slice(i, width)));
            if (kept != Vector128<ushort>.AllBitsSet)
            {
                return i + BitOperations.TrailingZeroCount(~kept.ExtractMostSignificantBits());
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
        return Math.Min(units.Length, i + BitOperations.TrailingZeroCount(~KeptAsIs(Vector128.Create((ReadOnlySpan<ushort>)last)).ExtractMostSignificantBits()));
    }

    /// <summary>
    /// Which of <paramref name="characters"/> normalization keeps as they are: the space (whose runs collapse),
    /// printable ASCII but capitals, basic Arabic letters, Arabic-Indic digits and Arabic punctuation.
    /// </summary>
    // Inlined into the loop that tests eight characters at a time: called, it ran unoptimized for much of a short run.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> KeptAsIs(Vector128<ushort> characters)
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        static Vector128<ushort> Between(Vector128<ushort> c, char first, char last) =>
            Vector128.LessThanOrEqual(c - Vector128.Create((ushort)first), Vector128.Create((ushort)(last - first)));

        var ascii = Between(characters, ' ', '~') & ~Between(characters, 'A', 'Z');
        var arabic = Between(characters, '\u0621', '\u066D') & ~Between(characters, '\u063B', Tatweel) & ~Between(characters, '\u064B', '\u065F');
        var punctuation = Vector128.Equals(characters, Vector128.Create((ushort)'\u060C')) | Vector128.Equals(characters, Vector128.Create((ushort)'\u061B'))
            | Vector128.Equals(characters, Vector128.Create((ushort)'\u061F'));
        return ascii | arabic | punctuation;
    }

    /// <summary>Writes <paramref name="first"/>, <paramref name="first"/> + 1, … into <paramref name="indices"/>.</summary>
    /// <remarks>
    /// Code that uses <see cref="Vector{T}"/> is not compiled ahead of time, so this would start unoptimized and run so
    /// for much of a short run: it is compiled optimized at once.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FillIndices(Span<int> indices, int first)
    {
        var k = 0;
        if (Vector.IsHardwareAccelerated && indices.Length >= Vector<int>.Count)
        {
            var step = new Vector<int>(Vector<int>.Count);
            var next = Vector<int>.Indices + new Vector<int>(first);
            for (; k <= indices.Length - Vector<int>.Count; k += Vector<int>.Count)
            {
                next.CopyTo(indices[k..]);
                next += step;
            }
        }

        for (; k < indices.Length; k++)
        {
            indices[k] = first + k;
        }
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
