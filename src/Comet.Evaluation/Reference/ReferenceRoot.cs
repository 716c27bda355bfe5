using Comet.Core;

namespace Comet.Evaluation.Reference;

/// <summary>
/// Finds the folder of COMET's released outputs: the COMET_REFERENCE environment variable if set,
/// else "shared/reference-outputs" beside the folder holding Comet.sln (found by walking up from the
/// binaries), as in the workspace layout main/ + shared/.
/// </summary>
public static class ReferenceRoot
{
    public const string EnvironmentVariable = "COMET_REFERENCE";

    public static string Resolve()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw new CometInputException($"{EnvironmentVariable} points to '{configured}', which does not exist.");
        }

        if (RepoRoot.FindAbove(AppContext.BaseDirectory) is { } repo)
        {
            var candidate = Path.GetFullPath(Path.Combine(repo, "..", "shared", "reference-outputs"));
            return Directory.Exists(candidate)
                ? candidate
                : throw new CometInputException($"Reference outputs not found at {candidate}; set {EnvironmentVariable}.");
        }

        throw new CometInputException($"No {RepoRoot.SolutionFile} above {AppContext.BaseDirectory}; set {EnvironmentVariable} to the reference-outputs folder.");
    }
}
