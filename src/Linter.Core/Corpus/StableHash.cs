using System.Numerics;

namespace Linter.Core.Corpus;

/// <summary>
/// 64-bit hashes that are the same on every machine and in every process (unlike <see cref="HashCode"/>), so states
/// built on different machines can be merged.
/// </summary>
internal static class StableHash
{
    private const ulong FnvOffset = 0xcbf29ce484222325;
    private const ulong FnvPrime = 0x100000001b3;
    private const ulong CombineOffset = 0x9e3779b97f4a7c15;

    /// <summary>The SplitMix64 finalizer: spreads every input bit over every output bit.</summary>
    public static ulong Mix(ulong value)
    {
        value ^= value >> 30;
        value *= 0xbf58476d1ce4e5b9;
        value ^= value >> 27;
        value *= 0x94d049bb133111eb;
        return value ^ (value >> 31);
    }

    /// <summary><see cref="Mix(ulong)"/> of each lane.</summary>
    public static Vector<ulong> Mix(Vector<ulong> value)
    {
        value ^= Vector.ShiftRightLogical(value, 30);
        value *= 0xbf58476d1ce4e5b9;
        value ^= Vector.ShiftRightLogical(value, 27);
        value *= 0x94d049bb133111eb;
        return value ^ Vector.ShiftRightLogical(value, 31);
    }

    /// <summary>A hash of <paramref name="text"/>'s characters (FNV-1a, then mixed).</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = Start;
        foreach (var c in text)
        {
            hash = Add(hash, c);
        }

        return Finish(hash, text.Length);
    }

    /// <summary>The running hash of no characters, for computing <see cref="Of"/> a character at a time.</summary>
    public static ulong Start => FnvOffset;

    /// <summary>A running hash of <see cref="Of"/> with one more character.</summary>
    public static ulong Add(ulong hash, char c) => (hash ^ c) * FnvPrime;

    /// <summary>What <see cref="Of"/> gives for the <paramref name="length"/> characters of a running hash.</summary>
    public static ulong Finish(ulong hash, int length) => Mix(hash ^ (ulong)length);

    /// <summary>Adds one value to a running hash of a sequence; the order of values matters.</summary>
    public static ulong Combine(ulong hash, ulong value) => Mix(hash ^ value) + CombineOffset;

    /// <summary><see cref="Combine(ulong, ulong)"/> in each lane: as many running hashes at once, each with its own value.</summary>
    public static Vector<ulong> Combine(Vector<ulong> hash, Vector<ulong> value) => Mix(hash ^ value) + new Vector<ulong>(CombineOffset);
}
