using System.Buffers.Binary;
using System.Text;
using Linter.Core.Text;

namespace Linter.Core.State;

/// <summary>
/// Reads what a <see cref="StateWriter"/> wrote. Every read is checked against the part's end; a file that passed its
/// checksum but does not parse (made by a faulty writer, or forged) is refused naming the byte where it goes wrong,
/// and no count read from the file can make the reader allocate more than the file could hold.
/// </summary>
internal sealed class StateReader
{
    private readonly string _file;
    private readonly byte[] _bytes;
    private readonly int _end;
    private readonly long _fileOffset;
    private readonly string[] _strings;
    private readonly string? _within;
    private int _position;

    /// <param name="file">The file's name, for errors.</param>
    /// <param name="bytes">The bytes that hold the part.</param>
    /// <param name="start">Where the part starts in <paramref name="bytes"/>.</param>
    /// <param name="length">The part's length.</param>
    /// <param name="fileOffset">Where <paramref name="bytes"/> starts in the file, so that errors give the file's byte.</param>
    /// <param name="strings">The file's string table; empty while the table itself is read.</param>
    /// <param name="within">For bytes that are not the file's own (the string table, once decompressed), what they are, for errors.</param>
    public StateReader(string file, byte[] bytes, int start, int length, long fileOffset, string[] strings, string? within = null)
    {
        _within = within;
        _file = file;
        _bytes = bytes;
        _position = start;
        _end = start + length;
        _fileOffset = fileOffset;
        _strings = strings;
    }

    /// <summary>The file's name, for errors.</summary>
    public string File => _file;

    /// <summary>True once every byte of the part is read.</summary>
    public bool AtEnd => _position == _end;

    /// <summary>A reader of the next <paramref name="length"/> bytes, which this reader moves past.</summary>
    public StateReader Part(int length, string[] strings)
    {
        Need(length, "a part");
        var part = new StateReader(_file, _bytes, _position, length, _fileOffset, strings, _within);
        _position += length;
        return part;
    }

    /// <summary>A reader of the bytes left, with <paramref name="strings"/> as its string table.</summary>
    public StateReader Rest(string[] strings) => Part(_end - _position, strings);

    /// <summary>Refuses the file unless every byte of the part was read.</summary>
    public void ExpectEnd(string what)
    {
        if (_position != _end)
        {
            throw Damaged($"{_end - _position} bytes left over after {what}");
        }
    }

    /// <summary>Reads an unsigned varint.</summary>
    public ulong UInt()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            Need(1, "a number");
            var b = _bytes[_position++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw Damaged("a number longer than 64 bits");
    }

    /// <summary>Reads a count, a length or a position: a varint that fits an <see cref="int"/>.</summary>
    public int Int32()
    {
        var value = UInt();
        return value <= int.MaxValue ? (int)value : throw Damaged($"{value} is out of range");
    }

    /// <summary>
    /// Reads how many items follow; each item takes a byte at least, so a count larger than the bytes left is damage,
    /// caught before anything is allocated for it.
    /// </summary>
    public int Count()
    {
        var count = Int32();
        return count <= _end - _position ? count : throw Damaged($"a count of {count} with {_end - _position} bytes left");
    }

    /// <summary>Reads a zigzagged signed varint.</summary>
    public long Int()
    {
        var value = UInt();
        return (long)(value >> 1) ^ -(long)(value & 1);
    }

    /// <summary>Reads a flag.</summary>
    public bool Bool() => UInt() switch
    {
        0 => false,
        1 => true,
        var other => throw Damaged($"{other} where a flag is 0 or 1"),
    };

    /// <summary>Reads 64 bits written as they are.</summary>
    public ulong Fixed64()
    {
        Need(8, "64 bits");
        var value = BinaryPrimitives.ReadUInt64LittleEndian(_bytes.AsSpan(_position));
        _position += 8;
        return value;
    }

    /// <summary>Reads 32 bits written as they are.</summary>
    public uint Fixed32()
    {
        Need(4, "32 bits");
        var value = BinaryPrimitives.ReadUInt32LittleEndian(_bytes.AsSpan(_position));
        _position += 4;
        return value;
    }

    /// <summary>Reads <paramref name="count"/> 16-bit values.</summary>
    public ushort[] Fixed16(int count)
    {
        Need(count * 2, $"{count} 16-bit values");
        var values = new ushort[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt16LittleEndian(_bytes.AsSpan(_position + (i * 2)));
        }

        _position += count * 2;
        return values;
    }

    /// <summary>Reads <paramref name="length"/> raw bytes.</summary>
    public ReadOnlySpan<byte> Bytes(int length)
    {
        Need(length, $"{length} bytes");
        var bytes = _bytes.AsSpan(_position, length);
        _position += length;
        return bytes;
    }

    /// <summary>Reads a string written as its index in the string table.</summary>
    public string String()
    {
        var at = _position;
        var id = UInt();
        return id < (ulong)_strings.Length ? _strings[id] : throw Damaged($"string {id} of a table of {_strings.Length}", at);
    }

    /// <summary>Reads a string written against <paramref name="previous"/> (see <see cref="StateWriter.SortedString"/>).</summary>
    public string SortedString(string previous)
    {
        var at = _position;
        var shared = Int32();
        if (shared > previous.Length)
        {
            throw Damaged($"a string that shares {shared} characters with one of {previous.Length}", at);
        }

        return string.Concat(previous.AsSpan(0, shared), Utf8());
    }

    /// <summary>Reads text written as its UTF-8 length and bytes.</summary>
    public string Utf8()
    {
        var length = Count();
        var at = _position;
        try
        {
            return Utf8Strict.GetString(Bytes(length));
        }
        catch (DecoderFallbackException)
        {
            throw Damaged("text that is not UTF-8", at);
        }
    }

    /// <summary>Reads a line key written by <see cref="StateWriter.LineKey"/>.</summary>
    public string LineKey()
    {
        var at = _position;
        return UInt() switch
        {
            0 => string.Empty,
            1 => LineKeys.Format(Fixed64(), Fixed64()),
            2 => String(),
            var other => throw Damaged($"a line key of form {other}", at),
        };
    }

    /// <summary>Reads a span written by <see cref="StateWriter.Span"/>.</summary>
    public TextSpan Span()
    {
        var start = Int32();
        var length = Int32();
        return start <= int.MaxValue - length ? new TextSpan(start, length) : throw Damaged("a span past the largest text");
    }

    /// <summary>Reads a line span written by <see cref="StateWriter.Position"/>.</summary>
    public LinePositionSpan Position()
    {
        var line = Int32();
        var column = Int32();
        var endLine = line + (long)Int32();
        var endColumn = column + Int();
        return endLine <= int.MaxValue && endColumn is >= 0 and <= int.MaxValue
            ? new LinePositionSpan(new LinePosition(line, column), new LinePosition((int)endLine, (int)endColumn))
            : throw Damaged("a line span out of range");
    }

    /// <summary>An error for a part that does not parse at the current byte, or at <paramref name="at"/>.</summary>
    public CorpusStateException Damaged(string what, int? at = null) =>
        new($"{_file}: the file is damaged {(_within is null ? string.Empty : $"in {_within} ")}at byte {_fileOffset + (at ?? _position)}: {what}");

    private void Need(int bytes, string what)
    {
        if (bytes < 0 || bytes > _end - _position)
        {
            throw Damaged($"the part ends before {what}");
        }
    }

    private static readonly UTF8Encoding Utf8Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
