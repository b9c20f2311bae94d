namespace Linter.Core.State;

/// <summary>
/// A state file that cannot be loaded: not a state file, damaged, or made by another version or with other rules or
/// configuration. The message names the file and what differs, and is meant for the user as it is (the command line
/// exits with 2).
/// </summary>
public sealed class CorpusStateException : Exception
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public CorpusStateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public CorpusStateException()
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public CorpusStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
