namespace Linter.Core.Corpus;

/// <summary>
/// 64-bit hashes that are the same on every machine and in every process (unlike <see cref="HashCode"/>), so states
/// built on different machines can be merged.
/// </summary>
internal static class StableHash
{
    private const ulong FnvOffset = 0xcbf29ce484222325;
    private const ulong FnvPrime = 0x100000001b3;

    /// <summary>The SplitMix64 finalizer: spreads every input bit over every output bit.</summary>
    public static ulong Mix(ulong value)
    {
        value ^= value >> 30;
        value *= 0xbf58476d1ce4e5b9;
        value ^= value >> 27;
        value *= 0x94d049bb133111eb;
        return value ^ (value >> 31);
    }

    /// <summary>A hash of <paramref name="text"/>'s characters (FNV-1a, then mixed).</summary>
    public static ulong Of(ReadOnlySpan<char> text, ulong seed = 0)
    {
        var hash = FnvOffset ^ seed;
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return Mix(hash ^ (ulong)text.Length);
    }

    /// <summary>Adds one value to a running hash of a sequence; the order of values matters.</summary>
    public static ulong Combine(ulong hash, ulong value) => Mix(hash ^ value) + 0x9e3779b97f4a7c15;
}
