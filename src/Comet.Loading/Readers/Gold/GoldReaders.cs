using Comet.Core;
using Comet.Loading.Files;
using Comet.Loading.Manifests;

namespace Comet.Loading.Readers.Gold;

/// <summary>Reads the raw (source, target) rows of a gold or known-links file in the format its manifest names.</summary>
internal static class GoldReaders
{
    public static readonly IReadOnlyList<string> Formats = ["coest-xml", "lines", "blocks"];

    /// <summary>The rows, or null when an optional file is absent.</summary>
    public static IReadOnlyList<RawLink>? Read(GoldManifest spec, DatasetFolder folder, ICollection<string> warnings)
    {
        var path = spec.Optional ? folder.TryResolveFile(spec.Path) : folder.ResolveFile(spec.Path);
        if (path is null)
        {
            return null;
        }

        return spec.Format switch
        {
            "coest-xml" => CoestAnswerSetReader.Read(path),
            "lines" => LineGoldReader.Read(LinesOf(spec, path, warnings), spec, Path.GetFileName(path), warnings),
            "blocks" => BlockGoldReader.Read(TextFiles.ReadText(path), spec),
            _ => throw new CometInputException($"unknown gold format '{spec.Format}' (known: {string.Join(", ", Formats)})"),
        };
    }

    private static string[] LinesOf(GoldManifest spec, string path, ICollection<string> warnings)
    {
        var lines = TextFiles.ReadText(path).Split('\n');
        LineRepairs.Apply(lines, spec.Repairs, Path.GetFileName(path), warnings);
        return lines;
    }
}
