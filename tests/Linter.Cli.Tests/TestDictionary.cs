namespace Linter.Cli.Tests;

/// <summary>
/// A small Hunspell Arabic dictionary of the ordinary words the tests' corpora use, given to every run of
/// <c>discover variants</c> and <c>report</c> with <c>--dictionary</c>: what they find never depends on whether the
/// machine has Debian's hunspell-ar installed.
/// </summary>
internal static class TestDictionary
{
    /// <summary>The dictionary file's full path.</summary>
    public static readonly string Path = System.IO.Path.Combine(CliRunner.RepositoryRoot, "tests", "Linter.Cli.Tests", "Fixtures", "ar-news.dic");
}
