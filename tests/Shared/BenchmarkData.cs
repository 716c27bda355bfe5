using Comet.Core;
using Comet.Loading.Catalog;

namespace Comet.TestSupport;

/// <summary>
/// The shared benchmark datasets for tests: <c>$COMET_DATA</c>, else <c>shared/datasets</c> beside the
/// folder holding Comet.sln. Tests that read them are <see cref="BenchmarkFactAttribute"/> /
/// <see cref="BenchmarkTheoryAttribute"/>: on a machine without them (no folder, or a folder holding
/// none of the catalog's benchmarks) they are skipped with one line naming what is missing, instead of
/// failing one stack trace each. Compiled into each test project that needs it (a linked file).
/// </summary>
internal static class BenchmarkData
{
    private static readonly (string? Root, string? Missing) Found = Find();

    /// <summary>The datasets folder; only benchmark tests read it, and they are skipped when it is missing.</summary>
    public static string Root => Found.Root ?? throw new InvalidOperationException(Found.Missing);

    /// <summary>Why the datasets cannot be used (null when they can): the skip reason of benchmark tests.</summary>
    public static string? MissingReason => Found.Missing;

    private static (string? Root, string? Missing) Find()
    {
        const string Hint = "set COMET_DATA to the datasets folder (see README.md, Benchmark datasets)";
        var configured = Environment.GetEnvironmentVariable("COMET_DATA");
        string folder, origin;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            (folder, origin) = (configured, "COMET_DATA");
        }
        else if (RepoRoot.FindAbove(AppContext.BaseDirectory) is { } repo)
        {
            (folder, origin) = (Path.GetFullPath(Path.Combine(repo, "..", "shared", "datasets")), "beside the repository");
        }
        else
        {
            return (null, $"benchmark datasets not found: no Comet.sln above {AppContext.BaseDirectory} and no COMET_DATA; {Hint}");
        }

        if (!Directory.Exists(folder))
        {
            return (null, $"benchmark datasets not found: {folder} ({origin}) does not exist; {Hint}");
        }

        // An empty or unrelated folder is no data either; a partial one is, and its tests name what is missing.
        var catalog = DatasetCatalog.Default;
        return catalog.BenchmarkIds.All(id => catalog.MissingFolder(id, folder) is not null)
            ? (null, $"benchmark datasets not found: {folder} ({origin}) holds none of the folders of the {catalog.BenchmarkIds.Count} benchmark tasks; {Hint}")
            : (folder, null);
    }
}

/// <summary>A test that reads the shared benchmark datasets; skipped with one line naming what is missing when they are absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute() => Skip = BenchmarkData.MissingReason;
}

/// <summary>A theory over the shared benchmark datasets; skipped (its data never enumerated) when they are absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BenchmarkTheoryAttribute : TheoryAttribute
{
    public BenchmarkTheoryAttribute() => Skip = BenchmarkData.MissingReason;
}
