using Comet.Core;

namespace Comet.Loading.Tests.Support;

/// <summary>
/// Locates the shared benchmark data for tests. Tests that need it are marked
/// <see cref="BenchmarkFactAttribute"/> / <see cref="BenchmarkTheoryAttribute"/>: without the data they
/// are skipped with one line saying where it was looked for, instead of failing with a stack trace each.
/// </summary>
internal static class TestData
{
    private static readonly Lazy<string> LazyRoot = new(Locate);

    public static string Root => LazyRoot.Value;

    /// <summary>Why the benchmark data cannot be used (null when it can): the skip reason of benchmark tests.</summary>
    public static string? MissingReason { get; } = FindMissingReason();

    private static string? FindMissingReason()
    {
        try
        {
            _ = Locate();
            return null;
        }
        catch (InvalidOperationException e)
        {
            return e.Message + " (see README.md, Benchmark datasets)";
        }
    }

    private static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("COMET_DATA");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment)
                ? fromEnvironment
                : throw new InvalidOperationException($"COMET_DATA names a missing folder: {fromEnvironment}");
        }

        if (RepoRoot.FindAbove(AppContext.BaseDirectory) is { } repo)
        {
            var data = Path.GetFullPath(Path.Combine(repo, "..", "shared", "datasets"));
            return Directory.Exists(data)
                ? data
                : throw new InvalidOperationException($"benchmark data not found at {data}; set COMET_DATA to the datasets folder");
        }

        throw new InvalidOperationException("no folder with Comet.sln above the test binaries; set COMET_DATA to the datasets folder");
    }
}
