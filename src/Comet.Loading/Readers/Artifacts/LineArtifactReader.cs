using System.Globalization;
using Comet.Loading.Files;
using Comet.Loading.Manifests;

namespace Comet.Loading.Readers.Artifacts;

/// <summary>
/// One artifact per line of a single file (MediaStore/TeaStore documentation sentences); the id is
/// the 1-based line number, as the ArDoCo gold standards write it. Blank lines are skipped but
/// keep their number.
/// </summary>
internal static class LineArtifactReader
{
    public static IEnumerable<RawArtifact> Read(ArtifactReaderManifest spec, DatasetFolder folder)
    {
        var path = folder.ResolveFile(spec.Path);
        var origin = folder.RelativePath(path);
        var lines = TextFiles.ReadText(path).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (text.Length > 0)
            {
                yield return new RawArtifact((i + 1).ToString(CultureInfo.InvariantCulture), text, origin);
            }
        }
    }
}
