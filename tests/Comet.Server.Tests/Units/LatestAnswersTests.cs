using Comet.Server.Persistence;
using Comet.Server.Projects;
using Comet.Server.Scoring;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests.Units;

/// <summary>latest_answers: each person's latest answer per link, kept by the writer and folded in from older histories by migration 3.</summary>
public sealed class LatestAnswersTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly Database _database;

    public LatestAnswersTests()
    {
        _database = new Database(Path.Combine(_folder.Path, "comet.db"));
    }

    [Fact]
    public async Task LatestAnswers_ARepeatedAnswer_ReplacesOnlyThatPersonsEarlierOne()
    {
        _database.Migrate();
        new ProjectStore(_database, TimeProvider.System).Create("p", "p", ProjectSettings.Default);
        using var gate = new WriteGate();
        using var writer = new FeedbackWriter(_database, gate, TimeProvider.System);
        async Task<long> Answer(string source, FeedbackVerdict verdict, string author) =>
            (await writer.AddAsync(new FeedbackWriter.NewFeedback("p", source, "T1", verdict, null, author, null, null))).Id;

        await Answer("R1", FeedbackVerdict.Confirm, "alice");
        var aliceLater = await Answer("R1", FeedbackVerdict.Reject, "alice");
        var bob = await Answer("R1", FeedbackVerdict.Confirm, "bob");
        var otherLink = await Answer("R2", FeedbackVerdict.Confirm, "alice");

        var latest = new FeedbackStore(_database).LatestAnswers("p");

        Assert.Equal([aliceLater, bob, otherLink], latest.Select(a => a.Id).ToArray());
        Assert.Equal(FeedbackVerdict.Reject, latest[0].Verdict);
        Assert.Equal(4, new FeedbackStore(_database).All("p").Count); // the history keeps all four
    }

    [Fact]
    public void Migration3_ExistingHistory_IsFoldedIntoLatestAnswers()
    {
        using (var connection = _database.Open())
        {
            SchemaMigrator.Apply(connection, SchemaMigrations.All.Take(2).ToList());
            connection.Execute("INSERT INTO projects (id, name, settings, created_at, updated_at) VALUES ('p', 'p', '{}', 'x', 'x')");
            foreach (var (source, verdict, author) in new[] { ("R1", "Confirm", "alice"), ("R1", "Reject", "alice"), ("R1", "Confirm", "bob") })
            {
                connection.Execute("INSERT INTO feedback (project_id, source_id, target_id, verdict, author, created_at) VALUES ('p', $s, 'T1', $v, $a, '2026-01-01T00:00:00.0000000+00:00')",
                    ("$s", source), ("$v", verdict), ("$a", author));
            }
        }

        _database.Migrate();

        var latest = new FeedbackStore(_database).LatestAnswers("p");
        Assert.Equal([2L, 3L], latest.Select(a => a.Id).ToArray());
    }

    public void Dispose() => _folder.Dispose();
}
