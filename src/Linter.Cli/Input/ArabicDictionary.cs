using System.CommandLine;
using System.Text;
using Linter.Core.Arabic;

namespace Linter.Cli.Input;

/// <summary>
/// <c>--dictionary FILE</c>: the Hunspell Arabic dictionary that variant discovery tells ordinary words from names by,
/// read the same way by <c>discover variants</c> and <c>report</c> so that both find the same families.
/// </summary>
internal static class ArabicDictionary
{
    /// <summary>Where Debian's hunspell-ar puts its dictionary.</summary>
    public const string SystemPath = "/usr/share/hunspell/ar.dic";

    /// <summary>Creates the option.</summary>
    public static Option<string> CreateOption() => new("--dictionary")
    {
        Description = $"A Hunspell Arabic dictionary (.dic) that tells ordinary words from names (default: {SystemPath} when installed, from Debian's hunspell-ar).",
        HelpName = "file",
    };

    /// <summary>
    /// The dictionary given, or the system's when none is given and it is installed; without one, discovery judges
    /// words by their shape alone, and standard error says so.
    /// </summary>
    public static ArabicLexicon? Read(string? path, CliEnvironment environment)
    {
        var file = path is null ? SystemPath : environment.Resolve(path);
        if (path is null && !File.Exists(file))
        {
            environment.Error.WriteLine($"corpuslint: note: no Arabic dictionary ({SystemPath}, Debian's hunspell-ar; or --dictionary FILE): ordinary words are told from names by their shape alone, and more families are wrong.");
            return null;
        }

        try
        {
            using var reader = new StreamReader(RegularFile.OpenRead(file), new UTF8Encoding(false, throwOnInvalidBytes: true));
            var lexicon = ArabicLexicon.Read(reader);
            return lexicon.Count > 0 ? lexicon : throw new UsageException($"{path ?? file}: no Arabic word in this dictionary");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            throw new UsageException($"{path ?? file}: cannot read the dictionary: {exception.Message}");
        }
    }
}
