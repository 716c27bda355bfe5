using Comet.Server.Persistence;
using Comet.Server.Projects;
using Comet.Server.Runs;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests.Units;

/// <summary>The embedding step shows its own progress on the run: on a cold server it is most of a run.</summary>
public sealed class RunProgressTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Sqlite();
    private readonly RunStore _runs;
    private readonly SteppingClock _clock = new();

    public RunProgressTests()
    {
        _database.Database.Migrate();
        new ProjectStore(_database.Database, TimeProvider.System).Create("p", "p", ProjectSettings.Default);
        _runs = new RunStore(_database.Database, TimeProvider.System);
    }

    [Fact]
    public void Encoding_AfterTwoStages_ShowsChunksTimeLeftAndTheStagesShare()
    {
        var run = _runs.Create("p", 1, ProjectSettings.Default);
        Assert.True(_runs.TryStart(run.Id));
        var progress = new RunProgress(_runs, run.Id, totalStages: 10, _clock);
        progress.Step("analyse");
        progress.Step("vsm");

        progress.Encoding(0, 1000);
        Assert.Equal("encoding chunks 0 / 1,000", _runs.Find(run.Id)!.Stage);
        _clock.Advance(TimeSpan.FromSeconds(30));
        progress.Encoding(250, 1000);

        var row = _runs.Find(run.Id)!;
        Assert.Equal("encoding chunks 250 / 1,000, about 2 min left", row.Stage); // 750 more at 250 per 30 s: 90 s
        Assert.Equal((2 + 0.25) / 10, row.Progress, 12);
    }

    [Fact]
    public void Encoding_SlicesCloserThanTheInterval_DoNotRewriteTheRow_ButTheLastOneDoes()
    {
        var run = _runs.Create("p", 1, ProjectSettings.Default);
        Assert.True(_runs.TryStart(run.Id));
        var progress = new RunProgress(_runs, run.Id, totalStages: 4, _clock);
        progress.Encoding(0, 600);
        _clock.Advance(TimeSpan.FromSeconds(5));
        progress.Encoding(300, 600);
        Assert.Equal("encoding chunks 0 / 600", _runs.Find(run.Id)!.Stage);

        _clock.Advance(TimeSpan.FromSeconds(1));
        progress.Encoding(600, 600);
        Assert.Equal("encoding chunks 600 / 600", _runs.Find(run.Id)!.Stage);
        Assert.Equal(0.25, _runs.Find(run.Id)!.Progress, 12);
    }

    [Theory]
    [InlineData(1, 100, 0.5, "encoding chunks 1 / 100, about 50 s left")]
    [InlineData(1, 100, 1.0, "encoding chunks 1 / 100, about 2 min left")]
    [InlineData(50, 100, 0.4, "encoding chunks 50 / 100, about 1 s left")]
    [InlineData(1, 5400, 0.5, "encoding chunks 1 / 5,400, about 45 min left")]
    public void EncodingStage_SaysTheTimeLeftAtTheRateSoFar(int encoded, int toEncode, double secondsSoFar, string expected) =>
        Assert.Equal(expected, RunProgress.EncodingStage(encoded, toEncode, TimeSpan.FromSeconds(secondsSoFar)));

    public void Dispose() => _database.Dispose();

    private sealed class SteppingClock : TimeProvider
    {
        private long _ticks = 1;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
