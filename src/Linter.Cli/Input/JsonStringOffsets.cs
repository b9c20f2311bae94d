namespace Linter.Cli.Input;

/// <summary>The way back from a JSON string's value to the string as written, where each escape is several characters.</summary>
internal static class JsonStringOffsets
{
    /// <summary>
    /// For each UTF-16 offset in the value, and its end, the offset in <paramref name="written"/> of the character or
    /// escape that writes it. <paramref name="written"/> starts just after the opening quote; it ends at the closing
    /// quote or where the span ends.
    /// </summary>
    /// <param name="written">The string as written, from just after its opening quote.</param>
    /// <param name="valueLength">The length of the value, unescaped.</param>
    /// <exception cref="InvalidOperationException">The string as written does not make a value of that length.</exception>
    public static int[] Of(ReadOnlySpan<char> written, int valueLength)
    {
        var offsets = new int[valueLength + 1];
        var unit = 0;
        var at = 0;
        while (at < written.Length && written[at] != '"' && unit < valueLength)
        {
            offsets[unit++] = at;

            // Each escape stands for one UTF-16 code unit, as each plain character does: \uD83D\uDE00 is two units.
            at += written[at] != '\\' ? 1 : written[at + 1] == 'u' ? 6 : 2;
        }

        offsets[unit] = at;
        return unit == valueLength
            ? offsets
            : throw new InvalidOperationException($"a JSON string's value has {valueLength} characters but the string as written {unit}");
    }
}
