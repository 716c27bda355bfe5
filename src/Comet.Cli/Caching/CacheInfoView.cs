using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Comet.Core.Caching;

namespace Comet.Cli.Caching;

/// <summary>`comet cache info` as a table for people or JSON for programs.</summary>
internal static class CacheInfoView
{
    public static void WriteText(TextWriter writer, CacheInventory inventory, bool exists)
    {
        if (!exists || inventory.Entries.Count == 0)
        {
            writer.WriteLine($"cache folder {inventory.Root}: {(exists ? "empty" : "not there (empty)")}");
            WriteTemporaries(writer, inventory);
            return;
        }

        var kinds = CacheKindSummary.Of(inventory.Entries);
        var width = Math.Max("kind".Length, kinds.Max(k => k.Kind.Length));
        writer.WriteLine($"cache folder {inventory.Root}");
        writer.WriteLine($"{"kind".PadRight(width)}  {"entries",9}  {"bytes",9}  {"on disk",9}  {"oldest use",17}  {"newest use",17}");
        foreach (var kind in kinds)
        {
            writer.WriteLine(Row(kind.Kind.PadRight(width), kind));
        }

        var total = new CacheKindSummary(
            "total", kinds.Sum(k => k.Entries), kinds.Sum(k => k.Bytes), kinds.Sum(k => k.DiskBytes),
            kinds.Min(k => k.OldestUseUtc), kinds.Max(k => k.NewestUseUtc));
        writer.WriteLine(Row("total".PadRight(width), total));
        WriteTemporaries(writer, inventory);
        writer.WriteLine("(last use: the entry's write, or a cache hit, recorded to within an hour; on disk: each file rounded up to 4 KiB blocks)");
    }

    public static void WriteJson(TextWriter writer, CacheInventory inventory, bool exists)
    {
        var kinds = CacheKindSummary.Of(inventory.Entries);
        var json = new JsonObject
        {
            ["folder"] = inventory.Root,
            ["exists"] = exists,
            ["kinds"] = new JsonArray([.. kinds.Select(Json)]),
            ["entries"] = kinds.Sum(k => k.Entries),
            ["bytes"] = kinds.Sum(k => k.Bytes),
            ["disk_bytes"] = kinds.Sum(k => k.DiskBytes),
            ["temporary_files"] = inventory.Temporaries.Count,
            ["temporary_bytes"] = inventory.Temporaries.Sum(t => t.Bytes),
        };
        writer.WriteLine(json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    internal static JsonObject Json(CacheKindSummary kind) => new()
    {
        ["kind"] = kind.Kind,
        ["entries"] = kind.Entries,
        ["bytes"] = kind.Bytes,
        ["disk_bytes"] = kind.DiskBytes,
        ["oldest_use"] = CacheSizeText.IsoTime(kind.OldestUseUtc),
        ["newest_use"] = CacheSizeText.IsoTime(kind.NewestUseUtc),
    };

    private static string Row(string label, CacheKindSummary kind) => string.Create(
        CultureInfo.InvariantCulture,
        $"{label}  {kind.Entries,9:N0}  {CacheSizeText.Bytes(kind.Bytes),9}  {CacheSizeText.Bytes(kind.DiskBytes),9}  {CacheSizeText.Time(kind.OldestUseUtc),17}  {CacheSizeText.Time(kind.NewestUseUtc),17}");

    private static void WriteTemporaries(TextWriter writer, CacheInventory inventory)
    {
        if (inventory.Temporaries.Count > 0)
        {
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{inventory.Temporaries.Count:N0} temporary files ({CacheSizeText.Bytes(inventory.Temporaries.Sum(t => t.Bytes))}): being written, or left by a killed run (prune removes those over a day old)"));
        }
    }
}
