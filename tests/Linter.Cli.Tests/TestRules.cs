namespace Linter.Cli.Tests;

/// <summary>Rule files the command-line tests share.</summary>
internal static class TestRules
{
    /// <summary>One substitution rule: the typo بوينغ يانغ, a warning with a fix.</summary>
    public const string TypoRule = """
        rules:
          - id: XX1001
            kind: substitution
            title: Pyongyang typo
            message: "'{match}' should be '{suggestion}'"
            category: Spelling
            severity: warning
            swap:
              بوينغ يانغ: بيونغ يانغ
        """;
}
