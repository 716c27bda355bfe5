using Comet.Core.Artifacts;
using Comet.Core.Links;
using Comet.Server.Artifacts;
using Comet.Server.Links;
using Comet.Server.Migration;
using Comet.Server.Persistence;
using Comet.Server.Projects;
using Comet.Server.Runs;
using Comet.Server.Scoring;
using Comet.Server.Security;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests.Postgres;

/// <summary>`migrate-storage --from sqlite:PATH --to postgres:CONN` on a small deployment with every kind of row.</summary>
public sealed class MigrateStorageTests : IPostgresTests
{
    private static readonly RunSummary Summary = new(1, 1, 0, 2, 1, 0, 1, "vsm", "m", "c", 0, 0, 0, new Dictionary<string, double>());

    [BackendFact]
    public async Task Migrate_CopiesEveryTable_VerifiedAndUsable()
    {
        using var folder = new TempDirectory();
        var (key, completed, cut) = await FillAsync(Path.Combine(folder.Path, "comet.db"));
        using var schema = new PostgresSchema();
        var connection = schema.ConnectionString;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = MigrateStorageCommand.Run(["migrate-storage", "--from", "sqlite:" + folder.Path, "--to", "postgres:" + connection], output, error);
        Assert.True(exit == 0, $"exit {exit}: {error}\n{output}");
        Assert.Contains("migrated and verified", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("MISMATCH", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("links", output.ToString(), StringComparison.Ordinal);

        using var target = Database.Postgres(connection);
        var clock = TimeProvider.System;
        Assert.Equal(["a", "b"], new ProjectStore(target, clock).List(null).Select(p => p.Id));
        Assert.Equal("a", new ApiKeyStore(target, clock).Find(key)!.ProjectId);
        Assert.Equal("x y", new ArtifactStore(target).Find("a", 1, ArtifactRole.Source, "R1")!.Text);
        var links = new LinkStore(target).Query(completed, new LinkFilter(null, null, null), 0, 10);
        Assert.Equal([("R1", "T1", 1), ("R1", "T2", 2)], links.Items.Select(l => (l.Source, l.Target, l.Rank)));
        Assert.Equal(2, new FeedbackStore(target).LatestAnswers("a").Count);
        Assert.Equal(3, new FeedbackStore(target).All("a").Count);

        // New rows continue the ids; the run SQLite left running is claimed again.
        var runs = new RunStore(target, clock);
        Assert.Equal(RunStatus.Interrupted, runs.Find(cut)!.Status);
        Assert.True(runs.Create("a", 1, ProjectSettings.Default).Id > cut);
        Assert.Equal(cut, runs.Claim("w", TimeSpan.FromMinutes(1)));

        // A second migration into a non-empty database is refused.
        using var again = new StringWriter();
        Assert.Equal(1, MigrateStorageCommand.Run(["migrate-storage", "--from", "sqlite:" + folder.Path, "--to", "postgres:" + connection], again, again));
        Assert.Contains("empty", again.ToString(), StringComparison.Ordinal);
    }

    private static async Task<(string Key, long Completed, long Cut)> FillAsync(string file)
    {
        using var database = new Database(file);
        database.Migrate();
        var clock = TimeProvider.System;
        var projects = new ProjectStore(database, clock);
        projects.Create("b", "Bee", ProjectSettings.Default);
        projects.Create("a", "Ay", ProjectSettings.Default);
        var key = new ApiKeyStore(database, clock).Create("a", ApiScope.Write, "k").Key;
        NewArtifact Artifact(ArtifactRole role, string id, string text) => new(role, id, ArtifactKind.Requirement, "en", null, text, ContentHash.Of(text));
        new VersionWriter(database, clock).CreateVersion("a", [Artifact(ArtifactRole.Source, "R1", "x y"), Artifact(ArtifactRole.Target, "T1", "ü"), Artifact(ArtifactRole.Target, "T2", "z")]);
        var runs = new RunStore(database, clock);
        var completed = runs.Create("a", 1, ProjectSettings.Default).Id;
        runs.TryStart(completed);
        using (var gate = new WriteGate())
        {
            new LinkWriter(database, gate).Write(completed,
                [new ProbableLink("R1", "T1", 0.9, 1.5, 2.0, 0.91, "confirm by ana (#1)"), new ProbableLink("R1", "T2", 0.1, -1.0, null, 0.1, null)],
                BucketThresholds.Default, _ => "{\"vsm\":0.1}", CancellationToken.None);
            runs.Complete(completed, Summary);
            using var answers = new FeedbackWriter(database, gate, clock);
            await answers.AddAsync(new FeedbackWriter.NewFeedback("a", "R1", "T1", FeedbackVerdict.Confirm, null, "ana", "sure", completed, 1));
            await answers.AddAsync(new FeedbackWriter.NewFeedback("a", "R1", "T1", FeedbackVerdict.Reject, null, "ana", null, completed));
            await answers.AddAsync(new FeedbackWriter.NewFeedback("a", "R1", "T2", FeedbackVerdict.Likert, 3, "bo", null, null));
        }

        var cut = runs.Create("a", 1, ProjectSettings.Default).Id;
        runs.TryStart(cut);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return (key, completed, cut);
    }
}
