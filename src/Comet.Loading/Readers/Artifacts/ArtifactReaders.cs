using Comet.Core;
using Comet.Loading.Files;
using Comet.Loading.Manifests;

namespace Comet.Loading.Readers.Artifacts;

/// <summary>Picks the reader a manifest entry names.</summary>
internal static class ArtifactReaders
{
    public static readonly IReadOnlyList<string> Names = ["folder", "coest-xml", "poirot-xml", "delimited", "lines"];

    /// <param name="warnings">Where a reader notes what it left out (e.g. a listed file that does not exist).</param>
    public static IEnumerable<RawArtifact> Read(ArtifactReaderManifest spec, DatasetFolder folder, ICollection<string>? warnings = null) => spec.Reader switch
    {
        "folder" => FolderArtifactReader.Read(spec, folder),
        "coest-xml" => CoestXmlArtifactReader.Read(spec, folder, warnings ?? []),
        "poirot-xml" => PoirotXmlArtifactReader.Read(spec, folder),
        "delimited" => DelimitedArtifactReader.Read(spec, folder),
        "lines" => LineArtifactReader.Read(spec, folder),
        _ => throw new CometInputException($"unknown artifact reader '{spec.Reader}' (known: {string.Join(", ", Names)})"),
    };
}
