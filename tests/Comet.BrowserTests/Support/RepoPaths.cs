using Comet.Core;

namespace Comet.BrowserTests.Support;

/// <summary>The repository (the folder holding Comet.sln); the benchmark data is <see cref="Comet.TestSupport.BenchmarkData"/>.</summary>
public static class RepoPaths
{
    public static string Root { get; } = RepoRoot.AboveBinaries();

    public static string Demo(params string[] parts) => Path.Combine([Root, "datasets", "demo", .. parts]);
}
