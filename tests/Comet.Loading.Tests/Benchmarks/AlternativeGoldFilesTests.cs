using Comet.Core.Links;
using Comet.Loading.Catalog;
using Comet.Loading.Tests.Support;

namespace Comet.Loading.Tests.Benchmarks;

/// <summary>
/// Datasets ship their gold twice or more; reading the other copies with the configurable readers
/// must give the same links as the file the manifest uses. Manifests here are written by the test.
/// </summary>
public sealed class AlternativeGoldFilesTests
{
    [BenchmarkFact]
    public void Warc_PercentBlockFiles_EqualAnswerCsv()
    {
        var blocks = Links("WARC", "frs", "FRStoSRS.txt").Concat(Links("WARC", "nfr", "NFRtoSRS.txt")).ToHashSet();

        Assert.Equal(136, blocks.Count);
        Assert.True(blocks.SetEquals(BenchmarkTasks.Load("WARC").Gold.Links));
    }

    [BenchmarkFact]
    public void Modis_AnswerCsv_EqualsHandtraceBlocks()
    {
        var csv = LoadAlternative("MODIS", """{ "reader": "folder", "path": "high" }""", """{ "reader": "folder", "path": "low" }""",
            """{ "format": "lines", "path": "answer.csv", "header": true, "separators": "," }""");

        Assert.True(csv.Gold.Links.ToHashSet().SetEquals(BenchmarkTasks.Load("MODIS").Gold.Links));
    }

    [BenchmarkFact]
    public void Albergate_AnswerMatrixWithRepairedFirstLine_EqualsXml()
    {
        var matrix = LoadAlternative("Albergate",
            """{ "reader": "coest-xml", "path": "source_req.xml" }""", """{ "reader": "coest-xml", "path": "target_code.xml" }""",
            """
            { "format": "lines", "path": "AnswerMatrix.txt",
              "sourceIds": { "stripExtensions": [".txt"] }, "targetIds": { "stripExtensions": [".java"] },
              "repairs": [ { "line": 1, "expect": "A DescrittoreStanze.java", "replace": "F-GES-01.txt DescrittoreStanze.java" } ] }
            """);

        Assert.True(matrix.Gold.Links.ToHashSet().SetEquals(BenchmarkTasks.Load("Albergate").Gold.Links));
        Assert.Contains("AnswerMatrix.txt line 1 repaired: 'A DescrittoreStanze.java' -> 'F-GES-01.txt DescrittoreStanze.java'", matrix.Diagnostics.Warnings);
    }

    [BenchmarkFact]
    public void Albergate_AnswerMatrixWithoutRepair_ReportsTheDamagedLink()
    {
        var matrix = LoadAlternative("Albergate",
            """{ "reader": "coest-xml", "path": "source_req.xml" }""", """{ "reader": "coest-xml", "path": "target_code.xml" }""",
            """{ "format": "lines", "path": "AnswerMatrix.csv", "separators": ",", "sourceIds": { "stripExtensions": [".txt"] }, "targetIds": { "stripExtensions": [".java"] } }""");

        Assert.Equal([new TraceLink("A", "DescrittoreStanze")], matrix.Diagnostics.MissingArtifactLinks);
        Assert.Equal(53, matrix.Gold.Count);
    }

    [BenchmarkFact]
    public void ETour_AnswerSetTxtWithLowerCaseExtensions_EqualsXml()
    {
        var txt = LoadAlternative("eTour",
            """{ "reader": "folder", "path": "UC", "id": "stem" }""", """{ "reader": "folder", "path": "CC", "id": "stem" }""",
            """{ "format": "lines", "path": "AnswerSet.txt", "sourceIds": { "stripExtensions": [".txt"] }, "targetIds": { "stripExtensions": [".txt"] } }""");

        Assert.True(txt.Gold.Links.ToHashSet().SetEquals(BenchmarkTasks.Load("eTour").Gold.Links));
    }

    private static IEnumerable<TraceLink> Links(string folder, string from, string goldFile) => LoadAlternative(folder,
        $$"""{ "reader": "folder", "path": "{{from.ToUpperInvariant()}}", "pattern": "*.txt", "id": "stem" }""",
        """{ "reader": "folder", "path": "SRS", "pattern": "*.txt", "id": "stem" }""",
        $$"""{ "format": "blocks", "path": "{{goldFile}}", "sourceIds": { "stripExtensions": [".txt"] }, "targetIds": { "stripExtensions": [".txt"] } }""")
        .Gold.Links;

    private static Comet.Core.Tasks.TraceTask LoadAlternative(string folder, string sources, string targets, string gold)
    {
        var manifest = Fixture.Manifest(sources, targets, gold).Replace("\"folder\": \"ds\"", $"\"folder\": \"{folder}\"", StringComparison.Ordinal);
        return DatasetCatalog.FromJson([manifest]).Load("t", BenchmarkData.Root);
    }
}
