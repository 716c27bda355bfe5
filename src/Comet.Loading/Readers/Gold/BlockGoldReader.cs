using Comet.Loading.Manifests;

namespace Comet.Loading.Readers.Gold;

/// <summary>
/// Gold files made of blocks between separator marks (<c>%</c> in WARC and MODIS); each block is
/// "source target [target ...]". The mark is a separator wherever it stands, because WARC glues
/// the last one to an id (<c>SRS64.txt%</c>).
/// </summary>
internal static class BlockGoldReader
{
    public static IReadOnlyList<RawLink> Read(string text, GoldManifest spec)
    {
        // A block may spread over several lines, so line breaks always separate ids.
        var separators = (spec.Separators + "\n").ToCharArray();
        var links = new List<RawLink>();
        foreach (var block in text.Split(spec.BlockSeparator))
        {
            var tokens = block.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            links.AddRange(tokens.Skip(1).Select(t => new RawLink(tokens[0], t, 0)));
        }

        return links;
    }
}
