using System.Diagnostics;
using System.Globalization;
using Comet.Loading.Catalog;
using Comet.Loading.Tests.Support;
using Xunit.Abstractions;

namespace Comet.Loading.Tests.Benchmarks;

public sealed class LoadTimeTests(ITestOutputHelper output)
{
    /// <summary>The whole --all evaluation has 60 s including VSM; loading must be a small part of it.</summary>
    [Fact]
    public void Load_EveryTaskOnce_TakesUnderTenSeconds()
    {
        var catalog = DatasetCatalog.Default;
        var watch = Stopwatch.StartNew();
        var artifacts = 0;
        foreach (var id in catalog.TaskIds)
        {
            var task = catalog.Load(id, TestData.Root);
            artifacts += task.Sources.Count + task.Targets.Count + task.Intermediates.Sum(s => s.Count);
        }

        watch.Stop();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loaded {catalog.TaskIds.Count} tasks ({artifacts} artifacts) in {watch.Elapsed.TotalMilliseconds:F0} ms"));
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 10);
    }
}
