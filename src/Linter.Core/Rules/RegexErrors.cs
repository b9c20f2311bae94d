using System.Text.RegularExpressions;

namespace Linter.Core.Rules;

/// <summary>What is wrong with a regular expression, in a rule writer's words rather than .NET's error names.</summary>
public static class RegexErrors
{
    /// <summary>The fault <paramref name="error"/> names, as a phrase: "a '(' is never closed".</summary>
    public static string Describe(RegexParseError error) => error switch
    {
        RegexParseError.AlternationHasComment => "a condition (?(...)) cannot be a comment",
        RegexParseError.AlternationHasMalformedCondition => "a condition (?(...)) is malformed",
        RegexParseError.AlternationHasMalformedReference => "a condition (?(...)) refers to a group in a malformed way",
        RegexParseError.AlternationHasNamedCapture => "a condition (?(...)) cannot capture a named group",
        RegexParseError.AlternationHasTooManyConditions => "a condition (?(...)) has more than two branches",
        RegexParseError.AlternationHasUndefinedReference => "a condition (?(...)) refers to a group that does not exist",
        RegexParseError.CaptureGroupNameInvalid => "a group name must be a word (letters, digits, _) not starting with a digit",
        RegexParseError.CaptureGroupOfZero => "a group cannot be numbered 0",
        RegexParseError.ExclusionGroupNotLast => "a class subtraction [a-z-[aeiou]] must come last in its brackets",
        RegexParseError.InsufficientClosingParentheses => "a '(' is never closed",
        RegexParseError.InsufficientOpeningParentheses => "a ')' closes nothing",
        RegexParseError.InsufficientOrInvalidHexDigits => @"a \x or \u escape needs hexadecimal digits (\x41, \u0641)",
        RegexParseError.InvalidGroupingConstruct => "'(?' does not start a valid group: use (?:...), (?<name>...), (?=...), (?!...), (?<=...) or (?<!...)",
        RegexParseError.InvalidUnicodePropertyEscape => @"a \p or \P escape needs a property in braces, such as \p{L}",
        RegexParseError.MalformedNamedReference => @"a \k reference needs a group name in <>, such as \k<name>",
        RegexParseError.MalformedUnicodePropertyEscape => @"a \p or \P escape is not closed with '}'",
        RegexParseError.MissingControlCharacter => @"a \c escape needs a letter after it",
        RegexParseError.NestedQuantifiersNotParenthesized => "two quantifiers in a row (such as a**); put the first in a group: (?:a*)*",
        RegexParseError.QuantifierAfterNothing => "a quantifier (*, +, ?, {n}) has nothing before it to repeat; escape it to match it (\\*)",
        RegexParseError.QuantifierOrCaptureGroupOutOfRange => "a number in a quantifier or a group reference is too large",
        RegexParseError.ReversedCharacterRange => "a range in brackets goes backwards (such as [z-a]); write the smaller character first",
        RegexParseError.ReversedQuantifierRange => "a quantifier {n,m} has n greater than m",
        RegexParseError.ShorthandClassInCharacterRange => @"a range in brackets cannot start or end with a class such as \d or \w",
        RegexParseError.UndefinedNamedReference => "a reference names a group that does not exist",
        RegexParseError.UndefinedNumberedReference => "a reference numbers a group that does not exist",
        RegexParseError.UnescapedEndingBackslash => @"the pattern ends with a lone '\'; write '\\' to match a backslash",
        RegexParseError.UnrecognizedControlCharacter => @"a \c escape needs a letter after it",
        RegexParseError.UnrecognizedEscape => @"an unknown escape; write '\\' before a character only to match it as it is",
        RegexParseError.UnrecognizedUnicodeProperty => @"an unknown Unicode property in \p{...} (such as \p{L} or \p{IsArabic})",
        RegexParseError.UnterminatedBracket => "a '[' is never closed with ']'",
        RegexParseError.UnterminatedComment => "a comment (?#...) is never closed",
        _ => "the pattern is not a valid .NET regular expression",
    };
}
