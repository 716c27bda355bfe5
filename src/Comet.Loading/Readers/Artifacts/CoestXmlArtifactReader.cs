using System.Globalization;
using Comet.Core;
using Comet.Loading.Files;
using Comet.Loading.Manifests;

namespace Comet.Loading.Readers.Artifacts;

/// <summary>
/// CoEST artifact lists: <c>&lt;artifact&gt;&lt;id/&gt;&lt;content/&gt;&lt;/artifact&gt;</c>, where the content is
/// either the text itself or a path to it. Paths are tried relative to the XML's folder, then to
/// the dataset folder, case-insensitively and with either separator. A listed file that does not
/// exist (the published iTrust lists name three) leaves its artifact out with one warning for the
/// list, as gold links to missing artifacts already are, instead of making the whole set unreadable.
/// </summary>
internal static class CoestXmlArtifactReader
{
    public static IEnumerable<RawArtifact> Read(ArtifactReaderManifest spec, DatasetFolder folder, ICollection<string> warnings)
    {
        var xmlPath = folder.ResolveFile(spec.Path);
        var document = XmlFiles.Load(xmlPath);
        var location = spec.Content
            ?? XmlFiles.Elements(document, "content_location").FirstOrDefault()?.Value.Trim()
            ?? "inline";
        var external = location.Equals("external", StringComparison.OrdinalIgnoreCase);
        var xmlFolder = Path.GetDirectoryName(folder.RelativePath(xmlPath)) ?? string.Empty;
        var missing = new List<string>();
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

            var file = folder.TryResolveFile(Path.Combine(xmlFolder, content)) ?? folder.TryResolveFile(content);
            if (file is null)
            {
                missing.Add($"{id} ({content.Trim()})");
                continue;
            }

            yield return new RawArtifact(id, TextFiles.ReadArtifactText(file), folder.RelativePath(file));
        }

        if (missing.Count > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{folder.RelativePath(xmlPath)}: {missing.Count} listed files do not exist; their artifacts are left out (e.g. {string.Join(", ", missing.Take(3))})"));
        }
    }
}
