using System.Text.Encodings.Web;
using System.Text.Json;

namespace Linter.CorpusGenerator;

/// <summary>
/// The ground truth of a generated corpus, written as <c>manifest.json</c> next to its <c>corpus/</c> folder: what
/// was injected where, so that discovery and duplicate detection can be measured against it. Paths are relative to
/// the manifest's folder.
/// </summary>
/// <param name="Seed">The random seed the corpus was generated with.</param>
/// <param name="Articles">How many articles the corpus holds, near-duplicate copies included.</param>
/// <param name="Outlets">The outlet folders.</param>
/// <param name="Families">The injected spelling families; no rule file lists them.</param>
/// <param name="OrdinaryWordPairs">Ordinary words that look alike once their letters are folded (كاتب, كتاب) and are not families, used in the articles on purpose.</param>
/// <param name="RecurringSentences">Article sentences that many articles of every outlet carry (a quote, a wire paragraph): recurring, yet article text.</param>
/// <param name="Boilerplate">The injected recurring leftovers, per outlet.</param>
/// <param name="NearDuplicates">The injected near-duplicate pairs, each with its true Jaccard similarity.</param>
public sealed record CorpusManifest(
    int Seed,
    int Articles,
    IReadOnlyList<OutletManifest> Outlets,
    IReadOnlyList<FamilyManifest> Families,
    IReadOnlyList<IReadOnlyList<string>> OrdinaryWordPairs,
    IReadOnlyList<string> RecurringSentences,
    IReadOnlyList<BoilerplateManifest> Boilerplate,
    IReadOnlyList<NearDuplicateManifest> NearDuplicates)
{
    /// <summary>The manifest's file name.</summary>
    public const string FileName = "manifest.json";

    /// <summary>The folder, next to the manifest, that holds one folder per outlet.</summary>
    public const string CorpusFolder = "corpus";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The manifest as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options) + "\n";

    /// <summary>Reads a manifest written by <see cref="ToJson"/>.</summary>
    public static CorpusManifest FromJson(string json) =>
        JsonSerializer.Deserialize<CorpusManifest>(json, Options) ?? throw new JsonException("the manifest is empty");
}

/// <summary>One outlet: its folder under <c>corpus/</c>, its name as its pages print it, and its article count.</summary>
public sealed record OutletManifest(string Folder, string Name, int Articles);

/// <summary>
/// An injected family: the spellings of one invented name, how many articles use the name, and how often each
/// spelling was written. Each outlet has a house spelling and uses another now and then.
/// </summary>
public sealed record FamilyManifest(IReadOnlyList<string> Forms, int Documents, IReadOnlyDictionary<string, int> Occurrences);

/// <summary>
/// An injected leftover. <see cref="Placement"/> is <c>line</c> (a whole line), <c>prefix</c> (glued before the
/// first paragraph's text) or <c>suffix</c> (glued after the last paragraph's text). In <see cref="Text"/>, <c>{n}</c>
/// stands for a number that changes from article to article. <see cref="Listed"/> is true for a leftover the
/// shipped rules already find.
/// </summary>
public sealed record BoilerplateManifest(string Outlet, string Placement, string Kind, string Text, int Documents, bool Listed);

/// <summary>
/// A near-duplicate pair: an article and its edited copy. <see cref="Jaccard"/> maps a shingle size k (1 to 5) to the
/// Jaccard similarity of the two documents' sets of k-word shingles, words as <see cref="Shingles"/> defines them.
/// </summary>
public sealed record NearDuplicateManifest(string Original, string Copy, double ReplacedWords, IReadOnlyDictionary<string, double> Jaccard);
