using System.Collections.Concurrent;
using Comet.Core.Tasks;
using Comet.Loading.Catalog;

namespace Comet.Loading.Tests.Support;

/// <summary>Benchmark tasks loaded once per test run from the shared data (immutable, so sharing is safe).</summary>
internal static class BenchmarkTasks
{
    private static readonly ConcurrentDictionary<string, TraceTask> Loaded = new(StringComparer.Ordinal);

    public static TraceTask Load(string taskId) =>
        Loaded.GetOrAdd(taskId, id => DatasetCatalog.Default.Load(id, BenchmarkData.Root));

    /// <summary>Every gold row of the file accounted for: kept, missing an artifact, or a duplicate.</summary>
    public static int GoldRowsAccountedFor(TraceTask task) =>
        task.Gold.Count + task.Diagnostics.MissingArtifactLinks.Count + task.Diagnostics.DuplicateGoldRows;

    public static int LinkedTargets(TraceTask task) => task.Gold.Links.Select(l => l.TargetId).Distinct().Count();
}
