using Linter.Core.Arabic;
using Linter.Core.Corpus;

namespace Linter.Core.Tests.Corpus;

/// <summary>An injected pair: a document and its edited copy, with their exact Jaccard similarity.</summary>
/// <param name="Original">The original's index in the corpus.</param>
/// <param name="Copy">The copy's index, always after the original's.</param>
/// <param name="Jaccard">The exact Jaccard similarity of their sets of word shingles.</param>
internal sealed record InjectedPair(int Original, int Copy, double Jaccard);

/// <summary>
/// A generated corpus of articles written with the seed articles' words, each drawn at random (so two articles
/// share shingles only by design), and edited copies of some of them at known Jaccard similarities from 0.3 to 1:
/// words replaced, deleted and inserted at random places, then the exact similarity measured.
/// </summary>
internal static class NearDuplicateCorpus
{
    public const int ShingleWords = 3;

    private static readonly Lazy<string[]> Vocabulary = new(() =>
    [
        .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(path => ArabicNormalizer.Normalize(File.ReadAllText(path)).Text.Split([' ', '\n', '.', '،', ':', '"', '«', '»', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries))
            .Where(word => word.All(ArabicNormalizer.IsWordChar))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ]);

    /// <summary>The documents (normalized text, lines of about 15 words) and the injected pairs.</summary>
    public static (List<string> Documents, List<InjectedPair> Pairs) Generate(int originals, int copies, int seed)
    {
        var random = new Random(seed);
        var words = Vocabulary.Value;
        var documents = new List<List<string>>();
        for (var i = 0; i < originals; i++)
        {
            documents.Add([.. Enumerable.Range(0, random.Next(80, 400)).Select(_ => words[random.Next(words.Length)])]);
        }

        var pairs = new List<(int Original, int Copy)>();
        for (var i = 0; i < copies; i++)
        {
            var original = random.Next(originals);
            var copy = new List<string>(documents[original]);

            // The share of edited words sets the similarity: a few edits keep it near 1, a fifth of the words near 0.3.
            // Most copies are close, as most republished articles are.
            var edits = (int)(copy.Count * Math.Pow(random.NextDouble(), 2) * 0.2);
            for (var e = 0; e < edits; e++)
            {
                var at = random.Next(copy.Count);
                switch (random.Next(3))
                {
                    case 0:
                        copy[at] = words[random.Next(words.Length)];
                        break;
                    case 1 when copy.Count > 20:
                        copy.RemoveAt(at);
                        break;
                    default:
                        copy.Insert(at, words[random.Next(words.Length)]);
                        break;
                }
            }

            pairs.Add((original, documents.Count));
            documents.Add(copy);
        }

        var texts = documents.ConvertAll(document => string.Join('\n', document.Chunk(15).Select(line => string.Join(' ', line))));
        return (texts, [.. pairs.Select(pair => new InjectedPair(pair.Original, pair.Copy, WordShingles.Jaccard(texts[pair.Original], texts[pair.Copy], ShingleWords)))]);
    }
}
