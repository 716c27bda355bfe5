using Comet.Core;
using Comet.Core.Artifacts;
using Comet.Loading.Files.Walking;
using Comet.Loading.Readers.Documents;

namespace Comet.Loading.Projects;

/// <summary>
/// Reads every text file a <see cref="FolderWalker"/> keeps below a project folder as one artifact whose
/// id is its relative path (<c>/</c> separators, extension kept). A file that cannot be one (empty,
/// binary, unreadable, undecodable; minified, generated or a licence) is recorded as skipped, never an
/// error: one bad file in a real repository must not stop a trace. Only a missing folder or one with no
/// text file at all is an error.
/// A file of many requirements in a requirement tool's format (<see cref="RequirementDocument"/>) gives one
/// artifact per item, whose id is the item's own (<c>req~login~1</c>, <c>SDOC-SRS-26</c>).
/// </summary>
internal static class ProjectFolderReader
{
    public static ArtifactSet Read(
        string directory, ProjectFolderRole role, string language, ProjectWalk projectWalk, List<SkippedFile> skipped, Action<int, int>? filesRead = null,
        List<ItemDocument>? documents = null)
    {
        var roleName = role.ToString().ToLowerInvariant();
        if (!Directory.Exists(directory))
        {
            throw new CometInputException($"{roleName} folder not found: {directory}");
        }

        var walk = FolderWalker.Walk(directory, projectWalk.For(role));
        skipped.AddRange(walk.Skipped);
        var artifacts = new List<Artifact>(walk.Files.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < walk.Files.Count; i++)
        {
            var file = walk.Files[i];
            var outcome = ProjectFileText.Read(file.FullPath);
            if (outcome.Text is not { } text)
            {
                skipped.Add(outcome.Skipped!);
            }
            else if (RequirementDocument.FormatOf(file.RelativePath, text) is { } format)
            {
                AddItems(file, format, text);
            }
            else if (ids.Add(file.RelativePath))
            {
                artifacts.Add(new Artifact(file.RelativePath, ArtifactKindInference.Infer(role, file.FullPath), text, file.RelativePath, language));
            }
            else
            {
                skipped.Add(new SkippedFile(file.FullPath, SkipReason.DuplicateId, "an item elsewhere has this path as its id"));
            }

            filesRead?.Invoke(i + 1, walk.Files.Count);
        }

        // A file of many requirements is traced as its items, each under the id its authors gave it.
        void AddItems(WalkedFile file, RequirementFormat format, string text)
        {
            var items = RequirementDocument.Items(format, text);
            documents?.Add(new ItemDocument(role, file.RelativePath, format, items.Count));
            if (items.Count == 0)
            {
                skipped.Add(new SkippedFile(file.FullPath, SkipReason.Empty, $"a {format} document with no item that has text"));
            }

            foreach (var item in items)
            {
                if (item.Text.Length == 0)
                {
                    skipped.Add(new SkippedFile(file.FullPath + "#" + item.Id, SkipReason.Empty, "item without text"));
                }
                else if (!ids.Add(item.Id))
                {
                    skipped.Add(new SkippedFile(file.FullPath + "#" + item.Id, SkipReason.DuplicateId, "an earlier item or file has this id"));
                }
                else
                {
                    artifacts.Add(new Artifact(item.Id, ArtifactKindInference.Infer(role, file.FullPath), item.Text, file.RelativePath, language));
                }
            }
        }

        if (artifacts.Count == 0)
        {
            // --include applies to every folder: "--include '*.java'" for the code also leaves a specification folder empty.
            var filtered = walk.Skipped.Count(f => f.Reason == SkipReason.Filtered);
            var own = ProjectWalk.OptionName(role);
            var hint = filtered == 0 ? string.Empty
                : projectWalk.HasOwnInclude(role)
                    ? $" ({own} and --exclude left out {filtered} {(filtered == 1 ? "file" : "files")} here)"
                    : $" (--include/--exclude left out {filtered} {(filtered == 1 ? "file" : "files")} here: --include applies to every folder; choose this folder's own files with {own}, e.g. {own} '*.md')";
            throw new CometInputException($"{roleName} folder contains no text files: {directory}{hint}");
        }

        return new ArtifactSet(roleName, artifacts.OrderBy(a => a.Id, StringComparer.Ordinal));
    }
}
