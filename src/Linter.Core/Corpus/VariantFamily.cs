namespace Linter.Core.Corpus;

/// <summary>A count in one source (an outlet folder, or a JSON Lines field's value).</summary>
public sealed record SourceCount(string Source, long Count);

/// <summary>One spelling of a discovered family.</summary>
/// <param name="Text">The spelling, normalized (no diacritics or tatweel), without clitic prefixes.</param>
/// <param name="Occurrences">How often it occurs, with or without a clitic prefix (وبيونغ يانغ counts for بيونغ يانغ).</param>
/// <param name="Documents">How many documents hold it (a document holding it with two prefixes counts twice).</param>
/// <param name="Sources">Occurrences per source, most first.</param>
public sealed record VariantForm(string Text, long Occurrences, long Documents, IReadOnlyList<SourceCount> Sources);

/// <summary>A family of spellings of one name that no loaded rule lists: what <c>discover variants</c> reports.</summary>
/// <param name="Key">The phonetic key the spellings share (<see cref="ArabicPhoneticKey"/>).</param>
/// <param name="Preferred">The suggested preferred form: the corpus majority.</param>
/// <param name="Forms">The spellings, most frequent first.</param>
/// <param name="ContextSimilarity">The lowest cosine similarity of the neighbours of two linked spellings (1: same neighbours).</param>
public sealed record VariantFamily(string Key, string Preferred, IReadOnlyList<VariantForm> Forms, double ContextSimilarity)
{
    /// <summary>Occurrences of every form.</summary>
    public long Occurrences => Forms.Sum(form => form.Occurrences);

    /// <summary>Words in the preferred form.</summary>
    public int Words => Preferred.Split(' ').Length;

    /// <summary>Occurrences of every form per source, most first.</summary>
    public IReadOnlyList<SourceCount> Sources =>
    [
        .. Forms.SelectMany(form => form.Sources)
            .GroupBy(count => count.Source, StringComparer.Ordinal)
            .Select(group => new SourceCount(group.Key, group.Sum(count => count.Count)))
            .OrderByDescending(count => count.Count)
            .ThenBy(count => count.Source, StringComparer.Ordinal),
    ];
}

/// <summary>What <c>discover variants</c> found in a corpus.</summary>
/// <param name="Documents">Documents analyzed.</param>
/// <param name="Words">Words analyzed.</param>
/// <param name="Families">The families, most frequent first.</param>
public sealed record VariantReport(long Documents, long Words, IReadOnlyList<VariantFamily> Families);

/// <summary>The thresholds of <c>discover variants</c>.</summary>
public sealed record VariantOptions
{
    /// <summary>The fewest occurrences a spelling needs to be considered.</summary>
    public int MinOccurrences { get; init; } = 3;

    /// <summary>The lowest cosine similarity of two spellings' neighbours for them to be linked.</summary>
    public double MinContextSimilarity { get; init; } = 0.4;

    /// <summary>The largest edit distance between two spellings, as a share of the longer one.</summary>
    public double MaxEditShare { get; init; } = 0.5;

    /// <summary>The largest share of a spelling's occurrences that may carry the article ال: names seldom take it, nouns and adjectives do.</summary>
    public double MaxArticleShare { get; init; } = 0.3;

    /// <summary>
    /// With a lexicon: the smallest share of a known word's occurrences that a spelling the lexicon does not know needs
    /// to be linked to it.
    /// </summary>
    public double MinUnknownShare { get; init; } = 0.05;

    /// <summary>
    /// The lowest context similarity for two spellings of a loanword that differ only in its g or by one vowel letter
    /// added to a long name: the spelling says they are one, and the context need only not gainsay it.
    /// </summary>
    public double MinSpellingContextSimilarity { get; init; } = 0.05;

    /// <summary>The fewest occurrences each of two such spellings needs for the spelling alone to tell them.</summary>
    public int MinSpellingOccurrences { get; init; } = 5;

    /// <summary>The fewest documents each of two such spellings needs for the spelling alone to tell them.</summary>
    public int MinSpellingDocuments { get; init; } = 3;

    /// <summary>The fewest letters of the longer of two spellings a vowel letter apart for the spelling alone to tell them.</summary>
    public int MinVowelSpellingLength { get; init; } = 7;

    /// <summary>The fewest times a name must stand beside a companion (a first name, a surname) for that company to tell it from another name.</summary>
    public int MinCompanion { get; init; } = 3;

    /// <summary>
    /// How many times another spelling, at its own frequency, would be expected beside that companion before never
    /// being there makes it another name.
    /// </summary>
    public double MinCompanionExpected { get; init; } = 10;

    /// <summary>The fewest letters a term's key keeps (<see cref="ArabicPhoneticKey.Strength"/>): two are shared by too many ordinary words.</summary>
    public int MinKeyStrength { get; init; } = 3;

    /// <summary>The smallest share of its rarest word's occurrences that a word sequence must have to be a name.</summary>
    public double MinCohesion { get; init; } = 0.5;

    /// <summary>A word or sequence that occurs this share of the time inside one longer sequence is reported as part of it.</summary>
    public double Subsumption { get; init; } = 0.8;
}
