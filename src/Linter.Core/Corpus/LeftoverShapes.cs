using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Linter.Core.Arabic;
using Linter.Core.Text;

namespace Linter.Core.Corpus;

/// <summary>Where a leftover of the page sits in a document.</summary>
public enum LeftoverKind
{
    /// <summary>A whole line: an end mark, a dateline, a footer, a signature.</summary>
    Line,

    /// <summary>A lead-in glued to the start of the first line: a byline or dateline ending in a colon or a dash.</summary>
    LeadIn,

    /// <summary>A tail glued to the end of the last line, after its last sentence.</summary>
    Tail,
}

/// <summary>
/// A piece of a document that may be a leftover of the page, with the keys of its shape. Whether it is one is decided
/// across the documents of its source: a key that recurs in a notable share of them makes it a leftover.
/// </summary>
/// <param name="Kind">Whole line, lead-in or tail.</param>
/// <param name="Span">What is reported, in the document's text.</param>
/// <param name="Deletion">What the fix deletes: the line with its break, or the lead-in or tail with the space that joined it.</param>
/// <param name="KeyStart">Where the candidate's keys start in <see cref="LeftoverShapes.Keys"/>.</param>
/// <param name="KeyCount">How many keys it has.</param>
/// <param name="Identity">
/// A key of its document's content: its longest line's shape; for a whole line that is itself the longest, the longest
/// other line's. Copies of one article share it, so that a line counts once however many times the article was
/// collected; and a line is never its own document's identity, or a long recurring line would count once.
/// </param>
public readonly record struct LeftoverCandidate(LeftoverKind Kind, TextSpan Span, TextSpan Deletion, int KeyStart, int KeyCount, ulong Identity);

/// <summary>A key of a leftover's shape and the texts it stands for.</summary>
/// <param name="Key">The key.</param>
/// <param name="Pattern">A regular expression over the folded normalized line that every text with the key matches.</param>
/// <param name="Literals">How many words the pattern spells out: the more, the more specific.</param>
public sealed record KeyPattern(ulong Key, string Pattern, int Literals);

/// <summary>
/// Finds the pieces of a document that have the shape of a leftover and computes their keys. A key is the line's
/// shape: its tokens, letter-folded, with every number the same (dates and times differ from one article to the
/// next), and the document's source mixed in, so keys of two sources never meet. A short line also has a key for
/// each of its words left out, and for its first or last two or three tokens left out, so that a dateline recurs
/// whatever its city and a signature whatever its name; a short line with a date or a time also has a key with all
/// its words left out, so a time stamp recurs whatever its weekday and month. A
/// lead-in's key is each word of it (a byline's outlet recurs, the reporter's name does not); a tail's is its first
/// two tokens. One instance serves one document at a time and reuses its buffers.
/// </summary>
public sealed class LeftoverShapes
{
    /// <summary>Lines with more tokens are article text, never a leftover.</summary>
    private const int MaxLineTokens = 40;

    /// <summary>The longest line that gets a key per word left out; and the fewest words it needs.</summary>
    private const int MaxTemplateTokens = 16;

    private const int MinTemplateWords = 3;

    /// <summary>A lead-in ends within this many tokens of the line's start.</summary>
    private const int MaxLeadInTokens = 9;

    /// <summary>A tail is at most this many tokens long.</summary>
    private const int MaxTailTokens = 12;

    /// <summary>Words that stand for the article text beside a lead-in or a tail when it is described alone.</summary>
    private const string Filler = "نص نص نص نص";

    private const ulong LineTag = 0x4c494e45;
    private const ulong LeadInTag = 0x4c454144;
    private const ulong TailTag = 0x5441494c;
    private const ulong PrefixLeftOut = 0x50524546;
    private const ulong SuffixLeftOut = 0x53554646;
    private const ulong Skeleton = 0x534b454c;

