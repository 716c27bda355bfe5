using Comet.Cli.Progress;

namespace Comet.Cli.Tests;

public class ProgressReporterTests
{
    [Fact]
    public void Count_InsideAStage_ShowsDoneOfTotalRateAndEta()
    {
        using var progress = new ProgressReporter(quiet: true);
        progress.ExpectStages("demo", ["analyse", "embedding", "rank"]);
        progress.Count("encoding chunks", 0, 400);
        Thread.Sleep(50);

        progress.Count("encoding chunks", 100, 400);

        var status = progress.Status();
        Assert.NotNull(status);
        Assert.StartsWith("demo: analyse (stage 1 of 3): encoding chunks 100/400 (", status, StringComparison.Ordinal);
        Assert.Contains("/s, ETA ", status, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_BeforeTheFirstChunk_ShowsTotalAndElapsedOnly()
    {
        using var progress = new ProgressReporter(quiet: true);

        progress.Count("encoding chunks", 0, 7);

        Assert.Matches(@"^encoding chunks 0/7 \(\d+ s\)$", progress.Status());
    }
}
