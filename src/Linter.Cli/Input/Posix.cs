using System.Runtime.InteropServices;

namespace Linter.Cli.Input;

/// <summary>
/// The few C library calls .NET has no API for: a file's type and owner, a path's real path, a change of owner; and the
/// plain open, read and close a corpus file is read with (see <see cref="DocumentBytes"/>).
/// </summary>
internal static class Posix
{
    /// <summary>
    /// The path <paramref name="path"/> finally names, through every symbolic link in it (its folders' too); null when
    /// it does not exist. Off Unix, the links of the last component only.
    /// </summary>
    public static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            return info.Exists || Directory.Exists(path) ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path) : null;
        }

        var resolved = RealPath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    /// <summary>Gives <paramref name="path"/> the owner and group of <paramref name="status"/>, unless it has them already.</summary>
    /// <exception cref="IOException">The owner could not be changed (only a superuser may give a file away).</exception>
    public static void KeepOwner(string path, FileStatus status)
    {
        if (!OperatingSystem.IsLinux() || status.Kind == FileKind.Missing)
        {
            return;
        }

        var now = FileStatus.Of(path, followLinks: false);
        if ((now.Owner, now.Group) != (status.Owner, status.Group) && ChangeOwner(path, status.Owner, status.Group) != 0)
        {
            throw new IOException($"could not give the new file the owner {status.Owner}:{status.Group} of the old one ({Marshal.GetLastPInvokeErrorMessage()})");
        }
    }

    /// <summary><c>statx(2)</c>.</summary>
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    internal static extern int Statx(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, ref byte buffer);

    /// <summary><c>open(2)</c>.</summary>
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    internal static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    /// <summary><c>read(2)</c>.</summary>
    [DllImport("libc", EntryPoint = "read", SetLastError = true)]
    internal static extern nint Read(int descriptor, ref byte buffer, nint count);

    /// <summary><c>getdents64(2)</c>: the entries of an open folder, with their types.</summary>
    [DllImport("libc", EntryPoint = "getdents64", SetLastError = true)]
    internal static extern nint GetDirectoryEntries(int descriptor, ref byte buffer, nint count);

    /// <summary><c>close(2)</c>.</summary>
    [DllImport("libc", EntryPoint = "close")]
    internal static extern int Close(int descriptor);

    [DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static extern IntPtr RealPath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void Free(IntPtr pointer);

    [DllImport("libc", EntryPoint = "chown", SetLastError = true)]
    private static extern int ChangeOwner([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint owner, uint group);
}
