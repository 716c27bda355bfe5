using System.Collections.Frozen;
using Comet.Core;
using Comet.Core.Artifacts;
using Comet.Loading.Files;
using Comet.Loading.Text;

namespace Comet.Loading.Projects;

/// <summary>
/// Reads every text file below a project folder as one artifact whose id is its relative path
/// (<c>/</c> separators, extension kept). Build output and tool folders are skipped, and so are
/// binary files; an empty file is an error because it usually means a broken checkout.
/// </summary>
internal static class ProjectFolderReader
{
    private static readonly FrozenSet<string> SkippedFolders = new[]
    {
        "bin", "obj", ".git", "node_modules",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> BinaryExtensions = new[]
    {
        ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".ico", ".jar", ".class", ".dll", ".exe", ".so", ".dylib",
        ".zip", ".gz", ".tgz", ".7z", ".pdf", ".pyc", ".war", ".ear", ".xlsx", ".docx", ".pptx",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static ArtifactSet Read(string directory, ProjectFolderRole role, string language)
    {
        var roleName = role.ToString().ToLowerInvariant();
        if (!Directory.Exists(directory))
        {
            throw new CometInputException($"{roleName} folder not found: {directory}");
        }

        var root = Path.GetFullPath(directory);
        var artifacts = new List<Artifact>();
        foreach (var file in TextFilesBelow(root))
        {
            var id = Path.GetRelativePath(root, file).Replace('\\', '/');
            var text = ReadNonEmptyText(file);
            if (text is not null)
            {
                artifacts.Add(new Artifact(id, ArtifactKindInference.Infer(role, file), text, id, language));
            }
        }

        if (artifacts.Count == 0)
        {
            throw new CometInputException($"{roleName} folder contains no text files: {directory}");
        }

        return new ArtifactSet(roleName, artifacts.OrderBy(a => a.Id, StringComparer.Ordinal));
    }

    private static IEnumerable<string> TextFilesBelow(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { AttributesToSkip = 0 })
            .Where(f => !BinaryExtensions.Contains(Path.GetExtension(f)));
        var subfolders = Directory.EnumerateDirectories(folder, "*", new EnumerationOptions { AttributesToSkip = 0 })
            .Where(d => !SkippedFolders.Contains(Path.GetFileName(d)));
        return files.Concat(subfolders.SelectMany(TextFilesBelow));
    }

    /// <summary>The decoded text, null for a binary file (skipped).</summary>
    private static string? ReadNonEmptyText(string file)
    {
        var bytes = TextFiles.ReadBytes(file);
        if (bytes.Length > 0 && TextDecoder.LooksBinary(bytes))
        {
            return null;
        }

        string text;
        try
        {
            text = TextDecoder.Decode(bytes).Text;
        }
        catch (UndecodableTextException e)
        {
            throw new CometInputException($"cannot decode file {file}: {e.Message}", e);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CometInputException($"empty file: {file}");
        }

        return RtfToText.IsRtf(text) ? RtfToText.Convert(text) : text;
    }
}
