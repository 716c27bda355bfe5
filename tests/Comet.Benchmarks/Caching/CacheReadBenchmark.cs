using System.Diagnostics;
using System.Globalization;
using Comet.Core.Caching;

namespace Comet.Benchmarks.Caching;

/// <summary>
/// `cache-read [--entries N]`: what recording last use costs a warm run. N vector-sized entries (784 bytes,
/// as the embedding cache writes them) are read three ways in one process, rounds interleaved: as the cache
/// read before `comet cache` (File.Exists, then File.ReadAllBytes), through <see cref="CacheFile.TryRead(string)"/> with every
/// entry used within the hour (no touch), and with every entry last used two days ago (each hit moves its
/// time: the first warm run of the day). Then lists and dry-prunes the folder (`comet cache info` / `prune`).
/// </summary>
internal static class CacheReadBenchmark
{
    public static int Run(string[] args)
    {
        var entries = args.Length == 2 && args[0] == "--entries" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        var root = Path.Combine(Path.GetTempPath(), "comet-cache-read-" + Guid.NewGuid().ToString("N"));
        try
        {
            var paths = Write(root, entries);
            var ways = new (string Name, Action Prepare, Action<string> Read)[]
            {
                ("Exists + ReadAllBytes (before)", () => { }, p => _ = File.Exists(p) ? File.ReadAllBytes(p) : null),
                ("TryRead, used within the hour", () => Age(paths, TimeSpan.FromMinutes(1)), p => CacheFile.TryRead(p)),
                ("TryRead, each hit touches", () => Age(paths, TimeSpan.FromDays(2)), p => CacheFile.TryRead(p)),
            };
            var seconds = ways.Select(_ => new List<double>()).ToArray();
            for (var round = 0; round < 5; round++)
            {
                for (var w = 0; w < ways.Length; w++)
                {
                    ways[w].Prepare();
                    var clock = Stopwatch.StartNew();
                    foreach (var path in paths)
                    {
                        ways[w].Read(path);
                    }

                    seconds[w].Add(clock.Elapsed.TotalSeconds);
                }
            }

            Console.WriteLine(FormattableString.Invariant($"{entries:N0} entries of 784 bytes, median of 5 interleaved rounds"));
            for (var w = 0; w < ways.Length; w++)
            {
                var median = seconds[w].Order().ElementAt(seconds[w].Count / 2);
                Console.WriteLine(FormattableString.Invariant($"  {ways[w].Name,-32} {median:F3} s  ({1e6 * median / entries:F1} us per entry)"));
            }

            var scan = Stopwatch.StartNew();
            var inventory = CacheInventory.Scan(root);
            var listed = scan.Elapsed.TotalSeconds;
            var report = CachePruner.Prune(inventory, new PruneRule { MaxDiskBytes = 0, DryRun = true }, DateTime.UtcNow);
            Console.WriteLine(FormattableString.Invariant(
                $"  list {inventory.Entries.Count:N0} entries {listed:F3} s; dry prune of all {report.Removed.Sum(k => k.Entries):N0} {scan.Elapsed.TotalSeconds - listed:F3} s"));
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string[] Write(string root, int entries)
    {
        var bytes = new byte[784];
        var paths = new string[entries];
        for (var i = 0; i < entries; i++)
        {
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)));
            paths[i] = Path.Combine(root, "embeddings", "model", hash[..2], hash + ".vec");
            CacheFile.TryWrite(paths[i], bytes);
        }

        return paths;
    }

    private static void Age(string[] paths, TimeSpan ago)
    {
        var time = DateTime.UtcNow - ago;
        foreach (var path in paths)
        {
            File.SetLastWriteTimeUtc(path, time);
        }
    }
}
