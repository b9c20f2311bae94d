namespace Linter.Cli.LanguageServer;

/// <summary>
/// Watches the folders of the rule files and the baseline, and calls back once things settle after a change, so
/// that saving a file (which editors do in several steps) loads the configuration once.
/// </summary>
internal sealed class ConfigurationWatcher : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(200);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    /// <summary>
    /// Starts watching <paramref name="folders"/> for rule and configuration files (<c>*.yaml</c>, <c>*.yml</c>), the
    /// baselines named <paramref name="baselineNames"/> and <c>.editorconfig</c> (read at every analysis, but open
    /// files are only linted again on a change).
    /// </summary>
    public ConfigurationWatcher(IEnumerable<string> folders, IEnumerable<string> baselineNames, Action changed)
    {
        _timer = new Timer(_ => changed());
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Filters.Add("*.yaml");
            watcher.Filters.Add("*.yml");
            foreach (var baselineName in baselineNames)
            {
                watcher.Filters.Add(baselineName);
            }

            watcher.Filters.Add(".editorconfig");
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Calls back once things settle, as after a change seen on disk.</summary>
    public void Poke() => _timer.Change(Settle, Timeout.InfiniteTimeSpan);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }

    private void OnChange(object sender, FileSystemEventArgs e) => Poke();
}
