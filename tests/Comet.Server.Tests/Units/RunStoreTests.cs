using Comet.Server.Persistence;
using Comet.Server.Projects;
using Comet.Server.Runs;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests.Units;

public sealed class RunStoreTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly RunStore _runs;

    public RunStoreTests()
    {
        var database = new Database(Path.Combine(_folder.Path, "comet.db"));
        database.Migrate();
        new ProjectStore(database, TimeProvider.System).Create("p", "p", ProjectSettings.Default);
        _runs = new RunStore(database, TimeProvider.System);
    }

    [Fact]
    public void TryStart_SecondCaller_Loses()
    {
        var run = _runs.Create("p", 1, ProjectSettings.Default);
        Assert.True(_runs.TryStart(run.Id));
        Assert.False(_runs.TryStart(run.Id));
        Assert.Equal(RunStatus.Running, _runs.Find(run.Id)!.Status);
    }

    [Fact]
    public void RecoverAfterRestart_RunningAndInterruptedAreQueuedAgainWithQueued()
    {
        var crashed = _runs.Create("p", 1, ProjectSettings.Default);
        var queued = _runs.Create("p", 1, ProjectSettings.Default);
        var stopped = _runs.Create("p", 1, ProjectSettings.Default);
        _runs.TryStart(crashed.Id);
        _runs.TryStart(stopped.Id);
        Assert.True(_runs.Interrupt(stopped.Id));
        Assert.Equal(RunStatus.Interrupted, _runs.Find(stopped.Id)!.Status);

        Assert.Equal([crashed.Id, queued.Id, stopped.Id], _runs.RecoverAfterRestart());
        Assert.All([crashed.Id, stopped.Id], id => Assert.Equal(RunStatus.Queued, _runs.Find(id)!.Status));
        Assert.True(_runs.TryStart(crashed.Id), "a re-queued run starts like a new one");
    }

    [Fact]
    public void RecoverAfterRestart_RunInterruptedMoreThanMaxRestarts_Fails()
    {
        var run = _runs.Create("p", 1, ProjectSettings.Default);
        for (var restart = 0; restart < RunStore.MaxRestarts; restart++)
        {
            _runs.TryStart(run.Id);
            Assert.Equal([run.Id], _runs.RecoverAfterRestart());
        }

        _runs.TryStart(run.Id);
        Assert.Empty(_runs.RecoverAfterRestart());
        var failed = _runs.Find(run.Id)!;
        Assert.Equal(RunStatus.Failed, failed.Status);
        Assert.Contains("interrupted 4 times", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Interrupt_RunCancelledMeanwhile_StaysCancelled()
    {
        var run = _runs.Create("p", 1, ProjectSettings.Default);
        _runs.TryStart(run.Id);
        _runs.Finish(run.Id, RunStatus.Cancelled, "cancelled by request");

        Assert.False(_runs.Interrupt(run.Id));
        Assert.Equal(RunStatus.Cancelled, _runs.Find(run.Id)!.Status);
    }

    [Fact]
    public void Complete_CancelledMeanwhile_ReturnsFalseAndStaysCancelled()
    {
        var run = _runs.Create("p", 1, ProjectSettings.Default);
        _runs.TryStart(run.Id);
        _runs.Finish(run.Id, RunStatus.Cancelled, "cancelled by request");

        Assert.False(_runs.Complete(run.Id, new RunSummary(1, 1, 0, 1, 0, 0, 1, "vsm", "m", "c", 0, 0, 0, new Dictionary<string, double>())));
        Assert.Equal(RunStatus.Cancelled, _runs.Find(run.Id)!.Status);
    }

    [Fact]
    public void MarkLinksPruned_MoreCompletedRunsThanKept_MarksTheOldestOnly()
    {
        var ids = Enumerable.Range(0, 3).Select(_ =>
        {
            var run = _runs.Create("p", 1, ProjectSettings.Default);
            _runs.TryStart(run.Id);
            _runs.Complete(run.Id, new RunSummary(1, 1, 0, 1, 0, 0, 1, "vsm", "m", "c", 0, 0, 0, new Dictionary<string, double>()));
            return run.Id;
        }).ToArray();

        Assert.Equal([ids[0]], _runs.MarkLinksPruned("p", keep: 2));
        Assert.Equal([true, false, false], ids.Select(id => _runs.Find(id)!.LinksPruned));
    }

    public void Dispose() => _folder.Dispose();
}
