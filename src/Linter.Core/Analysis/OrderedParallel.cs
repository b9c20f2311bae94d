namespace Linter.Core.Analysis;

/// <summary>
/// Maps items on several threads and hands the results on in input order, as each becomes the next one due. The
/// caller consumes (writes a report, say) while the next items are being mapped, and at most a bounded window of
/// items is in flight, so memory does not grow with the input.
/// </summary>
public static class OrderedParallel
{
    /// <summary>Items in flight per thread: enough that a slow item does not leave a thread idle.</summary>
    private const int WindowPerThread = 32;

    /// <summary>Maps every item of <paramref name="items"/> with <paramref name="map"/> and yields the results in input order.</summary>
    /// <param name="items">The input; enumerated once, on the consuming thread, only as far as the window allows.</param>
    /// <param name="map">The mapping; runs on up to <paramref name="maxParallelism"/> threads at once.</param>
    /// <param name="maxParallelism">The most items mapped at once.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static IEnumerable<TResult> Select<TItem, TResult>(
        IEnumerable<TItem> items,
        Func<TItem, TResult> map,
        int maxParallelism,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(map);
        var parallelism = Math.Max(1, maxParallelism);
        if (parallelism == 1)
        {
            return MapInline(items, map, cancellationToken);
        }

        return MapInParallel(items, map, parallelism, cancellationToken);
    }

    /// <summary>One at a time on the consuming thread: a run told to use one thread uses one, with nothing read ahead of it.</summary>
    private static IEnumerable<TResult> MapInline<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, TResult> map, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return map(item);
        }
    }

    private static IEnumerable<TResult> MapInParallel<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, TResult> map, int parallelism, CancellationToken cancellationToken)
    {
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, parallelism).ConcurrentScheduler;
        var window = parallelism * WindowPerThread;
        var inFlight = new Queue<Task<TResult>>(window);
        foreach (var item in items)
        {
            inFlight.Enqueue(Task.Factory.StartNew(() => map(item), cancellationToken, TaskCreationOptions.None, scheduler));
            if (inFlight.Count >= window)
            {
                yield return inFlight.Dequeue().GetAwaiter().GetResult();
            }
        }

        while (inFlight.Count > 0)
        {
            yield return inFlight.Dequeue().GetAwaiter().GetResult();
        }
    }
}
