using Linter.Core.Rules.Kinds;

namespace Linter.Core.Rules;

/// <summary>The table of rule kinds: one explicit entry per kind, no scanning.</summary>
public static class RuleKinds
{
    /// <summary>Every kind, in documentation order.</summary>
    public static readonly IReadOnlyList<RuleKind> All =
    [
        BoilerplateRule.Kind,
        SubstitutionRule.Kind,
        ConsistencyRule.Kind,
        RepetitionRule.Kind,
        PatternRule.Kind,
        PairingRule.Kind,
        DuplicateDocumentRule.Kind,
        RepeatedParagraphRule.Kind,
        LeftoverRule.Kind,
    ];

    /// <summary>The kind named <paramref name="name"/>, or null.</summary>
    public static RuleKind? Find(string? name) => All.FirstOrDefault(kind => kind.Name == name);
}
