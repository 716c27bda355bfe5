using Comet.Core.Artifacts;
using Comet.Core.Links;
using Comet.Server.Artifacts;
using Comet.Server.Links;
using Comet.Server.Persistence;
using Comet.Server.Projects;
using Comet.Server.Runs;
using Comet.Server.Scoring;
using Comet.Server.Security;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests.Postgres;

/// <summary>
/// What every store promises, whichever database holds the data: one contract, run on SQLite
/// (<see cref="SqliteStoreContractTests"/>) and on PostgreSQL (<see cref="PostgresStoreContractTests"/>).
/// </summary>
public abstract class StoreContract : IDisposable
{
    private static readonly RunSummary Summary = new(1, 1, 0, 1, 0, 0, 1, "vsm", "m", "c", 0, 0, 0, new Dictionary<string, double>());

    private readonly TestDatabase _test;

    private protected StoreContract(TestDatabase test)
    {
        _test = test;
        Database.Migrate();
        Clock = TimeProvider.System;
        Projects = new ProjectStore(Database, Clock);
        Keys = new ApiKeyStore(Database, Clock);
        Versions = new VersionWriter(Database, Clock);
        Artifacts = new ArtifactStore(Database);
        Runs = new RunStore(Database, Clock);
        Links = new LinkStore(Database);
        Gate = new WriteGate();
        Writer = new LinkWriter(Database, Gate);
        Feedback = new FeedbackStore(Database);
        Answers = new FeedbackWriter(Database, Gate, Clock);
    }

    private protected Database Database => _test.Database;

    private protected TimeProvider Clock { get; }

    private protected ProjectStore Projects { get; }

    private protected ApiKeyStore Keys { get; }

    private protected VersionWriter Versions { get; }

    private protected ArtifactStore Artifacts { get; }

    private protected RunStore Runs { get; }

    private protected LinkStore Links { get; }

    private protected WriteGate Gate { get; }

    private protected LinkWriter Writer { get; }

    private protected FeedbackStore Feedback { get; }

    private protected FeedbackWriter Answers { get; }

    [BackendFact]
    public void Migrate_Twice_KeepsTheLatestVersion()
    {
        var version = Database.Migrate();
        Assert.True(version >= 1);
        Assert.Equal(version, Database.Migrate());
    }

    [BackendFact]
    public void Projects_CreateFindListUpdate()
    {
        Assert.NotNull(Projects.Create("b", "Bee", ProjectSettings.Default));
        Assert.NotNull(Projects.Create("a", "Ay", ProjectSettings.Default));
        Assert.Null(Projects.Create("a", "again", ProjectSettings.Default));

        var found = Projects.Find("a")!;
        Assert.Equal(("a", "Ay", 0), (found.Id, found.Name, found.LatestVersion));
        Assert.True(Projects.Exists("b"));
        Assert.False(Projects.Exists("c"));
        Assert.Equal(["a", "b"], Projects.List(null).Select(p => p.Id));
        Assert.Equal(["b"], Projects.List("b").Select(p => p.Id));

        Projects.UpdateSettings("a", ProjectSettings.Default with { Languages = ["de"] });
        Assert.Equal(["de"], Projects.Find("a")!.Settings.Languages);
    }

    [BackendFact]
    public void Keys_CreateFindListRevoke()
    {
        var (key, record) = Keys.Create("p", ApiScope.Write, "ci");
        var (_, other) = Keys.Create("q", ApiScope.Read, null);
        Assert.Equal(record, Keys.Find(key));
        Assert.Null(Keys.Find(key + "x"));
        Assert.Equal([record.Id, other.Id], Keys.List(null).Select(k => k.Id));
        Assert.Equal([record.Id], Keys.List("p").Select(k => k.Id));

        Assert.True(Keys.Revoke(record.Id));
        Assert.False(Keys.Revoke(record.Id));
        Assert.NotNull(Keys.Find(key)!.RevokedAt);
    }

