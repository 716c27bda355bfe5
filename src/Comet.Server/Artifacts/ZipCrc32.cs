namespace Comet.Server.Artifacts;

/// <summary>
/// CRC-32 as zip files use it (IEEE 802.3, reflected, polynomial 0xEDB88320). .NET stops reading an
/// entry at the size its header states without checking the data against the header's CRC, so a header
/// that understates the size cut texts short without a word; comparing the CRC catches that.
/// </summary>
internal static class ZipCrc32
{
    private static readonly uint[] Table = BuildTable();

    public static uint Of(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
