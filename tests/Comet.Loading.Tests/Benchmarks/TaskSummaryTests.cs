using Comet.Loading.Catalog;
using Comet.Loading.Tests.Support;
using Xunit.Abstractions;

namespace Comet.Loading.Tests.Benchmarks;

public sealed class TaskSummaryTests(ITestOutputHelper output)
{
    /// <summary>Prints one line per task (sources, targets, unique gold, missing, duplicates) for reports.</summary>
    [BenchmarkFact]
    public void Load_EveryTask_HasArtifactsAndGold()
    {
        output.WriteLine("task\tsources\ttargets\tgold\tmissing\tduplicates");
        foreach (var id in DatasetCatalog.Default.TaskIds)
        {
            var task = BenchmarkTasks.Load(id);
            output.WriteLine($"{id}\t{task.Sources.Count}\t{task.Targets.Count}\t{task.Gold.Count}\t{task.Diagnostics.MissingArtifactLinks.Count}\t{task.Diagnostics.DuplicateGoldRows}");

            Assert.True(task.Sources.Count > 0 && task.Targets.Count > 0, id);
            Assert.True(task.Gold.Count > 0, $"{id} has no gold links");
        }
    }
}
