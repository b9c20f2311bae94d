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

    [Fact]
    public void An_example_of_several_documents_is_a_corpus_and_its_markers_are_checked_document_by_document()
    {
        var errors = TestSupport.LoadErrors(new RuleFile(TestSupport.RulePath, TestSupport.Rule("duplicate-document", """
            examples:
              flagged:
                - documents:
                    - "[||]واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة"
                    - "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة"
              clean_corpora:
                - documents:
                    - "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة"
                    - "واحد  اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة"
            """, message: "same as {original}", category: "Duplication")));

        Assert.Equal(2, errors.Count);
        TestSupport.AssertError(errors[0], 11, 16, "example of CL1001 marks '' at 0..0 in document 1 but the rule reported nothing");
        TestSupport.AssertError(errors[1], 16, 16, "example of CL1001 should be clean but the rule reported '' at 0..0");
    }

    [Fact]
    public void A_flagged_example_has_a_text_or_documents_and_only_a_text_has_a_fixed_text()
    {
        var errors = TestSupport.LoadErrors(new RuleFile(TestSupport.RulePath, TestSupport.Rule("duplicate-document", """
            examples:
              flagged:
                - text: "واحد"
                  documents: ["واحد", "اثنان"]
                - documents: ["واحد", "اثنان"]
                  fixed: "واحد"
                - fixed: "واحد"
            """, message: "same as {original}", category: "Duplication")));

        Assert.Equal(3, errors.Count);
        TestSupport.AssertError(errors[0], 10, 11, "a flagged example has either 'text' (one document) or 'documents' (several), not both or neither");
        TestSupport.AssertError(errors[1], 13, 19, "'fixed' goes with 'text'; an example of several documents has no fixed text");
        TestSupport.AssertError(errors[2], 14, 11, "not both or neither");
    }
}
