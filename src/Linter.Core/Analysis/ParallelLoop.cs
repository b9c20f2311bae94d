using System.Runtime.ExceptionServices;

namespace Linter.Core.Analysis;

/// <summary>A loop over independent items on several threads that fails as a plain loop would.</summary>
internal static class ParallelLoop
{
    /// <summary>
    /// Runs <paramref name="body"/> for each index below <paramref name="count"/>, on up to
    /// <paramref name="maxParallelism"/> threads (on this one alone when 1). A failure is rethrown as it was thrown,
    /// not wrapped in an <see cref="AggregateException"/>.
    /// </summary>
    public static void For(int count, int maxParallelism, Action<int> body)
    {
        if (maxParallelism <= 1 || count <= 1)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, body);
        }
        catch (AggregateException failure)
        {
            ExceptionDispatchInfo.Throw(failure.InnerExceptions[0]);
        }
    }
}
