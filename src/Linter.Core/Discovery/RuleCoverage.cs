using Linter.Core.Diagnostics;
using Linter.Core.Rules.Kinds;
using Linter.Core.Pipeline;
using Linter.Core.Rules;

namespace Linter.Core.Discovery;

/// <summary>
/// Whether the loaded boilerplate rules already find a line or fragment, so that <c>discover boilerplate</c> leaves
/// it out: a text is covered when one finding spans at least four fifths of it.
/// </summary>
public sealed class RuleCoverage
{
    private readonly LintEngine _engine;

    /// <summary>Checks against the boilerplate rules of <paramref name="rules"/>, whatever their severity and the documents they apply to.</summary>
    public RuleCoverage(RuleSet rules)
    {
        _engine = new LintEngine(RuleSet.Create([.. rules.Rules.Where(rule => rule is BoilerplateRule)]), (_, _) => Severity.Warning, _ => null);
    }

    /// <summary>True when a boilerplate rule finds most of <paramref name="text"/>.</summary>
    public bool Covers(string text) =>
        _engine.LintText("discovered", text).Any(diagnostic => diagnostic.Span.Length * 5 >= text.Trim().Length * 4);
}
