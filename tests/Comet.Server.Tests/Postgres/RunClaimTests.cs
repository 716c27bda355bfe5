using Comet.Core.Links;
using Comet.Server.Persistence;
using Comet.Server.Projects;
using Comet.Server.Runs;
using Comet.Server.Scoring;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests.Postgres;

/// <summary>How workers share runs on PostgreSQL: claims with SKIP LOCKED, leases, take-over after a lease expires.</summary>
public sealed class RunClaimTests : IPostgresTests, IDisposable
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);
    private static readonly RunSummary Summary = new(1, 1, 0, 1, 0, 0, 1, "vsm", "m", "c", 0, 0, 0, new Dictionary<string, double>());

    private readonly Lazy<TestDatabase> _test = new(() =>
    {
        var test = TestDatabase.Postgres();
        test.Database.Migrate();
        new ProjectStore(test.Database, TimeProvider.System).Create("p", "p", ProjectSettings.Default);
        return test;
    });

    private Database Database => _test.Value.Database;

    private RunStore Runs => new(Database, TimeProvider.System);

    [BackendFact]
    public void Claim_TakesTheOldestQueuedRunOnce_AndNothingWhenNoneWaits()
    {
        var first = Runs.Create("p", 1, ProjectSettings.Default);
        var second = Runs.Create("p", 1, ProjectSettings.Default);
        Assert.Equal(first.Id, Runs.Claim("a", Long));
        Assert.Equal(second.Id, Runs.Claim("b", Long));
        Assert.Null(Runs.Claim("c", Long));
        Assert.Equal(RunStatus.Running, Runs.Find(first.Id)!.Status);
    }

    [BackendFact]
    public async Task Claim_ManyWorkersAtOnce_EachRunClaimedExactlyOnce()
    {
        var ids = Enumerable.Range(0, 40).Select(_ => Runs.Create("p", 1, ProjectSettings.Default).Id).ToHashSet();
        var claimed = await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(() =>
        {
            var mine = new List<long>();
            while (Runs.Claim($"w{w}", Long) is { } id)
            {
                mine.Add(id);
            }

            return mine;
        })));

        var all = claimed.SelectMany(c => c).ToList();
        Assert.Equal(ids.Count, all.Count);
        Assert.Equal(ids.Order(), all.Order());
    }

    [BackendFact]
    public void Renew_KeepsTheClaim_ThatOtherwiseExpiresAndIsTakenOver()
    {
        var run = Runs.Create("p", 1, ProjectSettings.Default);
        Assert.Equal(run.Id, Runs.Claim("a", TimeSpan.FromSeconds(1)));
        Assert.True(Runs.Renew(run.Id, "a", Long));
        Thread.Sleep(1200);
        Assert.Null(Runs.Claim("b", Long));

        Assert.True(Runs.Renew(run.Id, "a", TimeSpan.FromSeconds(1)));
        Thread.Sleep(1200);
        Assert.Equal(run.Id, Runs.Claim("b", Long));
        Assert.False(Runs.Renew(run.Id, "a", Long), "the old worker learns at its next heartbeat that the run is gone");
        Assert.True(Runs.Renew(run.Id, "b", Long));
    }

    [BackendFact]
    public void ExpiredClaim_TakenOver_PartialLinksDiscarded_OldWorkerCannotCompleteOrFail()
    {
        var run = Runs.Create("p", 1, ProjectSettings.Default);
        Assert.Equal(run.Id, Runs.Claim("dead", TimeSpan.FromSeconds(1)));
        using (var connection = Database.Open())
        {
            // Links committed outside the completing transaction (which the workers never do) would be partial ones.
            connection.Execute("INSERT INTO links (run_id, source_id, target_id, rank, probability, bucket, score, z, measures) VALUES (@r, 'S', 'T', 1, 0.5, 1, 0.5, 0, '{}')", ("@r", run.Id));
        }

        Thread.Sleep(1200);
        Assert.Equal(run.Id, Runs.Claim("alive", Long));
        using (var connection = Database.Open())
        {
            Assert.Equal(0, connection.ScalarInt64("SELECT COUNT(*) FROM links WHERE run_id = @r", ("@r", run.Id)));
            Assert.Equal(1, connection.ScalarInt64("SELECT restarts FROM runs WHERE id = @r", ("@r", run.Id)));
        }

        Runs.Finish(run.Id, RunStatus.Failed, "late failure of the dead worker", "dead");
        Assert.False(Runs.Interrupt(run.Id, "dead"));
        Assert.False(Complete(run.Id, "dead", [("S", "T")]));
        Assert.Equal(RunStatus.Running, Runs.Find(run.Id)!.Status);

        Assert.True(Complete(run.Id, "alive", [("S", "T"), ("S", "U")]));
        Assert.False(Complete(run.Id, "alive", [("X", "Y")]), "a run is completed once");
        using var check = Database.Open();
        Assert.Equal(2, check.ScalarInt64("SELECT COUNT(*) FROM links WHERE run_id = @r", ("@r", run.Id)));
        Assert.Equal(RunStatus.Completed, Runs.Find(run.Id)!.Status);
    }

    [BackendFact]
    public void Interrupt_ByItsWorker_QueuesTheRunForAnyWorker_UntilMaxRestarts()
    {
        var run = Runs.Create("p", 1, ProjectSettings.Default);
        for (var restart = 0; restart <= RunStore.MaxRestarts; restart++)
        {
            Assert.Equal(run.Id, Runs.Claim($"w{restart}", Long));
            Assert.True(Runs.Interrupt(run.Id, $"w{restart}"));
        }

        var failed = Runs.Find(run.Id)!;
        Assert.Equal(RunStatus.Failed, failed.Status);
        Assert.Contains("interrupted 4 times", failed.Error, StringComparison.Ordinal);
        Assert.Null(Runs.Claim("late", Long));
    }

    [BackendFact]
    public void Cancel_ByRequest_EndsTheClaim()
    {
        var run = Runs.Create("p", 1, ProjectSettings.Default);
        Assert.Equal(run.Id, Runs.Claim("a", Long));
        Runs.Finish(run.Id, RunStatus.Cancelled, "cancelled by request");
        Assert.False(Runs.Renew(run.Id, "a", Long));
        Assert.False(Complete(run.Id, "a", [("S", "T")]));
        Assert.Equal(RunStatus.Cancelled, Runs.Find(run.Id)!.Status);
    }

    public void Dispose()
    {
        if (_test.IsValueCreated)
        {
            _test.Value.Dispose();
        }
    }

    /// <summary>What a worker does at the end of a run: its links and the completion in one transaction, committed only if the claim holds.</summary>
    private bool Complete(long runId, string worker, (string Source, string Target)[] links)
    {
        using var connection = Database.OpenPostgres()!;
        using var transaction = connection.BeginTransaction();
        LinkWriter.CopyIn(connection, runId, [.. links.Select(l => new ProbableLink(l.Source, l.Target, 0.5, 0, null, 0.5, null))],
            BucketThresholds.Default, _ => "{}", CancellationToken.None);
        if (!RunStore.CompleteClaimed(connection, runId, worker, Summary, DateTimeOffset.UtcNow))
        {
            return false;
        }

        transaction.Commit();
        return true;
    }
}
