using Linter.Core.Corpus;
using Linter.Core.State;

namespace Linter.Core.Pipeline;

/// <summary>
/// A corpus pass on disk: its merged states saved to a state file (docs/corpus-state.md), and state files loaded
/// back into a pass of the same rules, where they merge with what it collects and with each other, in any order and
/// any grouping, before <see cref="Finish"/> reports as one pass over every document would.
/// </summary>
public sealed partial class CorpusPass
{
    private long _documents;
    private long _firstOrdinal = long.MaxValue;
    private long _lastOrdinal = long.MinValue;

    /// <summary>How many documents the pass holds: those collected, and those of the state files loaded into it.</summary>
    public long Documents => Interlocked.Read(ref _documents);

    /// <summary>
    /// Saves the pass's merged states to <paramref name="stream"/>, with what they depend on: the tool's version and
    /// the configuration in <paramref name="stamp"/>, and the fingerprints of the rules. This finishes collecting:
    /// the pass can still report (<see cref="Finish"/>) but takes no more documents. The same documents give the same
    /// bytes however many threads collected them and in whatever order and grouping their states were merged. The
    /// caller writes the file atomically.
    /// </summary>
    /// <param name="stream">Where the file is written.</param>
    /// <param name="stamp">What the states depend on.</param>
    /// <param name="share">Which share of which corpus the pass collected; the whole of an unnamed corpus when null.</param>
    public void Save(Stream stream, CorpusStateStamp stamp, CorpusShare? share = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(stamp);
        var merged = MergeAll(1);
        var strings = new StringTable();
        var stored = Enumerable.Range(0, _analyzers.Count)
            .Select(i => (Analyzer: Describe(i, merged[i].State), State: (IStoredState)merged[i].State))
            .OrderBy(pair => pair.Analyzer.RuleId, StringComparer.Ordinal)
            .ThenBy(pair => pair.Analyzer.Kind, StringComparer.Ordinal)
            .ToList();
        var parts = new List<StateWriter>(stored.Count);
        foreach (var (_, state) in stored)
        {
            var part = new StateWriter(strings);
            state.Write(part);
            parts.Add(part);
        }

        var documents = Documents;
        var header = new CorpusStateHeader(
            stamp.ToolVersion,
            RuleFingerprints(),
            stamp.Configuration,
            documents,
            documents > 0 ? Interlocked.Read(ref _firstOrdinal) : 0,
            documents > 0 ? Interlocked.Read(ref _lastOrdinal) : -1,
            share ?? new CorpusShare(1, 1, string.Empty),
            [.. stored.Select(pair => pair.Analyzer)]);
        CorpusStateFile.Write(stream, header, parts, strings);
    }

    /// <summary>
    /// Loads the state file in <paramref name="stream"/> into this pass: its states merge with what the pass holds,
    /// as <see cref="Merge"/> would merge a pass over the file's documents. The file must be whole, of this format
    /// version, made by <paramref name="stamp"/>'s tool version with the same configuration, and by these rules; a
    /// state it holds for an analysis this pass does not run is skipped. On refusal the pass is left as it was.
    /// </summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="file">The file's name, for errors.</param>
    /// <param name="stamp">What this run's states depend on.</param>
    /// <returns>What the file says about itself.</returns>
    /// <exception cref="CorpusStateException">The file is refused; the message names it and says why.</exception>
    public CorpusStateHeader Load(Stream stream, string file, CorpusStateStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(stamp);
        var (header, parts) = CorpusStateFile.Read(stream, file);
        CheckMadeLikeThisPass(header, file, stamp);
        var holders = new ICorpusStateHolder[_analyzers.Count];
        for (var i = 0; i < holders.Length; i++)
        {
            holders[i] = _analyzers[i].Analyzer.CreateHolder();
            var wanted = Describe(i, holders[i].State);
            var index = header.Analyzers.ToList().FindIndex(held => held.RuleId == wanted.RuleId && held.Kind == wanted.Kind);
            if (index < 0)
            {
                throw new CorpusStateException($"{file}: holds no {wanted.Name}, which this run collects");
            }

            if (header.Analyzers[index].SchemaVersion != wanted.SchemaVersion)
            {
                throw new CorpusStateException($"{file}: its {wanted.Name} has schema version {header.Analyzers[index].SchemaVersion}, this build reads {wanted.SchemaVersion}");
            }

            ((IStoredState)holders[i].State).Read(parts[index]);
            parts[index].ExpectEnd($"the {wanted.Name}");
        }

        lock (_all)
        {
            EnsureOpen();
            _all.Add(holders);
            Interlocked.Add(ref _documents, header.Documents);
            if (header.Documents > 0)
            {
                Widen(header.FirstOrdinal, header.LastOrdinal);
            }
        }

        return header;
    }