    [BackendFact]
    public void Versions_UploadedRolesReplaceTheOthersCarryOver()
    {
        Projects.Create("p", "p", ProjectSettings.Default);
        var first = Versions.CreateVersion("p", [Artifact(ArtifactRole.Source, "R2", "two"), Artifact(ArtifactRole.Source, "R1", "one"), Artifact(ArtifactRole.Target, "T", "tee")]);
        Assert.Equal((1, 3, 0, 0, 0), (first.Version, first.Added, first.Changed, first.Unchanged, first.Removed));

        var second = Versions.CreateVersion("p", [Artifact(ArtifactRole.Source, "R1", "one, changed")]);
        Assert.Equal((2, 0, 1, 0, 1), (second.Version, second.Added, second.Changed, second.Unchanged, second.Removed));
        Assert.Equal(2, Artifacts.LatestVersion("p"));
        Assert.Equal(2, Projects.Find("p")!.LatestVersion);

        var v2 = Artifacts.Artifacts("p", 2, null, withText: true);
        Assert.Equal([(ArtifactRole.Source, "R1", "one, changed"), (ArtifactRole.Target, "T", "tee")], v2.Select(a => (a.Role, a.Id, a.Text)));
        Assert.Equal(["R1", "R2"], Artifacts.Artifacts("p", 1, ArtifactRole.Source, withText: false).Select(a => a.Id));
        Assert.Null(Artifacts.Artifacts("p", 1, null, withText: false)[0].Text);
        Assert.Equal("tee", Artifacts.Find("p", 2, ArtifactRole.Target, "T")!.Text);
        Assert.True(Artifacts.Exists("p", 1, ArtifactRole.Source, "R2"));
        Assert.False(Artifacts.Exists("p", 2, ArtifactRole.Source, "R2"));
        Assert.Equal([1, 2], Artifacts.ListVersions("p").Select(v => v.Version));
        Assert.Equal(1, Artifacts.ListVersions("p")[1].Counts[ArtifactRole.Target]);
        // "one" + "two" + "tee" + "one, changed", each text once, UTF-8 bytes.
        Assert.Equal(3 + 3 + 3 + 12, Artifacts.StoredTextBytes("p"));
    }

    [BackendFact]
    public void Versions_StoredTextBytes_CountsUtf8Bytes()
    {
        Projects.Create("p", "p", ProjectSettings.Default);
        Versions.CreateVersion("p", [Artifact(ArtifactRole.Source, "R1", "größe")]);
        Assert.Equal(7, Artifacts.StoredTextBytes("p"));
    }

    [BackendFact]
    public void Runs_LifecycleTransitionsAreConditional()
    {
        Projects.Create("p", "p", ProjectSettings.Default);
        var run = Runs.Create("p", 1, ProjectSettings.Default);
        Assert.Equal((RunStatus.Queued, 0.0), (run.Status, run.Progress));
        Assert.True(Runs.TryStart(run.Id));
        Assert.False(Runs.TryStart(run.Id));
        Runs.Progress(run.Id, "vsm", 0.5);
        Assert.Equal(("vsm", 0.5), (Runs.Find(run.Id)!.Stage, Runs.Find(run.Id)!.Progress));
        Assert.True(Runs.Complete(run.Id, Summary));
        Assert.False(Runs.Complete(run.Id, Summary));
        var done = Runs.Find(run.Id)!;
        Assert.Equal((RunStatus.Completed, 1.0), (done.Status, done.Progress));
        Assert.NotNull(done.FinishedAt);
        Assert.Equal("vsm", done.Summary!.RankedBy);

        var cancelled = Runs.Create("p", 1, ProjectSettings.Default);
        Runs.Finish(cancelled.Id, RunStatus.Cancelled, "cancelled by request");
        Assert.False(Runs.TryStart(cancelled.Id));
        Assert.Equal(("cancelled by request", RunStatus.Cancelled), (Runs.Find(cancelled.Id)!.Error, Runs.Find(cancelled.Id)!.Status));

        Assert.Equal(run.Id, Runs.PreviousCompleted("p", cancelled.Id + 1)!.Id);
        Assert.Null(Runs.PreviousCompleted("p", run.Id));
        var (items, total) = Runs.List("p", 0, 1);
        Assert.Equal((2, cancelled.Id), (total, items.Single().Id));
    }

