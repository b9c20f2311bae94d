using Linter.Core.Diagnostics;
using Linter.Core.Fixes;
using Linter.Core.Text;
using static Linter.Core.Tests.TestSupport;

namespace Linter.Core.Tests.Fixes;

public class FixApplierTests
{
    private static readonly RuleDescriptor Descriptor = new(
        "CL1001", "test", "Test", MessageTemplate.Parse("{match}", "match"), RuleCategory.Spelling, Severity.Warning);

    private static Diagnostic WithFix(params (int Start, int End, string NewText)[] edits) =>
        new(
            Descriptor,
            Severity.Warning,
            DocumentPath,
            TextSpan.FromBounds(edits[0].Start, edits[0].End),
            default,
            string.Empty,
            string.Empty,
            new Fix("fix", [.. edits.Select(e => new TextEdit(TextSpan.FromBounds(e.Start, e.End), e.NewText))]));

    private static Diagnostic WithoutFix() =>
        new(Descriptor, Severity.Warning, DocumentPath, new TextSpan(0, 1), default, string.Empty, string.Empty, null);

    [Fact]
    public void Applies_every_fix_that_does_not_overlap_another()
    {
        const string text = "زار بوينغ يانغ والتقى المسئول";

        var (result, applied) = FixApplier.ApplyOnce(text, [WithFix((22, 29, "المسؤول")), WithFix((4, 14, "بيونغ يانغ")), WithoutFix()]);

        Assert.Equal("زار بيونغ يانغ والتقى المسؤول", result);
        Assert.Equal(2, applied.Count);
    }

    [Fact]
    public void Of_two_overlapping_fixes_the_one_that_starts_first_wins()
    {
        var (result, applied) = FixApplier.ApplyOnce("abcdef", [WithFix((2, 5, "X")), WithFix((1, 3, "Y"))]);

        Assert.Equal("aYdef", result);
        Assert.Single(applied);
    }

    [Fact]
    public void Of_two_fixes_starting_together_the_shorter_wins()
    {
        var (result, applied) = FixApplier.ApplyOnce("abcdef", [WithFix((1, 5, "X")), WithFix((1, 3, "Y"))]);

        Assert.Equal("aYdef", result);
        Assert.Single(applied);
    }

    [Fact]
    public void Adjacent_fixes_both_apply()
    {
        var (result, applied) = FixApplier.ApplyOnce("abcdef", [WithFix((1, 3, "X")), WithFix((3, 5, "Y"))]);

        Assert.Equal("aXYf", result);
        Assert.Equal(2, applied.Count);
    }

    [Fact]
    public void Two_insertions_at_one_offset_conflict()
    {
        var (result, applied) = FixApplier.ApplyOnce("abc", [WithFix((1, 1, "X")), WithFix((1, 1, "Y"))]);

        Assert.Equal("aXbc", result);
        Assert.Single(applied);
    }

    [Fact]
    public void A_fix_with_several_edits_is_taken_whole_or_not_at_all()
    {
        var (result, applied) = FixApplier.ApplyOnce(
            "«abc» def",
            [WithFix((0, 1, "\""), (4, 5, "\"")), WithFix((3, 6, "Z"))]);

        Assert.Equal("\"abc\" def", result);
        Assert.Single(applied);

        (result, applied) = FixApplier.ApplyOnce("«abc» def", [WithFix((3, 6, "Z")), WithFix((0, 4, "Q"), (8, 9, "W"))]);

        Assert.Equal("Q» deW", result);
        Assert.Single(applied);
    }

    [Fact]
    public void Deletions_that_together_would_join_a_lone_CR_and_an_LF_are_applied_one_pass_at_a_time()
    {
        // A widget line after a lone CR, then a whitespace-only line: deleting the one and emptying the other
        // would leave "\r\n", one break where there were two.
        const string text = "أ\rشارك\n \nب";

        var (result, applied) = FixApplier.ApplyOnce(text, [WithFix((2, 7, string.Empty)), WithFix((7, 8, string.Empty))]);

        Assert.Equal("أ\r \nب", result);
        Assert.Single(applied);
    }

    [Fact]
    public void Fixes_that_together_would_give_the_text_a_final_line_break_are_applied_one_pass_at_a_time()
    {
        // Emptying the whitespace line and deleting the last line are each safe, but together leave "أ\n".
        const string text = "أ\n \nشارك";

        var (result, applied) = FixApplier.ApplyOnce(text, [WithFix((2, 3, string.Empty)), WithFix((3, 8, string.Empty))]);

        Assert.Equal("أ\n\nشارك", result);
        Assert.Single(applied);
    }

    [Fact]
    public void No_diagnostics_leave_the_text_alone()
    {
        var (unchanged, none) = FixApplier.ApplyOnce("\r\nنص\r\n", []);

        Assert.Equal("\r\nنص\r\n", unchanged);
        Assert.Empty(none);
    }
}
