namespace Comet.Core;

/// <summary>
/// Finds the repository folder (the one holding <c>Comet.sln</c>) above a start folder: the one walk up
/// for the data and reference folders beside it and for the tests' and benchmarks' repository files.
/// </summary>
public static class RepoRoot
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

    /// <summary>The repository above the running binaries, as tests and benchmarks find their files.</summary>
    /// <exception cref="InvalidOperationException">The binaries do not lie inside the repository.</exception>
    public static string AboveBinaries() =>
        FindAbove(AppContext.BaseDirectory) ?? throw new InvalidOperationException($"{SolutionFile} not found above {AppContext.BaseDirectory}");
}
