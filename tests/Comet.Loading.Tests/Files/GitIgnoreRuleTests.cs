using Comet.Loading.Files.Walking;

namespace Comet.Loading.Tests.Files;

public class GitIgnoreRuleTests
{
    [Theory]
    [InlineData("*.log", "app.log", false, true)]
    [InlineData("*.log", "deep/down/app.log", false, true)]
    [InlineData("*.log", "app.log.txt", false, false)]
    [InlineData("/build", "build", true, true)]
    [InlineData("/build", "src/build", true, false)]
    [InlineData("build/", "src/build", true, true)]
    [InlineData("build/", "build", false, false)]
    [InlineData("doc/*.txt", "doc/notes.txt", false, true)]
    [InlineData("doc/*.txt", "doc/server/arch.txt", false, false)]
    [InlineData("doc/*.txt", "x/doc/notes.txt", false, false)]
    [InlineData("**/logs", "a/b/logs", true, true)]
    [InlineData("**/logs", "logs", true, true)]
    [InlineData("a/**/b", "a/b", false, true)]
    [InlineData("a/**/b", "a/x/y/b", false, true)]
    [InlineData("abc/**", "abc/x/y", false, true)]
    [InlineData("abc/**", "abc", true, false)]
    [InlineData("file?.c", "file1.c", false, true)]
    [InlineData("file?.c", "file12.c", false, false)]
    [InlineData("[!a]*.md", "b.md", false, true)]
    [InlineData("[!a]*.md", "a.md", false, false)]
    [InlineData("[0-9]*.txt", "7.txt", false, true)]
    [InlineData("\\#hash", "#hash", false, true)]
    [InlineData("trailing   ", "trailing", false, true)]
    public void Matches_FollowsGitRules(string line, string path, bool isDirectory, bool expected)
    {
        var rule = GitIgnoreRule.Parse(line);

        Assert.NotNull(rule);
        Assert.Equal(expected, rule.Matches(path, isDirectory));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("# a comment")]
    public void Parse_BlankAndComments_GiveNoRule(string line)
    {
        Assert.Null(GitIgnoreRule.Parse(line));
    }

    [Fact]
    public void Parse_Negation_IsMarked()
    {
        var rule = GitIgnoreRule.Parse("!keep.log");

        Assert.True(rule is { Negated: true });
        Assert.True(rule!.Matches("keep.log", isDirectory: false));
    }
}
