namespace Linter.Core.Corpus;

/// <summary>
/// The state of a corpus analyzer: the map side of map/reduce. Each document is collected into a state; states
/// built over disjoint parts of a corpus are merged; one final step reads the merged state and reports. Merging
/// is associative and order-independent, so a corpus can be split any way (threads now, machines later) and the
/// report is the same as one pass over the whole. A state holds small summaries (counters, signatures), never
/// the documents' text. A state collects one document at a time, never two at once (each worker has states of its
/// own), so it may keep buffers that it reuses from one document to the next.
/// </summary>
/// <typeparam name="TSelf">The state type itself.</typeparam>
public interface ICorpusState<in TSelf>
    where TSelf : ICorpusState<TSelf>
{
    /// <summary>Adds one document to this state.</summary>
    void Collect(CorpusDocument document);

    /// <summary>Adds everything <paramref name="other"/> collected to this state; <paramref name="other"/> is not used afterwards.</summary>
    void Merge(TSelf other);
}
