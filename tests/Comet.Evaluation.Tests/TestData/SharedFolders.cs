using Comet.Core;

namespace Comet.Evaluation.Tests.TestData;

/// <summary>
/// The shared benchmark folder: COMET_DATA if set, else "shared/datasets" beside the folder holding
/// Comet.sln. Absent data fails the test with a clear message; nothing is skipped silently.
/// </summary>
internal static class SharedFolders
{
    public static string DataRoot()
    {
        var configured = Environment.GetEnvironmentVariable("COMET_DATA");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"COMET_DATA points to '{configured}', which does not exist.");
        }

        if (RepoRoot.FindAbove(AppContext.BaseDirectory) is { } repo)
        {
            var candidate = Path.GetFullPath(Path.Combine(repo, "..", "shared", "datasets"));
            return Directory.Exists(candidate)
                ? candidate
                : throw new InvalidOperationException($"Benchmark data not found at {candidate}; set COMET_DATA.");
        }

        throw new InvalidOperationException($"No Comet.sln above {AppContext.BaseDirectory}; set COMET_DATA to the datasets folder.");
    }
}
