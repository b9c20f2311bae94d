using System.Buffers;

namespace Linter.Core.Analysis;

/// <summary>
/// A vectorized search for the characters of a <see cref="CharRanges"/>. A set of a few ranges beyond ASCII, such as
/// the ASCII and Arabic-Indic digits, is searched range by range: <see cref="SearchValues{T}"/> holds such a set in a
/// probabilistic map, which Arabic letters, sharing its low bytes, keep sending to a slow check.
/// </summary>
internal sealed class CharSearch
{
    // The most ranges searched one by one; a set of more is left to SearchValues.
    private const int MaxRanges = 3;

    // Several ranges are searched a chunk at a time, so that a character found early ends the search early.
    private const int ChunkLength = 512;

    private readonly (char First, char Last)[]? _ranges;
    private readonly SearchValues<char>? _values;

    /// <summary>A search for the characters of <paramref name="ranges"/> (sorted, disjoint, non-adjacent).</summary>
    public CharSearch((char First, char Last)[] ranges)
    {
        if (ranges.Length <= MaxRanges && ranges.Any(range => range.Last > '\u007F'))
        {
            _ranges = ranges;
        }
        else
        {
            _values = SearchValues.Create([.. ranges.SelectMany(range => Enumerable.Range(range.First, range.Last - range.First + 1).Select(code => (char)code))]);
        }
    }

    /// <summary>The index of the first character of <paramref name="span"/> in the set; -1 when there is none.</summary>
    public int IndexOfAny(ReadOnlySpan<char> span)
    {
        if (_ranges is null)
        {
            return span.IndexOfAny(_values!);
        }

        if (_ranges.Length == 1)
        {
            return span.IndexOfAnyInRange(_ranges[0].First, _ranges[0].Last);
        }

        for (var offset = 0; offset < span.Length; offset += ChunkLength)
        {
            var chunk = span.Slice(offset, Math.Min(ChunkLength, span.Length - offset));
            var first = -1;
            foreach (var (low, high) in _ranges)
            {
                // Only what lies before a character already found can hold an earlier one.
                var found = (first < 0 ? chunk : chunk[..first]).IndexOfAnyInRange(low, high);
                if (found >= 0)
                {
                    first = found;
                }
            }

            if (first >= 0)
            {
                return offset + first;
            }
        }

        return -1;
    }

    /// <summary>The index of the first character of <paramref name="span"/> not in the set; -1 when there is none.</summary>
    public int IndexOfAnyExcept(ReadOnlySpan<char> span)
    {
        if (_ranges is null)
        {
            return span.IndexOfAnyExcept(_values!);
        }

        // What this finds ends a run of the set's characters, which is short where the set is rare.
        for (var i = 0; i < span.Length; i++)
        {
            if (!Contains(span[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the set holds <paramref name="character"/>.</summary>
    public bool Contains(char character)
    {
        if (_ranges is null)
        {
            return _values!.Contains(character);
        }

        foreach (var (low, high) in _ranges)
        {
            if ((uint)(character - low) <= (uint)(high - low))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="span"/> holds a character of the set.</summary>
    public bool ContainsAny(ReadOnlySpan<char> span) => IndexOfAny(span) >= 0;
}
