using System.Text;
using Linter.Cli.Output;

namespace Linter.Cli.Tests;

public sealed class AtomicFileWriterTests
{
    private static readonly byte[] Old = Encoding.UTF8.GetBytes("بوينغ يانغ\n");
    private static readonly byte[] New = Encoding.UTF8.GetBytes("بيونغ يانغ\n");

    [Fact]
    public void Replace_writes_the_new_bytes()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("a.txt", Old);

        AtomicFileWriter.Replace(path, folder.Path, Old, New);

        Assert.Equal(New, File.ReadAllBytes(path));
        AssertNoTemporaryFiles(folder);
    }

    [Fact]
    public void Replace_can_empty_a_file()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("a.txt", Old);

        AtomicFileWriter.Replace(path, folder.Path, Old, []);

        Assert.Empty(File.ReadAllBytes(path));
        AssertNoTemporaryFiles(folder);
    }

    [Fact]
    public void Replace_leaves_a_file_that_changed_since_it_was_read_untouched()
    {
        using var folder = new TempFolder();
        var changed = Encoding.UTF8.GetBytes("بوينغ يانغ\nسطر أضيف\n");
        var path = folder.WriteBytes("a.txt", changed);

        var exception = Assert.Throws<FileWriteException>(() => AtomicFileWriter.Replace(path, folder.Path, Old, New));

        Assert.Equal("the file changed on disk while it was being fixed; it was left as it was", exception.Message);
        Assert.Equal(changed, File.ReadAllBytes(path));
        AssertNoTemporaryFiles(folder);
    }

    [Fact]
    public void Replace_refuses_a_read_only_file()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var path = folder.WriteBytes("a.txt", Old);
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(path, mode);

        var exception = Assert.Throws<FileWriteException>(() => AtomicFileWriter.Replace(path, folder.Path, Old, New));

        Assert.Equal("the file is read-only; it was left as it was", exception.Message);
        Assert.Equal(Old, File.ReadAllBytes(path));
        Assert.Equal(mode, File.GetUnixFileMode(path));
        AssertNoTemporaryFiles(folder);
    }

    [Fact]
    public void Replace_of_a_missing_file_throws_and_creates_nothing()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "missing.txt");

        var exception = Assert.Throws<FileWriteException>(() => AtomicFileWriter.Replace(path, folder.Path, Old, New));

        Assert.StartsWith("could not write the file: ", exception.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        AssertNoTemporaryFiles(folder);
    }

    [Fact]
    public void Replace_keeps_the_permissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var path = folder.WriteBytes("a.txt", Old);
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);

        AtomicFileWriter.Replace(path, folder.Path, Old, New);

        Assert.Equal(New, File.ReadAllBytes(path));
        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Replace_follows_a_symbolic_link_and_keeps_it_a_link()
    {
        // Creating a symbolic link on Windows needs a privilege test machines rarely have.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var target = folder.WriteBytes("store/a.txt", Old);
        var link = Path.Combine(folder.Path, "link.txt");
        File.CreateSymbolicLink(link, target);

        AtomicFileWriter.Replace(link, folder.Path, Old, New);

        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal(New, File.ReadAllBytes(target));
        AssertNoTemporaryFiles(folder);
    }

    [Fact]
    public void Replace_refuses_a_link_to_a_file_outside_the_folder_given()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var outside = new TempFolder();
        using var folder = new TempFolder();
        var target = outside.WriteBytes("bashrc", Old);
        var link = Path.Combine(folder.Path, "notes.txt");
        File.CreateSymbolicLink(link, target);

        var exception = Assert.Throws<FileWriteException>(() => AtomicFileWriter.Replace(link, folder.Path, Old, New));

        Assert.Equal($"it leads to {target}, outside {folder.Path}, through a symbolic link; it was left as it was", exception.Message);
        Assert.Equal(Old, File.ReadAllBytes(target));
    }

    [Fact]
    public void Replace_keeps_the_owner_group_and_mode_of_the_file()
    {
        // Only a superuser may give a file to another owner, which is what this needs to set up.
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return;
        }

        using var folder = new TempFolder();
        var path = folder.WriteBytes("a.txt", Old);
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite;
        File.SetUnixFileMode(path, mode);
        Assert.Equal(0, Chown(path, 12345, 23456));

        AtomicFileWriter.Replace(path, folder.Path, Old, New);

        var status = Linter.Cli.Input.FileStatus.Of(path);
        Assert.Equal(New, File.ReadAllBytes(path));
        Assert.Equal((12345u, 23456u), (status.Owner, status.Group));
        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "chown")]
    private static extern int Chown(string path, uint owner, uint group);

    private static void AssertNoTemporaryFiles(TempFolder folder)
    {
        var all = Directory.EnumerateFiles(folder.Path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 });
        Assert.DoesNotContain(all, path => path.EndsWith(".corpuslint.tmp", StringComparison.Ordinal));
    }
}
