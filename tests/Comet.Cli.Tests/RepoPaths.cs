using Comet.Core;

namespace Comet.Cli.Tests;

/// <summary>Locates the repository (the folder holding Comet.sln) from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = RepoRoot.AboveBinaries();

    public static string Demo(params string[] parts) => Path.Combine([Root, "datasets", "demo", .. parts]);
}
