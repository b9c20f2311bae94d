using System.Buffers;

namespace Linter.Cli.Output;

/// <summary>
/// One document's diagnostics as each report of a session renders them, in one buffer from the shared pool, and
/// their fingerprints when a baseline filters them:
/// rendered on the thread that linted the document, then written and disposed on the thread that writes the reports.
/// </summary>
internal sealed class RenderedDiagnostics : IBufferWriter<byte>, IDisposable
{
    private const int FirstSize = 4096;

    private readonly int _reports;

    // Where each rendering ends, by diagnostic and then report; each starts where the one before it ends.
    private readonly int[] _ends;
    private byte[] _bytes = [];
    private int _written;

    /// <summary>Starts the renderings of <paramref name="diagnostics"/> diagnostics in <paramref name="reports"/> reports.</summary>
    /// <param name="diagnostics">How many diagnostics.</param>
    /// <param name="reports">How many reports.</param>
    /// <param name="withFingerprints">True to hold each diagnostic's baseline fingerprint too.</param>
    public RenderedDiagnostics(int diagnostics, int reports, bool withFingerprints)
    {
        _reports = reports;
        _ends = new int[diagnostics * reports];
        Fingerprints = withFingerprints ? new string[diagnostics] : null;
    }

    /// <summary>Each diagnostic's fingerprint in the baseline, when there is one.</summary>
    public string[]? Fingerprints { get; }

    /// <summary>Marks what was written since the previous mark as the rendering of <paramref name="diagnostic"/> in <paramref name="report"/>.</summary>
    public void EndOf(int diagnostic, int report) => _ends[(diagnostic * _reports) + report] = _written;

    /// <summary>The rendering of <paramref name="diagnostic"/> in <paramref name="report"/>; empty when the report does not show it.</summary>
    public ReadOnlySpan<byte> Of(int diagnostic, int report)
    {
        var index = (diagnostic * _reports) + report;
        var start = index == 0 ? 0 : _ends[index - 1];
        return _bytes.AsSpan(start, _ends[index] - start);
    }

    /// <inheritdoc />
    public void Advance(int count) => _written += count;

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint).AsMemory(_written);

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).AsSpan(_written);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = [];
        }
    }

    private byte[] Reserve(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed > _bytes.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Math.Max(FirstSize, _bytes.Length * 2)));
            _bytes.AsSpan(0, _written).CopyTo(larger);
            Dispose();
            _bytes = larger;
        }

        return _bytes;
    }
}
