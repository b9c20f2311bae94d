using Linter.Core.Analysis;

namespace Linter.Core.Tests.Analysis;

public sealed class OrderedParallelTests
{
    [Fact]
    public void Results_come_in_input_order_whatever_order_they_finish_in()
    {
        var results = OrderedParallel.Select(
            Enumerable.Range(0, 500),
            item =>
            {
                // Early items finish last: without ordering, the output would come out reversed in places.
                Thread.SpinWait((500 - item) * 50);
                return item * 2;
            },
            maxParallelism: 4).ToList();

        Assert.Equal(Enumerable.Range(0, 500).Select(item => item * 2), results);
    }

    [Fact]
    public void The_input_is_read_only_a_bounded_window_ahead_of_the_consumer()
    {
        var read = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 100_000; i++)
            {
                read = i + 1;
                yield return i;
            }
        }

        using var results = OrderedParallel.Select(Source(), item => item, maxParallelism: 2).GetEnumerator();
        Assert.True(results.MoveNext());

        Assert.Equal(0, results.Current);
        Assert.InRange(read, 1, 64);
    }

    [Fact]
    public void A_failing_item_throws_its_own_exception_to_the_consumer()
    {
        var results = OrderedParallel.Select(Enumerable.Range(0, 10), item => item == 7 ? throw new InvalidDataException("item 7") : item, maxParallelism: 2);

        var exception = Assert.Throws<InvalidDataException>(() => results.ToList());

        Assert.Equal("item 7", exception.Message);
    }

    [Fact]
    public void One_thread_maps_every_item_on_the_consuming_thread_and_reads_nothing_ahead()
    {
        var consumer = Environment.CurrentManagedThreadId;
        var read = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 100; i++)
            {
                read = i + 1;
                yield return i;
            }
        }

        var mappedOn = new List<int>();
        var readWhenConsumed = new List<int>();
        foreach (var result in OrderedParallel.Select(Source(), item => { mappedOn.Add(Environment.CurrentManagedThreadId); return item; }, maxParallelism: 1))
        {
            readWhenConsumed.Add(read);
        }

        Assert.All(mappedOn, thread => Assert.Equal(consumer, thread));
        Assert.Equal(Enumerable.Range(1, 100), readWhenConsumed);
    }
}
