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

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Comet.sln")))
            {
                var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "reference-outputs"));
                return Directory.Exists(candidate)
                    ? candidate
                    : throw new CometInputException($"Reference outputs not found at {candidate}; set {EnvironmentVariable}.");
            }
        }

        throw new CometInputException($"No Comet.sln above {AppContext.BaseDirectory}; set {EnvironmentVariable} to the reference-outputs folder.");
    }
}
