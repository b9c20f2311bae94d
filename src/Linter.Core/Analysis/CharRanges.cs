using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Linter.Core.Analysis;

/// <summary>
/// A set of UTF-16 characters as sorted, disjoint, non-adjacent ranges: what one element of a regular expression
/// (a character, an escape, a class) can match, read from .NET's own engine so that classes, categories and
/// case-insensitivity mean exactly what they mean to the pattern.
/// </summary>
internal sealed class CharRanges
{
    /// <summary>No character.</summary>
    public static readonly CharRanges Empty = new([]);

    /// <summary>Every character.</summary>
    public static readonly CharRanges All = new([(char.MinValue, char.MaxValue)]);

    // Every UTF-16 code unit once, in order: an element's matches in it are the characters it matches.
    private static readonly Lazy<string> EveryCharacter = new(() => string.Create(65536, 0, static (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)i;
        }
    }));

    private static readonly ConcurrentDictionary<(string Element, bool IgnoreCase), CharRanges> Cache = new();

    private readonly (char First, char Last)[] _ranges;

    private CharRanges((char First, char Last)[] ranges) => _ranges = ranges;

    /// <summary>The number of characters in the set.</summary>
    public int Count => _ranges.Sum(range => range.Last - range.First + 1);

    /// <summary>A set of one character.</summary>
    public static CharRanges Of(char character) => new([(character, character)]);

    /// <summary>
    /// The characters that <paramref name="element"/>, one element of a pattern that matches a single character (a
    /// character class, an escape such as \d or \u0640, a literal), matches.
    /// </summary>
    public static CharRanges Matching(string element, bool ignoreCase) => Cache.GetOrAdd((element, ignoreCase), static key =>
    {
        var options = RegexOptions.CultureInvariant | (key.IgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);

        // Repeated, the element matches each run of consecutive characters as one match: a class of a few ranges
        // is read in a few matches rather than one per character.
        var runs = new Regex($"(?:{key.Element})+", options, Regex.InfiniteMatchTimeout);
        var ranges = new List<(char, char)>();
        foreach (var match in runs.EnumerateMatches(EveryCharacter.Value))
        {
            ranges.Add(((char)match.Index, (char)(match.Index + match.Length - 1)));
        }

        return new CharRanges([.. ranges]);
    });

    /// <summary>The characters in either set.</summary>
    public CharRanges Union(CharRanges other)
    {
        if (other._ranges.Length == 0 || ReferenceEquals(this, other))
        {
            return this;
        }

        if (_ranges.Length == 0)
        {
            return other;
        }

        var all = _ranges.Concat(other._ranges).OrderBy(range => range.First).ToList();
        var merged = new List<(char First, char Last)> { all[0] };
        foreach (var (first, last) in all.Skip(1))
        {
            var (openFirst, openLast) = merged[^1];
            if (first <= openLast + 1)
            {
                merged[^1] = (openFirst, (char)Math.Max(openLast, last));
            }
            else
            {
                merged.Add((first, last));
            }
        }

        return new CharRanges([.. merged]);
    }

    /// <summary>The characters not in the set.</summary>
    public CharRanges Complement()
    {
        var complement = new List<(char, char)>();
        var next = 0;
        foreach (var (first, last) in _ranges)
        {
            if (first > next)
            {
                complement.Add(((char)next, (char)(first - 1)));
            }

            next = last + 1;
        }

        if (next <= char.MaxValue)
        {
            complement.Add(((char)next, char.MaxValue));
        }

        return new CharRanges([.. complement]);
    }

    /// <summary>Whether the set holds <paramref name="character"/>.</summary>
    public bool Contains(char character)
    {
        var low = 0;
        var high = _ranges.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (character < _ranges[middle].First)
            {
                high = middle - 1;
            }
            else if (character > _ranges[middle].Last)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many characters of the set most lines of text hold (letters of any script, the space, the commonest
    /// punctuation), counted up to one more than <paramref name="limit"/>. A set without any is rare: a line seldom
    /// holds one of its characters, so searching for one skips most lines.
    /// </summary>
    public int CommonCharacters(int limit)
    {
        var count = 0;
        foreach (var (first, last) in _ranges)
        {
            for (var character = (int)first; character <= last && count <= limit; character++)
            {
                if (IsCommon((char)character))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>The set for a vectorized search.</summary>
    public CharSearch ToSearch() => new(_ranges);

    /// <summary>A character that most lines of text hold. Modifier letters, such as the tatweel, are not among them.</summary>
    private static bool IsCommon(char character) =>
        character is ' ' or '.' or ',' or '\u060C' ||
        char.GetUnicodeCategory(character) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.OtherLetter;
}
