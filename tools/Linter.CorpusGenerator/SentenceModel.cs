using System.Text;

namespace Linter.CorpusGenerator;

/// <summary>
/// Article sentences made from the seed articles' words: a first-order Markov chain over the words of the seed
/// sentences. Five seed articles hold about a hundred sentences; copied whole, each would recur in hundreds of
/// generated articles and look like boilerplate. Walking the chain gives new sentences in the seeds' vocabulary,
/// with the seeds' word frequencies and neighbours.
/// </summary>
public sealed class SentenceModel
{
    private readonly Dictionary<string, List<string>> _next = new(StringComparer.Ordinal);
    private readonly List<string> _starts = [];
    private readonly List<string> _words = [];

    /// <summary>Builds the chain from every seed line of at least <paramref name="minimumWords"/> words (article sentences, not widgets or labels).</summary>
    public SentenceModel(IEnumerable<string> seedTexts, int minimumWords = 8)
    {
        foreach (var text in seedTexts)
        {
            foreach (var rawLine in text.Split('\n'))
            {
                var words = Words(rawLine);
                if (words.Count < minimumWords)
                {
                    continue;
                }

                _starts.Add(words[0]);
                for (var i = 0; i < words.Count; i++)
                {
                    _words.Add(words[i]);
                    if (i + 1 < words.Count)
                    {
                        if (!_next.TryGetValue(words[i], out var followers))
                        {
                            _next[words[i]] = followers = [];
                        }

                        followers.Add(words[i + 1]);
                    }
                }
            }
        }

        if (_starts.Count == 0)
        {
            throw new ArgumentException($"no seed line has {minimumWords} words or more", nameof(seedTexts));
        }
    }

    /// <summary>Every distinct word of the seed sentences, in first-seen order.</summary>
    public IReadOnlyList<string> Vocabulary => [.. _words.Distinct(StringComparer.Ordinal)];

    /// <summary>A word drawn with its seed frequency.</summary>
    public string RandomWord(Random random) => _words[random.Next(_words.Count)];

    /// <summary>A run of <paramref name="wordCount"/> words, without final punctuation.</summary>
    public string Words(Random random, int wordCount)
    {
        var builder = new StringBuilder();
        var word = _starts[random.Next(_starts.Count)];
        for (var i = 0; i < wordCount; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(word);
            word = _next.TryGetValue(word, out var followers) ? followers[random.Next(followers.Count)] : _starts[random.Next(_starts.Count)];
        }

        return builder.ToString();
    }

    /// <summary>A sentence of <paramref name="wordCount"/> words ending with a full stop.</summary>
    public string Sentence(Random random, int wordCount) => Words(random, wordCount) + ".";

    /// <summary>The words of a seed line, without the punctuation that ends or quotes them.</summary>
    private static List<string> Words(string line) =>
        [.. line.Split([' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim('.', '"', '«', '»', '“', '”', '(', ')', '،', ':', '؛', '!', '؟'))
            .Where(word => word.Length > 0)];
}
