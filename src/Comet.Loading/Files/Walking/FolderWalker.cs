using System.Collections.Frozen;

namespace Comet.Loading.Files.Walking;

/// <summary>A file a walk keeps: its full path and its path relative to the walked folder ('/' separators).</summary>
public sealed record WalkedFile(string FullPath, string RelativePath);

/// <summary>What a walk found: the candidate files in path order and everything it left out.</summary>
public sealed record WalkResult(IReadOnlyList<WalkedFile> Files, IReadOnlyList<SkippedFile> Skipped);

/// <summary>
/// Lists the candidate files below a folder the way a developer sees the repository: hidden entries,
/// what .gitignore ignores (its files from the repository top down to each folder), build/tool folders
/// and --include/--exclude are left out; pipes, sockets and devices are recognised before any open;
/// symlinks are followed unless they loop. Never throws for one bad entry: it is recorded as skipped.
/// Files of size 0 are recorded as empty here, so nothing of size 0 (the size a pipe reports) is opened.
/// </summary>
public static class FolderWalker
{
    // Folders that are build output or tool state in most repositories, even without a .gitignore.
    private static readonly FrozenSet<string> ToolFolders = new[]
    {
        "bin", "obj", "node_modules", "__pycache__",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> BinaryExtensions = new[]
    {
        ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".ico", ".jar", ".class", ".dll", ".exe", ".so", ".dylib",
        ".zip", ".gz", ".tgz", ".7z", ".pdf", ".pyc", ".war", ".ear", ".xlsx", ".docx", ".pptx",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // A backstop for link chains the ancestor check cannot see (links between sibling trees).
    private const int MaxDepth = 64;

    public static WalkResult Walk(string folder, WalkOptions? options = null)
    {
        options ??= WalkOptions.Default;
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var walk = new Walker(new PathFilter(options), options.RespectGitIgnore);
        walk.Folder(root, "", options.RespectGitIgnore ? IgnoreStack.Above(root).With(root) : IgnoreStack.Empty, [Identity(root)], 0);
        return new WalkResult(walk.Files, walk.Skipped);
    }

    // Device and inode where the platform tells them, else the resolved path (then MaxDepth is the backstop).
    private static string Identity(string folder) =>
        FileTypeProbe.Of(folder).Identity ?? Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));

    private sealed class Walker(PathFilter filter, bool gitIgnore)
    {
        public List<WalkedFile> Files { get; } = [];

        public List<SkippedFile> Skipped { get; } = [];

        public void Folder(string path, string relative, IgnoreStack ignores, IReadOnlyList<string> chain, int depth)
        {
            FileSystemInfo[] entries;
            try
            {
                entries = [.. new DirectoryInfo(path).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Skip(path, SkipReason.Unreadable, e.Message);
                return;
            }

            foreach (var entry in entries)
            {
                Entry(entry, relative + entry.Name, ignores, chain, depth);
            }
        }

        private void Entry(FileSystemInfo entry, string relative, IgnoreStack ignores, IReadOnlyList<string> chain, int depth)
        {
            if (entry.Name.StartsWith('.'))
            {
                Skip(entry.FullName, SkipReason.Hidden);
                return;
            }

            var target = Resolve(entry);
            if (target is null)
            {
                return;
            }

            var isFolder = target is DirectoryInfo;
            if (isFolder && ToolFolders.Contains(entry.Name))
            {
                Skip(entry.FullName, SkipReason.Ignored, "build/tool folder");
                return;
            }

            if (gitIgnore && ignores.IsIgnored(entry.FullName, isFolder))
            {
                Skip(entry.FullName, SkipReason.Ignored, ".gitignore");
                return;
            }

            if (isFolder)
            {
                EnterFolder(entry, (DirectoryInfo)target, relative, ignores, chain, depth);
                return;
            }

            if (!filter.KeepsFile(relative))
            {
                Skip(entry.FullName, SkipReason.Filtered);
            }
            else if (BinaryExtensions.Contains(Path.GetExtension(entry.Name)))
            {
                Skip(entry.FullName, SkipReason.Binary, "binary extension");
            }
            else if (FileTypeProbe.Of(target.FullName).Type == FileType.Special)
            {
                Skip(entry.FullName, SkipReason.Special);
            }
            else if (((FileInfo)target).Length == 0)
            {
                Skip(entry.FullName, SkipReason.Empty, "0 bytes");
            }
            else
            {
                Files.Add(new WalkedFile(entry.FullName, relative));
            }
        }

        private void EnterFolder(FileSystemInfo entry, DirectoryInfo target, string relative, IgnoreStack ignores, IReadOnlyList<string> chain, int depth)
        {
            if (filter.ExcludesFolder(relative))
            {
                Skip(entry.FullName, SkipReason.Filtered);
                return;
            }

            // A folder link to a folder on the current chain (itself, a parent) would repeat the walk forever.
            var identity = Identity(target.FullName);
            if (depth >= MaxDepth || chain.Contains(identity))
            {
                Skip(entry.FullName, SkipReason.SymlinkLoop, "leads back to " + target.FullName);
                return;
            }

            Folder(entry.FullName, relative + "/", ignores.With(entry.FullName), [.. chain, identity], depth + 1);
        }

        /// <summary>The entry itself, or for a symlink its final target; null (recorded) when the link loops or dangles.</summary>
        private FileSystemInfo? Resolve(FileSystemInfo entry)
        {
            if (entry.LinkTarget is null)
            {
                return entry;
            }

            try
            {
                var target = entry.ResolveLinkTarget(returnFinalTarget: true);
                if (target is { Exists: true })
                {
                    // The enumeration types a link by what it points at only sometimes; ask the target itself.
                    return Directory.Exists(target.FullName) ? new DirectoryInfo(target.FullName) : new FileInfo(target.FullName);
                }

                Skip(entry.FullName, SkipReason.Unreadable, "dangling symlink to " + entry.LinkTarget);
            }
            catch (IOException e)
            {
                // ELOOP: "Too many levels of symbolic links".
                Skip(entry.FullName, SkipReason.SymlinkLoop, e.Message);
            }

            return null;
        }

        private void Skip(string path, SkipReason reason, string detail = "") => Skipped.Add(new SkippedFile(path, reason, detail));
    }
}
