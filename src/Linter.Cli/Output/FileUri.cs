using System.Text;

namespace Linter.Cli.Output;

/// <summary>
/// Paths as URIs, percent-encoded here rather than by <see cref="Uri"/>, which keeps a relative reference as
/// written and builds file URIs differently on each platform.
/// </summary>
internal static class FileUri
{
    /// <summary>
    /// A <c>/</c>-separated relative path as a relative URI reference: every character but the unreserved ones
    /// (letters, digits, <c>-._~</c>) is percent-encoded as UTF-8, segment by segment.
    /// </summary>
    public static string FromRelativePath(string path) =>
        string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>
    /// The <c>file:</c> URI of an absolute path (<c>/home/a</c>, <c>C:\a</c>, <c>\\server\share\a</c>); with
    /// <paramref name="folder"/>, it ends with <c>/</c>, as a base URI must for relative references to resolve under it.
    /// </summary>
    public static string FromAbsolutePath(string path, bool folder = false)
    {
        var slashed = path.Replace('\\', '/');
        var builder = new StringBuilder("file://");
        if (slashed.StartsWith("//", StringComparison.Ordinal))
        {
            // A UNC path: its server is the URI's host.
            var hostEnd = slashed.IndexOf('/', 2);
            var host = hostEnd < 0 ? slashed[2..] : slashed[2..hostEnd];
            builder.Append(Uri.EscapeDataString(host));
            slashed = hostEnd < 0 ? "/" : slashed[hostEnd..];
        }
        else if (!slashed.StartsWith('/'))
        {
            slashed = "/" + slashed;
        }

        var segments = slashed[1..].Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            builder.Append('/');

            // A drive letter keeps its colon: file:///C:/corpus, as every consumer expects.
            var isDrive = i == 0 && segments[i].Length == 2 && char.IsAsciiLetter(segments[i][0]) && segments[i][1] == ':';
            builder.Append(isDrive ? segments[i] : Uri.EscapeDataString(segments[i]));
        }

        if (folder && builder[^1] != '/')
        {
            builder.Append('/');
        }

        return builder.ToString();
    }
}