    /// <summary>A line of numbers and words is a date or time stamp with at least this many digits (a year and a day).</summary>
    private const int MinStampDigits = 6;
    private static readonly ulong WildcardHash = StableHash.Of("\u0001*");
    private static readonly ulong NumberHash = StableHash.Of("0");

    private readonly List<Token> _tokens = [];
    private readonly List<(int Line, int First, int Count)> _lines = [];

    // Set by Describe alone: the folded text of the document, so that each key can be written as a pattern.
    private string? _describedText;

    /// <summary>The candidates of the last document.</summary>
    public List<LeftoverCandidate> Candidates { get; } = [];

    /// <summary>The keys of the last document's candidates.</summary>
    public List<ulong> Keys { get; } = [];

    /// <summary>Filled by <see cref="Describe"/> only: each key of <see cref="Keys"/> as a pattern over the folded normalized line.</summary>
    private List<KeyPattern> Patterns { get; } = [];

    /// <summary>
    /// The keys of a leftover of one <paramref name="kind"/> whose text is <paramref name="text"/>, each with the
    /// pattern it stands for: a regular expression over the folded normalized line that matches every text sharing
    /// the key (the words a key leaves out match any word, numbers any number): a whole line's as a rule with
    /// scope: line takes it, unanchored; a lead-in's anchored to the line's start, a tail's to its end. The candidate is found again in a document of its text alone by the code that
    /// counted it, so a key and its pattern never disagree; a lead-in or a tail gets filler words beside it, where
    /// the text it is glued to would be.
    /// </summary>
    public static IReadOnlyList<KeyPattern> Describe(LeftoverKind kind, string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = text.ReplaceLineEndings(" ").Trim();
        var document = kind switch
        {
            LeftoverKind.LeadIn => line + " " + Filler,
            LeftoverKind.Tail => Filler + ". " + line,
            _ => line,
        };
        var shapes = new LeftoverShapes();
        var normalized = ArabicNormalizer.Normalize(document);
        shapes._describedText = normalized.Folded(LetterFolds.All);
        shapes.Find(new SourceText(document), normalized, source);
        var candidate = shapes.Candidates.FirstOrDefault(c => c.Kind == kind);
        return candidate.KeyCount == 0 ? [] : shapes.Patterns.GetRange(candidate.KeyStart, candidate.KeyCount);
    }

    /// <summary>Finds the candidates of one document of <paramref name="source"/>.</summary>
    public void Find(SourceText text, NormalizedText normalized, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(source);
        Candidates.Clear();
        Keys.Clear();
        Patterns.Clear();
        _tokens.Clear();
        _lines.Clear();
        var folded = normalized.Folded(LetterFolds.All);
        Tokenize(folded);
        // The longest line's shape identifies the article, and the longest other line's identifies it for that line.
        var (longest, longestAt, identity) = (0, -1, 0UL);
        var (second, otherIdentity) = (0, 0UL);
        for (var i = 0; i < _lines.Count; i++)
        {
            var (_, first, count) = _lines[i];
            if (count > longest)
            {
                (second, otherIdentity) = (longest, identity);
                (longest, longestAt, identity) = (count, i, Sequence(0, first, count, -1));
            }
            else if (count > second)
            {
                (second, otherIdentity) = (count, Sequence(0, first, count, -1));
            }
        }

        var sourceHash = StableHash.Of(source);
        var inBody = false;
        for (var i = 0; i < _lines.Count; i++)
        {
            var (line, first, count) = _lines[i];
            var isFirst = i == 0;
            var isLast = i == _lines.Count - 1;
            var words = WordsIn(first, count);
            // A line ending in a colon introduces what follows: in the body (after the first line ending in a full
            // stop) a quote or a list (وأضاف:), which many articles of a source share; in the head, above the first
            // sentence, a byline or a section label (الصحافة الاقتصادية :).
            if (count <= MaxLineTokens && (i < 2 || !inBody || !EndsWith(first, count, ':')) && (words > 0 || IsDateOrTime(folded, first, count)))
            {
                AddLine(text, folded, line, first, count, words, sourceHash, i == longestAt && _lines.Count > 1 ? otherIdentity : identity);
            }

            inBody |= EndsWith(first, count, '.');

            // A lead-in or a tail is a piece of its line: the rest of the line is the article's text.
            if (isFirst)
            {
                AddLeadIn(text, normalized, line, first, count, sourceHash, identity);
            }

            if (isLast)
            {
                AddTail(text, normalized, first, count, sourceHash, identity);
            }
        }
    }

