using Linter.Core.Analysis;
using Linter.Core.Diagnostics;
using Linter.Core.Matching;

namespace Linter.Core.Rules;

/// <summary>
/// A loaded rule: one instance per rule in a rule file. Each rule kind is one subclass, fed the document
/// and the matches of the phrases it registered.
/// </summary>
public abstract class Rule
{
    /// <summary>Initializes the rule from its definition.</summary>
    protected Rule(RuleDefinition definition)
    {
        Descriptor = definition.Descriptor;
    }

    /// <summary>The rule's main diagnostic.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>Every diagnostic id this rule can report.</summary>
    public virtual IReadOnlyList<RuleDescriptor> Descriptors => [Descriptor];

    /// <summary>The documents the rule applies to (its <c>files</c> field); null for every document.</summary>
    public FileScope? Files { get; internal set; }

    /// <summary>The rule's examples as written in its file, for documentation.</summary>
    public IReadOnlyList<RuleExample> Examples { get; internal set; } = [];

    /// <summary>What the fix of <paramref name="descriptor"/>'s findings does, in one sentence; null when there is none.</summary>
    public abstract string? FixDescription(RuleDescriptor descriptor);

    /// <summary>The literal phrases this rule wants found by the shared matcher.</summary>
    public virtual IEnumerable<PhraseRegistration> Phrases => [];

    /// <summary>Analyzes one document.</summary>
    public abstract void Analyze(DocumentContext context);
}
