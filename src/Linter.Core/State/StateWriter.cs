using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Linter.Core.Text;

namespace Linter.Core.State;

/// <summary>
/// Writes one part of a state file (its header, or one analyzer's state): unsigned numbers as LEB128 varints, signed
/// ones zigzagged first, hashes as fixed little-endian bytes, and repeated strings (paths, sources, leftover texts) as
/// indexes into the file's one <see cref="StringTable"/>. A state writes its collections sorted, so that the same
/// documents give the same bytes whatever order they were collected and merged in.
/// </summary>
internal sealed class StateWriter(StringTable strings)
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    /// <summary>The bytes written so far.</summary>
    public ReadOnlyMemory<byte> Written => _buffer.WrittenMemory;

    /// <summary>Writes an unsigned number in as many bytes as it needs, 7 bits a byte.</summary>
    public void UInt(ulong value)
    {
        var span = _buffer.GetSpan(10);
        var length = 0;
        while (value >= 0x80)
        {
            span[length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[length++] = (byte)value;
        _buffer.Advance(length);
    }

    /// <summary>Writes a count or a length, never negative.</summary>
    public void Count(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        UInt((ulong)value);
    }

    /// <summary>Writes a signed number zigzagged, so that small negative numbers stay short too.</summary>
    public void Int(long value) => UInt((ulong)((value << 1) ^ (value >> 63)));

    /// <summary>Writes a flag as one byte.</summary>
    public void Bool(bool value) => UInt(value ? 1UL : 0UL);

    /// <summary>Writes 64 bits as they are: a hash takes 8 bytes whatever its value, where a varint would take up to 10.</summary>
    public void Fixed64(ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(_buffer.GetSpan(8), value);
        _buffer.Advance(8);
    }

    /// <summary>Writes 32 bits as they are.</summary>
    public void Fixed32(uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(_buffer.GetSpan(4), value);
        _buffer.Advance(4);
    }

    /// <summary>Writes 16-bit values as they are, two bytes each, little-endian.</summary>
    public void Fixed16(ReadOnlySpan<ushort> values)
    {
        var span = _buffer.GetSpan(values.Length * 2);
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span[(i * 2)..], values[i]);
        }

        _buffer.Advance(values.Length * 2);
    }

    /// <summary>Writes raw bytes.</summary>
    public void Bytes(ReadOnlySpan<byte> bytes) => _buffer.Write(bytes);

    /// <summary>Writes a string that recurs (a path, a source, a leftover's text) as its index in the file's string table.</summary>
    public void String(string value) => UInt((ulong)strings.IdOf(value));

    /// <summary>
    /// Writes a string of a sorted run as the length it shares with <paramref name="previous"/> and the UTF-8 of the
    /// rest: the words of a sorted vocabulary share most of their letters with the one before.
    /// </summary>
    public void SortedString(ReadOnlySpan<char> previous, ReadOnlySpan<char> value)
    {
        var shared = value.CommonPrefixLength(previous);

        // A surrogate pair is not split between the prefix and the rest, so the rest is whole UTF-16 text.
        if (shared > 0 && shared < value.Length && char.IsLowSurrogate(value[shared]))
        {
            shared--;
        }

        Count(shared);
        Utf8(value[shared..]);
    }

    /// <summary>Writes text as its UTF-8 length and bytes.</summary>
    public void Utf8(ReadOnlySpan<char> text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        Count(length);
        Encoding.UTF8.GetBytes(text, _buffer.GetSpan(length));
        _buffer.Advance(length);
    }

    /// <summary>
    /// Writes a line key (see <see cref="Diagnostics.DiagnosticFingerprint.LineKey"/>): its 128 bits when it is the
    /// usual 32 hexadecimal digits, else as a string; an empty one as a single byte.
    /// </summary>
    public void LineKey(string key)
    {
        if (key.Length == 0)
        {
            UInt(0);
        }
        else if (LineKeys.TryParse(key, out var high, out var low))
        {
            UInt(1);
            Fixed64(high);
            Fixed64(low);
        }
        else
        {
            UInt(2);
            String(key);
        }
    }

    /// <summary>Writes a span as its start and length.</summary>
    public void Span(TextSpan span)
    {
        Count(span.Start);
        Count(span.Length);
    }

    /// <summary>Writes a line span: its start, then its end relative to the start (most spans are on one line).</summary>
    public void Position(LinePositionSpan position)
    {
        Count(position.Start.Line);
        Count(position.Start.Column);
        Count(position.End.Line - position.Start.Line);
        Int(position.End.Column - position.Start.Column);
    }
}