    private void AddLine(SourceText text, string folded, int line, int first, int count, int words, ulong sourceHash, ulong identity)
    {
        var keyStart = Keys.Count;
        var lineHash = StableHash.Combine(sourceHash, LineTag);
        AddKey(Sequence(lineHash, first, count, -1), KeyForm.Line, first, count);
        if (count <= MaxTemplateTokens && words >= MinTemplateWords)
        {
            for (var t = first; t < first + count; t++)
            {
                if (_tokens[t].Class == TokenClass.Word)
                {
                    AddKey(Sequence(lineHash, first, count, t), KeyForm.WordLeftOut, first, count, t);
                }
            }

            // A place or a name of two or three words: a dateline's city (المدينة المنورة) or a signature's name.
            for (var left = 2; left <= 3; left++)
            {
                if (count - left >= 2 && WordsIn(first + left, count - left) >= 1)
                {
                    AddKey(Sequence(StableHash.Combine(lineHash, PrefixLeftOut + (ulong)left), first + left, count - left, -1), KeyForm.PrefixLeftOut, first + left, count - left, left);
                }

                if (count - left >= 2 && WordsIn(first, count - left) >= 1)
                {
                    AddKey(Sequence(StableHash.Combine(lineHash, SuffixLeftOut + (ulong)left), first, count - left, -1), KeyForm.SuffixLeftOut, first, count - left, left);
                }
            }
        }

        // A date or time stamp recurs whatever its weekday and month: every word of it the same, its numbers and
        // punctuation kept.
        if (count <= MaxTemplateTokens && Digits(folded, first, count, out var numbers) >= MinStampDigits && numbers >= 2)
        {
            var skeleton = StableHash.Combine(lineHash, Skeleton);
            for (var t = first; t < first + count; t++)
            {
                skeleton = StableHash.Combine(skeleton, _tokens[t].Class == TokenClass.Word ? WildcardHash : _tokens[t].Hash);
            }

            AddKey(skeleton, KeyForm.Stamp, first, count);
        }

        Candidates.Add(new LeftoverCandidate(LeftoverKind.Line, text.TrimmedLineSpan(line), text.LinesDeletionSpan(line, line), keyStart, Keys.Count - keyStart, identity));
    }

    /// <summary>
    /// A lead-in: the tokens up to the last colon or dash near the start of the first line, with no sentence
    /// punctuation before it, a word in it and a sentence after it.
    /// </summary>
    private void AddLeadIn(SourceText text, NormalizedText normalized, int line, int first, int count, ulong sourceHash, ulong identity)
    {
        var end = -1;
        for (var t = first; t < first + Math.Min(count, MaxLeadInTokens); t++)
        {
            var token = _tokens[t];
            if (token.Class == TokenClass.Punctuation)
            {
                if (token.Separates || token.Quotes)
                {
                    break;
                }

                if (token.Delimits)
                {
                    end = t;
                }
            }
        }

        if (end < 0 || WordsIn(first, end - first) == 0 || WordsIn(end + 1, first + count - end - 1) < MinTemplateWords)
        {
            return;
        }

        var keyStart = Keys.Count;
        var leadInHash = StableHash.Combine(sourceHash, LeadInTag);
        for (var t = first; t < end; t++)
        {
            var key = StableHash.Combine(leadInHash, _tokens[t].Hash);
            if (_tokens[t].Class == TokenClass.Word && !CollectionsMarshal.AsSpan(Keys)[keyStart..].Contains(key))
            {
                // The word recurs, the rest of the lead-in (a reporter's name, a city) is any words: but as many, and
                // with the same punctuation between them.
                AddKey(key, KeyForm.LeadInWord, first, end - first + 1, t);
            }
        }

        var start = text.TrimmedLineSpan(line).Start;
        var reported = TextSpan.FromBounds(start, normalized.ToOriginal(_tokens[end].Start, _tokens[end].End, text.Text).End);
        var deletion = TextSpan.FromBounds(start, normalized.OriginalIndex(_tokens[end + 1].Start));
        Candidates.Add(new LeftoverCandidate(LeftoverKind.LeadIn, reported, deletion, keyStart, Keys.Count - keyStart, identity));
    }

