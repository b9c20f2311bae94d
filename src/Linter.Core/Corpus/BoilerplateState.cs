using System.Text;
using Linter.Core.Arabic;

namespace Linter.Core.Corpus;

/// <summary>Where a recurring leftover sits: a whole line, or glued before or after a line's text.</summary>
public enum BoilerplatePlacement
{
    /// <summary>The whole line.</summary>
    Line,

    /// <summary>Glued to the start of a body line, before a dash, bar or colon.</summary>
    Prefix,

    /// <summary>Glued to the end of a body line, after its last sentence or a dash.</summary>
    Suffix,
}

/// <summary>
/// What <c>discover boilerplate</c> collects: for every short line (at most <see cref="MaxLineWords"/> words) and every
/// lead-in or tail glued to a longer line, the documents per
/// source that hold it, keyed by its normalized text with letters folded and digits as 0. The text of a long line
/// is never kept. Merging adds counts and keeps the example of the earliest document,
/// so any split of the corpus gives the same state.
/// </summary>
public sealed class BoilerplateState : ICorpusState<BoilerplateState>
{
    /// <summary>Lines of more words are body text: only what is glued to their ends is collected.</summary>
    public const int MaxLineWords = 16;

    /// <summary>How far into a body line a lead-in, or from its end a tail, may reach, in words.</summary>
    public const int MaxGluedWords = 8;

    private const string SentenceEnds = ".!?؟";
    private const string Separators = "-–—|:";

    private readonly Dictionary<(BoilerplatePlacement, string), LineCounts> _items = [];

    /// <summary>The sources seen.</summary>
    public SourceTable Sources { get; } = new();

    /// <summary>Documents per source id.</summary>
    public SourceCounts DocumentsPerSource { get; } = new();

    /// <summary>Documents collected.</summary>
    public long Documents { get; private set; }

    /// <summary>Every collected line, lead-in and tail, by placement and key.</summary>
    public IReadOnlyDictionary<(BoilerplatePlacement Placement, string Key), LineCounts> Items => _items;

    /// <summary>The bytes this state takes, roughly: per item its key, example, counters and source counts.</summary>
    public long EstimatedBytes => _items.Sum(pair => 64 + 48 + (pair.Key.Item2.Length * 2L) + pair.Value.EstimatedBytes);

    /// <summary>The key a line or fragment is counted under: normalized, letters folded, each run of digits as 0, without trailing punctuation.</summary>
    public static string Key(string normalized)
    {
        var folded = LetterFolding.Fold(Trim(normalized), LetterFolds.All);
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsDigit(c))
            {
                if (key.Length == 0 || key[^1] != '0')
                {
                    key.Append('0');
                }
            }
            else
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    /// <inheritdoc />
    public void Collect(CorpusDocument document)
    {
        var source = Sources.IdOf(document.Source);
        Documents++;
        DocumentsPerSource.Add(source, 1);
        var lines = document.Normalized.Text.Split('\n').Select(line => line.Trim()).Where(HasLetters).ToList();
        var seen = new HashSet<(BoilerplatePlacement, string)>();
        foreach (var line in lines)
        {
            var words = line.Count(c => c == ' ') + 1;
            if (words <= MaxLineWords)
            {
                Count(BoilerplatePlacement.Line, line, document.Ordinal, source, seen);
            }

            if (words > MaxGluedWords)
            {
                if (LeadIn(line) is { } prefix)
                {
                    Count(BoilerplatePlacement.Prefix, prefix, document.Ordinal, source, seen);
                }

                if (Tail(line) is { } suffix)
                {
                    Count(BoilerplatePlacement.Suffix, suffix, document.Ordinal, source, seen);
                }
            }
        }
    }

    /// <inheritdoc />
    public void Merge(BoilerplateState other)
    {
        var idMap = Sources.Absorb(other.Sources);
        Documents += other.Documents;
        DocumentsPerSource.Add(other.DocumentsPerSource, idMap);
        foreach (var (key, theirs) in other._items)
        {
            if (!_items.TryGetValue(key, out var mine))
            {
                _items[key] = mine = new LineCounts(theirs.ExampleOrdinal, theirs.Example);
            }

            mine.Add(theirs, idMap);
        }
    }

