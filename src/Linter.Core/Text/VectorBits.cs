using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Linter.Core.Text;

/// <summary>The mask of a vector of the hardware's width, which <see cref="Vector{T}"/> does not give.</summary>
internal static class VectorBits
{
    /// <summary>Bit k is set when element k of <paramref name="vector"/> has its most significant bit set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MostSignificant<T>(Vector<T> vector) => Vector<byte>.Count switch
    {
        16 => vector.AsVector128().ExtractMostSignificantBits(),
        32 => vector.AsVector256().ExtractMostSignificantBits(),
        _ => vector.AsVector512().ExtractMostSignificantBits(),
    };
}
