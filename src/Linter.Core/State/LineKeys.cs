using System.Globalization;
using Linter.Core.Diagnostics;

namespace Linter.Core.State;

/// <summary>Line keys (see <see cref="DiagnosticFingerprint.LineKey"/>) as their 128 bits, 16 bytes where their text takes 32.</summary>
internal static class LineKeys
{
    /// <summary>True when <paramref name="key"/> is 32 lower-case hexadecimal digits, which format back to the same text.</summary>
    public static bool TryParse(string key, out ulong high, out ulong low)
    {
        (high, low) = (0, 0);
        if (key.Length != 32 || !key.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f'))
        {
            return false;
        }

        high = ulong.Parse(key.AsSpan(0, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        low = ulong.Parse(key.AsSpan(16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>The text of a key's 128 bits.</summary>
    public static string Format(ulong high, ulong low) => DiagnosticFingerprint.FormatLineKey(new UInt128(high, low));
}
