using Comet.Core;
using Comet.Loading.Tests.Support;

namespace Comet.Loading.Tests.Catalog;

public sealed class DataRootTests
{
    [Fact]
    public void Resolve_ExplicitExistingFolder_ReturnsItsFullPath()
    {
        using var folder = new TempFolder();

        Assert.Equal(Path.GetFullPath(folder.Root), DataRoot.Resolve(folder.Root));
    }

    [Fact]
    public void Resolve_ExplicitMissingFolder_ThrowsOneLineMessage()
    {
        var missing = Path.Combine(Path.GetTempPath(), "comet-no-such-folder-7f3a");

        var error = Assert.Throws<CometInputException>(() => DataRoot.Resolve(missing));

        Assert.Equal($"data folder not found: {missing} (given with --data)", error.Message);
    }

    [BenchmarkFact]
    public void Resolve_NoExplicitFolder_FindsTheSharedDatasets()
    {
        // COMET_DATA, when set, wins; otherwise shared/datasets beside the repo is found by walking up.
        var resolved = DataRoot.Resolve(null);

        Assert.True(File.Exists(Path.Combine(resolved, "README.md")), resolved);
        Assert.Equal(Path.GetFullPath(BenchmarkData.Root), resolved);
    }
}
