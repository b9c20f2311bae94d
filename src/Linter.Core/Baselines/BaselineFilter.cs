using System.Collections.Frozen;
using Linter.Core.Diagnostics;

namespace Linter.Core.Baselines;

/// <summary>
/// A baseline's filter for one report written as it goes: of several findings with one fingerprint, as many as the
/// baseline counts are held back, the first ones asked about. Fingerprints can be computed ahead, on any thread;
/// <see cref="HoldsBack(string)"/> is asked in output order, on one thread.
/// </summary>
public sealed class BaselineFilter
{
    // How many findings of each fingerprint are still to be held back; counted down.
    private readonly Dictionary<string, int> _remaining;
    private readonly FrozenSet<string> _known;
    private readonly Func<string, string> _relativePath;
    private readonly string _fingerprintVersion;

    /// <summary>A filter that holds back as many findings of each fingerprint as <paramref name="entries"/> count.</summary>
    /// <param name="entries">The baseline's findings.</param>
    /// <param name="relativePath">A document's path as the baseline names it.</param>
    /// <param name="fingerprintVersion">The version of the baseline's fingerprints.</param>
    internal BaselineFilter(IEnumerable<BaselineEntry> entries, Func<string, string> relativePath, string fingerprintVersion)
    {
        _remaining = entries.ToDictionary(entry => entry.Fingerprint, entry => entry.Count, StringComparer.Ordinal);
        _known = _remaining.Keys.ToFrozenSet(StringComparer.Ordinal);
        _relativePath = relativePath;
        _fingerprintVersion = fingerprintVersion;
    }

    /// <summary>True when the baseline has findings with <paramref name="fingerprint"/> at all. Safe to call from several threads at once.</summary>
    public bool Knows(string fingerprint) => _known.Contains(fingerprint);

    /// <summary>The fingerprint the baseline knows <paramref name="diagnostic"/> by. Safe to call from several threads at once.</summary>
    public string FingerprintOf(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return DiagnosticFingerprint.Compute(diagnostic, _relativePath(diagnostic.Path), _fingerprintVersion);
    }

    /// <summary>True when the baseline holds back the next finding with <paramref name="fingerprint"/>, which is then counted.</summary>
    public bool HoldsBack(string fingerprint)
    {
        if (_remaining.TryGetValue(fingerprint, out var count) && count > 0)
        {
            _remaining[fingerprint] = count - 1;
            return true;
        }

        return false;
    }

    /// <summary>True when the baseline holds back <paramref name="diagnostic"/>, which is then counted.</summary>
    public bool HoldsBack(Diagnostic diagnostic) => HoldsBack(FingerprintOf(diagnostic));
}
