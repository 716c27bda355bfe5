using Comet.Server.Artifacts;

namespace Comet.Server.Tests.Units;

public sealed class ZipEntryPathTests
{
    [Theory]
    [InlineData("sources/R1.txt", new[] { "sources", "R1.txt" })]
    [InlineData("demo/targets/a/b.java", new[] { "demo", "targets", "a", "b.java" })]
    [InlineData("sources/", new[] { "sources" })]
    [InlineData("sources/..hidden..txt", new[] { "sources", "..hidden..txt" })]
    public void Split_SafeName_ReturnsSegments(string name, string[] expected)
    {
        Assert.Equal(expected, ZipEntryPath.Split(name, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("../x")]
    [InlineData("a/../../x")]
    [InlineData("a/./x")]
    [InlineData("a//x")]
    [InlineData("/etc/passwd")]
    [InlineData("a\\..\\x")]
    [InlineData("C:/x")]
    [InlineData("a/\u0000/x")]
    public void Split_UnsafeName_ReturnsNullWithAReason(string name)
    {
        Assert.Null(ZipEntryPath.Split(name, out var problem));
        Assert.False(string.IsNullOrEmpty(problem));
    }
}
