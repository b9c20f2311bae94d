using System.IO.Compression;

namespace Linter.Cli.Input;

/// <summary>
/// Decompresses gzip and throws at the end of a stream that was cut short, where <see cref="GZipStream"/> just ends:
/// a truncated corpus would otherwise be linted as far as it goes and pass. A small gzip member holding a marker is
/// read after the file: a complete stream (one member or several) is followed by the marker, while a stream cut off
/// mid-member takes the marker's bytes for more of its own data and never yields it.
/// </summary>
internal sealed class CheckedGZipStream : ReadOnlyStream
{
    private static readonly byte[] Marker = "\u0000corpuslint:end-of-stream\u0000"u8.ToArray();
    private static readonly byte[] MarkerMember = Compress(Marker);

    private readonly ConcatenatedStream _compressed;
    private readonly GZipStream _inner;

    // Decompressed bytes not yet returned; the last Marker.Length of them are held back until the end tells whether
    // they are the marker.
    private readonly byte[] _decompressed = new byte[1 << 16];
    private int _start;
    private int _count;
    private bool _ended;

    /// <summary>Decompresses <paramref name="compressed"/>, which it disposes.</summary>
    public CheckedGZipStream(Stream compressed)
    {
        _compressed = new ConcatenatedStream(compressed, new MemoryStream(MarkerMember));
        _inner = new GZipStream(_compressed, CompressionMode.Decompress);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidDataException">The compressed stream was cut short.</exception>
    public override int Read(Span<byte> buffer)
    {
        while (true)
        {
            if (_count > Marker.Length || (_ended && _count > 0))
            {
                var returned = Math.Min(buffer.Length, _ended ? _count : _count - Marker.Length);
                _decompressed.AsSpan(_start, returned).CopyTo(buffer);
                (_start, _count) = (_start + returned, _count - returned);
                return returned;
            }

            if (_ended || buffer.IsEmpty)
            {
                return 0;
            }

            Buffer.BlockCopy(_decompressed, _start, _decompressed, 0, _count);
            _start = 0;
            var read = ReadInner(_decompressed.AsSpan(_count));
            if (read == 0)
            {
                if (_count != Marker.Length || !_decompressed.AsSpan(0, _count).SequenceEqual(Marker))
                {
                    throw CutShort(null);
                }

                (_ended, _count) = (true, 0);
                return 0;
            }

            _count += read;
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int ReadInner(Span<byte> buffer)
    {
        try
        {
            return _inner.Read(buffer);
        }
        catch (InvalidDataException exception) when (_compressed.OnSecond)
        {
            // The marker's member read as more of a member cut off.
            throw CutShort(exception);
        }
    }

    private static InvalidDataException CutShort(Exception? inner) => new("the compressed stream ends early: the file was cut short", inner);

    private static byte[] Compress(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return compressed.ToArray();
    }

    /// <summary>One stream, then another, read as one.</summary>
    private sealed class ConcatenatedStream(Stream first, Stream second) : ReadOnlyStream
    {
        /// <summary>True once the first stream has ended.</summary>
        public bool OnSecond { get; private set; }

        public override int Read(Span<byte> buffer)
        {
            if (!OnSecond)
            {
                var read = first.Read(buffer);
                if (read > 0 || buffer.IsEmpty)
                {
                    return read;
                }

                OnSecond = true;
            }

            return second.Read(buffer);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                first.Dispose();
                second.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
