namespace Linter.Core.Text;

/// <summary>A 0-based line and a 0-based UTF-16 column.</summary>
public readonly record struct LinePosition(int Line, int Column) : IComparable<LinePosition>
{
    /// <inheritdoc />
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);

    /// <summary>True when <paramref name="left"/> comes first.</summary>
    public static bool operator <(LinePosition left, LinePosition right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> comes last.</summary>
    public static bool operator >(LinePosition left, LinePosition right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> does not come last.</summary>
    public static bool operator <=(LinePosition left, LinePosition right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> does not come first.</summary>
    public static bool operator >=(LinePosition left, LinePosition right) => left.CompareTo(right) >= 0;
}

/// <summary>The start and end of a span as line positions (end exclusive).</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
