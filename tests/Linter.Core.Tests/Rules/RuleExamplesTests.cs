using Linter.Core.Rules;
using Linter.Core.Text;

namespace Linter.Core.Tests.Rules;

public class RuleExamplesTests
{
    [Fact]
    public void Markers_are_stripped_and_their_spans_returned()
    {
        var (text, spans) = RuleExamples.ParseMarkers("a [|b|] c");

        Assert.Equal("a b c", text);
        Assert.Equal([TextSpan.FromBounds(2, 3)], spans);
    }

    [Fact]
    public void Several_markers_in_arabic_text()
    {
        var (text, spans) = RuleExamples.ParseMarkers("[|بوينغ يانغ|] و[|بيونج يانج|]");

        Assert.Equal("بوينغ يانغ وبيونج يانج", text);
        Assert.Equal([TextSpan.FromBounds(0, 10), TextSpan.FromBounds(12, 22)], spans);
    }

    [Fact]
    public void An_empty_marker_is_an_empty_span()
    {
        var (text, spans) = RuleExamples.ParseMarkers("ab[||]c");

        Assert.Equal("abc", text);
        Assert.Equal([new TextSpan(2, 0)], spans);
    }

    [Fact]
    public void A_marker_may_span_lines()
    {
        var (text, spans) = RuleExamples.ParseMarkers("أ\n[|ب\r\nج|]");

        Assert.Equal("أ\nب\r\nج", text);
        Assert.Equal([TextSpan.FromBounds(2, 6)], spans);
    }

    [Fact]
    public void Text_without_markers_is_unchanged()
    {
        var (text, spans) = RuleExamples.ParseMarkers("a | b [ c ] |");

        Assert.Equal("a | b [ c ] |", text);
        Assert.Empty(spans);
    }

    [Fact]
    public void Passing_examples_load()
    {
        var yaml = """
            rules:
              - id: CL1001
                kind: substitution
                title: Pyongyang
                message: "'{match}' should be '{suggestion}'"
                category: Transliteration
                severity: warning
                swap: { بوينغ يانغ: بيونغ يانغ }
                examples:
                  flagged:
                    - text: "زار الوفد [|بوينغ يانغ|] أمس"
                      fixed: زار الوفد بيونغ يانغ أمس
                    - text: وبوينغ يانغ
                  clean:
                    - زار الوفد بيونغ يانغ أمس
            """;

        Assert.Single(TestSupport.Load(yaml).Rules);
    }
}
