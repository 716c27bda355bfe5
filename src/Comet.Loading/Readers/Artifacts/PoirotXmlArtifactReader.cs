using Comet.Core;
using Comet.Loading.Files;
using Comet.Loading.Manifests;

namespace Comet.Loading.Readers.Artifacts;

/// <summary>
/// The old CoEST/Poirot list: <c>&lt;artifact&gt;&lt;art_id/&gt;&lt;art_title/&gt;&lt;art_content/&gt;</c>. Values carry
/// stray tabs, so they are trimmed; the text is the title plus a non-blank content.
/// </summary>
internal static class PoirotXmlArtifactReader
{
    public static IEnumerable<RawArtifact> Read(ArtifactReaderManifest spec, DatasetFolder folder)
    {
        var xmlPath = folder.ResolveFile(spec.Path);
        var origin = folder.RelativePath(xmlPath);
        foreach (var artifact in XmlFiles.Elements(XmlFiles.Load(xmlPath), "artifact"))
        {
            var id = XmlFiles.Child(artifact, "art_id");
            if (string.IsNullOrEmpty(id))
            {
                throw new CometInputException($"an <artifact> without <art_id> in {xmlPath}");
            }

            var title = XmlFiles.Child(artifact, "art_title") ?? string.Empty;
            var content = XmlFiles.Child(artifact, "art_content") ?? string.Empty;
            var text = content.Length == 0 ? title : $"{title}\n{content}";
            yield return new RawArtifact(id, text, origin);
        }
    }
}
