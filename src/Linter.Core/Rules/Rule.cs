using Linter.Core.Analysis;
using Linter.Core.Corpus;
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

    /// <summary>Initializes a copy of <paramref name="original"/>, for a rule made from another (see <see cref="Resolve"/>).</summary>
    protected Rule(Rule original)
    {
        ArgumentNullException.ThrowIfNull(original);
        Descriptor = original.Descriptor;
        Examples = original.Examples;
    }

    /// <summary>The rule's main diagnostic.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>Every diagnostic id this rule can report.</summary>
    public virtual IReadOnlyList<RuleDescriptor> Descriptors => field ??= [Descriptor];

    /// <summary>The documents the rule applies to (its <c>files</c> field); null for every document.</summary>
    public FileScope? Files { get; internal set; }

    /// <summary>The rule's examples as written in its file, for documentation.</summary>
    public IReadOnlyList<RuleExample> Examples { get; internal set; } = [];

    /// <summary>What the fix of <paramref name="descriptor"/>'s findings does, in one sentence; null when there is none.</summary>
    public abstract string? FixDescription(RuleDescriptor descriptor);

    /// <summary>The literal phrases this rule wants found by the shared matcher.</summary>
    public virtual IEnumerable<PhraseRegistration> Phrases => [];

    /// <summary>
    /// The part of the rule that looks across documents, or null for a rule that looks at one document at a time.
    /// Its findings are reported once the whole corpus is linted, never by the lint of one document alone.
    /// </summary>
    public virtual CorpusAnalyzer? Corpus => null;

    /// <summary>
    /// True when some of the rule's fixes depend on the whole corpus (the preferred form of a family with
    /// <c>scope: corpus</c>), so fixing first needs a pass that collects every document, then <see cref="Resolve"/>.
    /// </summary>
    public virtual bool FixesNeedCorpus => false;

    /// <summary>
    /// The rule as it stands once <paramref name="corpus"/>, a pass over every document, is known: what it decides
    /// from the corpus becomes fixed, so that documents can be fixed one by one. Rules that decide nothing from the
    /// corpus return themselves.
    /// </summary>
    public virtual Rule Resolve(ICorpusStates corpus) => this;

    /// <summary>Analyzes one document.</summary>
    public abstract void Analyze(DocumentContext context);
}
