using Comet.Core;
using Comet.Evaluation.Reference;

namespace Comet.Evaluation.Tests.Reference;

public class ReferenceOutputCatalogTests
{
    private static readonly string Root = ReferenceRoot.Resolve();

    [Fact]
    public void Load_SharedCatalog_ListsEveryTraceModelOnce()
    {
        var catalog = ReferenceOutputCatalog.Load(Root);
        var onDisk = Directory.EnumerateFiles(Root, "*.tm", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(onDisk, catalog.Entries.Select(e => e.RelativePath).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_SharedCatalog_HasOnePrimaryRunPerTask()
    {
        var catalog = ReferenceOutputCatalog.Load(Root);
        string[] tasks = ["Albergate", "EBT/req-code", "EBT/req-test", "LibEST/req-code", "LibEST/req-test", "eTour"];
        Assert.Equal(tasks, catalog.TaskIds.Order(StringComparer.Ordinal));
        Assert.All(tasks, task => Assert.Single(catalog.ForTask(task), e => e.IsPrimary));
        Assert.Equal("comet/LibEST/results_RQ1_LibEST_MAP.tm", catalog.PrimaryFor("LibEST/req-code")!.RelativePath);
        Assert.Equal("COMET (original)", catalog.PrimaryFor("eTour")!.DisplayName);
    }

    [Fact]
    public void Load_TwoPrimariesForOneTask_Throws()
    {
        var path = Path.Combine(Path.GetTempPath(), $"comet-catalog-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, """
                { "outputs": [
                  { "file": "comet/LibEST/MAP.tm", "task": "LibEST/req-code", "label": "A", "primary": true },
                  { "file": "comet/LibEST/NUTS.tm", "task": "LibEST/req-code", "label": "B", "primary": true } ] }
                """);
            var error = Assert.Throws<CometInputException>(() => ReferenceOutputCatalog.Load(Root, path));
            Assert.Contains("2 primary runs", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_OneListedFileMissing_LeavesOutOnlyThatRun()
    {
        var path = Path.Combine(Path.GetTempPath(), $"comet-catalog-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, """
                { "outputs": [
                  { "file": "comet/LibEST/results_RQ1_LibEST_MAP.tm", "task": "LibEST/req-code", "label": "A", "primary": true },
                  { "file": "comet/LibEST/no-such-run.tm", "task": "LibEST/req-code", "label": "B" } ] }
                """);

            var catalog = ReferenceOutputCatalog.Load(Root, path);

            Assert.Equal("comet/LibEST/results_RQ1_LibEST_MAP.tm", Assert.Single(catalog.Entries).RelativePath);
            Assert.Equal("comet/LibEST/no-such-run.tm", Assert.Single(catalog.MissingFiles).RelativePath);
            Assert.NotNull(catalog.PrimaryFor("LibEST/req-code"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