    [BackendFact]
    public void Runs_RecoverAfterRestart_RequeuesAndFailsAfterMaxRestarts()
    {
        Projects.Create("p", "p", ProjectSettings.Default);
        var crashed = Runs.Create("p", 1, ProjectSettings.Default);
        var queued = Runs.Create("p", 1, ProjectSettings.Default);
        Runs.TryStart(crashed.Id);
        Assert.Equal([crashed.Id, queued.Id], Runs.RecoverAfterRestart());
        for (var i = 1; i < RunStore.MaxRestarts; i++)
        {
            Runs.TryStart(crashed.Id);
            Runs.RecoverAfterRestart();
        }

        Runs.TryStart(crashed.Id);
        Assert.Equal([queued.Id], Runs.RecoverAfterRestart());
        Assert.Contains("interrupted 4 times", Runs.Find(crashed.Id)!.Error, StringComparison.Ordinal);
    }

    [BackendFact]
    public void Links_WrittenThenQueriedFilteredAndDiffed()
    {
        Projects.Create("p", "p", ProjectSettings.Default);
        var before = CompletedRunWithLinks([("R1", "A", 0.9), ("R1", "B", 0.5), ("R2", "A", 0.2)]);
        var after = CompletedRunWithLinks([("R1", "A", 0.3), ("R2", "A", 0.8), ("R2", "B", 0.75)]);

        var page = Links.Query(before, new LinkFilter(null, null, null), 0, 2);
        Assert.Equal(3, page.Total);
        Assert.Equal([("R1", "A", 1), ("R1", "B", 2)], page.Items.Select(l => (l.Source, l.Target, l.Rank)));
        Assert.Equal(["A"], Links.Query(before, new LinkFilter("R2", null, null), 0, 10).Items.Select(l => l.Target));
        Assert.Equal(["R1", "R2"], Links.Query(before, new LinkFilter(null, "A", null), 0, 10).Items.Select(l => l.Source));
        Assert.Equal([("R1", "B")], Links.Query(before, new LinkFilter(null, null, LinkBucket.Unsure), 0, 10).Items.Select(l => (l.Source, l.Target)));

        var (link, z, logOdds, measures) = Links.Find(before, "R1", "B")!.Value;
        Assert.Equal((0.5, LinkBucket.Unsure, -0.5, 0.0, "{\"vsm\":0.5}"), (link.Probability, link.Bucket, z, logOdds, measures));
        Assert.Equal(Math.Log(0.9 / 0.1), Links.Find(before, "R1", "A")!.Value.LogOdds!.Value, 12);
        Assert.Null(Links.Find(before, "R9", "B"));
        Assert.Equal(2, Links.RankWithinSource(before, "R1", 2));

        Assert.Equal([("R1", "A", LinkBucket.ProbablyLinked), ("R2", "A", LinkBucket.ProbablyNot)],
            Links.BestPerArtifact(before, bySource: true).Select(b => (b.Id, b.Partner, b.Bucket)));
        Assert.Equal([("A", "R1"), ("B", "R1")], Links.BestPerArtifact(before, bySource: false).Select(b => (b.Id, b.Partner)));

        var diff = Links.Differences(before, after);
        Assert.Equal(
            [
                ("R1", "A", (LinkBucket?)LinkBucket.ProbablyLinked, (LinkBucket?)LinkBucket.ProbablyNot),
                ("R2", "A", LinkBucket.ProbablyNot, LinkBucket.ProbablyLinked),
                ("R2", "B", null, LinkBucket.ProbablyLinked),
            ],
            diff.Select(d => (d.Source, d.Target, d.BucketBefore, d.BucketAfter)));

        Assert.Equal(3, Writer.Delete(before));
        Assert.Equal(0, Links.Query(before, new LinkFilter(null, null, null), 0, 10).Total);
    }

    [BackendFact]
    public void Runs_PrunedAndUnfinishedRunsWithLinks_AreLeftovers()
    {
        Projects.Create("p", "p", ProjectSettings.Default);
        var old = CompletedRunWithLinks([("R1", "A", 0.9)]);
        var kept = CompletedRunWithLinks([("R1", "A", 0.8)]);
        Assert.Equal([old], Runs.MarkLinksPruned("p", keep: 1));
        Assert.True(Runs.Find(old)!.LinksPruned);
        Assert.False(Runs.Find(kept)!.LinksPruned);
        Assert.Equal([old], Runs.RunsWithLeftoverLinks());
    }

