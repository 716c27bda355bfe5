using Comet.Loading.Catalog;
using Comet.Loading.Tests.Support;

namespace Comet.Loading.Tests.Catalog;

/// <summary>Listing every task goes on past the ones this machine cannot load, saying why for each.</summary>
public sealed class LoadEachTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void LoadEach_NoDatasetFolder_NamesTheFolder()
    {
        var task = Catalog("a").LoadEach(_folder.Root).Single();

        Assert.Null(task.Task);
        Assert.Equal($"no folder {Path.Combine(_folder.Root, "ds")}", task.Unavailable);
    }

    [Fact]
    public void LoadEach_BrokenDataset_GivesTheLoadError()
    {
        _folder.CreateFolder("ds");

        var task = Catalog("nowhere").LoadEach(_folder.Root).Single();

        Assert.Null(task.Task);
        Assert.StartsWith("folder not found: ", task.Unavailable, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadEach_DatasetPresent_LoadsTheTask()
    {
        _folder.Write("ds/a/R1.txt", "the first requirement");

        var task = Catalog("a").LoadEach(_folder.Root).Single();

        Assert.Equal("t", task.Id);
        Assert.Null(task.Unavailable);
        Assert.Equal("R1.txt", task.Task!.Sources.Single().Id);
    }

    [Fact]
    public void BenchmarkIds_BenchmarkDataset_ListsItsTasks()
    {
        Assert.Equal(["t"], Catalog("a").BenchmarkIds);
    }

    private static DatasetCatalog Catalog(string path) =>
        DatasetCatalog.FromJson([Fixture.Manifest($$"""{ "reader": "folder", "path": "{{path}}" }""", $$"""{ "reader": "folder", "path": "{{path}}" }""", "null")]);
}
