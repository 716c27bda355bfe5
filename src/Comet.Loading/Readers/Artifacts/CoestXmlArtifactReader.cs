using Comet.Core;
using Comet.Loading.Files;
using Comet.Loading.Manifests;

namespace Comet.Loading.Readers.Artifacts;

/// <summary>
/// CoEST artifact lists: <c>&lt;artifact&gt;&lt;id/&gt;&lt;content/&gt;&lt;/artifact&gt;</c>, where the content is
/// either the text itself or a path to it. Paths are tried relative to the XML's folder, then to
/// the dataset folder, case-insensitively and with either separator.
/// </summary>
internal static class CoestXmlArtifactReader
{
    public static IEnumerable<RawArtifact> Read(ArtifactReaderManifest spec, DatasetFolder folder)
    {
        var xmlPath = folder.ResolveFile(spec.Path);
        var document = XmlFiles.Load(xmlPath);
        var location = spec.Content
            ?? XmlFiles.Elements(document, "content_location").FirstOrDefault()?.Value.Trim()
            ?? "inline";
        var external = location.Equals("external", StringComparison.OrdinalIgnoreCase);
        var xmlFolder = Path.GetDirectoryName(folder.RelativePath(xmlPath)) ?? string.Empty;
        foreach (var artifact in XmlFiles.Elements(document, "artifact"))
        {
            var id = XmlFiles.Child(artifact, "id");
            if (string.IsNullOrEmpty(id))
            {
                throw new CometInputException($"an <artifact> without <id> in {xmlPath}");
            }

            var content = XmlFiles.Child(artifact, "content") ?? string.Empty;
            if (!external)
            {
                yield return new RawArtifact(id, content, folder.RelativePath(xmlPath));
                continue;
            }

            var file = folder.TryResolveFile(Path.Combine(xmlFolder, content)) ?? folder.ResolveFile(content);
            yield return new RawArtifact(id, TextFiles.ReadArtifactText(file), folder.RelativePath(file));
        }
    }
}
