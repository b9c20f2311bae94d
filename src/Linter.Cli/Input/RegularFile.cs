namespace Linter.Cli.Input;

/// <summary>
/// Reads files only when they are regular: a FIFO would block the run until something writes to it, and a link to
/// /dev/zero would fill memory. Links are followed, as for a path given on the command line.
/// </summary>
internal static class RegularFile
{
    /// <summary>The bytes of the regular file at <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The path names something other than a regular file, or could not be read.</exception>
    public static byte[] ReadAllBytes(string path)
    {
        Require(path);
        return File.ReadAllBytes(path);
    }

    /// <summary>Opens the regular file at <paramref name="path"/> to read it in order.</summary>
    /// <exception cref="IOException">The path names something other than a regular file, or could not be opened.</exception>
    public static FileStream OpenRead(string path)
    {
        Require(path);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
    }

    /// <summary>Throws unless <paramref name="path"/> is a regular file, or missing (which opening reports itself).</summary>
    /// <exception cref="IOException">The path names a folder, a device, a FIFO or a socket.</exception>
    public static void Require(string path)
    {
        var status = FileStatus.Of(path);
        if (status.Kind is not (FileKind.Regular or FileKind.Missing))
        {
            throw new IOException($"{status.Description}, not a regular file");
        }
    }
}
