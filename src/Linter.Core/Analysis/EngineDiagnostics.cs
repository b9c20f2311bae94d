using Linter.Core.Diagnostics;

namespace Linter.Core.Analysis;

/// <summary>The diagnostics the engine reports itself, about files and rules rather than text.</summary>
public static class EngineDiagnostics
{
    /// <summary>The file is not valid in the encoding it is read in (UTF-8 unless configured otherwise).</summary>
    public static readonly RuleDescriptor InvalidUtf8 = Create(
        "CL0001", "File is not valid in its encoding", "{reason}", Severity.Error,
        "The file could not be decoded as UTF-8, or as the encoding configured for it, so it was not linted. Files in Windows-1256 or ISO-8859-6 are read with --encoding or corpuslint_encoding in .editorconfig; files in other encodings must be converted first.",
        "Convert the file to UTF-8, or read it in its encoding: --encoding windows-1256, or corpuslint_encoding in .editorconfig.");

    /// <summary>The file is binary.</summary>
    public static readonly RuleDescriptor BinaryFile = Create(
        "CL0002", "File is binary", "{reason}", Severity.Error,
        "More than 1% of the first 8,000 bytes of the file (and more than one) are NUL bytes or other control bytes that text does not use, so it was not linted. A stray control character in a text file is reported by CL5011 instead.",
        "Leave the file out of the corpus, or out of the run with --exclude; it is not text.");

    /// <summary>A rule's regular expression ran too long on a document.</summary>
    public static readonly RuleDescriptor RegexTimeout = Create(
        "CL0003", "Rule timed out", "{reason}", Severity.Warning,
        "A rule's regular expression needed backtracking and ran past its time limit on this document; the rule's findings here are incomplete. Rewrite the expression without lookarounds or backreferences so it runs in linear time.",
        "Rewrite the rule's pattern without lookarounds or backreferences, so it runs in linear time.");

    /// <summary>A rule threw while analyzing a document.</summary>
    public static readonly RuleDescriptor RuleFailure = Create(
        "CL0004", "Rule failed", "{reason}", Severity.Warning,
        "A rule failed with an internal error on this document; its findings here are incomplete. Please report it with the document.",
        "Report the failure with the document that caused it; the other rules' findings are complete.");

    /// <summary>The file could not be read.</summary>
    public static readonly RuleDescriptor UnreadableFile = Create(
        "CL0005", "File could not be read", "{reason}", Severity.Error,
        "The file could not be opened or read, so it was not linted.",
        "Check that the file exists, is readable and, when compressed, is complete; then run again.");

    /// <summary>A record of a JSON Lines corpus could not be read.</summary>
    public static readonly RuleDescriptor MalformedRecord = Create(
        "CL0006", "Malformed JSONL record", "{reason}", Severity.Error,
        "A line of a JSON Lines corpus is not a JSON object with a string text field, or is not valid UTF-8, so that record was not linted; the diagnostic is at the line's number in the file. The other records were linted.",
        "Fix the line so it is one JSON object with a string text field (--jsonl-text names it) in valid UTF-8.");

    /// <summary>All of them.</summary>
    public static readonly IReadOnlyList<RuleDescriptor> All = [InvalidUtf8, BinaryFile, RegexTimeout, RuleFailure, UnreadableFile, MalformedRecord];

    private static RuleDescriptor Create(string id, string title, string message, Severity severity, string description, string help) =>
        new(id, "engine", title, MessageTemplate.Parse(message, "reason"), RuleCategory.Input, severity, description, help);
}
