namespace Linter.Core.State;

/// <summary>
/// Which part of which corpus a state file holds: the <see cref="Index"/>th of <see cref="Count"/> shares of the
/// corpus whose file list <see cref="Corpus"/> names, so that shares of one run merge and shares of two runs do not.
/// </summary>
/// <param name="Index">The share, from 1.</param>
/// <param name="Count">How many shares the corpus was cut into; 1 for the whole corpus.</param>
/// <param name="Corpus">A key of the corpus as a whole (its files and their sizes), the same in every share of it.</param>
public sealed record CorpusShare(int Index, int Count, string Corpus)
{
    /// <summary>How messages name it.</summary>
    public override string ToString() => $"share {Index} of {Count}";

    /// <summary>
    /// Checks that <paramref name="files"/> hold every share of one corpus, once each, or refuses them, naming what is
    /// missing, doubled or of another run.
    /// </summary>
    /// <param name="folder">The folder the files are in, for messages.</param>
    /// <param name="files">Each file's name and its share.</param>
    /// <exception cref="CorpusStateException">The files are not the shares of one run, each once.</exception>
    public static void CheckComplete(string folder, IReadOnlyList<(string File, CorpusShare Share)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            throw new CorpusStateException($"{folder}: holds no state file");
        }

        var runs = files.GroupBy(file => (file.Share.Count, file.Share.Corpus)).ToList();
        if (runs.Count > 1)
        {
            var described = runs.Select(run => $"{string.Join(", ", run.Select(file => file.File))} ({run.Key.Count} shares)");
            throw new CorpusStateException($"{folder}: holds the states of {runs.Count} different runs or corpora: {string.Join("; ", described)}; keep one run's files");
        }

        var count = files[0].Share.Count;
        var doubled = files.GroupBy(file => file.Share.Index).Where(share => share.Count() > 1).Select(share => $"share {share.Key} ({string.Join(", ", share.Select(file => file.File))})").ToList();
        if (doubled.Count > 0)
        {
            throw new CorpusStateException($"{folder}: holds {string.Join(" and ", doubled)} more than once");
        }

        var missing = Enumerable.Range(1, count).Except(files.Select(file => file.Share.Index)).ToList();
        if (missing.Count > 0)
        {
            throw new CorpusStateException($"{folder}: {(missing.Count == 1 ? "share" : "shares")} {string.Join(", ", missing)} of {count} {(missing.Count == 1 ? "is" : "are")} missing; run them, then merge");
        }
    }
}
