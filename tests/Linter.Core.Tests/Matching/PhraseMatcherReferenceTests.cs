using System.Text;
using Linter.Core.Arabic;
using Linter.Core.Matching;

namespace Linter.Core.Tests.Matching;

/// <summary>
/// The matcher against a brute-force reference that tries every registration at every place of random text. The
/// letters are few, so that phrases share beginnings, overlap, fold into one another and follow proclitics often.
/// </summary>
public class PhraseMatcherReferenceTests
{
    // Letters that fold (ا أ إ آ ٱ, ي ى, ه ة), proclitic letters (و ف ب ل ك), and two others.
    private const string Letters = "اأإآٱيىهةوفبلكمن";

    // Outside words, then inside them: a digit and a Latin letter.
    private const string Separators = " \n()-،";
    private const string OtherWordChars = "5x";

    private static readonly string[] Proclitics = ["و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فبال", "وكال", "لل", "ولل", "وب", "م", "بو"];

    private static readonly object[] Owners = [new(), new(), new()];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 10)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Finds_exactly_what_trying_every_phrase_at_every_place_finds(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 10; round++)
        {
            var registrations = RandomRegistrations(random);
            var matcher = new PhraseMatcher(registrations);
            var text = ArabicNormalizer.Normalize(RandomText(random, registrations));

            var expected = Reference(text.Text, registrations);
            Assert.Equal(expected, matcher.FindAll(text));

            var perOwner = matcher.FindPerOwner(text);
            foreach (var owner in Owners)
            {
                var kept = LeftmostLongest([.. expected.Where(match => match.Registration.Owner == owner)]);
                Assert.Equal(kept, perOwner.GetValueOrDefault(owner) ?? []);
            }

            Assert.Equal(Owners.Count(owner => expected.Any(match => match.Registration.Owner == owner)), perOwner.Count);
        }
    }

    [Fact]
    public async Task Texts_searched_at_once_on_several_threads_get_their_own_matches()
    {
        // The grouping by owner reuses a list of its thread's: four threads of their own search texts of one matcher
        // together.
        var random = new Random(11);
        var registrations = RandomRegistrations(random);
        var matcher = new PhraseMatcher(registrations);
        var texts = Enumerable.Range(0, 200).Select(_ => ArabicNormalizer.Normalize(string.Concat(Enumerable.Range(0, 1 + random.Next(20)).Select(_ => RandomText(random, registrations))))).ToList();
        string Show(Dictionary<object, List<PhraseMatch>> perOwner) =>
            string.Join(" | ", Owners.Select(owner => string.Join(' ', (perOwner.GetValueOrDefault(owner) ?? []).Select(match => $"{match.Start}-{match.End}"))));
        var expected = texts.Select(text => Show(matcher.FindPerOwner(text))).ToList();

        var atOnce = new string[texts.Count];
        using var start = new Barrier(4);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(first => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                for (var i = first; i < texts.Count; i += 4)
                {
                    atOnce[i] = Show(matcher.FindPerOwner(texts[i]));
                }
            },
            TaskCreationOptions.LongRunning)));

        Assert.Equal(expected, atOnce);
    }

    /// <summary>
    /// Every match, by trying each registration at each place: equal once both are folded by the registration's
    /// foldings, at a word's end when the phrase ends with a word character, and at a word's start, or after
    /// proclitics when the registration allows them, when it starts with one. In order of start, end, registration.
    /// </summary>
    private static List<PhraseMatch> Reference(string text, List<PhraseRegistration> registrations)
    {
        var matches = new List<(PhraseMatch Match, int Order)>();
        for (var start = 0; start < text.Length; start++)
        {
            for (var order = 0; order < registrations.Count; order++)
            {
                var registration = registrations[order];
                var phrase = registration.Phrase;
                var end = start + phrase.Length;
                if (end > text.Length
                    || LetterFolding.Fold(text[start..end], registration.Folds) != LetterFolding.Fold(phrase, registration.Folds)
                    || (ArabicNormalizer.IsWordChar(phrase[^1]) && end < text.Length && ArabicNormalizer.IsWordChar(text[end])))
                {
                    continue;
                }

                var wordStart = start;
                while (ArabicNormalizer.IsWordChar(phrase[0]) && wordStart > 0 && ArabicNormalizer.IsWordChar(text[wordStart - 1]))
                {
                    wordStart--;
                }

                if (wordStart == start || (registration.AllowCliticPrefix && Clitics.IsPrefix(text.AsSpan(wordStart, start - wordStart))))
                {
                    matches.Add((new PhraseMatch(registration, start, end, start - wordStart), order));
                }
            }
        }

        return [.. matches.OrderBy(m => m.Match.Start).ThenBy(m => m.Match.End).ThenBy(m => m.Order).Select(m => m.Match)];
    }

    /// <summary>Longest first at each place, the first registered of equally long ones, then greedily without overlaps.</summary>
    private static List<PhraseMatch> LeftmostLongest(List<PhraseMatch> matches)
    {
        var kept = new List<PhraseMatch>();
        foreach (var match in matches.OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (kept.Count == 0 || match.Start >= kept[^1].End)
            {
                kept.Add(match);
            }
        }

        return kept;
    }

    /// <summary>
    /// About thirty phrases of one to three short words, some bounded by punctuation, some registered twice; each
    /// with its own foldings, clitic permission and owner, and its place in the list as its tag so that two
    /// registrations of one phrase differ.
    /// </summary>
    private static List<PhraseRegistration> RandomRegistrations(Random random)
    {
        var registrations = new List<PhraseRegistration>();
        while (registrations.Count < 30)
        {
            var phrase = registrations.Count > 0 && random.Next(8) == 0
                ? registrations[random.Next(registrations.Count)].Phrase
                : ArabicNormalizer.NormalizePhrase(RandomPhrase(random));
            if (phrase.Length > 0)
            {
                var folds = (LetterFolds)random.Next((int)LetterFolds.All + 1);
                registrations.Add(new PhraseRegistration(Owners[random.Next(Owners.Length)], phrase, folds, random.Next(3) > 0, registrations.Count));
            }
        }

        return registrations;
    }

    private static string RandomPhrase(Random random)
    {
        var phrase = new StringBuilder();
        if (random.Next(6) == 0)
        {
            phrase.Append(Separators[random.Next(Separators.Length)]);
        }

        var words = random.Next(4) == 0 ? 2 + random.Next(2) : 1;
        for (var word = 0; word < words; word++)
        {
            phrase.Append(word > 0 ? " " : string.Empty).Append(RandomWord(random, 1 + random.Next(4)));
        }

        if (random.Next(6) == 0)
        {
            phrase.Append(Separators[random.Next(Separators.Length)]);
        }

        return phrase.ToString();
    }

    private static string RandomWord(Random random, int length)
    {
        var word = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            word.Append(random.Next(12) == 0 ? OtherWordChars[random.Next(OtherWordChars.Length)] : Letters[random.Next(Letters.Length)]);
        }

        return word.ToString();
    }

    /// <summary>Phrases (with letters swapped for others they may fold into), proclitics and random words, glued or apart.</summary>
    private static string RandomText(Random random, List<PhraseRegistration> registrations)
    {
        var text = new StringBuilder();
        for (var piece = 0; piece < 60; piece++)
        {
            if (random.Next(3) == 0)
            {
                text.Append(Proclitics[random.Next(Proclitics.Length)]);
            }

            if (random.Next(3) > 0)
            {
                foreach (var c in registrations[random.Next(registrations.Count)].Phrase)
                {
                    text.Append(random.Next(4) == 0 ? FoldingVariant(random, c) : c);
                }
            }
            else
            {
                text.Append(RandomWord(random, 1 + random.Next(5)));
            }

            if (random.Next(4) > 0)
            {
                text.Append(Separators[random.Next(Separators.Length)]);
            }
        }

        return text.ToString();
    }

    /// <summary>A letter that folds to the same letter as <paramref name="c"/>, or <paramref name="c"/>.</summary>
    private static char FoldingVariant(Random random, char c)
    {
        var variants = Letters.Where(other => LetterFolding.Fold(other, LetterFolds.All) == LetterFolding.Fold(c, LetterFolds.All)).ToList();
        return variants.Count > 0 ? variants[random.Next(variants.Count)] : c;
    }
}