    /// <summary>A tail: the few tokens after the last sentence of the last line, starting with two words.</summary>
    private void AddTail(SourceText text, NormalizedText normalized, int first, int count, ulong sourceHash, ulong identity)
    {
        var end = first + count;
        var stop = end - 1;
        while (stop >= first && !_tokens[stop].EndsSentence)
        {
            stop--;
        }

        var tail = stop + 1;
        if (stop < first || end - tail > MaxTailTokens || end - tail < 2
            || _tokens[tail].Class != TokenClass.Word || _tokens[tail + 1].Class != TokenClass.Word)
        {
            return;
        }

        var keyStart = Keys.Count;
        // The tail's first two words recur; what follows them on the line is any text without a sentence's end.
        AddKey(StableHash.Combine(StableHash.Combine(StableHash.Combine(sourceHash, TailTag), _tokens[tail].Hash), _tokens[tail + 1].Hash), KeyForm.TailStart, tail, 2);
        var terminatorEnd = normalized.ToOriginal(_tokens[stop].Start, _tokens[stop].End, text.Text).End;
        var last = normalized.ToOriginal(_tokens[end - 1].Start, _tokens[end - 1].End, text.Text).End;
        var reported = TextSpan.FromBounds(normalized.OriginalIndex(_tokens[tail].Start), last);
        Candidates.Add(new LeftoverCandidate(LeftoverKind.Tail, reported, TextSpan.FromBounds(terminatorEnd, last), keyStart, 1, identity));
    }

    /// <summary>Adds a key of <paramref name="form"/> made from tokens <paramref name="first"/> on; when describing, also its pattern.</summary>
    /// <param name="key">The key.</param>
    /// <param name="form">What the key leaves out.</param>
    /// <param name="first">The first token the key is made of.</param>
    /// <param name="count">How many tokens it is made of.</param>
    /// <param name="argument">The word left out, the tokens left out before or after, or the lead-in's word kept.</param>
    private void AddKey(ulong key, KeyForm form, int first, int count, int argument = -1)
    {
        Keys.Add(key);
        if (_describedText is { } folded)
        {
            Patterns.Add(Pattern(folded, key, form, first, count, argument));
        }
    }

