using System.Collections.Concurrent;
using Pws.Etl.Import;

namespace Pws.Etl.Tests.Import;

public sealed class MergeTurnsTests
{
    [Test]
    public void A_source_read_before_the_one_ahead_of_it_waits_and_merges_after_it()
    {
        var turns = new MergeTurns(first: 1, count: 3);
        var merged = new ConcurrentQueue<int>();
        var second = Task.Run(() =>
        {
            turns.WaitTurn(2);
            merged.Enqueue(2);
            turns.Finish(2);
        });

        Assert.That(second.Wait(TimeSpan.FromMilliseconds(300)), Is.False, "source 2 waits while source 1 is still reading");
        turns.WaitTurn(1);
        merged.Enqueue(1);
        turns.Finish(1);

        Assert.That(second.Wait(TimeSpan.FromSeconds(10)), Is.True);
        Assert.That(merged, Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public void A_source_that_failed_before_its_turn_lets_the_next_one_merge()
    {
        var turns = new MergeTurns(first: 0, count: 3);
        turns.Finish(1);
        turns.Finish(0);

        Assert.That(Task.Run(() => turns.WaitTurn(2)).Wait(TimeSpan.FromSeconds(10)), Is.True);
    }
}
