namespace Comet.Cli.Tests;

/// <summary>Locates the repository (the folder holding Comet.sln) from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Demo(params string[] parts) => Path.Combine([Root, "datasets", "demo", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Comet.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Comet.sln not found above " + AppContext.BaseDirectory);
    }
}
