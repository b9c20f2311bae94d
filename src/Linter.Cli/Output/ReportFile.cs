using System.Text;

namespace Linter.Cli.Output;

/// <summary>Writes a report to the file named by <c>--output</c>.</summary>
internal static class ReportFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="text"/> as UTF-8 to <paramref name="path"/>, creating its folder. The text goes to a
    /// hidden temporary file in the same folder first, renamed over the target, so a reader (a SARIF upload, a
    /// viewer left open) never sees half a report, and a failed write leaves the previous report whole.
    /// </summary>
    /// <exception cref="IOException">The file or its folder could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">Writing is not permitted.</exception>
    public static void Write(string path, string text)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.corpuslint.tmp");
        try
        {
            File.WriteAllText(temporary, text, Utf8);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The temporary file is hidden and named for what it is; the real error matters more.
        }
    }
}
