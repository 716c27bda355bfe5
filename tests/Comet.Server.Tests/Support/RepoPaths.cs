using Comet.Core;

namespace Comet.Server.Tests.Support;

/// <summary>Files of the repository, found by walking up from the test binaries to the folder holding Comet.sln.</summary>
public static class RepoPaths
{
    public static string Root => RepoRoot.AboveBinaries();
}
