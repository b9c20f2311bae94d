using Linter.Cli.Input;

namespace Linter.Cli.Output;

/// <summary>
/// Replaces a file's contents so that a crash or a kill leaves the old file or the new one, never a torn one:
/// the new bytes go to a hidden temporary file in the same folder, which is flushed to disk and renamed over the
/// original. The original's owner, group and permissions are kept. A device or a FIFO (<c>--output /dev/stdout</c>)
/// has nothing to rename over and is written to directly.
/// </summary>
internal static class AtomicFileWriter
{
    /// <summary>The suffix of temporary files; a run killed before its rename can leave one behind.</summary>
    public const string TemporarySuffix = ".corpuslint.tmp";

    /// <summary>
    /// Writes <paramref name="newBytes"/> to <paramref name="path"/> if the file still holds
    /// <paramref name="expectedBytes"/>. A symbolic link is followed, so the link stays a link, but only to a file
    /// inside <paramref name="root"/>: a link committed to a repository must not lead a fix to a file elsewhere.
    /// </summary>
    /// <exception cref="FileWriteException">
    /// The file is outside <paramref name="root"/>, read-only, changed since it was read, or could not be written.
    /// </exception>
    public static void Replace(string path, string root, byte[] expectedBytes, ReadOnlySpan<byte> newBytes)
    {
        var realRoot = Posix.RealPath(root);
        var realTarget = Posix.RealPath(path);
        if (realTarget is not null && (realRoot is null || !IsInside(realTarget, realRoot)))
        {
            throw new FileWriteException($"it leads to {realTarget}, outside {root}, through a symbolic link; it was left as it was");
        }

        Write(path, newBytes, expectedBytes);
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="path"/>, creating the file and its folder or replacing
    /// the file whole, so that a reader (a SARIF upload, a viewer left open) never sees half of it.
    /// </summary>
    /// <exception cref="FileWriteException">The file is read-only or could not be written.</exception>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new FileWriteException($"could not create the folder of the file: {exception.Message}", exception);
        }

        Write(path, bytes, expectedBytes: null);
    }

    private static void Write(string path, ReadOnlySpan<byte> newBytes, byte[]? expectedBytes)
    {
        string? temporary = null;
        try
        {
            var target = ResolveLinks(path);
            var status = FileStatus.Of(target);
            if (IsStream(status))
            {
                using var stream = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                stream.Write(newBytes);
                return;
            }

            var exists = status.Kind == FileKind.Regular;
            if (exists && IsReadOnly(target))
            {
                throw new FileWriteException("the file is read-only; it was left as it was");
            }

            temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}{TemporarySuffix}");
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(newBytes);
                stream.Flush(flushToDisk: true);
            }

            if (exists && !OperatingSystem.IsWindows())
            {
                // The owner first: changing it can clear the set-user-id and set-group-id bits.
                Posix.KeepOwner(temporary, status);
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }

            // Checked last, just before the rename, to narrow the window in which another writer's change could be lost.
            if (expectedBytes is not null && !File.ReadAllBytes(target).AsSpan().SequenceEqual(expectedBytes))
            {
                throw new FileWriteException("the file changed on disk while it was being fixed; it was left as it was");
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            if (temporary is not null)
            {
                TryDelete(temporary);
            }

            throw exception as FileWriteException ?? new FileWriteException($"could not write the file: {exception.Message}", exception);
        }
    }

    /// <summary>The file a path finally names, through any symbolic links.</summary>
    public static string ResolveLinks(string path) =>
        File.Exists(path) ? new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path : path;

    /// <summary>True for what a write goes straight to, with nothing to rename over: a device, a FIFO, a socket.</summary>
    public static bool IsStream(FileStatus status) => status.Kind is FileKind.CharacterDevice or FileKind.BlockDevice or FileKind.Fifo or FileKind.Socket;

    private static bool IsInside(string path, string root) =>
        path == root || path.StartsWith(Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool IsReadOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly);
        }

        // Renaming over a file needs no write permission on it, so the permission is checked here, by its bits:
        // a file nobody may write to was made read-only on purpose, even for a superuser.
        const UnixFileMode anyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        if ((File.GetUnixFileMode(path) & anyWrite) == 0)
        {
            return true;
        }

        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
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
            // The temporary file is hidden and named for what it is; leaving it is better than hiding the real error.
        }
    }
}

/// <summary>A file could not be written; what was there before is untouched.</summary>
internal sealed class FileWriteException : IOException
{
    public FileWriteException(string message)
        : base(message)
    {
    }

    public FileWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
