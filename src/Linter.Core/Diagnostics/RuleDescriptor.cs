namespace Linter.Core.Diagnostics;

/// <summary>Where a rule was defined.</summary>
/// <param name="Path">The rule file, as given to the loader.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}({Line},{Column})";
}

/// <summary>Everything known about a diagnostic id before any document is analyzed.</summary>
public sealed class RuleDescriptor
{
    /// <summary>Creates a descriptor; the id must not be blank.</summary>
    public RuleDescriptor(
        string id,
        string kind,
        string title,
        MessageTemplate message,
        string category,
        Severity defaultSeverity,
        string? description = null,
        string? help = null,
        SourceLocation? source = null,
        Uri? helpUri = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Kind = kind;
        Title = title;
        Message = message;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description;
        Help = help;
        Source = source;
        HelpUri = helpUri;
    }

    /// <summary>The diagnostic id, such as CL1001.</summary>
    public string Id { get; }

    /// <summary>The rule kind that reports it.</summary>
    public string Kind { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>The message, with placeholders.</summary>
    public MessageTemplate Message { get; }

    /// <summary>The category.</summary>
    public string Category { get; }

    /// <summary>The severity unless configuration says otherwise.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>A longer explanation.</summary>
    public string? Description { get; }

    /// <summary>How to fix or where to read more.</summary>
    public string? Help { get; }

    /// <summary>An absolute http(s) address of a page documenting the rule.</summary>
    public Uri? HelpUri { get; }

    /// <summary>The rule file and position that defined it; null for the engine's own diagnostics.</summary>
    public SourceLocation? Source { get; }
}
