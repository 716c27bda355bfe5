using Comet.Core;

namespace Comet.Loading;

/// <summary>Locates the shared benchmark folder (<c>shared/datasets</c>).</summary>
public static class DataRoot
{
    /// <summary>Environment variable that names the data folder.</summary>
    public const string EnvironmentVariable = "COMET_DATA";

    /// <summary>
    /// The data folder: <paramref name="explicitDir"/> (the <c>--data</c> option) if given, else
    /// <c>COMET_DATA</c>, else <c>shared/datasets</c> beside the folder holding <c>Comet.sln</c>
    /// (searched upwards from the current directory and from the binaries), else
    /// <c>../shared/datasets</c> from the current directory.
    /// </summary>
    /// <exception cref="CometInputException">The named folder does not exist, or none was found.</exception>
    public static string Resolve(string? explicitDir)
    {
        if (!string.IsNullOrWhiteSpace(explicitDir))
        {
            return Existing(explicitDir, "given with --data");
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Existing(fromEnvironment, $"from {EnvironmentVariable}");
        }

        var candidates = RepoRoot.StartFolders()
            .Select(RepoRoot.FindAbove)
            .OfType<string>()
            .Select(repo => Path.Combine(repo, "..", "shared", "datasets"))
            .Append(Path.Combine(Directory.GetCurrentDirectory(), "..", "shared", "datasets"));
        var found = candidates.FirstOrDefault(Directory.Exists);
        return found is not null
            ? Path.GetFullPath(found)
            : throw new CometInputException(
                $"benchmark data not found: pass --data DIR or set {EnvironmentVariable} (looked for shared/datasets beside the folder holding {RepoRoot.SolutionFile})");
    }

    private static string Existing(string dir, string origin) =>
        Directory.Exists(dir)
            ? Path.GetFullPath(dir)
            : throw new CometInputException($"data folder not found: {dir} ({origin})");
}
