using System.Buffers.Binary;
using System.IO.Hashing;

namespace Linter.Core.State;

/// <summary>A rule whose state a file holds, with the fingerprint of its definition.</summary>
/// <param name="Id">The rule's id.</param>
/// <param name="Fingerprint">A hash of the rule's definition as loaded (the rule's <c>Fingerprint</c>).</param>
public readonly record struct RuleFingerprint(string Id, ulong Fingerprint);

/// <summary>One analyzer's state in a file.</summary>
/// <param name="RuleId">The rule it belongs to; empty for an analysis run alongside the rules (discovery).</param>
/// <param name="Kind">The kind of state.</param>
/// <param name="SchemaVersion">The version of that kind's layout.</param>
public sealed record StoredAnalyzer(string RuleId, string Kind, int SchemaVersion)
{
    /// <summary>The bytes its state takes in the file; 0 before it is written.</summary>
    public int Bytes { get; init; }

    /// <summary>How messages name it: its kind, and its rule if it has one.</summary>
    public string Name => RuleId.Length > 0 ? $"{Kind} state of {RuleId}" : $"{Kind} state";
}

/// <summary>What a state file says about itself, before its states.</summary>
/// <param name="ToolVersion">The version of the tool that wrote it.</param>
/// <param name="Rules">The rules that look across documents, with their fingerprints, by id.</param>
/// <param name="Configuration">The configuration it was collected with, by name.</param>
/// <param name="Documents">How many documents it holds.</param>
/// <param name="FirstOrdinal">The lowest ordinal of its documents; 0 when it holds none.</param>
/// <param name="LastOrdinal">The highest ordinal of its documents; -1 when it holds none.</param>
/// <param name="Share">Which share of which corpus it holds.</param>
/// <param name="Analyzers">The states it holds, by rule id, then kind.</param>
public sealed record CorpusStateHeader(
    string ToolVersion,
    IReadOnlyList<RuleFingerprint> Rules,
    IReadOnlyDictionary<string, string> Configuration,
    long Documents,
    long FirstOrdinal,
    long LastOrdinal,
    CorpusShare Share,
    IReadOnlyList<StoredAnalyzer> Analyzers)
{
    /// <summary>Reads the header of the state file in <paramref name="stream"/>, once its checksum is verified.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="file">The file's name, for errors.</param>
    /// <exception cref="CorpusStateException">The file is not a state file, is damaged, or has another format version.</exception>
    public static CorpusStateHeader Read(Stream stream, string file) => CorpusStateFile.Read(stream, file).Header;
}

/// <summary>
/// The container of a state file: magic bytes, the format version, the body's length and its XxHash128, then the
/// body: the string table, the header, and each analyzer's state. The layout is in docs/corpus-state.md.
/// </summary>
internal static class CorpusStateFile
{
    /// <summary>The version of the container and header this build writes and reads.</summary>
    public const int FormatVersion = 2;

    /// <summary>The magic bytes, the format version, the body's length and its hash.</summary>
    public const int PreambleLength = 36;

    /// <summary>"CLSTATE" and the old end-of-file mark (as in PNG), so that a text tool stops and a wrong file is told at once.</summary>
    public static ReadOnlySpan<byte> Magic => "CLSTATE\x1a"u8;

    /// <summary>Writes a state file: the header, then <paramref name="parts"/> in the order of the header's analyzers.</summary>
    public static void Write(Stream stream, CorpusStateHeader header, IReadOnlyList<StateWriter> parts, StringTable strings)
    {
        var head = new StateWriter(strings);
        head.String(header.ToolVersion);
        head.Count(header.Rules.Count);
        foreach (var rule in header.Rules)
        {
            head.String(rule.Id);
            head.Fixed64(rule.Fingerprint);
        }

        head.Count(header.Configuration.Count);
        foreach (var (name, value) in header.Configuration.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            head.String(name);
            head.String(value);
        }

        head.UInt((ulong)header.Documents);
        if (header.Documents > 0)
        {
            head.Int(header.FirstOrdinal);
            head.Int(header.LastOrdinal);
        }

        head.Count(header.Share.Index);
        head.Count(header.Share.Count);
        head.String(header.Share.Corpus);

        head.Count(header.Analyzers.Count);
        for (var i = 0; i < header.Analyzers.Count; i++)
        {
            head.String(header.Analyzers[i].RuleId);
            head.String(header.Analyzers[i].Kind);
            head.Count(header.Analyzers[i].SchemaVersion);
            head.Count(parts[i].Written.Length);
        }

        // The table last, once every part has added its strings; it is read first.
        var table = new StateWriter(new StringTable());
        strings.WriteTo(table);
        table.Count(head.Written.Length);

        var hash = new XxHash128();
        var length = 0L;
        foreach (var piece in Pieces(table, head, parts))
        {
            hash.Append(piece.Span);
            length += piece.Length;
        }

        Span<byte> preamble = stackalloc byte[PreambleLength];
        Magic.CopyTo(preamble);
        BinaryPrimitives.WriteUInt32LittleEndian(preamble[8..], FormatVersion);
        BinaryPrimitives.WriteUInt64LittleEndian(preamble[12..], (ulong)length);
        hash.GetCurrentHash(preamble[20..]);
        stream.Write(preamble);
        foreach (var piece in Pieces(table, head, parts))
        {
            stream.Write(piece.Span);
        }
    }

