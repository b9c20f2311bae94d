using System.IO.Compression;
using System.Numerics;
using System.Runtime.InteropServices;
using Linter.Core.Text;

namespace Linter.Core.Arabic;

/// <summary>
/// The Quran's text, to recognise a verse quoted without its ornate parentheses or its vowels (و ما ذالك على الله
/// بعــــزيز): a fix leaves the letters of a quotation as they are written, misspelt or not.
/// </summary>
/// <remarks>
/// Words are compared by their skeleton: without marks, tatweel, alef and hamza forms, with ى as ي, ة as ه and a
/// leading و apart, so the Quran's simplified spelling (ذالك, الرحمان, يومنون) meets the spelling of news prose (ذلك,
/// الرحمن, يؤمنون). A word is quoted when it is part of a run of five or more words that follow each other in a surah,
/// or when it stands alone between two such runs of four, as a word misspelt within a quotation does. Shorter runs
/// (في سبيل الله, من قبل ومن بعد) are phrases news prose uses of its own.
/// </remarks>
public sealed class QuranVerses
{
    private const int ShingleWords = 4;
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    // How far the words around a span are read, each side: the runs that decide (a run of two shingles holding a
    // word, or a shingle ending just before it and one starting just after) reach four words from it. Before it,
    // words are counted as written, so one more is read for a lone و.
    private const int WordsAround = ShingleWords;
    private const int WordsBefore = ShingleWords + 1;

    // Letters, marks and tatweel of a word on either side of a span, at most: a word drawn with its vowels and
    // stretched is far shorter.
    private const int MaxWordLength = 40;

    // Characters of a line read after a span's line position, at most: ten words of verse take far fewer.
    private const int LineWindow = 2048;

    private static readonly Lazy<QuranVerses> ShippedText = new(ReadShipped);

    // The hash of every run of four words of a surah, and of every word.
    private readonly HashSet<ulong> _shingles;
    private readonly HashSet<ulong> _words;

    private QuranVerses(HashSet<ulong> shingles, HashSet<ulong> words) => (_shingles, _words) = (shingles, words);

    /// <summary>The verses shipped with the linter: the simplified (imla'i) text of Quranic Universal Library.</summary>
    public static QuranVerses Shipped => ShippedText.Value;

