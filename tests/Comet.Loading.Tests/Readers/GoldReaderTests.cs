using Comet.Core.Links;
using Comet.Core.Tasks;
using Comet.Loading.Tests.Support;

namespace Comet.Loading.Tests.Readers;

public sealed class GoldReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public GoldReaderTests()
    {
        foreach (var id in new[] { "A", "B" })
        {
            _folder.Write($"ds/src/{id}.txt", $"source {id}");
        }

        foreach (var id in new[] { "x", "y", "z" })
        {
            _folder.Write($"ds/tgt/{id}.java", $"class {id}");
            _folder.Write($"ds/files/{id}.java", $"class {id}");
        }
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void CoestXml_LinksOnOneOrSeveralLines_AreRead()
    {
        _folder.Write("ds/answer.xml", """
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
        _folder.Write("ds/gold.txt", content);
        var header = content.StartsWith("source", StringComparison.Ordinal) ? "true" : "false";

        var task = Load($$"""{ "format": "lines", "path": "gold.txt", "separators": "{{Escape(separators)}}", "header": {{header}} }""");

        Assert.True(task.Gold.Contains("A", "x"));
        Assert.Equal(task.Gold.Count, task.Gold.CountFor("A") + task.Gold.CountFor("B"));
        Assert.True(task.Diagnostics.IsClean);
    }

    [Fact]
    public void Blocks_PercentSeparatedWithGluedMark_AreSplit()
    {
        _folder.Write("ds/trace.txt", "%\nA.txt\t\tx.java y.java\n%\nB.txt\tz.java%\n");

        var task = LoadWithFileNames("""{ "format": "blocks", "path": "trace.txt", "sourceIds": { "stripExtensions": [".txt"] } }""");

        Assert.Equal(3, task.Gold.Count);
        Assert.True(task.Gold.Contains("B", "z.java"));
    }

    [Fact]
    public void Lines_DuplicateRows_AreCountedNotKept()
    {
        _folder.Write("ds/gold.txt", "A x.java x.java\nA x.java\nB y.java");

        var task = LoadWithFileNames("""{ "format": "lines", "path": "gold.txt", "sourceIds": { "stripExtensions": [".txt"] } }""");

        Assert.Equal(2, task.Gold.Count);
        Assert.Equal(2, task.Diagnostics.DuplicateGoldRows);
    }

    [Fact]
    public void Lines_MissingArtifacts_AreReportedNotDropped()
    {
        _folder.Write("ds/gold.txt", "A x.java\nA nope.java\nC y.java\nC y.java");

        var task = LoadWithFileNames("""{ "format": "lines", "path": "gold.txt" }""");

        Assert.Equal([new TraceLink("A", "x.java")], task.Gold.Links);
        Assert.Equal([new TraceLink("A", "nope.java"), new TraceLink("C", "y.java")], task.Diagnostics.MissingArtifactLinks);
        Assert.Equal(1, task.Diagnostics.DuplicateGoldRows);
        Assert.Contains("2 gold links name a missing artifact", task.Diagnostics.Summarize(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_IdsWithAndWithoutExtension_MatchAfterStripping()
    {
        _folder.Write("ds/gold.txt", "A.txt x.java\nB y.JAVA");

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
        _folder.Write("ds/gold.txt", "a x.java");

        var task = LoadWithFileNames("""{ "format": "lines", "path": "gold.txt" }""");

        Assert.Equal(0, task.Gold.Count);
        Assert.Single(task.Diagnostics.MissingArtifactLinks);
    }

    [Fact]
    public void Lines_PrefixAndWhitespaceRules_NormaliseGoldIds()
    {
        _folder.Write("ds/gold.txt", "src/A, x .java");

        var task = LoadWithFileNames("""
            { "format": "lines", "path": "gold.txt", "separators": ",",
              "sourceIds": { "stripPrefix": "src/" }, "targetIds": { "removeWhitespace": true } }
            """);

        Assert.True(task.Gold.Contains("A", "x.java"));
    }

    [Fact]
    public void Lines_FolderTargets_ExpandToEveryFileBelow()
    {
        _folder.Write("ds/code/web/a/One.java", "1");
        _folder.Write("ds/code/web/Two.java", "2");
        _folder.Write("ds/code/other/Three.java", "3");
        _folder.Write("ds/text.txt", "The web front end.\nThe other part.");
        _folder.Write("ds/gold.csv", "sentenceID,codeID\n1,web/\n2,other/Three.java\n1,web/Two.java\n");
        var manifest = Fixture.Manifest(
            """{ "reader": "lines", "path": "text.txt" }""",
            """{ "reader": "folder", "path": "code", "recursive": true, "id": "relative-path" }""",
            """{ "format": "lines", "path": "gold.csv", "header": true, "separators": ",", "folderTargets": true }""");

        var task = Fixture.Load(_folder, manifest);

        Assert.Equal(3, task.Gold.Count);
        Assert.True(task.Gold.Contains("1", "web/a/One.java"));
        Assert.Equal(1, task.Diagnostics.DuplicateGoldRows);
        Assert.Contains("gold.csv: 1 folder rows expanded to 2 file links", task.Diagnostics.Warnings);
    }

    [Fact]
    public void Lines_DamagedFirstLine_IsRepairedAndReported()
    {
        _folder.Write("ds/AnswerMatrix.txt", "A DescrittoreStanze.java\nF-GES-01.txt ModificaStanze.java\n");
        _folder.Write("ds/req/F-GES-01.txt", "Gestione dei prezzi");
        _folder.Write("ds/code/DescrittoreStanze.java", "class D");
        _folder.Write("ds/code/ModificaStanze.java", "class M");
        var manifest = Fixture.Manifest(
            """{ "reader": "folder", "path": "req", "id": "stem" }""",
            """{ "reader": "folder", "path": "code", "id": "stem" }""",
            """
            { "format": "lines", "path": "AnswerMatrix.txt",
              "sourceIds": { "stripExtensions": [".txt"] }, "targetIds": { "stripExtensions": [".java"] },
              "repairs": [ { "line": 1, "expect": "A DescrittoreStanze.java", "replace": "F-GES-01.txt DescrittoreStanze.java" } ] }
            """);

        var task = Fixture.Load(_folder, manifest);

        Assert.True(task.Gold.Contains("F-GES-01", "DescrittoreStanze"));
        Assert.Empty(task.Diagnostics.MissingArtifactLinks);
        Assert.Contains(task.Diagnostics.Warnings, w => w.StartsWith("AnswerMatrix.txt line 1 repaired", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_RepairThatNoLongerMatches_IsReportedAndLeavesLine()
    {
        _folder.Write("ds/gold.txt", "A x.java\n");

        var task = LoadWithFileNames("""{ "format": "lines", "path": "gold.txt", "repairs": [ { "line": 1, "expect": "Q x.java", "replace": "B x.java" } ] }""");

        Assert.True(task.Gold.Contains("A", "x.java"));
        Assert.Contains(task.Diagnostics.Warnings, w => w.Contains("not repaired", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_PairsModeWithTruncatedRows_ReportsThem()
    {
        _folder.Write("ds/Matrix1.csv", "\"A, x.java\"\n\"A, y.java, PS\"\n\"B\"\n");

        var task = LoadWithFileNames("""{ "format": "lines", "path": "Matrix1.csv", "separators": "\", ", "pairs": true }""");

        Assert.Equal(2, task.Gold.Count);
        Assert.Contains(task.Diagnostics.Warnings, w => w.StartsWith("Matrix1.csv: 1 damaged rows", StringComparison.Ordinal));
        Assert.Contains(task.Diagnostics.Warnings, w => w.StartsWith("Matrix1.csv: 1 rows have no target", StringComparison.Ordinal));
    }

    [Fact]
    public void KnownLinks_ResolvedBetweenNamedSets()
    {
        _folder.Write("ds/traces.txt", "A x.java\nA missing.java\n");
        var manifest = """
            { "name": "f", "folder": "ds",
              "artifactSets": { "s": { "kind": "Test", "from": [ { "reader": "folder", "path": "src", "id": "stem" } ] },
                                "g": { "kind": "Source", "from": [ { "reader": "folder", "path": "files" } ] } },
              "tasks": [ { "id": "t", "sources": "s", "targets": "g",
                           "knownLinks": { "execution-traces": { "from": "s", "to": "g", "links": { "format": "lines", "path": "traces.txt" } },
                                           "absent": { "from": "s", "to": "g", "links": { "format": "lines", "path": "none.txt", "optional": true } } } } ] }
            """;

        var task = Fixture.Load(_folder, manifest);

        Assert.Equal([new TraceLink("A", "x.java")], task.KnownLinks["execution-traces"]);
        Assert.False(task.KnownLinks.ContainsKey("absent"));
        Assert.Contains(task.Diagnostics.Warnings, w => w.StartsWith("execution-traces: 1 links name a missing artifact", StringComparison.Ordinal));
    }

    private static readonly Comparer<TraceLink> LinkComparer =
        Comparer<TraceLink>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()));

    private static string Escape(string separators) => separators.Replace("\t", "\\t", StringComparison.Ordinal);

    /// <summary>Sources A, B and targets x, y, z (stems).</summary>
    private TraceTask Load(string gold) => Fixture.Load(_folder, Fixture.Manifest(
        """{ "reader": "folder", "path": "src", "id": "stem" }""",
        """{ "reader": "folder", "path": "tgt", "id": "stem" }""",
        gold));

    /// <summary>Sources A, B and targets x.java, y.java, z.java (file names).</summary>
    private TraceTask LoadWithFileNames(string gold) => Fixture.Load(_folder, Fixture.Manifest(
        """{ "reader": "folder", "path": "src", "id": "stem" }""",
        """{ "reader": "folder", "path": "files" }""",
        gold));
}
