using Comet.Core;
using Comet.Loading.Files;
using Comet.Loading.Manifests;

namespace Comet.Loading.Readers.Artifacts;

/// <summary>
/// One artifact per file of a folder. Files are taken in ordinal order of their relative paths so
/// that matrix rows do not depend on the file system. Hidden files count (TeaStore's tree has some);
/// the pattern matches case-insensitively (eTour's <c>UC1.TXT</c>).
/// </summary>
internal static class FolderArtifactReader
{
    public static IEnumerable<RawArtifact> Read(ArtifactReaderManifest spec, DatasetFolder folder)
    {
        var directory = folder.ResolveDirectory(spec.Path);
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = spec.Recursive,
            MatchCasing = MatchCasing.CaseInsensitive,
            AttributesToSkip = 0,
        };
        var files = Directory.EnumerateFiles(directory, spec.Pattern, options)
            .Select(full => (Full: full, Relative: Path.GetRelativePath(directory, full).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (full, relative) in files)
        {
            yield return new RawArtifact(IdOf(spec.Id, relative), TextFiles.ReadArtifactText(full), folder.RelativePath(full));
        }
    }

    private static string IdOf(string rule, string relative) => rule switch
    {
        FolderIds.FileName => Path.GetFileName(relative),
        FolderIds.Stem => Path.GetFileNameWithoutExtension(relative),
        FolderIds.RelativePath => relative,
        _ => throw new CometInputException($"unknown folder id rule '{rule}' (known: file-name, stem, relative-path)"),
    };
}
