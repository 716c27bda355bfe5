using Comet.Server.Persistence;

namespace Comet.Server.Tests.Units;

/// <summary>The in-process write gate: a waiting short write is let in before the bulk writer's next step.</summary>
public sealed class WriteGateTests
{
    [Fact]
    public async Task ShortWrite_WaitingDuringABulkStep_GoesBeforeTheNextBulkStep()
    {
        using var gate = new WriteGate();
        var order = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var firstStep = gate.EnterBulk(CancellationToken.None);

        var shortWrite = Task.Run(() =>
        {
            using (gate.EnterShort())
            {
                order.Enqueue("short");
            }
        });
        await WaitForAsync(() => gate.ShortWriteWaiting);
        Assert.True(gate.ShortWriteWaiting, "the bulk writer must be able to see that an answer waits");

        var nextStep = Task.Run(() =>
        {
            firstStep.Dispose();
            using (gate.EnterBulk(CancellationToken.None))
            {
                order.Enqueue("bulk");
            }
        });
        await Task.WhenAll(shortWrite, nextStep);

        Assert.Equal(["short", "bulk"], order.ToArray());
        Assert.False(gate.ShortWriteWaiting);
    }

    [Fact]
    public async Task BulkStep_WaitingForATurn_StopsWhenCancelled()
    {
        using var gate = new WriteGate();
        using var held = gate.EnterShort();
        using var cancel = new CancellationTokenSource();
        var bulk = Task.Run(() => gate.EnterBulk(cancel.Token).Dispose());
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => bulk);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }
    }
}