    /// <summary>Takes over the documents <paramref name="other"/> counted, as its states are merged into this pass.</summary>
    private void TakeDocumentsOf(CorpusPass other)
    {
        var documents = Interlocked.Exchange(ref other._documents, 0);
        Interlocked.Add(ref _documents, documents);
        if (documents > 0)
        {
            Widen(Interlocked.Read(ref other._firstOrdinal), Interlocked.Read(ref other._lastOrdinal));
        }
    }

    /// <summary>Counts a document collected by this pass.</summary>
    private void CountDocument(long ordinal)
    {
        Interlocked.Increment(ref _documents);
        Widen(ordinal, ordinal);
    }

    private void Widen(long first, long last)
    {
        for (var seen = Interlocked.Read(ref _firstOrdinal); first < seen; seen = Interlocked.Read(ref _firstOrdinal))
        {
            if (Interlocked.CompareExchange(ref _firstOrdinal, first, seen) == seen)
            {
                break;
            }
        }

        for (var seen = Interlocked.Read(ref _lastOrdinal); last > seen; seen = Interlocked.Read(ref _lastOrdinal))
        {
            if (Interlocked.CompareExchange(ref _lastOrdinal, last, seen) == seen)
            {
                break;
            }
        }
    }

    /// <summary>The <paramref name="index"/>th analyzer as a file names it.</summary>
    private StoredAnalyzer Describe(int index, object state) =>
        state is IStoredState stored
            ? new StoredAnalyzer(_analyzers[index].Rule?.Descriptor.Id ?? string.Empty, state.GetType().Name, stored.SchemaVersion)
            : throw new InvalidOperationException($"the corpus state {state.GetType().Name} cannot be saved");

    /// <summary>The rules that look across documents, by id.</summary>
    private List<RuleFingerprint> RuleFingerprints() =>
    [
        .. _analyzers
            .Where(pair => pair.Rule is not null)
            .Select(pair => new RuleFingerprint(pair.Rule!.Descriptor.Id, pair.Rule.Fingerprint))
            .OrderBy(rule => rule.Id, StringComparer.Ordinal),
    ];

    private void CheckMadeLikeThisPass(CorpusStateHeader header, string file, CorpusStateStamp stamp)
    {
        if (header.ToolVersion != stamp.ToolVersion)
        {
            throw new CorpusStateException($"{file}: made by corpuslint {header.ToolVersion}; this is corpuslint {stamp.ToolVersion}, which reads only its own states");
        }

        var theirs = header.Rules.ToDictionary(rule => rule.Id, rule => rule.Fingerprint, StringComparer.Ordinal);
        var ours = RuleFingerprints().ToDictionary(rule => rule.Id, rule => rule.Fingerprint, StringComparer.Ordinal);
        var differences = theirs.Keys.Union(ours.Keys).Order(StringComparer.Ordinal)
            .Select(id => !ours.TryGetValue(id, out var mine) ? $"{id} is not loaded here"
                : !theirs.TryGetValue(id, out var held) ? $"{id} is not in the file"
                : held != mine ? $"{id} changed"
                : null)
            .OfType<string>()
            .ToList();
        if (differences.Count > 0)
        {
            throw new CorpusStateException($"{file}: made by corpuslint {header.ToolVersion} with another rule set: {string.Join(", ", differences)}");
        }

        var configuration = header.Configuration.Keys.Union(stamp.Configuration.Keys).Order(StringComparer.Ordinal)
            .Select(name => (Name: name, Theirs: header.Configuration.GetValueOrDefault(name), Ours: stamp.Configuration.GetValueOrDefault(name)))
            .Where(setting => setting.Theirs != setting.Ours)
            .Select(setting => $"{setting.Name} is {Shown(setting.Theirs)} there, {Shown(setting.Ours)} here")
            .ToList();
        if (configuration.Count > 0)
        {
            throw new CorpusStateException($"{file}: made with another configuration: {string.Join("; ", configuration)}");
        }
    }

    private static string Shown(string? value) => value is null ? "not set" : $"'{value}'";
}
