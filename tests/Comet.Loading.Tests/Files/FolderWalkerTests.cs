using System.Diagnostics;
using Comet.Loading.Files.Walking;
using Comet.Loading.Tests.Support;

namespace Comet.Loading.Tests.Files;

public sealed class FolderWalkerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Walk_HiddenEntries_AreSkipped()
    {
        _folder.Write("repo/a.py", "x = 1");
        _folder.Write("repo/.github/ci.yml", "on: push");
        _folder.Write("repo/.DS_Store", "junk");

        var walk = FolderWalker.Walk(Path.Combine(_folder.Root, "repo"));

        Assert.Equal(["a.py"], walk.Files.Select(f => f.RelativePath));
        Assert.Equal([SkipReason.Hidden, SkipReason.Hidden], walk.Skipped.Select(s => s.Reason));
    }

    [Fact]
    public void Walk_GitIgnore_NestedFilesNegationAndDirectoryOnlyRules()
    {
        _folder.Write("repo/.gitignore", "*.log\nbuild/\n!keep.log\n/generated.py\n");
        _folder.Write("repo/app.log", "log");
        _folder.Write("repo/keep.log", "kept by negation");
        _folder.Write("repo/build/out.py", "built");
        _folder.Write("repo/generated.py", "anchored at the top");
        _folder.Write("repo/sub/generated.py", "not the anchored one");
        _folder.Write("repo/sub/.gitignore", "*.tmp.py\n!app.log\n");
        _folder.Write("repo/sub/x.tmp.py", "ignored by the nested file");
        _folder.Write("repo/sub/app.log", "re-included by the nested file");

        var walk = FolderWalker.Walk(Path.Combine(_folder.Root, "repo"));

        Assert.Equal(["keep.log", "sub/app.log", "sub/generated.py"], walk.Files.Select(f => f.RelativePath));
        Assert.Equal(4, walk.Skipped.Count(s => s.Reason == SkipReason.Ignored));
    }

    [Fact]
    public void Walk_GitIgnoreAboveTheWalkedFolder_AppliesUpToTheRepositoryTop()
    {
        _folder.CreateFolder("repo/.git");
        _folder.Write("repo/.gitignore", "*.gen.py\n");
        _folder.Write("repo/src/a.py", "kept");
        _folder.Write("repo/src/b.gen.py", "generated");

        var walk = FolderWalker.Walk(Path.Combine(_folder.Root, "repo", "src"));

        Assert.Equal(["a.py"], walk.Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void Walk_IncludeAndExclude_FilterFilesAndFolders()
    {
        _folder.Write("repo/a.py", "a");
        _folder.Write("repo/b.md", "b");
        _folder.Write("repo/vendor/c.py", "c");
        var options = new WalkOptions { Include = ["*.py"], Exclude = ["vendor/"] };

        var walk = FolderWalker.Walk(Path.Combine(_folder.Root, "repo"), options);

        Assert.Equal(["a.py"], walk.Files.Select(f => f.RelativePath));
        Assert.Equal(2, walk.Skipped.Count(s => s.Reason == SkipReason.Filtered));
    }

    [Fact]
    public void Walk_NamedPipe_IsSkippedWithoutOpeningIt()
    {
        _folder.Write("repo/a.py", "a");
        var pipe = Path.Combine(_folder.Root, "repo", "fifo");
        Process.Start("mkfifo", [pipe])!.WaitForExit();

        var walk = FolderWalker.Walk(Path.Combine(_folder.Root, "repo"));

        Assert.Equal(["a.py"], walk.Files.Select(f => f.RelativePath));
        Assert.Equal(new SkippedFile(pipe, SkipReason.Special), Assert.Single(walk.Skipped));
    }

    [Fact]
    public void Walk_SymlinkLoops_AreSkippedAndOtherLinksFollowed()
    {
        _folder.Write("repo/a.py", "a");
        _folder.Write("elsewhere/b.py", "b");
        var repo = Path.Combine(_folder.Root, "repo");
        Directory.CreateSymbolicLink(Path.Combine(repo, "loop"), repo);
        File.CreateSymbolicLink(Path.Combine(repo, "self.py"), Path.Combine(repo, "self.py"));
        Directory.CreateSymbolicLink(Path.Combine(repo, "linked"), Path.Combine(_folder.Root, "elsewhere"));

        var walk = FolderWalker.Walk(repo);

        Assert.Equal(["a.py", "linked/b.py"], walk.Files.Select(f => f.RelativePath));
        Assert.Equal([SkipReason.SymlinkLoop, SkipReason.SymlinkLoop], walk.Skipped.Select(s => s.Reason));
    }
}
