using Linter.Core.Diagnostics;

namespace Linter.Core.Rules;

/// <summary>A problem in a rule file, with the position it concerns.</summary>
/// <param name="Location">File, line and column (1-based).</param>
/// <param name="Message">What is wrong and, where it helps, what was expected.</param>
public sealed record RuleFileError(SourceLocation Location, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: error: {Message}";
}