    [BackendFact]
    public async Task Feedback_StoredWithIdsHistoryAndLatestAnswers()
    {
        Projects.Create("p", "p", ProjectSettings.Default);
        var first = await Answers.AddAsync(new FeedbackWriter.NewFeedback("p", "R1", "A", FeedbackVerdict.Confirm, null, "ana", "yes", null, KeyId: 7));
        var second = await Answers.AddAsync(new FeedbackWriter.NewFeedback("p", "R1", "A", FeedbackVerdict.Reject, null, "ana", null, 3));
        var third = await Answers.AddAsync(new FeedbackWriter.NewFeedback("p", "R2", "A", FeedbackVerdict.Likert, 4, "bo", null, null));
        var many = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Answers.AddAsync(new FeedbackWriter.NewFeedback("p", "R3", $"T{i}", FeedbackVerdict.Confirm, null, "cy", null, null))));

        Assert.True(first.Id < second.Id && second.Id < third.Id);
        Assert.Equal(53, many.Select(f => f.Id).Concat([first.Id, second.Id, third.Id]).Distinct().Count());
        Assert.Equal(first with { RecordedAt = Feedback.Find("p", first.Id)!.RecordedAt }, Feedback.Find("p", first.Id));
        Assert.Null(Feedback.Find("q", first.Id));

        var (items, total) = Feedback.History("p", "R1", null, 0, 10);
        Assert.Equal(2, total);
        Assert.Equal([first.Id, second.Id], items.Select(f => f.Id));
        Assert.Equal([third.Id], Feedback.History("p", null, null, 2, 1).Items.Select(f => f.Id));
        Assert.Equal(53, Feedback.All("p").Count);

        var latest = Feedback.LatestAnswers("p");
        Assert.Equal(52, latest.Count);
        Assert.DoesNotContain(latest, f => f.Id == first.Id);
        Assert.Equal((FeedbackVerdict.Likert, (int?)4), (latest.Single(f => f.SourceId == "R2").Verdict, latest.Single(f => f.SourceId == "R2").Likert));
        Assert.Equal((long?)3, latest.Single(f => f.SourceId == "R1").RunId);
    }

    public void Dispose()
    {
        Answers.Dispose();
        Gate.Dispose();
        _test.Dispose();
        GC.SuppressFinalize(this);
    }

    private static NewArtifact Artifact(ArtifactRole role, string id, string text) =>
        new(role, id, ArtifactKind.Requirement, "en", null, text, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))));

    /// <summary>A completed run with these links (rank in the given order), stored the way the backend's runs store them.</summary>
    private long CompletedRunWithLinks((string Source, string Target, double Probability)[] links)
    {
        var run = Runs.Create("p", 1, ProjectSettings.Default);
        var scored = links.Select(l => new ProbableLink(l.Source, l.Target, l.Probability, l.Probability - 1, Math.Log(l.Probability / (1 - l.Probability)), l.Probability, null)).ToList();
        string Measures(ProbableLink l) => $"{{\"vsm\":{l.Score.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}";
        if (!Database.IsPostgres)
        {
            Assert.True(Runs.TryStart(run.Id));
            Writer.Write(run.Id, scored, BucketThresholds.Default, Measures, CancellationToken.None);
            Assert.True(Runs.Complete(run.Id, Summary));
            return run.Id;
        }

        Assert.Equal(run.Id, Runs.Claim("w", TimeSpan.FromMinutes(1)));
        using var connection = Database.OpenPostgres()!;
        using var transaction = connection.BeginTransaction();
        LinkWriter.CopyIn(connection, run.Id, scored, BucketThresholds.Default, Measures, CancellationToken.None);
        Assert.True(RunStore.CompleteClaimed(connection, run.Id, "w", Summary, Clock.GetUtcNow()));
        transaction.Commit();
        return run.Id;
    }
}

public sealed class SqliteStoreContractTests() : StoreContract(TestDatabase.Sqlite());

public sealed class PostgresStoreContractTests() : StoreContract(TestDatabase.Postgres()), IPostgresTests;
