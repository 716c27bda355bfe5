using Comet.Core.Links;
using Comet.Loading.Tests.Support;

namespace Comet.Loading.Tests.Readers;

/// <summary>Gold features beyond plain rows: folder targets, line repairs, damaged rows, known links.</summary>
public sealed class GoldRepairAndExpansionTests : GoldFixture
{
    [Fact]
    public void Lines_FolderTargets_ExpandToEveryFileBelow()
    {
        Folder.Write("ds/code/web/a/One.java", "1");
        Folder.Write("ds/code/web/Two.java", "2");
        Folder.Write("ds/code/other/Three.java", "3");
        Folder.Write("ds/text.txt", "The web front end.\nThe other part.");
        Folder.Write("ds/gold.csv", "sentenceID,codeID\n1,web/\n2,other/Three.java\n1,web/Two.java\n");
        var manifest = Fixture.Manifest(
            """{ "reader": "lines", "path": "text.txt" }""",
            """{ "reader": "folder", "path": "code", "recursive": true, "id": "relative-path" }""",
            """{ "format": "lines", "path": "gold.csv", "header": true, "separators": ",", "folderTargets": true }""");

        var task = Fixture.Load(Folder, manifest);

        Assert.Equal(3, task.Gold.Count);
        Assert.True(task.Gold.Contains("1", "web/a/One.java"));
        Assert.Equal(1, task.Diagnostics.DuplicateGoldRows);
        Assert.Contains("gold.csv: 1 folder rows expanded to 2 file links", task.Diagnostics.Warnings);
    }

    [Fact]
    public void Lines_DamagedFirstLine_IsRepairedAndReported()
    {
        Folder.Write("ds/AnswerMatrix.txt", "A DescrittoreStanze.java\nF-GES-01.txt ModificaStanze.java\n");
        Folder.Write("ds/req/F-GES-01.txt", "Gestione dei prezzi");
        Folder.Write("ds/code/DescrittoreStanze.java", "class D");
        Folder.Write("ds/code/ModificaStanze.java", "class M");
        var manifest = Fixture.Manifest(
            """{ "reader": "folder", "path": "req", "id": "stem" }""",
            """{ "reader": "folder", "path": "code", "id": "stem" }""",
            """
            { "format": "lines", "path": "AnswerMatrix.txt",
              "sourceIds": { "stripExtensions": [".txt"] }, "targetIds": { "stripExtensions": [".java"] },
              "repairs": [ { "line": 1, "expect": "A DescrittoreStanze.java", "replace": "F-GES-01.txt DescrittoreStanze.java" } ] }
            """);

        var task = Fixture.Load(Folder, manifest);

        Assert.True(task.Gold.Contains("F-GES-01", "DescrittoreStanze"));
        Assert.Empty(task.Diagnostics.MissingArtifactLinks);
        Assert.Contains(task.Diagnostics.Warnings, w => w.StartsWith("AnswerMatrix.txt line 1 repaired", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_RepairThatNoLongerMatches_IsReportedAndLeavesLine()
    {
        Folder.Write("ds/gold.txt", "A x.java\n");

        var task = LoadWithFileNames("""{ "format": "lines", "path": "gold.txt", "repairs": [ { "line": 1, "expect": "Q x.java", "replace": "B x.java" } ] }""");

        Assert.True(task.Gold.Contains("A", "x.java"));
        Assert.Contains(task.Diagnostics.Warnings, w => w.Contains("not repaired", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_PairsModeWithTruncatedRows_ReportsThem()
    {
        Folder.Write("ds/Matrix1.csv", "\"A, x.java\"\n\"A, y.java, PS\"\n\"B\"\n");

        var task = LoadWithFileNames("""{ "format": "lines", "path": "Matrix1.csv", "separators": "\", ", "pairs": true }""");

        Assert.Equal(2, task.Gold.Count);
        Assert.Contains(task.Diagnostics.Warnings, w => w.StartsWith("Matrix1.csv: 1 damaged rows", StringComparison.Ordinal));
        Assert.Contains(task.Diagnostics.Warnings, w => w.StartsWith("Matrix1.csv: 1 rows have no target", StringComparison.Ordinal));
    }

    [Fact]
    public void KnownLinks_ResolvedBetweenNamedSets()
    {
        Folder.Write("ds/traces.txt", "A x.java\nA missing.java\n");
        var manifest = """
            { "name": "f", "folder": "ds",
              "artifactSets": { "s": { "kind": "Test", "from": [ { "reader": "folder", "path": "src", "id": "stem" } ] },
                                "g": { "kind": "Source", "from": [ { "reader": "folder", "path": "files" } ] } },
              "tasks": [ { "id": "t", "sources": "s", "targets": "g",
                           "knownLinks": { "execution-traces": { "from": "s", "to": "g", "links": { "format": "lines", "path": "traces.txt" } },
                                           "absent": { "from": "s", "to": "g", "links": { "format": "lines", "path": "none.txt", "optional": true } } } } ] }
            """;

        var task = Fixture.Load(Folder, manifest);

        Assert.Equal([new TraceLink("A", "x.java")], task.KnownLinks["execution-traces"]);
        Assert.False(task.KnownLinks.ContainsKey("absent"));
        Assert.Contains(task.Diagnostics.Warnings, w => w.StartsWith("execution-traces: 1 links name a missing artifact", StringComparison.Ordinal));
    }
}
