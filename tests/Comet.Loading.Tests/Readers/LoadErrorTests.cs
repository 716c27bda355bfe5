using Comet.Core;
using Comet.Loading.Catalog;
using Comet.Loading.Tests.Support;

namespace Comet.Loading.Tests.Readers;

public sealed class LoadErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_MissingArtifactFolder_NamesTheFolder()
    {
        _folder.CreateFolder("ds");

        var error = Assert.Throws<CometInputException>(() => Load("""{ "reader": "folder", "path": "nowhere" }"""));

        Assert.StartsWith("folder not found: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Load_MissingDatasetFolder_NamesTheFolder()
    {
        var error = Assert.Throws<CometInputException>(() => Load("""{ "reader": "folder", "path": "x" }"""));

        Assert.Equal($"dataset folder not found: {Path.Combine(_folder.Root, "ds")}", error.Message);
    }

    [Fact]
    public void Load_MissingGoldFile_NamesTheFile()
    {
        _folder.Write("ds/a/x.txt", "x");

        var error = Assert.Throws<CometInputException>(() => Load("""{ "reader": "folder", "path": "a" }"""));

        Assert.Equal($"file not found: {Path.Combine(_folder.Root, "ds", "gold.txt")}", error.Message);
    }

    [Fact]
    public void Load_BinaryArtifactFile_NamesTheFile()
    {
        _folder.Write("ds/gold.txt", string.Empty);
        var path = _folder.WriteBytes("ds/a/x.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF]);

        var error = Assert.Throws<CometInputException>(() => Load("""{ "reader": "folder", "path": "a" }"""));

        Assert.Equal($"cannot decode file {path}: binary content (NUL bytes)", error.Message);
    }

    [Fact]
    public void Load_InvalidXml_NamesTheFile()
    {
        _folder.Write("ds/gold.txt", string.Empty);
        var path = _folder.Write("ds/list.xml", "<artifacts><artifact><id>1</id></artifacts>");

        var error = Assert.Throws<CometInputException>(() => Load("""{ "reader": "coest-xml", "path": "list.xml" }"""));

        Assert.StartsWith($"invalid XML in {path}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateIdsWithoutMerge_NamesBothOrigins()
    {
        _folder.Write("ds/gold.txt", string.Empty);
        _folder.Write("ds/rows.csv", "R1,first\nR1,second\n");

        var error = Assert.Throws<CometInputException>(() => Load("""{ "reader": "delimited", "path": "rows.csv" }"""));

        Assert.Equal("artifact set 's' has the id 'R1' twice (rows.csv, rows.csv)", error.Message);
    }

    [Fact]
    public void Load_DuplicateIdsWithMerge_JoinsTextsAndWarns()
    {
        _folder.Write("ds/gold.txt", string.Empty);
        _folder.Write("ds/rows.csv", "R1,first\nR1,second\nR1,first\n");
        var manifest = """
            { "name": "f", "folder": "ds",
              "artifactSets": { "s": { "kind": "Requirement", "duplicateIds": "merge", "from": [ { "reader": "delimited", "path": "rows.csv" } ] } },
              "tasks": [ { "id": "t", "sources": "s", "targets": "s" } ] }
            """;

        var task = Fixture.Load(_folder, manifest);

        Assert.Equal("first\nsecond", task.Sources.Single().Text);
        Assert.Contains("s: 2 rows repeat an earlier id and were merged into it (e.g. R1)", task.Diagnostics.Warnings);
    }

    [Fact]
    public void Load_UnknownTaskId_ListsKnownIds()
    {
        var catalog = DatasetCatalog.FromJson([Fixture.Manifest("""{ "reader": "folder", "path": "a" }""", """{ "reader": "folder", "path": "a" }""", "null")]);

        var error = Assert.Throws<CometInputException>(() => catalog.Load("nope", _folder.Root));

        Assert.Equal("unknown dataset id 'nope' (known: t)", error.Message);
    }

    [Theory]
    [InlineData("""{ "reader": "folder", "path": "a", "typo": 1 }""", "typo")]
    [InlineData("""{ "reader": "scanner", "path": "a" }""", "unknown reader 'scanner'")]
    public void FromJson_InvalidManifest_FailsBeforeLoading(string reader, string expectedFragment)
    {
        var error = Assert.Throws<CometInputException>(() => DatasetCatalog.FromJson([Fixture.Manifest(reader, reader, "null")]));

        Assert.Contains(expectedFragment, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("invalid manifest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_TaskNamingUnknownSet_Fails()
    {
        const string manifest = """
            { "name": "f", "artifactSets": {}, "tasks": [ { "id": "t", "sources": "s", "targets": "g" } ] }
            """;

        var error = Assert.Throws<CometInputException>(() => DatasetCatalog.FromJson([manifest]));

        Assert.Contains("task 't' names unknown set 's'", error.Message, StringComparison.Ordinal);
    }

    private Comet.Core.Tasks.TraceTask Load(string reader) => Fixture.Load(_folder, Fixture.Manifest(
        reader, reader, """{ "format": "lines", "path": "gold.txt" }"""));
}
