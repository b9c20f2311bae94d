using System.Text.Json;
using Linter.Core.Arabic;

namespace Linter.CorpusGenerator;

/// <summary>How a discovered family or leftover is scored against a manifest.</summary>
/// <param name="Found">Injected items found.</param>
/// <param name="Injected">Injected items.</param>
/// <param name="Correct">Reported items that are injected ones.</param>
/// <param name="Reported">Reported items (for leftovers: among the first <see cref="DiscoveryScore.TopLeftovers"/>).</param>
public sealed record Score(int Found, int Injected, int Correct, int Reported)
{
    /// <summary>Found over injected.</summary>
    public double Recall => Injected == 0 ? 1 : (double)Found / Injected;

    /// <summary>Correct over reported.</summary>
    public double Precision => Reported == 0 ? 1 : (double)Correct / Reported;

    /// <inheritdoc />
    public override string ToString() => $"recall {Found}/{Injected} ({Recall:P1}), precision {Correct}/{Reported} ({Precision:P1})";
}

/// <summary>
/// Scores <c>discover</c> against a generated corpus's manifest. A discovered family is correct when every one of its
/// spellings is a spelling of one injected family; an injected family is found when a correct family holds two or
/// more of its spellings. An injected leftover is found when a candidate with its key and placement is boilerplate
/// of its outlet; among the first <see cref="TopLeftovers"/> candidates, one is correct when it is an injected
/// leftover (article sentences, which recur too, are not).
/// </summary>
public static class DiscoveryScore
{
    /// <summary>How many of the best leftover candidates must all be injected ones.</summary>
    public const int TopLeftovers = 50;

    /// <summary>Scores families, each given as its spellings.</summary>
    public static Score Variants(CorpusManifest manifest, IReadOnlyList<IReadOnlyList<string>> families)
    {
        var injected = manifest.Families.Select(family => family.Forms.Select(ArabicNormalizer.NormalizePhrase).ToHashSet(StringComparer.Ordinal)).ToList();
        bool Matches(HashSet<string> truth, IReadOnlyList<string> family) => family.All(truth.Contains);
        return new Score(
            injected.Count(truth => families.Any(family => Matches(truth, family))),
            injected.Count,
            families.Count(family => injected.Any(truth => Matches(truth, family))),
            families.Count);
    }

    /// <summary>Scores leftover candidates, best first, each given as its placement, text and the sources where it is boilerplate.</summary>
    public static Score Boilerplate(CorpusManifest manifest, IReadOnlyList<(string Placement, string Text, IReadOnlyList<string> Sources)> candidates)
    {
        var keyed = candidates.Select(candidate => (candidate.Placement, Key: Key(ArabicNormalizer.NormalizePhrase(candidate.Text)), candidate.Sources)).ToList();
        bool Matches(BoilerplateManifest leftover, (string Placement, string Key, IReadOnlyList<string> Sources) candidate) =>
            candidate.Placement == leftover.Placement
            && candidate.Key == Key(ArabicNormalizer.NormalizePhrase(leftover.Text.Replace("{n}", "1", StringComparison.Ordinal)))
            && candidate.Sources.Contains(leftover.Outlet);
        var unlisted = manifest.Boilerplate.Where(leftover => !leftover.Listed).ToList();
        var top = keyed.Take(TopLeftovers).ToList();
        return new Score(
            unlisted.Count(leftover => keyed.Any(candidate => Matches(leftover, candidate))),
            unlisted.Count,
            top.Count(candidate => unlisted.Any(leftover => Matches(leftover, candidate))),
            top.Count);
    }

    /// <summary>What a candidate and an injected leftover are compared on: letters folded, each run of digits as 0, without trailing punctuation.</summary>
    private static string Key(string normalized)
    {
        var folded = LetterFolding.Fold(normalized.Trim().TrimEnd('.', ':', '،', '-', '–', ' '), LetterFolds.All);
        return System.Text.RegularExpressions.Regex.Replace(folded, @"\d+", "0");
    }

    /// <summary>Scores the JSON reports of <c>corpuslint discover variants</c> and <c>discover boilerplate</c> (<c>--format json</c>).</summary>
    public static (Score Variants, Score Boilerplate) FromJson(CorpusManifest manifest, string variantsJson, string boilerplateJson)
    {
        using var variants = JsonDocument.Parse(variantsJson);
        using var boilerplate = JsonDocument.Parse(boilerplateJson);
        var families = variants.RootElement.GetProperty("families").EnumerateArray()
            .Select(family => (IReadOnlyList<string>)[.. family.GetProperty("forms").EnumerateArray().Select(form => form.GetProperty("text").GetString()!)])
            .ToList();
        var candidates = boilerplate.RootElement.GetProperty("candidates").EnumerateArray()
            .Select(candidate => (
                candidate.GetProperty("placement").GetString()!,
                candidate.GetProperty("text").GetString()!,
                (IReadOnlyList<string>)[.. candidate.GetProperty("sources").EnumerateArray()
                    .Where(source => source.GetProperty("boilerplate").GetBoolean())
                    .Select(source => source.GetProperty("source").GetString()!)]))
            .ToList();
        return (Variants(manifest, families), Boilerplate(manifest, candidates));
    }
}
