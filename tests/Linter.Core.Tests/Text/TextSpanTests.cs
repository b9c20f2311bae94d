using Linter.Core.Text;

namespace Linter.Core.Tests.Text;

public class TextSpanTests
{
    [Fact]
    public void FromBounds_and_end()
    {
        var span = TextSpan.FromBounds(3, 7);

        Assert.Equal((3, 4, 7), (span.Start, span.Length, span.End));
        Assert.Equal("[3..7)", span.ToString());
    }

    [Fact]
    public void Negative_start_or_length_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(-1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(5, 4));
    }

    [Theory]
    [InlineData(0, 5, 4, 6, true)]
    [InlineData(0, 5, 5, 6, false)] // adjacent
    [InlineData(2, 2, 0, 5, true)] // empty span strictly inside
    [InlineData(0, 0, 0, 5, false)] // empty span at the start
    [InlineData(5, 5, 0, 5, false)] // empty span at the end
    [InlineData(3, 3, 3, 3, false)]
    public void Overlaps(int start1, int end1, int start2, int end2, bool overlaps)
    {
        var a = TextSpan.FromBounds(start1, end1);
        var b = TextSpan.FromBounds(start2, end2);

        Assert.Equal(overlaps, a.OverlapsWith(b));
        Assert.Equal(overlaps, b.OverlapsWith(a));
    }
}