    private KeyPattern Pattern(string folded, ulong key, KeyForm form, int first, int count, int argument)
    {
        // A whole line's pattern is left unanchored: a rule with scope: line holds it to the whole line, spaces and a
        // final punctuation mark around it allowed. A lead-in is held to the line's start, a tail to its end.
        var pattern = new StringBuilder(form switch
        {
            KeyForm.PrefixLeftOut => $@"(?:\S+\s*){{1,{argument}}}",
            KeyForm.LeadInWord => @"^\s*",
            _ => string.Empty,
        });
        var literals = 0;
        for (var t = first; t < first + count; t++)
        {
            if (t > first)
            {
                // Two words or numbers in a row are apart; punctuation may be spaced or not, as outlets' pages vary.
                pattern.Append(_tokens[t].Class != TokenClass.Punctuation && _tokens[t - 1].Class != TokenClass.Punctuation ? @"\s+" : @"\s*");
            }

            var token = _tokens[t];
            var anyWord = token.Class == TokenClass.Word && form switch
            {
                KeyForm.WordLeftOut => t == argument,
                KeyForm.Stamp => true,
                KeyForm.LeadInWord => token.Hash != _tokens[argument].Hash,
                _ => false,
            };
            if (token.Class == TokenClass.Number)
            {
                pattern.Append(@"\d+(?:[.,/:٫٬]\d+)*");
            }
            else if (anyWord)
            {
                pattern.Append(@"[\w.]+");
            }
            else
            {
                literals += token.Class == TokenClass.Word ? 1 : 0;
                pattern.Append(Regex.Escape(folded[token.Start..token.End]));
            }
        }

        pattern.Append(form switch
        {
            KeyForm.SuffixLeftOut => $@"(?:\s*\S+){{1,{argument}}}",
            KeyForm.TailStart => @"[^.!?؟\n]{0,120}$",
            _ => string.Empty,
        });
        return new KeyPattern(key, pattern.ToString(), literals);
    }

    /// <summary>The hash of tokens <paramref name="first"/> on, with the one at <paramref name="wildcard"/> (unless -1) left out.</summary>
    private ulong Sequence(ulong seed, int first, int count, int wildcard)
    {
        var hash = seed;
        for (var t = first; t < first + count; t++)
        {
            hash = StableHash.Combine(hash, t == wildcard ? WildcardHash : _tokens[t].Hash);
        }

        return hash;
    }

    private int WordsIn(int first, int count)
    {
        var words = 0;
        for (var t = first; t < first + count; t++)
        {
            words += _tokens[t].Class == TokenClass.Word ? 1 : 0;
        }

        return words;
    }

    /// <summary>
    /// True when a line without words holds a date or a time (four digits or more): a line of a number alone, such as a
    /// list's (3), or of punctuation alone, such as a separator, is not a leftover of the page.
    /// </summary>
    private bool IsDateOrTime(string folded, int first, int count) => Digits(folded, first, count, out _) >= 4;

    /// <summary>The digits of a line's numbers, and how many numbers it has.</summary>
    private int Digits(string folded, int first, int count, out int numbers)
    {
        var digits = 0;
        numbers = 0;
        for (var t = first; t < first + count; t++)
        {
            if (_tokens[t].Class == TokenClass.Number)
            {
                numbers++;
                foreach (var c in folded.AsSpan(_tokens[t].Start, _tokens[t].End - _tokens[t].Start))
                {
                    digits += char.IsDigit(c) ? 1 : 0;
                }
            }
        }

        return digits;
    }

    private bool EndsWith(int first, int count, char c)
    {
        var last = _tokens[first + count - 1];
        return last.Class == TokenClass.Punctuation && last.LastChar == c;
    }

