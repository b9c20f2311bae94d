namespace Linter.Core.State;

/// <summary>
/// A corpus state that can be saved in a state file and read back. Its kind (its type's name) and schema version are
/// written beside it, and a file whose state has another schema is refused: change <see cref="SchemaVersion"/>
/// whenever what <see cref="Write"/> writes changes.
/// </summary>
internal interface IStoredState
{
    /// <summary>The version of what <see cref="Write"/> writes.</summary>
    int SchemaVersion { get; }

    /// <summary>Writes the state; collections in a fixed order, so that the same documents give the same bytes however they were collected and merged.</summary>
    void Write(StateWriter writer);

    /// <summary>Reads, into this empty state, what <see cref="Write"/> wrote.</summary>
    void Read(StateReader reader);
}
