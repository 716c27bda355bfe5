using Comet.Core;
using Comet.Loading.Catalog;
using Comet.Loading.Projects;

namespace Comet.Loading.Tests.Catalog;

/// <summary>The demo lives in the repo's own datasets/demo ("root": "repo"), whatever the data root is.</summary>
public sealed class DemoManifestTests
{
    [Fact]
    public void DemoReqCode_LoadsFromTheRepoWithTestsAndTraces()
    {
        var task = DatasetCatalog.Default.Load("demo/req-code", dataRoot: Path.GetTempPath());

        Assert.True(task.Gold.Count > 0);
        Assert.True(task.Diagnostics.MissingArtifactLinks.Count == 0, task.Diagnostics.Summarize());
        Assert.Equal("tests", Assert.Single(task.Intermediates).Name);
        Assert.All(task.Gold.Links, l => Assert.EndsWith(".txt", l.SourceId, StringComparison.Ordinal));
        Assert.True(task.KnownLinks.ContainsKey("execution-traces"));
        Assert.False(DatasetCatalog.Default.Describe("demo/req-code").IsBenchmark);
    }

    [Fact]
    public void DemoReqTest_ResolvesEveryGoldLink()
    {
        var task = DatasetCatalog.Default.Load("demo/req-test", dataRoot: Path.GetTempPath());

        Assert.True(task.Gold.Count > 0);
        Assert.True(task.Diagnostics.IsClean, task.Diagnostics.Summarize());
    }

    [Fact]
    public void DemoIds_EqualProjectFolderLoaderIds()
    {
        var demo = DatasetCatalog.Default.Load("demo/req-code", dataRoot: Path.GetTempPath());
        var folder = DemoFolder();

        var project = ProjectFolderLoader.Load(
            Path.Combine(folder, "requirements"), Path.Combine(folder, "src"), Path.Combine(folder, "tests"), ["en"]);

        Assert.Equal(demo.Sources.Ids, project.Sources.Ids);
        Assert.Equal(demo.Targets.Ids, project.Targets.Ids);
        Assert.Equal(demo.Intermediates[0].Ids, project.Intermediates[0].Ids);
    }

    private static string DemoFolder() => Path.Combine(RepoRoot.AboveBinaries(), "datasets", "demo");
}
