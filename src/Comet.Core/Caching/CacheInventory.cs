using System.Buffers;

namespace Comet.Core.Caching;

/// <summary>
/// The entries of a cache folder, found by their names alone: every cache of Comet names a file by the
/// SHA-256 of its key (64 lower-case hex digits, then an extension), kept in a folder named by the hash's
/// first two digits (<c>analysis/ab/ab12....bin</c>) or directly in its kind's folder
/// (<c>models/ab12....onnx</c>: model files an earlier version derived, still listed so that prune can
/// reclaim them); a file being written is that name plus <c>.&lt;id&gt;.tmp</c>. Anything else
/// in the folder is not Comet's and is neither counted nor ever removed, so a mistyped `--cache ~`
/// cannot cost a user their files. Hidden files (the write probe) and symbolic links are left out.
/// </summary>
public sealed class CacheInventory
{
    private const int HashLength = 64;

    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    private CacheInventory(string root, IReadOnlyList<CacheEntry> entries, IReadOnlyList<CacheEntry> temporaries)
    {
        Root = root;
        Entries = entries;
        Temporaries = temporaries;
    }

    /// <summary>The cache folder listed.</summary>
    public string Root { get; }

    /// <summary>Every entry, in ordinal order of its path.</summary>
    public IReadOnlyList<CacheEntry> Entries { get; }

    /// <summary>Temporary files: entries being written now, or left by a run that was killed mid-write.</summary>
    public IReadOnlyList<CacheEntry> Temporaries { get; }

    /// <summary>Lists <paramref name="root"/>; a folder that does not exist lists as empty.</summary>
    public static CacheInventory Scan(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        var full = Path.GetFullPath(root);
        if (!Directory.Exists(full))
        {
            return new CacheInventory(full, [], []);
        }

        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        };
        var entries = new List<CacheEntry>();
        var temporaries = new List<CacheEntry>();
        foreach (var file in new DirectoryInfo(full).EnumerateFiles("*", options))
        {
            var name = file.Name;
            if (!IsHashName(name) || Kind(full, file) is not { } kind)
            {
                continue;
            }

            var entry = new CacheEntry(file.FullName, kind, file.Length, file.LastWriteTimeUtc);
            (name.EndsWith(".tmp", StringComparison.Ordinal) ? temporaries : entries).Add(entry);
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        temporaries.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new CacheInventory(full, entries, temporaries);
    }

    private static bool IsHashName(string name) =>
        name.Length > HashLength + 1 && name[HashLength] == '.' && !name.AsSpan(0, HashLength).ContainsAnyExcept(LowerHex);

    /// <summary>The kind of a file: its folder relative to the root, without the shard folder; null for a file directly in the root.</summary>
    private static string? Kind(string root, FileInfo file)
    {
        var folder = file.Directory!;
        if (string.Equals(folder.Name, file.Name[..2], StringComparison.Ordinal))
        {
            folder = folder.Parent!;
        }

        var relative = Path.GetRelativePath(root, folder.FullName);
        return relative == "." ? null : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