    /// <summary>Reads verses, one a line: surah, verse number and text, separated by tabs, in the Quran's order.</summary>
    public static QuranVerses Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var shingles = new HashSet<ulong>();
        var words = new HashSet<ulong>();
        var surahWords = new List<ulong>();
        string? surah = null;
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length != 3)
            {
                continue;
            }

            // Verses of a surah follow each other, so a quotation of two of them is one run.
            if (fields[0] != surah)
            {
                AddShingles(surahWords, shingles);
                surahWords.Clear();
                surah = fields[0];
            }

            var text = fields[2];
            for (var index = 0; index < text.Length;)
            {
                var (hash, _, end) = NextWord(text, index, text.Length);
                if (hash != 0)
                {
                    surahWords.Add(hash);
                    words.Add(hash);
                }

                index = end;
            }
        }

        AddShingles(surahWords, shingles);
        return new QuranVerses(shingles, words);
    }

    /// <summary>True when a word of <paramref name="span"/> is part of a verse quoted on its line.</summary>
    public bool Quotes(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (WordStart(text, span) is not { } wordStart || !MayQuote(text, wordStart, span))
        {
            return false;
        }

        Span<ulong> words = stackalloc ulong[WordsBefore + WordsAround + 16];

        // The words before the span's, read backwards from it to the line's start, then those from it onwards.
        var start = wordStart;
        for (var before = 0; before < WordsBefore && start > 0 && !IsBreak(text[start - 1]);)
        {
            start--;
            if (IsWordPart(text[start]) && (start == 0 || !IsWordPart(text[start - 1])))
            {
                before++;
            }
        }

        var count = 0;
        var first = -1;
        var last = -1;
        var index = start;
        var after = 0;
        var lineEnd = LineEnd(text, start);
        while (index < lineEnd && count < words.Length && after < WordsAround)
        {
            var (hash, readStart, end) = NextWord(text, index, lineEnd);
            if (hash != 0)
            {
                words[count] = hash;
                if (end > span.Start && readStart < Math.Max(span.End, span.Start + 1))
                {
                    first = first < 0 ? count : first;
                    last = count;
                }
                else if (first >= 0)
                {
                    after++;
                }

                count++;
            }

            index = end;
        }

        return first >= 0 && Quotes(words[..count], first, last);
    }

    /// <summary>
    /// Where the word around the start of <paramref name="span"/> starts; null when the letters around the span run on
    /// further than any word does (a line of letters and tatweel): no verse, and reading the run whole for each of its
    /// matches would take time in its length squared.
    /// </summary>
    private static int? WordStart(string text, TextSpan span)
    {
        var start = span.Start;
        for (; start > 0 && IsWordPart(text[start - 1]); start--)
        {
            if (span.Start - start == MaxWordLength)
            {
                return null;
            }
        }

        for (var end = span.End; end < text.Length && IsWordPart(text[end]); end++)
        {
            if (end - span.End == MaxWordLength)
            {
                return null;
            }
        }

        return start;
    }

    /// <summary>
    /// False when no word of <paramref name="span"/> is a word of the Quran and it has two or more: then none is in a
    /// run (which holds only the Quran's words) nor alone between two (the word before the second is the first).
    /// Most spans a fix is offered for (a name's spelling) end here, without reading the words around them.
    /// </summary>
    private bool MayQuote(string text, int wordStart, TextSpan span)
    {
        var index = wordStart;
        var lineEnd = LineEnd(text, index);
        var spanEnd = Math.Max(span.End, span.Start + 1);
        var count = 0;
        while (index < lineEnd)
        {
            var (hash, start, end) = NextWord(text, index, lineEnd);
            if (start >= spanEnd || (hash == 0 && end == lineEnd))
            {
                break;
            }

            if (hash != 0 && (_words.Contains(hash) || (++count == 1 && end >= spanEnd)))
            {
                return true;
            }

            index = end;
        }

        return false;
    }

    private static QuranVerses ReadShipped()
    {
        using var stream = typeof(QuranVerses).Assembly.GetManifestResourceStream("Linter.Core.Arabic.Data.quran-imlaei.tsv.gz")!;
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return Read(reader);
    }

    private static void AddShingles(List<ulong> words, HashSet<ulong> shingles)
    {
        var span = CollectionsMarshal.AsSpan(words);
        for (var start = 0; start + ShingleWords <= span.Length; start++)
        {
            shingles.Add(ShingleHash(span.Slice(start, ShingleWords)));
        }
    }

    private static ulong ShingleHash(ReadOnlySpan<ulong> words)
    {
        var hash = FnvOffset;
        foreach (var word in words)
        {
            hash = BitOperations.RotateLeft((hash ^ word) * FnvPrime, 29);
        }

        return hash;
    }

    private bool Quotes(ReadOnlySpan<ulong> words, int first, int last)
    {
        Span<bool> known = stackalloc bool[words.Length];
        for (var start = 0; start + ShingleWords <= words.Length; start++)
        {
            known[start] = _shingles.Contains(ShingleHash(words.Slice(start, ShingleWords)));
        }

        for (var word = first; word <= last; word++)
        {
            // Inside a run of five or more: two known shingles in a row, one of them holding the word.
            for (var start = Math.Max(0, word - ShingleWords + 1); start <= word && start + ShingleWords <= words.Length; start++)
            {
                if (known[start] && ((start > 0 && known[start - 1]) || (start + 1 < words.Length && known[start + 1])))
                {
                    return true;
                }
            }

            // Alone between two runs of four.
            if (word >= ShingleWords && word + ShingleWords < words.Length && known[word - ShingleWords] && known[word + 1])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The skeleton hash of the word at or after <paramref name="index"/> (0 when none is there before
    /// <paramref name="limit"/>, or when its skeleton is empty), where it starts and where it ends.
    /// </summary>
    private static (ulong Hash, int Start, int End) NextWord(string text, int index, int limit)
    {
        while (index < limit && !IsWordPart(text[index]) && !IsForeign(text[index]))
        {
            index++;
        }

        var start = index;
        if (index == limit)
        {
            return (0, start, limit);
        }

        // A Latin word or a number is never verse: it breaks a run.
        if (IsForeign(text[index]))
        {
            while (index < limit && IsForeign(text[index]))
            {
                index++;
            }

            return (1, start, index);
        }

        // FNV-1a over the skeleton's letters, with and without the first one (a leading و stands apart), computed as
        // the letters are read: this runs for every word around every fix offered, so it builds no string.
        ulong all = FnvOffset, rest = FnvOffset;
        var length = 0;
        var first = '\0';
        for (; index < limit && IsWordPart(text[index]); index++)
        {
            var letter = Skeleton(text[index]);
            if (letter == '\0')
            {
                continue;
            }

            all = (all ^ letter) * FnvPrime;
            if (length > 0)
            {
                rest = (rest ^ letter) * FnvPrime;
            }
            else
            {
                first = letter;
            }

            length++;
        }

        if (length == 0 || (length == 1 && first == 'و'))
        {
            return (0, start, index);
        }

        return ((first == 'و' ? rest : all) | 2, start, index);
    }

    /// <summary>
    /// The end of the line from <paramref name="index"/>, or of as much of it as the words around a span can take up:
    /// a scraped article is often one line, and its end is not searched for at each fix offered in it.
    /// </summary>
    private static int LineEnd(string text, int index)
    {
        var window = text.AsSpan(index, Math.Min(text.Length - index, LineWindow));
        var end = window.IndexOfAny('\n', '\r');
        return index + (end < 0 ? window.Length : end);
    }

    private static char Skeleton(char c) => c switch
    {
        'ا' or 'أ' or 'إ' or 'آ' or 'ٱ' or 'ء' => '\0',
        'ؤ' => 'و',
        'ئ' or 'ى' => 'ي',
        'ة' => 'ه',
        _ when ArabicNormalizer.IsIgnorableMark(c) => '\0',
        _ => c,
    };

    private static bool IsWordPart(char c) => c is (>= '\u0621' and <= '\u064A') or '\u0671' || ArabicNormalizer.IsIgnorableMark(c);

    private static bool IsForeign(char c) => char.IsAsciiLetterOrDigit(c) || c is (>= '\u0660' and <= '\u0669');

    private static bool IsBreak(char c) => c is '\n' or '\r';
}
