using Linter.Core.Text;

namespace Linter.Core.Diagnostics;

/// <summary>Another place a finding points at, such as the first occurrence of a duplicated document.</summary>
/// <param name="Path">The document's path as shown to the user.</param>
/// <param name="Location">Line and column of the place (0-based; the end is exclusive).</param>
/// <param name="Message">What the place is, in a few words.</param>
public sealed record RelatedLocation(string Path, LinePositionSpan Location, string Message);