    /// <summary>Reads a state file's header and a reader for each of its analyzers' states, or refuses the file.</summary>
    /// <exception cref="CorpusStateException">The file is not a state file, is damaged, or has another format version.</exception>
    public static (CorpusStateHeader Header, StateReader[] Parts) Read(Stream stream, string file)
    {
        var bytes = ReadAll(stream, file);
        CheckPreamble(bytes, file);
        var table = new StateReader(file, bytes, PreambleLength, bytes.Length - PreambleLength, 0, []);
        var strings = StringTable.ReadFrom(table);
        var body = table.Rest(strings);
        var head = body.Part(body.Int32(), strings);
        var toolVersion = head.String();
        var rules = new RuleFingerprint[head.Count()];
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i] = new RuleFingerprint(head.String(), head.Fixed64());
        }

        var configuration = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = head.Count(); i > 0; i--)
        {
            configuration[head.String()] = head.String();
        }

        var documents = (long)head.UInt();
        var (first, last) = documents > 0 ? (head.Int(), head.Int()) : (0L, -1L);
        var share = new CorpusShare(head.Int32(), head.Int32(), head.String());
        if (share.Index < 1 || share.Index > share.Count)
        {
            throw new CorpusStateException($"{file}: the file is damaged (its header names share {share.Index} of {share.Count})");
        }
        var analyzers = new StoredAnalyzer[head.Count()];
        var parts = new StateReader[analyzers.Length];
        var lengths = new int[analyzers.Length];
        for (var i = 0; i < analyzers.Length; i++)
        {
            analyzers[i] = new StoredAnalyzer(head.String(), head.String(), head.Int32());
            lengths[i] = head.Int32();
            analyzers[i] = analyzers[i] with { Bytes = lengths[i] };
        }

        head.ExpectEnd("the header");
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = body.Part(lengths[i], strings);
        }

        body.ExpectEnd("the last state");
        return (new CorpusStateHeader(toolVersion, rules, configuration, documents, first, last, share, analyzers), parts);
    }

    private static IEnumerable<ReadOnlyMemory<byte>> Pieces(StateWriter table, StateWriter head, IReadOnlyList<StateWriter> parts) =>
        [table.Written, head.Written, .. parts.Select(part => part.Written)];

    private static byte[] ReadAll(Stream stream, string file)
    {
        if (stream.CanSeek && stream.Length - stream.Position > Array.MaxLength)
        {
            throw new CorpusStateException($"{file}: the file is {stream.Length - stream.Position} bytes long; this build reads state files of up to {Array.MaxLength} bytes");
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static void CheckPreamble(byte[] bytes, string file)
    {
        var magic = Magic;
        if (!bytes.AsSpan(0, Math.Min(bytes.Length, magic.Length)).SequenceEqual(magic[..Math.Min(bytes.Length, magic.Length)]) || bytes.Length == 0)
        {
            throw new CorpusStateException($"{file}: not a corpuslint state file (it does not start with the bytes of one)");
        }

        if (bytes.Length < PreambleLength)
        {
            throw new CorpusStateException($"{file}: the file is damaged (truncated at byte {bytes.Length}, within its {PreambleLength}-byte preamble)");
        }

        var version = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8));
        if (version != FormatVersion)
        {
            throw new CorpusStateException($"{file}: written by format version {version}, this build reads {FormatVersion}");
        }

        var length = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(12));
        var actual = (ulong)(bytes.Length - PreambleLength);
        if (actual < length)
        {
            throw new CorpusStateException($"{file}: the file is damaged (truncated at byte {bytes.Length} of {PreambleLength + length})");
        }

        if (actual > length)
        {
            throw new CorpusStateException($"{file}: the file is damaged ({actual - length} bytes follow its end at byte {PreambleLength + length})");
        }

        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(bytes.AsSpan(PreambleLength), hash);
        if (!hash.SequenceEqual(bytes.AsSpan(20, 16)))
        {
            throw new CorpusStateException($"{file}: checksum mismatch: the file is damaged");
        }
    }
}
