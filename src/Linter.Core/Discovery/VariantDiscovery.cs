using Linter.Core.Arabic;
using Linter.Core.Corpus;

namespace Linter.Core.Discovery;

/// <summary>
/// The final step of <c>discover variants</c>: reads a merged <see cref="VariantState"/> and finds families of
/// spellings of one name. Spellings sharing a phonetic key (<see cref="ArabicPhoneticKey"/>) are linked when they
/// occur often enough, are close in edit distance, are used among the same neighbours, and are not two ordinary words: with the state's
/// lexicon, two words it knows are linked only when they differ in the g of a loanword alone (الكونغرس, الكونجرس),
/// and a word it knows is linked to one it does not only when they differ in one letter and the unknown one is not
/// rare beside it; without a lexicon, a word that mostly takes the article ال is taken for an ordinary word. An inflected form of another word of the corpus
/// is never linked. Clitic prefixes are folded into the bare spelling (وبيونغ يانغ counts for بيونغ يانغ) when the
/// bare spelling is at least as common, so بوينغ stays Boeing and is no clitic on وينغ; a spelling that a clitic
/// turns into a commoner word (انت in كانت) is left out, since a rule for it would match there. A word that occurs
/// mostly inside a longer name is reported as part of it.
/// </summary>
public static class VariantDiscovery
{
    /// <summary>The fewest letters of a known word that may be a loanword's spelling; shorter ones are Arabic words more often than not.</summary>
    private const int MinLoanwordLength = 5;

    private static readonly string[] InflectionSuffixes = ["يات", "ات", "ون", "ين", "وا", "ية", "يه", "ها", "هم"];

    /// <summary>Finds the families in <paramref name="state"/> whose spellings the loaded rules do not list.</summary>
    /// <param name="state">The merged state of the whole corpus.</param>
    /// <param name="listed">The spellings the loaded rules list; terms they cover are left out.</param>
    /// <param name="options">The thresholds.</param>
    public static VariantReport Discover(VariantState state, ListedSpellings listed, VariantOptions? options = null)
    {
        options ??= new VariantOptions();
        var (terms, shadowed) = Fold(state);
        // Terms that could be a name; a longer one of them takes in the words it nearly always holds, even when the
        // rules list it (كيم جونغ of كيم جونغ أون).
        var names = terms
            .Where(pair => pair.Value.Occurrences >= options.MinOccurrences
                && (state.Lexicon is not null || pair.Value.ArticleShare <= options.MaxArticleShare)
                && !shadowed.Contains(pair.Key)
                && ArabicPhoneticKey.Strength(pair.Key) >= options.MinKeyStrength
                && IsCohesive(pair.Key, pair.Value, terms, state, options))
            .Select(pair => pair.Key)
            .ToHashSet(StringComparer.Ordinal);
        var listedPhrases = terms
            .Where(pair => pair.Key.Contains(' ', StringComparison.Ordinal) && listed.Lists(pair.Key))
            .GroupBy(pair => ListedSpellings.Fold(pair.Key), pair => pair.Value.Occurrences, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Sum(), StringComparer.Ordinal);
        var candidates = names.Where(name => !IsListed(name, terms[name], listed, listedPhrases, options)).ToHashSet(StringComparer.Ordinal);
        candidates.ExceptWith(Subsumed(names, terms, options));
        var companions = new NameCompanions(
            terms.Keys,
            term => terms[term].Sources,
            candidates.SelectMany(candidate => candidate.Split(' ')).ToHashSet(StringComparer.Ordinal));

        var families = new List<VariantFamily>();
        foreach (var group in candidates.GroupBy(ArabicPhoneticKey.Of, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            var members = group.Order(StringComparer.Ordinal).ToList();
            var candidateLinks = new List<(int A, int B, double Similarity)>();
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    if (Link(members[a], members[b], terms, companions, state.Lexicon, options) is { } similarity)
                    {
                        candidateLinks.Add((a, b, similarity));
                    }
                }
            }

            // The most alike first; a link that would put two words the lexicon tells apart into one family is not
            // made, so a rare spelling between two words (جدة ~ جداوية ~ جديدة) chains nothing.
            var links = new UnionFind(members.Count);
            var componentOf = Enumerable.Range(0, members.Count).Select(index => new List<int> { index }).ToArray();
            var linked = new List<(int A, int B, double Similarity)>();
            foreach (var link in candidateLinks.OrderByDescending(link => link.Similarity).ThenBy(link => link.A).ThenBy(link => link.B))
            {
                var (rootA, rootB) = (links.Find(link.A), links.Find(link.B));
                if (rootA == rootB
                    || componentOf[rootA].Any(x => componentOf[rootB].Any(y => AreDifferentWords(members[x], members[y], state.Lexicon))))
                {
                    continue;
                }

                links.Union(rootA, rootB);
                var root = links.Find(rootA);
                componentOf[root] = [.. componentOf[rootA], .. componentOf[rootB]];
                linked.Add(link);
            }

            foreach (var component in Enumerable.Range(0, members.Count).GroupBy(links.Find).Where(component => component.Count() > 1))
            {
                var forms = component
                    .Select(index => Form(members[index], terms[members[index]], state.Sources))
                    .OrderByDescending(form => form.Occurrences).ThenBy(form => form.Text, StringComparer.Ordinal)
                    .ToList();
                var lowest = linked.Where(link => links.Find(link.A) == component.Key).Min(link => link.Similarity);
                families.Add(new VariantFamily(group.Key, forms[0].Text, forms, Math.Round(lowest, 3)));
            }
        }

