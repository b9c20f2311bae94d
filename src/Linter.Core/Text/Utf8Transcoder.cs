using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Unicode;

namespace Linter.Core.Text;

/// <summary>
/// UTF-8 to UTF-16 for text made of ASCII and two-byte characters (Arabic, the Latin-1 supplement), 32 bytes at a
/// time, validating exactly; any other sequence, valid or not, is left to .NET's transcoder from the last complete
/// character, so that the outcome (status, bytes read, characters written) is always <see cref="Utf8.ToUtf16"/>'s.
/// </summary>
/// <remarks>
/// Written by hand because .NET's transcoder takes two-byte characters a few at a time, and Arabic is all two-byte
/// characters: on the seed articles it takes 2.0 times this one's time (<c>DecodeBenchmarks</c>).
/// </remarks>
public static class Utf8Transcoder
{
    private const int BlockLength = 32;

    /// <summary>
    /// For each set of kept 16-bit lanes of a vector (bit k: lane k is kept), the byte shuffle that moves them, in
    /// order, to its start: one character out of each byte that starts one.
    /// </summary>
    private static readonly byte[] Compaction = CompactionShuffles();

    /// <summary>
    /// Decodes <paramref name="source"/> into <paramref name="destination"/> as
    /// <c>Utf8.ToUtf16(source, destination, out bytesRead, out charsWritten, replaceInvalidSequences: false)</c> does.
    /// </summary>
    /// <remarks>Where 256-bit vectors are not accelerated, it is that.</remarks>
    public static OperationStatus ToUtf16(ReadOnlySpan<byte> source, Span<char> destination, out int bytesRead, out int charsWritten) =>
        ToUtf16(source, destination, Vector256.IsHardwareAccelerated, out bytesRead, out charsWritten);

    /// <summary>As <see cref="ToUtf16(ReadOnlySpan{byte}, Span{char}, out int, out int)"/>, with the blocks of 32 bytes or without.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static OperationStatus ToUtf16(ReadOnlySpan<byte> source, Span<char> destination, bool vectorized, out int bytesRead, out int charsWritten)
    {
        var (read, written) = (0, 0);
        ref var sourceStart = ref MemoryMarshal.GetReference(source);
        ref var destinationStart = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
        ref var compaction = ref MemoryMarshal.GetArrayDataReference(Compaction);

        // A block reads one byte past its 32 and writes up to 32 characters. Blocks follow each other every 32 bytes,
        // so that where the next one starts does not wait for this one's bytes; when a block's last byte starts a
        // character, the block decodes it, and the next block starts with its continuation (carried).
        var carried = 0ul;
        while (vectorized && read + BlockLength < source.Length && written + BlockLength <= destination.Length)
        {
            if (TryTranscodeBlock(ref Unsafe.Add(ref sourceStart, read), ref Unsafe.Add(ref destinationStart, written), ref compaction, ref carried, out var blockChars))
            {
                read += BlockLength;
                written += blockChars;
                continue;
            }

            // Another sequence, or an invalid one: .NET's transcoder takes the block from its first character, stopping
            // before a character the block cuts. The block has room for its characters and starts with a complete
            // one, or with an invalid byte, so it always moves on or fails.
            read += (int)carried;
            carried = 0;
            var status = Utf8.ToUtf16(source.Slice(read, BlockLength), destination[written..], out var chunkRead, out var chunkWritten, replaceInvalidSequences: false, isFinalBlock: false);
            read += chunkRead;
            written += chunkWritten;
            if (status == OperationStatus.InvalidData)
            {
                (bytesRead, charsWritten) = (read, written);
                return status;
            }
        }

        read += (int)carried;
        var rest = Utf8.ToUtf16(source[read..], destination[written..], out var restRead, out var restWritten, replaceInvalidSequences: false);
        (bytesRead, charsWritten) = (read + restRead, written + restWritten);
        return rest;
    }

    /// <summary>
    /// Decodes the 32 bytes at <paramref name="source"/> (and the continuation byte after them, when the last one starts
    /// a character) when they are ASCII and complete two-byte sequences only, but for the continuation the block
    /// before decoded when <paramref name="carried"/> is 1; then sets <paramref name="carried"/> for the next block.
    /// False, writing nothing that counts, when they are not.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryTranscodeBlock(ref byte source, ref ushort destination, ref byte compaction, ref ulong carried, out int chars)
    {
        var block = Vector256.LoadUnsafe(ref source);
        ulong nonAscii = block.ExtractMostSignificantBits();
        ulong leads = Vector256.LessThanOrEqual(block - Vector256.Create((byte)0xC2), Vector256.Create((byte)(0xDF - 0xC2))).ExtractMostSignificantBits();
        ulong continuations = Vector256.Equals(block & Vector256.Create((byte)0xC0), Vector256.Create((byte)0x80)).ExtractMostSignificantBits();
        var continuationAfter = (Unsafe.Add(ref source, BlockLength) & 0xC0) == 0x80 ? 1ul << BlockLength : 0;

        // Valid when every byte is ASCII, a lead (C2-DF) or a continuation, and a byte (the one after the block too)
        // is a continuation exactly when the byte before it is a lead.
        if ((nonAscii & ~(leads | continuations)) != 0 || (continuations | continuationAfter) != ((leads << 1) | carried))
        {
            chars = 0;
            return false;
        }

        var (low, high) = Vector256.Widen(block);
        var (followingLow, followingHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref source, 1));
        var (characters, moreCharacters) = (Decode(low, followingLow), Decode(high, followingHigh));
        var kept = (uint)~continuations;
        var written = Compact(characters.GetLower(), kept, ref compaction, ref destination, 0);
        written = Compact(characters.GetUpper(), kept >> 8, ref compaction, ref destination, written);
        written = Compact(moreCharacters.GetLower(), kept >> 16, ref compaction, ref destination, written);
        written = Compact(moreCharacters.GetUpper(), kept >> 24, ref compaction, ref destination, written);
        carried = leads >> (BlockLength - 1);
        chars = written;
        return true;
    }

    /// <summary>
    /// Each lane's character: its byte, or the two-byte sequence it starts with the byte after it. (A continuation's
    /// lane, which is dropped, holds anything.)
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Decode(Vector256<ushort> bytes, Vector256<ushort> following) =>
        Vector256.ConditionalSelect(
            Vector256.GreaterThanOrEqual(bytes, Vector256.Create((ushort)0xC0)),
            ((bytes & Vector256.Create((ushort)0x1F)) << 6) | (following & Vector256.Create((ushort)0x3F)),
            bytes);

    /// <summary>
    /// Writes the lanes of <paramref name="characters"/> that the low eight bits of <paramref name="kept"/> keep, in
    /// order, at <paramref name="written"/> characters from <paramref name="destination"/>; returns the count written then.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Compact(Vector128<ushort> characters, uint kept, ref byte compaction, ref ushort destination, int written)
    {
        kept &= 0xFF;
        Vector128.ShuffleNative(characters.AsByte(), Vector128.LoadUnsafe(ref compaction, kept * 16)).AsUInt16().StoreUnsafe(ref destination, (nuint)written);
        return written + BitOperations.PopCount(kept);
    }

    private static byte[] CompactionShuffles()
    {
        var shuffles = new byte[256 * 16];
        for (var kept = 0; kept < 256; kept++)
        {
            var to = kept * 16;
            for (var lane = 0; lane < 8; lane++)
            {
                if ((kept & (1 << lane)) != 0)
                {
                    shuffles[to++] = (byte)(2 * lane);
                    shuffles[to++] = (byte)((2 * lane) + 1);
                }
            }
        }

        return shuffles;
    }
}
