using Linter.Core.Analysis;

namespace Linter.Core.Tests.Analysis;

public sealed class NonBlockingLazyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_thread_that_asks_while_another_builds_goes_on_without_the_value()
    {
        using var building = new ManualResetEventSlim();
        using var finish = new ManualResetEventSlim();
        var lazy = new NonBlockingLazy<string>(() =>
        {
            building.Set();
            finish.Wait(Patience);
            return "built";
        });
        var builder = Task.Run(() => (lazy.TryGetValue(out var value), value));
        Assert.True(building.Wait(Patience));

        // Asked on another thread, so that a wait for the build (as Lazy<T> would wait) fails the test instead of hanging it.
        var asked = Task.Run(() => (lazy.TryGetValue(out var value), value, lazy.TryGetBuilt(out _)));
        var answeredInTime = await Task.WhenAny(asked, Task.Delay(Patience)) == asked;
        finish.Set();

        Assert.True(answeredInTime);
        Assert.Equal((false, null, false), await asked);
        Assert.Equal((true, "built"), await builder);
        Assert.True(lazy.TryGetBuilt(out var built));
        Assert.Equal("built", built);
    }

    [Fact]
    public void The_value_is_built_once_however_many_threads_ask()
    {
        var builds = 0;
        var lazy = new NonBlockingLazy<object>(() =>
        {
            Interlocked.Increment(ref builds);
            Thread.Sleep(20);
            return new object();
        });

        var answers = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8)
            .Select(_ => lazy.TryGetValue(out var value) ? value : null)
            .ToList();

        Assert.Equal(1, builds);
        Assert.True(lazy.TryGetValue(out var built));
        Assert.All(answers.OfType<object>(), answer => Assert.Same(built, answer));
    }

    [Fact]
    public void The_value_is_not_built_before_it_is_needed()
    {
        var builds = 0;
        var lazy = new NonBlockingLazy<string>(() => $"build {++builds}");

        Assert.False(lazy.TryGetBuilt(out _));
        Assert.True(lazy.TryGetValue(out var value));
        Assert.Equal("build 1", value);
        Assert.True(lazy.TryGetValue(out _));
        Assert.Equal(1, builds);
    }

    [Fact]
    public void A_value_that_needs_no_building_is_there_from_the_start()
    {
        var lazy = NonBlockingLazy<string?>.FromValue(null);

        Assert.True(lazy.TryGetBuilt(out var value));
        Assert.Null(value);
    }

    [Fact]
    public void A_build_that_throws_fails_once_and_leaves_the_value_unbuilt_for_good()
    {
        var builds = 0;
        var lazy = new NonBlockingLazy<string>(() =>
        {
            builds++;
            throw new InvalidOperationException("no value");
        });

        Assert.Throws<InvalidOperationException>(() => lazy.TryGetValue(out _));

        Assert.False(lazy.TryGetValue(out _));
        Assert.False(lazy.TryGetBuilt(out _));
        Assert.Equal(1, builds);
    }
}
