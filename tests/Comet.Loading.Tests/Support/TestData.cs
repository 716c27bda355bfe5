namespace Comet.Loading.Tests.Support;

/// <summary>Locates the shared benchmark data for tests; fails loudly (never skips) when it is absent.</summary>
internal static class TestData
{
    public static string Root { get; } = Locate();

    private static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("COMET_DATA");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment)
                ? fromEnvironment
                : throw new InvalidOperationException($"COMET_DATA names a missing folder: {fromEnvironment}");
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Comet.sln")))
            {
                var data = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "datasets"));
                return Directory.Exists(data)
                    ? data
                    : throw new InvalidOperationException($"benchmark data not found at {data}; set COMET_DATA to the datasets folder");
            }
        }

        throw new InvalidOperationException("no folder with Comet.sln above the test binaries; set COMET_DATA to the datasets folder");
    }

    public static string RepoRoot { get; } = Path.GetFullPath(Path.Combine(Root, "..", "..", "main"));
}
