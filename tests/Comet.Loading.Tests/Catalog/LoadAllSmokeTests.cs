using Comet.Loading.Catalog;
using Comet.Loading.Tests.Support;
using Xunit.Abstractions;

namespace Comet.Loading.Tests.Catalog;

public sealed class LoadAllSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void Load_EveryTask_Succeeds()
    {
        var catalog = DatasetCatalog.Default;
        foreach (var id in catalog.TaskIds)
        {
            var task = catalog.Load(id, TestData.Root);
            output.WriteLine($"{id}\t{task.Sources.Count}\t{task.Targets.Count}\t{task.Gold.Count}\t{task.Diagnostics.MissingArtifactLinks.Count}\t{task.Diagnostics.DuplicateGoldRows}\t{task.Diagnostics.Summarize()}");
        }

        Assert.NotEmpty(catalog.TaskIds);
    }
}
