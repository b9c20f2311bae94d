namespace Linter.Core.Text;

/// <summary>A half-open range of UTF-16 offsets into a text.</summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span; negative starts or lengths are rejected.</summary>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    /// <summary>First offset in the span.</summary>
    public int Start { get; }

    /// <summary>Number of UTF-16 code units covered.</summary>
    public int Length { get; }

    /// <summary>Offset just past the span.</summary>
    public int End => Start + Length;

    /// <summary>Creates a span from its start and end offsets.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when the two spans share at least one offset, or when an empty span sits strictly inside the other.</summary>
    public bool OverlapsWith(TextSpan other) =>
        Math.Max(Start, other.Start) < Math.Min(End, other.End)
        || (Length == 0 && other.Start < Start && Start < other.End)
        || (other.Length == 0 && Start < other.Start && other.Start < End);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