    /// <summary>
    /// Splits the folded text into tokens line by line: words, numbers (digits, with the points and slashes between
    /// them) and runs of punctuation.
    /// </summary>
    private void Tokenize(string folded)
    {
        var line = 0;
        var lineFirst = 0;
        var i = 0;
        while (i <= folded.Length)
        {
            if (i == folded.Length || folded[i] == '\n')
            {
                if (_tokens.Count > lineFirst)
                {
                    _lines.Add((line, lineFirst, _tokens.Count - lineFirst));
                }

                line++;
                lineFirst = _tokens.Count;
                i++;
                continue;
            }

            var c = folded[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (ArabicNormalizer.IsWordChar(c))
            {
                var hash = StableHash.Start;
                var length = 0;
                var letters = false;
                var inNumber = false;
                for (; i < folded.Length; i++)
                {
                    var d = folded[i];
                    if (char.IsDigit(d) || (inNumber && IsNumberJoiner(d) && i + 1 < folded.Length && char.IsDigit(folded[i + 1])))
                    {
                        // A number, whatever its digits, is one '0': dates and figures change from one article to the next.
                        if (!inNumber)
                        {
                            hash = StableHash.Add(hash, '0');
                            length++;
                            inNumber = true;
                        }
                    }
                    else if (ArabicNormalizer.IsWordChar(d) || IsAbbreviationPoint(folded, i))
                    {
                        letters |= d != '.';
                        hash = StableHash.Add(hash, d);
                        length++;
                        inNumber = false;
                    }
                    else
                    {
                        break;
                    }
                }

                _tokens.Add(letters
                    ? new Token(start, i, StableHash.Finish(hash, length), TokenClass.Word, folded[i - 1])
                    : new Token(start, i, NumberHash, TokenClass.Number, folded[i - 1]));
                continue;
            }

            var punctuation = StableHash.Start;
            while (i < folded.Length && !char.IsWhiteSpace(folded[i]) && !ArabicNormalizer.IsWordChar(folded[i]))
            {
                punctuation = StableHash.Add(punctuation, folded[i]);
                i++;
            }

            _tokens.Add(new Token(start, i, StableHash.Finish(punctuation, i - start), TokenClass.Punctuation, folded[i - 1], Delimiter(folded.AsSpan(start, i - start))));
        }
    }

    private static bool IsNumberJoiner(char c) => c is '.' or ',' or '/' or ':' or '٫' or '٬';

    /// <summary>A point between single letters, as in an agency's initials (د.ب.أ): part of the word, not a full stop.</summary>
    private static bool IsAbbreviationPoint(string text, int i) =>
        text[i] == '.' && i >= 1 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])
        && (i < 2 || !char.IsLetter(text[i - 2]));

    private static PunctuationRole Delimiter(ReadOnlySpan<char> run)
    {
        var role = PunctuationRole.None;
        foreach (var c in run)
        {
            role |= c switch
            {
                ':' or '-' or '–' or '—' => PunctuationRole.Delimits,
                '.' or '!' or '?' or '؟' or '،' or ',' or '؛' or ';' => PunctuationRole.EndsSentence,
                '"' or '«' or '»' or '“' or '”' => PunctuationRole.Quotes,
                _ => PunctuationRole.None,
            };
        }

        return role;
    }

    /// <summary>What a key keeps of its tokens.</summary>
    private enum KeyForm
    {
        /// <summary>A whole line, every token.</summary>
        Line,

        /// <summary>A whole line with one word any word.</summary>
        WordLeftOut,

        /// <summary>A whole line but its first few tokens.</summary>
        PrefixLeftOut,

        /// <summary>A whole line but its last few tokens.</summary>
        SuffixLeftOut,

        /// <summary>A date or time stamp: its numbers and punctuation, every word any word.</summary>
        Stamp,

        /// <summary>A lead-in: one of its words, the others any word.</summary>
        LeadInWord,

        /// <summary>A tail: its first two words.</summary>
        TailStart,
    }

    private enum TokenClass : byte
    {
        Word,
        Number,
        Punctuation,
    }

    [Flags]
    private enum PunctuationRole : byte
    {
        None = 0,
        Delimits = 1,
        EndsSentence = 2,
        Quotes = 4,
    }

    /// <summary>One token: where it is in the normalized text, its hash, and what its punctuation does.</summary>
    private readonly record struct Token(int Start, int End, ulong Hash, TokenClass Class, char LastChar, PunctuationRole Role = PunctuationRole.None)
    {
        public bool Delimits => (Role & PunctuationRole.Delimits) != 0;

        public bool Separates => (Role & PunctuationRole.EndsSentence) != 0;

        public bool EndsSentence => (Role & PunctuationRole.EndsSentence) != 0 && LastChar is not (',' or '،' or '؛' or ';');

        public bool Quotes => (Role & PunctuationRole.Quotes) != 0;
    }
}
