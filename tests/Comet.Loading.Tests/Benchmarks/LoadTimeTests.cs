using System.Diagnostics;
using System.Globalization;
using Comet.Loading.Catalog;
using Comet.Loading.Tests.Support;
using Xunit.Abstractions;

namespace Comet.Loading.Tests.Benchmarks;

public sealed class LoadTimeTests(ITestOutputHelper output)
{
    /// <summary>Every task loads; the time is printed for the record (speed is checked by benchmarks, not asserted here).</summary>
    [BenchmarkFact]
    public void Load_EveryTaskOnce_LoadsAllArtifacts()
    {
        var catalog = DatasetCatalog.Default;
        var watch = Stopwatch.StartNew();
        var artifacts = 0;
        foreach (var id in catalog.TaskIds)
        {
            var task = catalog.Load(id, BenchmarkData.Root);
            artifacts += task.Sources.Count + task.Targets.Count + task.Intermediates.Sum(s => s.Count);
        }

        watch.Stop();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loaded {catalog.TaskIds.Count} tasks ({artifacts} artifacts) in {watch.Elapsed.TotalMilliseconds:F0} ms"));
        Assert.True(artifacts > 9000, $"only {artifacts} artifacts loaded");
    }
}
