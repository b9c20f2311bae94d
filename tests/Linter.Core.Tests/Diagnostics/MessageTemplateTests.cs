using Linter.Core.Diagnostics;

namespace Linter.Core.Tests.Diagnostics;

public class MessageTemplateTests
{
    private static readonly string[] Names = ["match", "suggestion"];

    [Fact]
    public void Placeholders_are_filled()
    {
        var template = MessageTemplate.Parse("'{match}' should be '{suggestion}'", Names);

        Assert.Equal(
            "'بوينغ يانغ' should be 'بيونغ يانغ'",
            template.Format(new Dictionary<string, string> { ["match"] = "بوينغ يانغ", ["suggestion"] = "بيونغ يانغ" }));
    }

    [Fact]
    public void Doubled_braces_are_literal_braces()
    {
        var template = MessageTemplate.Parse("{{{match}}} {{x}}", Names);

        Assert.Equal("{كيم} {x}", template.Format(new Dictionary<string, string> { ["match"] = "كيم" }));
    }

    [Fact]
    public void A_placeholder_without_a_value_is_empty()
    {
        Assert.Equal("'' ", MessageTemplate.Parse("'{suggestion}' ", Names).Format(new Dictionary<string, string>()));
    }

    [Theory]
    [InlineData("'{match}' should be '{sugestion}'", 21, "unknown placeholder '{sugestion}'; this rule offers {match}, {suggestion}")]
    [InlineData("a } b", 2, "a lone '}' in the message; write '}}' for a brace")]
    [InlineData("a { b", 2, "a '{' in the message is never closed; write '{{' for a brace")]
    [InlineData("{}", 0, "unknown placeholder '{}'")]
    public void Invalid_templates_report_the_offset_of_the_problem(string text, int offset, string message)
    {
        Assert.Null(MessageTemplate.TryParse(text, Names, out var error));
        Assert.Equal(offset, error!.Value.Offset);
        Assert.StartsWith(message, error.Value.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_throws_on_an_invalid_template()
    {
        Assert.Throws<FormatException>(() => MessageTemplate.Parse("{nope}", Names));
    }
}