    /// <summary>
    /// The lead-in of a body line: its text up to the first dash, bar or colon within its first words, when letters
    /// come after it (صدى الأخبار (خاص) - أعلن …).
    /// </summary>
    public static string? LeadIn(string line)
    {
        var window = WordWindowEnd(line, MaxGluedWords);
        var at = -1;
        for (var i = 0; i < window && at < 0; i++)
        {
            at = Separators.Contains(line[i], StringComparison.Ordinal) && !InsideWord(line, i) ? i : -1;
        }

        return at > 0 && HasLetters(line[..at]) && HasLetters(line[(at + 1)..]) ? line[..(at + 1)].Trim() : null;
    }

    /// <summary>
    /// The tail of a body line: what follows its last sentence end, or else its last dash or bar, within its last
    /// words (… الأسبوع.المصدر: الوطن, … الأسبوع - صدى الأخبار).
    /// </summary>
    public static string? Tail(string line)
    {
        var trimmed = Trim(line);
        var windowStart = WordWindowStart(trimmed, MaxGluedWords);
        var window = trimmed.AsSpan(windowStart);
        var end = window.LastIndexOfAny(SentenceEnds);
        var start = end >= 0 ? end + 1 : -1;
        for (var i = window.Length - 1; i >= 0 && start < 0; i--)
        {
            start = "-–—|".Contains(window[i], StringComparison.Ordinal) && !InsideWord(trimmed, windowStart + i) ? i : -1;
        }

        if (start < 0 || (start == 0 && end < 0))
        {
            return null;
        }

        var tail = trimmed[(windowStart + start)..].Trim();
        return HasLetters(tail) && HasLetters(trimmed[..(windowStart + start)]) ? tail : null;
    }

    private static bool HasLetters(string text) => text.Count(char.IsLetter) >= 2;

    /// <summary>True for a dash or colon between two letters or digits: part of a word (كومسومولسك-نا-أموري, سو-35), no separator.</summary>
    private static bool InsideWord(string text, int at) =>
        at > 0 && at + 1 < text.Length && char.IsLetterOrDigit(text[at - 1]) && char.IsLetterOrDigit(text[at + 1]);

    private static string Trim(string text) => text.Trim().TrimEnd('.', ':', '،', '-', '–', ' ');

    private static int WordWindowEnd(string line, int words)
    {
        var at = -1;
        for (var w = 0; w < words; w++)
        {
            at = line.IndexOf(' ', at + 1);
            if (at < 0)
            {
                return line.Length;
            }
        }

        return at;
    }

    private static int WordWindowStart(string line, int words)
    {
        var at = line.Length;
        for (var w = 0; w < words; w++)
        {
            at = at > 0 ? line.LastIndexOf(' ', at - 1) : -1;
            if (at < 0)
            {
                return 0;
            }
        }

        return at + 1;
    }

    private void Count(BoilerplatePlacement placement, string text, long ordinal, int source, HashSet<(BoilerplatePlacement, string)> seen)
    {
        var key = Key(text);
        if (key.Length == 0 || !seen.Add((placement, key)))
        {
            return;
        }

        if (!_items.TryGetValue((placement, key), out var counts))
        {
            _items[(placement, key)] = counts = new LineCounts(ordinal, text);
        }

        counts.Add(source, ordinal, text);
    }
}

/// <summary>The counts of one line, lead-in or tail in a <see cref="BoilerplateState"/>.</summary>
public sealed class LineCounts
{
    internal LineCounts(long exampleOrdinal, string example)
    {
        ExampleOrdinal = exampleOrdinal;
        Example = example;
    }

    /// <summary>Documents per source id that hold it.</summary>
    public SourceCounts Documents { get; } = new();

    /// <summary>Its normalized text in the earliest document (in path order) that holds it.</summary>
    public string Example { get; private set; }

    /// <summary>The ordinal of that document.</summary>
    public long ExampleOrdinal { get; private set; }

    /// <summary>The bytes these counts take, roughly.</summary>
    public long EstimatedBytes => 40 + (Example.Length * 2L) + Documents.EstimatedBytes;

    internal void Add(int source, long ordinal, string text)
    {
        Documents.Add(source, 1);
        Prefer(ordinal, text);
    }

    internal void Add(LineCounts other, IReadOnlyList<int> idMap)
    {
        Documents.Add(other.Documents, idMap);
        Prefer(other.ExampleOrdinal, other.Example);
    }

    private void Prefer(long ordinal, string text)
    {
        if (ordinal < ExampleOrdinal || (ordinal == ExampleOrdinal && string.CompareOrdinal(text, Example) < 0))
        {
            ExampleOrdinal = ordinal;
            Example = text;
        }
    }
}
