using System.CommandLine;
using Comet.Cli.Caching;
using Comet.Core;
using Comet.Core.Caching;
using Comet.Measures.Embeddings;

namespace Comet.Cli.Commands;

/// <summary>
/// `comet cache info` and `comet cache prune`: what the cache folder holds per kind, and removing what
/// has not been used for a while or does not fit a size. The listing and pruning are
/// <see cref="CacheInventory"/> and <see cref="CachePruner"/>, beside the cache code; this only parses and prints.
/// </summary>
internal static class CacheCommand
{
    private const string LastUseHelp =
        "Last use is the entry's last-write time: set when it is written and moved forward by a cache hit (at most once an hour per entry), so it is known to within an hour.";

    public static Command Create(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new Command("cache", "See and prune the cache folder (embeddings, analysed text, LSI vectors) that trace, review and evaluate keep.")
        {
            Info(),
            Prune(clock),
        };
    }

    private static Command Info()
    {
        var cache = Folder();
        var format = Format();
        var command = new Command("info", "Per kind of entry (embeddings per model, analysis, lsi, and any other kind an earlier version left): entries, bytes, oldest and newest last use. " + LastUseHelp)
        {
            cache, format,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var json = IsJson(parse.GetValue(format));
            var root = Root(parse.GetValue(cache));
            var inventory = CacheInventory.Scan(root);
            var exists = Directory.Exists(root);
            if (json)
            {
                CacheInfoView.WriteJson(Console.Out, inventory, exists);
            }
            else
            {
                CacheInfoView.WriteText(Console.Out, inventory, exists);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Prune(TimeProvider clock)
    {
        var cache = Folder();
        var format = Format();
        var olderThan = new Option<string?>("--older-than") { Description = $"Remove entries not used for longer than this: {CacheLimits.AgeHelp}." };
        var maxSize = new Option<string?>("--max-size")
        {
            Description = $"Then remove the least recently used entries until the rest take at most this on disk (each file counted in whole 4 KiB blocks): {CacheLimits.SizeHelp}.",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Say what would be removed; remove nothing." };
        var command = new Command(
            "prune",
            "Remove cache entries by last use: first those older than --older-than, then the least recently used until the folder fits --max-size; "
            + "prints what went per kind. Safe beside a running trace: files being written are never removed, and a trace whose entry goes recomputes it. "
            + LastUseHelp)
        {
            cache, olderThan, maxSize, dryRun, format,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var json = IsJson(parse.GetValue(format));
            var rule = new PruneRule
            {
                OlderThan = parse.GetValue(olderThan) is { } age ? CacheLimits.ParseAge(age) : null,
                MaxDiskBytes = parse.GetValue(maxSize) is { } size ? CacheLimits.ParseSize(size) : null,
                DryRun = parse.GetValue(dryRun),
            };
            if (rule.OlderThan is null && rule.MaxDiskBytes is null)
            {
                throw new CometInputException("comet cache prune needs --older-than, --max-size or both");
            }

            var root = Root(parse.GetValue(cache));
            if (!Directory.Exists(root) && !json)
            {
                // A fresh CI agent prunes before any trace made the folder: nothing to do, not an error.
                Console.Out.WriteLine($"cache folder {root}: not there (nothing to prune)");
                return ExitCodes.Success;
            }

            var report = CachePruner.Prune(CacheInventory.Scan(root), rule, clock.GetUtcNow().UtcDateTime);
            if (json)
            {
                PruneView.WriteJson(Console.Out, root, report);
            }
            else
            {
                PruneView.WriteText(Console.Out, root, report);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Option<string?> Folder() => new("--cache")
    {
        Description = "The cache folder (as given to trace --cache). Default: $" + CacheFolders.EnvironmentVariable + ", else ~/.cache/comet.",
    };

    private static Option<string> Format() => new("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };

    private static bool IsJson(string? format) => format switch
    {
        "json" => true,
        "text" => false,
        _ => throw new CometInputException($"--format must be text or json, got '{format}'"),
    };

    /// <exception cref="CometInputException">The path names a file, not a folder.</exception>
    private static string Root(string? given)
    {
        if (given is not null && string.IsNullOrWhiteSpace(given))
        {
            throw new CometInputException("--cache needs a folder");
        }

        var root = given is null ? CacheFolders.DefaultRoot() : Path.GetFullPath(given);
        if (File.Exists(root))
        {
            throw new CometInputException($"--cache {given ?? root}: is a file, not a folder");
        }

        return root;
    }
}
