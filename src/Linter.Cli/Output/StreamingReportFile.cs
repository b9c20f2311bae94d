using System.Text;

namespace Linter.Cli.Output;

/// <summary>
/// A report written to its file as it is produced, without holding it: it goes to a hidden temporary file in the
/// same folder, which is flushed to disk and renamed over the file at the end, so a reader never sees half of one.
/// Disposed without <see cref="Commit"/>, the temporary file is deleted.
/// </summary>
internal sealed class StreamingReportFile : IDisposable
{
    private readonly string _target;
    // Null when the report goes straight to a device or a FIFO.
    private readonly string? _temporary;
    private readonly FileStream _stream;
    private bool _committed;

    private StreamingReportFile(string target, string? temporary, FileStream stream)
    {
        _target = target;
        _temporary = temporary;
        _stream = stream;
        Writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
    }

    /// <summary>Where the report is written.</summary>
    public TextWriter Writer { get; }

    /// <summary>Starts the report of <paramref name="path"/>, creating its folder.</summary>
    /// <exception cref="FileWriteException">The folder or the temporary file could not be created.</exception>
    public static StreamingReportFile Create(string path)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new FileWriteException($"could not create the folder of the file: {exception.Message}", exception);
        }

        try
        {
            var target = AtomicFileWriter.ResolveLinks(path);
            if (AtomicFileWriter.IsStream(Input.FileStatus.Of(target)))
            {
                return new StreamingReportFile(target, null, new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite));
            }

            var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}{AtomicFileWriter.TemporarySuffix}");
            return new StreamingReportFile(target, temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new FileWriteException($"could not write the file: {exception.Message}", exception);
        }
    }

    /// <summary>Finishes the report: flushes it to disk and renames it over the file.</summary>
    /// <exception cref="FileWriteException">The report could not be written.</exception>
    public void Commit()
    {
        try
        {
            Writer.Flush();
            _stream.Flush(flushToDisk: true);
            Writer.Dispose();
            if (_temporary is not null)
            {
                File.Move(_temporary, _target, overwrite: true);
            }

            _committed = true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new FileWriteException($"could not write the file: {exception.Message}", exception);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Writer.Dispose();
        }
        catch (IOException)
        {
            // What was left in the buffer could not be written; Commit has said so, or was never reached.
        }

        if (!_committed && _temporary is not null)
        {
            try
            {
                File.Delete(_temporary);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A hidden file named for what it is; leaving it is better than hiding the real error.
            }
        }
    }
}
