using Comet.Core;

namespace Comet.BrowserTests.Support;

/// <summary>The repository (the folder holding Comet.sln) and the benchmark data beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = RepoRoot.AboveBinaries();

    public static string Demo(params string[] parts) => Path.Combine([Root, "datasets", "demo", .. parts]);

    /// <summary>$COMET_DATA, else ../shared/datasets next to the repository; absent data fails the test with this message.</summary>
    public static string DataRoot()
    {
        var configured = Environment.GetEnvironmentVariable("COMET_DATA");
        var root = string.IsNullOrWhiteSpace(configured) ? Path.GetFullPath(Path.Combine(Root, "..", "shared", "datasets")) : configured;
        return Directory.Exists(root)
            ? root
            : throw new InvalidOperationException($"benchmark data not found at {root}: set COMET_DATA to the datasets folder");
    }
}