        return new VariantReport(
            state.Documents,
            state.Words,
            [.. families.OrderByDescending(family => family.Occurrences).ThenBy(family => family.Preferred, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// True when the rules list the term, or list a phrase holding it that the corpus writes for most of the term's
    /// occurrences (<see cref="VariantOptions.Subsumption"/>): بوينغ, mostly Boeing alone, is not listed by a typo
    /// بوينغ يانغ.
    /// </summary>
    private static bool IsListed(string term, FoldedTerm counts, ListedSpellings listed, Dictionary<string, long> listedPhrases, VariantOptions options) =>
        listed.Covers(term)
        || listed.PhrasesHolding(term).Sum(phrase => listedPhrases.GetValueOrDefault(phrase)) >= options.Subsumption * counts.Occurrences;

    /// <summary>
    /// The terms with clitic prefixes folded into the bare term when the corpus has it: وزيلينسكي and لزيلينسكي count
    /// for زيلينسكي, and how many of them carried the article is kept. Also the bare terms that a clitic other than the
    /// article turns into a commoner word (انت of كانت, وينغ of بوينغ): those words are not folded, and the bare term
    /// is shadowed by them.
    /// </summary>
    private static (Dictionary<string, FoldedTerm> Terms, HashSet<string> Shadowed) Fold(VariantState state)
    {
        var folded = new Dictionary<string, FoldedTerm>(StringComparer.Ordinal);
        var shadowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (term, counts) in state.Terms)
        {
            var (bare, article, shadows) = StripClitics(term, state);
            if (shadows is not null)
            {
                shadowed.Add(shadows);
            }

            if (!folded.TryGetValue(bare, out var target))
            {
                folded[bare] = target = new FoldedTerm(state.Sources.Names.Count);
            }

            target.Add(counts, article);
            if (HasArticle(bare))
            {
                // A term that begins with ال and has no bare form in the corpus, or has ال on a later word, still carries the article.
                target.ArticleOccurrences += counts.Occurrences;
            }
        }

        return (folded, shadowed);
    }

    /// <summary>
    /// The term without the clitic prefix of its first word, when the corpus also holds the rest alone and, unless the
    /// prefix ends in the article, at least as often; whether the prefix held ال; and the rest when it is not taken off
    /// for being the rarer: then the prefixed word is another word.
    /// </summary>
    private static (string Bare, bool Article, string? Shadows) StripClitics(string term, VariantState state)
    {
        var firstWord = term.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? term[..space] : term;
        string? shadows = null;
        for (var length = Math.Min(4, firstWord.Length - 3); length >= 1; length--)
        {
            var prefix = firstWord.AsSpan(0, length);
            if (!Clitics.IsPrefix(prefix))
            {
                continue;
            }

            var rest = term[length..];
            if (state.Terms.TryGetValue(rest, out var bare))
            {
                var article = prefix.EndsWith("ال") || prefix.EndsWith("لل");
                if (article || !state.Terms.TryGetValue(term, out var whole) || bare.Occurrences >= whole.Occurrences)
                {
                    return (rest, article, null);
                }

                shadows ??= rest;
            }
        }

        return (term, false, shadows);
    }

    /// <summary>
    /// True when a word of the term begins with ال and has three letters or more after it: the article, which names
    /// seldom take. A name that begins with those letters (ألبرت written البرت) is taken for it too: without a lexicon
    /// the two cannot be told apart.
    /// </summary>
    private static bool HasArticle(string term) => term.Split(' ').Any(StartsWithArticle);

    private static bool StartsWithArticle(string word) => word.Length >= 5 && word.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>
    /// True when a word is an inflected form of another word of the corpus: a plural, a verb ending, a nisba or a pronoun suffix on a
    /// stem that occurs at least half as often (اتفاقات and اتفاقيات of اتفاق). Two such words are forms of one
    /// ordinary word, not spellings of a name.
    /// </summary>
    private static bool IsInflected(string word, Dictionary<string, FoldedTerm> terms, VariantOptions options)
    {
        if (word.Contains(' ', StringComparison.Ordinal) || !terms.TryGetValue(word, out var counts))
        {
            return false;
        }

        var least = Math.Max(options.MinOccurrences, counts.Occurrences / 2);
        foreach (var suffix in InflectionSuffixes)
        {
            if (word.Length - suffix.Length >= 3
                && word.EndsWith(suffix, StringComparison.Ordinal)
                && terms.TryGetValue(word[..^suffix.Length], out var stem)
                && stem.Occurrences >= least)
            {
                return true;
            }
        }

        // An adverb made of a nisba adjective (جينيا, genetically, of جينية) beside the adjective.
        return word.Length >= 5
            && word.EndsWith("يا", StringComparison.Ordinal)
            && terms.TryGetValue(string.Concat(word.AsSpan(0, word.Length - 1), "ة"), out var adjective)
            && adjective.Occurrences >= least;
    }

    /// <summary>True for a single word, or a word sequence that occurs often enough against its rarest word to be one name.</summary>
    private static bool IsCohesive(string term, FoldedTerm counts, Dictionary<string, FoldedTerm> folded, VariantState state, VariantOptions options)
    {
        var words = term.Split(' ');
        if (words.Any(word => word.Length < 2))
        {
            return false;
        }

        if (words.Length == 1)
        {
            return !CorpusWords.IsFunctionWord(term);
        }

        // Each word counted with its clitic forms: لنخاف counts as نخاف, so تصريحات لنخاف is no name.
        var rarest = words.Min(word => folded.TryGetValue(StripClitics(word, state).Bare, out var wordCounts) ? wordCounts.Occurrences : long.MaxValue);
        return counts.Occurrences >= options.MinCohesion * rarest;
    }

    /// <summary>Names that occur mostly inside one longer name: reported as part of it (or left out with it), not on their own.</summary>
    private static HashSet<string> Subsumed(HashSet<string> names, Dictionary<string, FoldedTerm> terms, VariantOptions options)
    {
        var subsumed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var longer in names.Where(name => name.Contains(' ', StringComparison.Ordinal)))
        {
            var counts = terms[longer];
            var words = longer.Split(' ');
            for (var length = 1; length < words.Length; length++)
            {
                for (var start = 0; start + length <= words.Length; start++)
                {
                    var part = string.Join(' ', words, start, length);
                    if (names.Contains(part) && counts.Occurrences >= options.Subsumption * terms[part].Occurrences)
                    {
                        subsumed.Add(part);
                    }
                }
            }
        }

        return subsumed;
    }

    /// <summary>The context similarity when two spellings with one key are linked; null when they are not.</summary>
    private static double? Link(string a, string b, Dictionary<string, FoldedTerm> terms, NameCompanions companions, ArabicLexicon? lexicon, VariantOptions options)
    {
        var first = terms[a];
        var second = terms[b];
        var joinedA = a.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var joinedB = b.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (ArabicPhoneticKey.EditDistance(joinedA, joinedB) > options.MaxEditShare * Math.Max(joinedA.Length, joinedB.Length)
            || (lexicon is null && (first.ArticleShare > options.MaxArticleShare || second.ArticleShare > options.MaxArticleShare))
            || AreDifferentWords(a, b, lexicon)
            || ArabicPhoneticKey.SubstitutesVowel(a, b)
            || DifferInEndingAlone(joinedA, joinedB)
            || (lexicon is not null && !IsVariantOfKnownWord(a, b, first, second, lexicon, options))
            || DifferingWords(a, b).Any(word => IsInflected(word, terms, options))
            || KeepDifferentCompany(a, b, terms, companions, options))
        {
            return null;
        }

        var similarity = ContextSimilarity(a, b, terms);
        return similarity >= (IsLoanwordSpelling(a, b, first, second, lexicon, options) ? options.MinSpellingContextSimilarity : options.MinContextSimilarity)
            ? similarity
            : null;
    }

    /// <summary>
    /// True when two spellings the lexicon does not know, each seen <see cref="VariantOptions.MinSpellingOccurrences"/>
    /// times or more in <see cref="VariantOptions.MinSpellingDocuments"/> documents or more (a name of one article says
    /// little), differ only where a loanword's g is written ج or غ (جراند, غراند; هامبورغ, هامبورج), or by one
    /// vowel letter added to a name of <see cref="VariantOptions.MinVowelSpellingLength"/> letters or more (فرنسيس,
    /// فرانسيس; تورنتو, تورونتو). The spelling alone tells such a pair, and a name seen a few dozen times has too few
    /// neighbours for their profiles to agree: the context need only not gainsay it
    /// (<see cref="VariantOptions.MinSpellingContextSimilarity"/>).
    /// </summary>
    private static bool IsLoanwordSpelling(string a, string b, FoldedTerm first, FoldedTerm second, ArabicLexicon? lexicon, VariantOptions options)
    {
        if (lexicon is null
            || Math.Min(first.Occurrences, second.Occurrences) < options.MinSpellingOccurrences
            || Math.Min(first.Documents, second.Documents) < options.MinSpellingDocuments
            || DifferingWords(a, b).Any(lexicon.Knows))
        {
            return false;
        }

        var (joinedA, joinedB) = (a.Replace(" ", string.Empty, StringComparison.Ordinal), b.Replace(" ", string.Empty, StringComparison.Ordinal));
        var (shorter, longer) = joinedA.Length <= joinedB.Length ? (joinedA, joinedB) : (joinedB, joinedA);
        return (shorter.Length == longer.Length && shorter.Zip(longer).All(pair => pair.First == pair.Second || (IsLoanwordG(pair.First) && IsLoanwordG(pair.Second))))
            || (longer.Length >= options.MinVowelSpellingLength
                && longer.Length == shorter.Length + 1
                && Enumerable.Range(0, longer.Length).Any(i => longer[i] is 'ا' or 'و' or 'ي' && string.Concat(longer.AsSpan(0, i), longer.AsSpan(i + 1)) == shorter));
    }

    // Not ق: the g of an Arabic name in the Gulf's speech, so ق and ج there are two names as often as one (رزيق, رزيج).
    private static bool IsLoanwordG(char c) => c is 'ج' or 'غ';

    /// <summary>
    /// True when, in a word where two terms of as many words differ, one keeps a first name or surname the other never
    /// has though it is common enough to show it (آشتون كارتر, never آشتون كريتر): two names a vowel apart.
    /// </summary>
    private static bool KeepDifferentCompany(string a, string b, Dictionary<string, FoldedTerm> terms, NameCompanions companions, VariantOptions options)
    {
        var wordsA = a.Split(' ');
        var wordsB = b.Split(' ');
        return wordsA.Length == wordsB.Length
            && wordsA.Zip(wordsB).Any(pair => pair.First != pair.Second
                && terms.TryGetValue(pair.First, out var first)
                && terms.TryGetValue(pair.Second, out var second)
                && companions.Differ(pair.First, first.Sources, pair.Second, second.Sources, options));
    }

    /// <summary>
    /// True when the lexicon knows the words in which two terms differ, and they differ in more than the g of a loanword
    /// (الكونغرس, الكونجرس): محمد and محمود, سوريا and سويسرا are two words.
    /// </summary>
    private static bool AreDifferentWords(string a, string b, ArabicLexicon? lexicon) =>
        lexicon is not null
        && DifferingWords(a, b).All(lexicon.Knows)
        && !DifferInGAlone(a.Replace(" ", string.Empty, StringComparison.Ordinal), b.Replace(" ", string.Empty, StringComparison.Ordinal));

    /// <summary>
    /// True when two words differ only in endings of up to three letters made of ا و ي ه ة ت ن: an inflection
    /// (علاقته, علاقاته; توعية, توعوية; مشترين, مشترون), not a spelling. A vowel added before one last letter other than ه
    /// or ة is the spelling of a name (بوتن, بوتين; مارتن, مارتين).
    /// </summary>
    private static bool DifferInEndingAlone(string a, string b)
    {
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        if (common == a.Length && common == b.Length)
        {
            // The same letters apart and joined (بيونغ يانغ, بيونغيانغ): no ending differs.
            return false;
        }

        var (endingA, endingB) = (a[common..], b[common..]);
        var (shorter, longer) = endingA.Length <= endingB.Length ? (endingA, endingB) : (endingB, endingA);
        var vowelBeforeLastLetter = shorter.Length == 1 && shorter[0] is not ('ه' or 'ة') && longer.Length == 2 && longer[0] is 'ا' or 'و' or 'ي' && longer[1] == shorter[0];
        return longer.Length <= 3 && (endingA + endingB).All(c => c is 'ا' or 'و' or 'ي' or 'ه' or 'ة' or 'ت' or 'ن') && !vowelBeforeLastLetter;
    }

    /// <summary>
    /// False when one term is a known word and the other is not, unless the known one has five letters or more, the
    /// other differs from it in one vowel letter or the g (مليشيات of ميليشيات), not in a consonant or a doubled one
    /// (ممنهجة beside منهجة), and is common enough beside it
    /// (<see cref="VariantOptions.MinUnknownShare"/>): a short known word is Arabic more often than a loanword, and an
    /// unknown word near it is mostly another name (جنيد beside جنود) or an inflection the lexicon misses.
    /// </summary>
    private static bool IsVariantOfKnownWord(string a, string b, FoldedTerm first, FoldedTerm second, ArabicLexicon lexicon, VariantOptions options)
    {
        var differing = DifferingWords(a, b).ToList();
        var knownA = differing.Where((_, index) => index % 2 == 0).All(lexicon.Knows);
        var knownB = differing.Where((_, index) => index % 2 == 1).All(lexicon.Knows);
        if (knownA == knownB)
        {
            return true;
        }

        var (known, unknown) = knownA ? (first, second) : (second, first);
        return (knownA ? a : b).Replace(" ", string.Empty, StringComparison.Ordinal).Length >= MinLoanwordLength
            && ArabicPhoneticKey.EditDistance(LetterFolding.Fold(a, LetterFolds.All), LetterFolding.Fold(b, LetterFolds.All)) <= 1
            && ArabicPhoneticKey.Consonants(a) == ArabicPhoneticKey.Consonants(b)
            && unknown.Occurrences >= options.MinUnknownShare * known.Occurrences;
    }

    /// <summary>
    /// True when two spellings of six letters or more differ only where one writes the g of a loanword ج and the other
    /// غ. Shorter ones are Arabic words more often than not (جدا, غدا; غرب, جرب).
    /// </summary>
    private static bool DifferInGAlone(string a, string b) =>
        a.Length == b.Length && a.Length >= MinLoanwordLength + 1 && a.Zip(b).All(pair => pair.First == pair.Second || (pair.First is 'ج' or 'غ' && pair.Second is 'ج' or 'غ'));

    /// <summary>
    /// How alike the neighbours of two spellings are. Where both have the same number of words, the words that
    /// differ are compared (a shared word would make any two sequences look alike); otherwise (apart against
    /// joined) what stands before the first word and after the last.
    /// </summary>
    private static double ContextSimilarity(string a, string b, Dictionary<string, FoldedTerm> terms)
    {
        var wordsA = a.Split(' ');
        var wordsB = b.Split(' ');
        if (wordsA.Length == wordsB.Length)
        {
            var lowest = 1.0;
            for (var i = 0; i < wordsA.Length; i++)
            {
                if (wordsA[i] != wordsB[i])
                {
                    lowest = Math.Min(lowest, Cosine(Context(wordsA[i], terms), Context(wordsB[i], terms), 0, 2 * VariantState.ContextBuckets));
                }
            }

            return lowest;
        }

        var left = Cosine(Context(wordsA[0], terms), Context(wordsB[0], terms), 0, VariantState.ContextBuckets);
        var right = Cosine(Context(wordsA[^1], terms), Context(wordsB[^1], terms), VariantState.ContextBuckets, 2 * VariantState.ContextBuckets);
        return Math.Min(left, right);
    }

    /// <summary>The words in which two terms of as many words differ; both whole terms when their word counts differ.</summary>
    private static IEnumerable<string> DifferingWords(string a, string b)
    {
        var wordsA = a.Split(' ');
        var wordsB = b.Split(' ');
        return wordsA.Length == wordsB.Length
            ? wordsA.Zip(wordsB).Where(pair => pair.First != pair.Second).SelectMany(pair => new[] { pair.First, pair.Second })
            : [a, b];
    }

    private static long[]? Context(string word, Dictionary<string, FoldedTerm> terms) => terms.TryGetValue(word, out var counts) ? counts.Context : null;

    private static double Cosine(long[]? a, long[]? b, int from, int to)
    {
        if (a is null || b is null)
        {
            return 0;
        }

        double dot = 0, normA = 0, normB = 0;
        for (var i = from; i < to; i++)
        {
            dot += (double)a[i] * b[i];
            normA += (double)a[i] * a[i];
            normB += (double)b[i] * b[i];
        }

        return normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }

    private static VariantForm Form(string text, FoldedTerm counts, SourceTable sources) => new(
        text,
        counts.Occurrences,
        counts.Documents,
        [.. counts.Sources.Select((count, id) => new SourceCount(sources.Names[id], count))
            .Where(count => count.Count > 0)
            .OrderByDescending(count => count.Count)
            .ThenBy(count => count.Source, StringComparer.Ordinal)]);

    /// <summary>
    /// A term's counts with its clitic-prefixed forms added. Its counts per source and its neighbour profile are added
    /// up when first asked for: only the few terms that could be names are compared.
    /// </summary>
    private sealed class FoldedTerm(int sources)
    {
        private TermCounts _first;
        private bool _hasFirst;
        private List<TermCounts>? _more;
        private long[]? _sources;
        private long[]? _context;

        public long Occurrences { get; private set; }

        public long Documents { get; private set; }

        public long ArticleOccurrences { get; set; }

        public double ArticleShare => Occurrences == 0 ? 0 : (double)ArticleOccurrences / Occurrences;

        public long[] Sources => _sources ??= AddSources();

        public long[]? Context => _context ??= AddContexts();

        public void Add(TermCounts counts, bool article)
        {
            Occurrences += counts.Occurrences;
            Documents += counts.Documents;
            ArticleOccurrences += article ? counts.Occurrences : 0;
            if (_hasFirst)
            {
                (_more ??= []).Add(counts);
            }
            else
            {
                (_first, _hasFirst) = (counts, true);
            }
        }

        private IEnumerable<TermCounts> Parts() => _hasFirst ? [_first, .. _more ?? []] : [];

        private long[] AddSources()
        {
            var total = new long[sources];
            foreach (var part in Parts())
            {
                foreach (var (id, count) in part.Sources)
                {
                    total[id] += count;
                }
            }

            return total;
        }

        private long[]? AddContexts()
        {
            long[]? total = null;
            foreach (var part in Parts())
            {
                if (part.Context is { } context)
                {
                    total ??= new long[context.Length];
                    for (var i = 0; i < context.Length; i++)
                    {
                        total[i] += context[i];
                    }
                }
            }

            return total;
        }
    }

    /// <summary>Disjoint sets over 0..n-1.</summary>
    private sealed class UnionFind(int count)
    {
        private readonly int[] _parent = [.. Enumerable.Range(0, count)];

        public int Find(int item)
        {
            while (_parent[item] != item)
            {
                _parent[item] = _parent[_parent[item]];
                item = _parent[item];
            }

            return item;
        }

        public void Union(int a, int b)
        {
            var rootA = Find(a);
            var rootB = Find(b);
            _parent[Math.Max(rootA, rootB)] = Math.Min(rootA, rootB);
        }
    }
}
