using Comet.Core.Links;
using Comet.Core.Tasks;
using Comet.Loading.Tests.Support;

namespace Comet.Loading.Tests.Readers;

public sealed class GoldReaderTests : GoldFixture
{
    [Fact]
    public void CoestXml_LinksOnOneOrSeveralLines_AreRead()
    {
        Folder.Write("ds/answer.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <answer_set><links>
            <link><source_artifact_id>A</source_artifact_id><target_artifact_id>x</target_artifact_id></link>
            <link>
              <source_artifact_id>B</source_artifact_id>
              <target_artifact_id>y</target_artifact_id>
              <confidence_score>1</confidence_score>
            </link>
            </links></answer_set>
            """);

        var task = Load("""{ "format": "coest-xml", "path": "answer.xml" }""");

        Assert.Equal([new TraceLink("A", "x"), new TraceLink("B", "y")], task.Gold.Links.Order(LinkComparer));
    }

    [Theory]
    [InlineData("A: x\nB: y", ": \t")]
    [InlineData("A:x y\nB:\n", ": \t")]
    [InlineData("source,target\nA,x\nB,y\n", ",")]
    [InlineData("A x y\nB", " \t")]
    [InlineData("A\tx,y\nB\t", "\t,")]
    public void Lines_EveryRowForm_GivesSourceThenTargets(string content, string separators)
    {
        Folder.Write("ds/gold.txt", content);
        var header = content.StartsWith("source", StringComparison.Ordinal) ? "true" : "false";

        var task = Load($$"""{ "format": "lines", "path": "gold.txt", "separators": "{{Escape(separators)}}", "header": {{header}} }""");

        Assert.True(task.Gold.Contains("A", "x"));
        Assert.Equal(task.Gold.Count, task.Gold.CountFor("A") + task.Gold.CountFor("B"));
        Assert.True(task.Diagnostics.IsClean);
    }

    [Fact]
    public void Blocks_PercentSeparatedWithGluedMark_AreSplit()
    {
        Folder.Write("ds/trace.txt", "%\nA.txt\t\tx.java y.java\n%\nB.txt\tz.java%\n");

        var task = LoadWithFileNames("""{ "format": "blocks", "path": "trace.txt", "sourceIds": { "stripExtensions": [".txt"] } }""");

        Assert.Equal(3, task.Gold.Count);
        Assert.True(task.Gold.Contains("B", "z.java"));
    }

    [Fact]
    public void Lines_DuplicateRows_AreCountedNotKept()
    {
        Folder.Write("ds/gold.txt", "A x.java x.java\nA x.java\nB y.java");

        var task = LoadWithFileNames("""{ "format": "lines", "path": "gold.txt", "sourceIds": { "stripExtensions": [".txt"] } }""");

        Assert.Equal(2, task.Gold.Count);
        Assert.Equal(2, task.Diagnostics.DuplicateGoldRows);
    }

    [Fact]
    public void Lines_MissingArtifacts_AreReportedNotDropped()
    {
        Folder.Write("ds/gold.txt", "A x.java\nA nope.java\nC y.java\nC y.java");

        var task = LoadWithFileNames("""{ "format": "lines", "path": "gold.txt" }""");

        Assert.Equal([new TraceLink("A", "x.java")], task.Gold.Links);
        Assert.Equal([new TraceLink("A", "nope.java"), new TraceLink("C", "y.java")], task.Diagnostics.MissingArtifactLinks);
        Assert.Equal(1, task.Diagnostics.DuplicateGoldRows);
        Assert.Contains("2 gold links name a missing artifact", task.Diagnostics.Summarize(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_IdsWithAndWithoutExtension_MatchAfterStripping()
    {
        Folder.Write("ds/gold.txt", "A.txt x.java\nB y.JAVA");

        var task = LoadWithFileNames("""
            { "format": "lines", "path": "gold.txt", "ignoreCase": true,
              "sourceIds": { "stripExtensions": [".txt"] } }
            """);

        Assert.True(task.Gold.Contains("A", "x.java"));
        Assert.True(task.Gold.Contains("B", "y.java"));
    }

    [Fact]
    public void Lines_CaseMismatchWithoutIgnoreCase_IsMissing()
    {
        Folder.Write("ds/gold.txt", "a x.java");

        var task = LoadWithFileNames("""{ "format": "lines", "path": "gold.txt" }""");

        Assert.Equal(0, task.Gold.Count);
        Assert.Single(task.Diagnostics.MissingArtifactLinks);
    }

    [Fact]
    public void Lines_PrefixAndWhitespaceRules_NormaliseGoldIds()
    {
        Folder.Write("ds/gold.txt", "src/A, x .java");

        var task = LoadWithFileNames("""
            { "format": "lines", "path": "gold.txt", "separators": ",",
              "sourceIds": { "stripPrefix": "src/" }, "targetIds": { "removeWhitespace": true } }
            """);

        Assert.True(task.Gold.Contains("A", "x.java"));
    }


    private static readonly Comparer<TraceLink> LinkComparer =
        Comparer<TraceLink>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()));

    private static string Escape(string separators) => separators.Replace("\t", "\\t", StringComparison.Ordinal);

}
