namespace Linter.Cli.Tests;

/// <summary>Reviewed outputs in <c>Golden/</c>: a mismatch writes the actual output beside the expected one, to diff and review.</summary>
internal static class GoldenFile
{
    private static readonly string Folder = Path.Combine(CliRunner.RepositoryRoot, "tests", "Linter.Cli.Tests", "Golden");

    /// <summary>Fails unless <paramref name="actual"/> is the content of <paramref name="expectedName"/> (a name with <c>.expected.</c> in it).</summary>
    public static async Task AssertMatchesAsync(string expectedName, string actual, string what)
    {
        var expectedPath = Path.Combine(Folder, expectedName);
        var actualPath = Path.Combine(Folder, expectedName.Replace(".expected.", ".actual.", StringComparison.Ordinal));
        var expected = File.Exists(expectedPath) ? await File.ReadAllTextAsync(expectedPath) : string.Empty;
        if (expected != actual)
        {
            await File.WriteAllTextAsync(actualPath, actual);
            Assert.Fail($"The {what} changed; review 'diff {expectedPath} {actualPath}' and copy the actual file over the expected one if every change is right.");
        }

        File.Delete(actualPath);
    }
}
