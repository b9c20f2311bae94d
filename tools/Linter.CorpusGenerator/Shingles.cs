using Linter.Core.Arabic;
using Linter.Core.Corpus;

namespace Linter.CorpusGenerator;

/// <summary>
/// Word shingles of a document: its text normalized as the linter matches it (no diacritics or tatweel, Latin
/// lower-cased), split into words at every character that is not a letter or digit; a k-shingle is k consecutive words.
/// </summary>
public static class Shingles
{
    /// <summary>The words of <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var normalized = ArabicNormalizer.Normalize(text).Text;
        return WordShingles.WordRanges(normalized).ConvertAll(range => normalized[range]);
    }

    /// <summary>The set of <paramref name="size"/>-word shingles of <paramref name="text"/>.</summary>
    public static HashSet<string> Of(string text, int size)
    {
        var words = Words(text);
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + size <= words.Count; i++)
        {
            shingles.Add(string.Join(' ', words.Skip(i).Take(size)));
        }

        return shingles;
    }

    /// <summary>The Jaccard similarity of two documents' <paramref name="size"/>-word shingle sets (1 when both are empty).</summary>
    public static double Jaccard(string a, string b, int size)
    {
        var first = Of(a, size);
        var second = Of(b, size);
        var union = first.Count + second.Count;
        if (union == 0)
        {
            return 1;
        }

        var shared = first.Count(second.Contains);
        return (double)shared / (union - shared);
    }
}
