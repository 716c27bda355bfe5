using Comet.Core;
using Comet.Loading.Files;
using Comet.Loading.Manifests;

namespace Comet.Loading.Readers.Artifacts;

/// <summary>Picks the reader a manifest entry names.</summary>
internal static class ArtifactReaders
{
    public static readonly IReadOnlyList<string> Names = ["folder", "coest-xml", "poirot-xml", "delimited", "lines"];

    public static IEnumerable<RawArtifact> Read(ArtifactReaderManifest spec, DatasetFolder folder) => spec.Reader switch
    {
        "folder" => FolderArtifactReader.Read(spec, folder),
        "coest-xml" => CoestXmlArtifactReader.Read(spec, folder),
        "poirot-xml" => PoirotXmlArtifactReader.Read(spec, folder),
        "delimited" => DelimitedArtifactReader.Read(spec, folder),
        "lines" => LineArtifactReader.Read(spec, folder),
        _ => throw new CometInputException($"unknown artifact reader '{spec.Reader}' (known: {string.Join(", ", Names)})"),
    };
}
