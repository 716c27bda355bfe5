using Comet.Core;
using Comet.Core.Artifacts;
using Comet.Loading.Files.Walking;

namespace Comet.Loading.Projects;

/// <summary>
/// Reads every text file a <see cref="FolderWalker"/> keeps below a project folder as one artifact whose
/// id is its relative path (<c>/</c> separators, extension kept). A file that cannot be one (empty,
/// binary, unreadable, undecodable; minified, generated or a licence) is recorded as skipped, never an error: one bad file in a real
/// repository must not stop a trace. Only a missing folder or one with no text file at all is an error.
/// </summary>
internal static class ProjectFolderReader
{
    public static ArtifactSet Read(
        string directory, ProjectFolderRole role, string language, WalkOptions options, List<SkippedFile> skipped, Action<int, int>? filesRead = null)
    {
        var roleName = role.ToString().ToLowerInvariant();
        if (!Directory.Exists(directory))
        {
            throw new CometInputException($"{roleName} folder not found: {directory}");
        }

        var walk = FolderWalker.Walk(directory, options);
        skipped.AddRange(walk.Skipped);
        var artifacts = new List<Artifact>(walk.Files.Count);
        for (var i = 0; i < walk.Files.Count; i++)
        {
            var file = walk.Files[i];
            var outcome = ProjectFileText.Read(file.FullPath);
            if (outcome.Text is { } text)
            {
                artifacts.Add(new Artifact(file.RelativePath, ArtifactKindInference.Infer(role, file.FullPath), text, file.RelativePath, language));
            }
            else
            {
                skipped.Add(outcome.Skipped!);
            }

            filesRead?.Invoke(i + 1, walk.Files.Count);
        }

        if (artifacts.Count == 0)
        {
            throw new CometInputException($"{roleName} folder contains no text files: {directory}");
        }

        return new ArtifactSet(roleName, artifacts.OrderBy(a => a.Id, StringComparer.Ordinal));
    }
}
