namespace Comet.Loading;

/// <summary>Finds the repository folder (the one holding <c>Comet.sln</c>) above a start folder.</summary>
internal static class RepoRoot
{
    public const string SolutionFile = "Comet.sln";

    /// <summary>Start folders: the current directory, then the folder of the running binaries.</summary>
    public static IEnumerable<string> StartFolders() => [Directory.GetCurrentDirectory(), AppContext.BaseDirectory];

    /// <summary>The first folder at or above each start folder that holds <c>Comet.sln</c>, or null.</summary>
    public static string? Find() =>
        StartFolders().Select(FindAbove).FirstOrDefault(found => found is not null);

    public static string? FindAbove(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
