using ZstdSharp;

namespace Linter.Cli.Input;

/// <summary>JSON Lines corpora: which files are one, and how to open one, compressed or not.</summary>
internal static class JsonlCorpus
{
    private static readonly string[] Extensions = [".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst"];

    /// <summary>Whether <paramref name="path"/> names a JSON Lines corpus (<c>.jsonl</c> or <c>.ndjson</c>, optionally <c>.gz</c> or <c>.zst</c>).</summary>
    public static bool IsJsonl(string path)
    {
        // Asked of every file met: a loop, where a lambda capturing the path would be allocated for each.
        foreach (var extension in Extensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Splits a document path into the corpus and the record id when it is a record's (<c>corpus.jsonl#17</c>,
    /// <c>&lt;stdin&gt;#17</c>); a file's path is returned whole, with no record.
    /// </summary>
    public static (string File, string? Record) SplitRecordPath(string path)
    {
        // Most paths are files', asked about for every finding: one search for the '#' every record's path holds.
        if (!path.Contains('#', StringComparison.Ordinal))
        {
            return (path, null);
        }

        if (path.StartsWith(CliEnvironment.StandardInputDisplay + "#", StringComparison.Ordinal))
        {
            return (CliEnvironment.StandardInputDisplay, path[(CliEnvironment.StandardInputDisplay.Length + 1)..]);
        }

        foreach (var extension in Extensions)
        {
            var at = path.IndexOf(extension + "#", StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                var end = at + extension.Length;
                return (path[..end], path[(end + 1)..]);
            }
        }

        return (path, null);
    }

    /// <summary>Opens a corpus file for reading from the start, decompressing it as its name says.</summary>
    public static Stream Open(string fullPath)
    {
        var file = RegularFile.OpenRead(fullPath);
        try
        {
            return Decompress(file, fullPath);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary><paramref name="stream"/> decompressed as <paramref name="name"/> says: gzip for <c>.gz</c>, zstd for <c>.zst</c>.</summary>
    public static Stream Decompress(Stream stream, string name) =>
        name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new CheckedGZipStream(stream)
        : name.EndsWith(".zst", StringComparison.OrdinalIgnoreCase) ? new DecompressionStream(stream)
        : stream;

    /// <summary>True for what reading or decompressing a corpus throws when the file is unreadable or damaged.</summary>
    public static bool IsReadFailure(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or InvalidDataException or ZstdException;

    /// <summary>Refuses JSON Lines corpora and standard input in a command that only takes files.</summary>
    /// <exception cref="UsageException">A path is <c>-</c> or a JSON Lines corpus.</exception>
    public static void Refuse(IEnumerable<string> paths, IEnumerable<CorpusFile> files, string command)
    {
        if (paths.Contains("-"))
        {
            throw new UsageException($"'{command}' does not read standard input; '-' is only for 'corpuslint check'");
        }

        if (files.FirstOrDefault(file => IsJsonl(file.DisplayPath)) is { } corpus)
        {
            throw new UsageException($"{corpus.DisplayPath}: '{command}' does not take JSON Lines corpora; lint them with 'corpuslint check', or leave them out with --exclude");
        }
    }
}
