using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Comet.Core.Caching;

namespace Comet.Cli.Caching;

/// <summary>`comet cache prune`'s report: per kind what went (or, dry, would go), then what is left.</summary>
internal static class PruneView
{
    public static void WriteText(TextWriter writer, string root, PruneReport report)
    {
        var verb = report.DryRun ? "would remove" : "removed";
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{verb} {report.Removed.Sum(k => k.Entries):N0} files, {CacheSizeText.Bytes(report.Removed.Sum(k => k.Bytes))} ({CacheSizeText.Bytes(report.Removed.Sum(k => k.DiskBytes))} on disk) from {root}"));
        var width = report.Removed.Select(k => k.Kind.Length).DefaultIfEmpty(0).Max();
        foreach (var kind in report.Removed)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {kind.Kind.PadRight(width)}  {kind.Entries,9:N0}  {CacheSizeText.Bytes(kind.Bytes),9}  {CacheSizeText.Bytes(kind.DiskBytes),9} on disk"));
        }

        if (report.Skipped > 0)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"kept {report.Skipped:N0} chosen files: used by a running trace since they were listed, or not removable"));
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(report.DryRun ? "would keep" : "kept")} {report.Kept.Sum(k => k.Entries):N0} entries, {CacheSizeText.Bytes(report.Kept.Sum(k => k.DiskBytes))} on disk"));
    }

    public static void WriteJson(TextWriter writer, string root, PruneReport report)
    {
        var json = new JsonObject
        {
            ["folder"] = root,
            ["dry_run"] = report.DryRun,
            ["removed"] = new JsonArray([.. report.Removed.Select(CacheInfoView.Json)]),
            ["skipped"] = report.Skipped,
            ["kept"] = new JsonArray([.. report.Kept.Select(CacheInfoView.Json)]),
        };
        writer.WriteLine(json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
