using Comet.Core.Artifacts;
using Comet.Loading.Tests.Support;

namespace Comet.Loading.Tests.Readers;

public sealed class ArtifactReaderTests : IDisposable
{
    private const string NoGold = """{ "format": "lines", "path": "gold.txt" }""";
    private readonly TempFolder _folder = new();

    public ArtifactReaderTests() => _folder.Write("ds/gold.txt", string.Empty);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Folder_StemIds_DropExtensionAndMatchPatternIgnoringCase()
    {
        _folder.Write("ds/uc/UC1.TXT", "first");
        _folder.Write("ds/uc/UC2.txt", "second");
        _folder.Write("ds/uc/notes.md", "skip me");

        var task = Load("""{ "reader": "folder", "path": "uc", "pattern": "*.txt", "id": "stem" }""");

        Assert.Equal(["UC1", "UC2"], task.Sources.Ids);
        Assert.Equal("uc/UC1.TXT", task.Sources[0].OriginPath);
    }

    [Fact]
    public void Folder_FileNameIds_KeepExtension()
    {
        _folder.Write("ds/req/RQ1.txt", "text");

        Assert.Equal(["RQ1.txt"], Load("""{ "reader": "folder", "path": "req" }""").Sources.Ids);
    }

    [Fact]
    public void Folder_FilesWithoutExtension_KeepDottedIds()
    {
        _folder.Write("ds/high/SRS5.12.2.1", "The DPU-CCM shall ...");
        _folder.Write("ds/high/SDP3.2-2", "MODIS");

        var task = Load("""{ "reader": "folder", "path": "high" }""");

        Assert.Equal(["SDP3.2-2", "SRS5.12.2.1"], task.Sources.Ids);
    }

    [Fact]
    public void Folder_RecursiveRelativePath_UsesSlashesAndIncludesHiddenFiles()
    {
        _folder.Write("ds/code/a/B.java", "class B {}");
        _folder.Write("ds/code/.gitpod.yml", "tasks: []");

        var task = Load("""{ "reader": "folder", "path": "code", "recursive": true, "id": "relative-path" }""");

        Assert.Equal([".gitpod.yml", "a/B.java"], task.Sources.Ids);
    }

    [Fact]
    public void CoestXml_ExternalContentWithWrongCaseAndBackslash_ResolvesFiles()
    {
        _folder.Write("ds/uc/EA1.txt", "Nome caso d'uso");
        _folder.Write("ds/cc/46.txt", "class X");
        _folder.Write("ds/source.xml", """
            <?xml version="1.0" encoding="utf-8" ?>
            <artifacts_collection><collection_info><content_location>external</content_location></collection_info>
            <artifacts>
              <artifact><id>EA1</id><content>UC/EA1.txt</content><parent_id/></artifact>
              <artifact>
                 <id> 46 </id>
                 <content>CC\46.txt
                 </content>
              </artifact>
            </artifacts></artifacts_collection>
            """);

        var task = Load("""{ "reader": "coest-xml", "path": "source.xml" }""");

        Assert.Equal(["EA1", "46"], task.Sources.Ids);
        Assert.Equal("Nome caso d'uso", task.Sources[0].Text);
        Assert.Equal("cc/46.txt", task.Sources[1].OriginPath);
    }

    [Fact]
    public void CoestXml_ListedFileMissing_LeavesItsArtifactOutWithADiagnostic()
    {
        _folder.Write("ds/uc/UC1.txt", "Login");
        _folder.Write("ds/source.xml", """
            <?xml version="1.0" encoding="utf-8" ?>
            <artifacts_collection><collection_info><content_location>external</content_location></collection_info>
            <artifacts>
              <artifact><id>UC1</id><content>uc/UC1.txt</content></artifact>
              <artifact><id>UC2</id><content>uc/UC2.txt</content></artifact>
            </artifacts></artifacts_collection>
            """);

        var task = Load("""{ "reader": "coest-xml", "path": "source.xml" }""");

        Assert.Equal(["UC1"], task.Sources.Ids);
        Assert.Contains(task.Diagnostics.Warnings, w => w.Contains("1 listed files do not exist", StringComparison.Ordinal) && w.Contains("UC2 (uc/UC2.txt)", StringComparison.Ordinal));
    }

    [Fact]
    public void CoestXml_InlineContentWithBom_IsTrimmedText()
    {
        var xml = "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<artifacts_collection><artifacts>" +
                  "<artifact><id>SRS5.12.2.1</id><content>  The DPU-CCM shall load.\r\n</content><parent_id /></artifact>" +
                  "</artifacts></artifacts_collection>";
        _folder.WriteBytes("ds/high.xml", System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(xml[1..])).ToArray());

        var artifact = Load("""{ "reader": "coest-xml", "path": "high.xml" }""").Sources.Single();

        Assert.Equal(("SRS5.12.2.1", "The DPU-CCM shall load."), (artifact.Id, artifact.Text));
    }

    [Fact]
    public void PoirotXml_Iso88591WithTabs_TrimsIdsAndDecodesLatin1()
    {
        var head = "<?xml version=\"1.0\" encoding=\"iso-8859-1\" ?>\n<artifacts><artifact>\t<art_id>\tAC\t</art_id> <art_title>\tAccess citt"u8.ToArray();
        var tail = "\t</art_title><art_parent /><art_content>\t \t</art_content></artifact></artifacts>"u8.ToArray();
        _folder.WriteBytes("ds/HIPAA.xml", [.. head, 0xE0, .. tail]);

        var artifact = Load("""{ "reader": "poirot-xml", "path": "HIPAA.xml" }""").Sources.Single();

        Assert.Equal(("AC", "Access citt\u00e0"), (artifact.Id, artifact.Text));
    }

    [Fact]
    public void Delimited_CsvWithHeaderAndQuotes_ReadsIdAndText()
    {
        _folder.Write("ds/req.csv", "id,text\n9001,WeatherStations\n9002,\"Readings, valid ones\"\n");

        var task = Load("""{ "reader": "delimited", "path": "req.csv", "header": true }""");

        Assert.Equal(["9001", "9002"], task.Sources.Ids);
        Assert.Equal("Readings, valid ones", task.Sources[1].Text);
    }

    [Fact]
    public void Delimited_TabSeparated_ReadsEachLine()
    {
        _folder.Write("ds/Requirements.txt", "100\tRequirements shall be managed.\n101\tTraces, too.\n");

        var task = Load("""{ "reader": "delimited", "path": "Requirements.txt", "delimiter": "\t", "maxFields": 2 }""");

        Assert.Equal(["100", "101"], task.Sources.Ids);
        Assert.Equal("Traces, too.", task.Sources[1].Text);
    }

    [Fact]
    public void Delimited_IdIsFirstWord_SplitsIdFromText()
    {
        _folder.Write("ds/Requirements.csv", "R2.4.0(1) temperature range. Tlo = 10C, Thi = 50C\n\"R5.4.1(2) alarm, pump rate\"\n");

        var task = Load("""{ "reader": "delimited", "path": "Requirements.csv", "maxFields": 1, "idIsFirstWord": true, "textColumns": [0] }""");

        Assert.Equal(["R2.4.0(1)", "R5.4.1(2)"], task.Sources.Ids);
        Assert.Equal("temperature range. Tlo = 10C, Thi = 50C", task.Sources[0].Text);
        Assert.Equal("alarm, pump rate", task.Sources[1].Text);
    }

    [Fact]
    public void Lines_OneArtifactPerLine_IdIsLineNumberAndBlankLinesKeepTheirNumber()
    {
        _folder.Write("ds/text.txt", "First sentence.\n\nThird sentence.");

        var task = Load("""{ "reader": "lines", "path": "text.txt" }""");

        Assert.Equal(["1", "3"], task.Sources.Ids);
        Assert.Equal("Third sentence.", task.Sources[1].Text);
    }

    [Fact]
    public void Folder_RtfFile_IsStrippedToText()
    {
        _folder.Write("ds/uc/EA1.txt", @"{\rtf1\ansi\ansicpg1252{\fonttbl\f0 Times;}\f0 Nome caso d\'92uso\par Autenticazione}");

        Assert.Equal("Nome caso d\u2019uso\nAutenticazione", Load("""{ "reader": "folder", "path": "uc" }""").Sources[0].Text);
    }

    [Fact]
    public void Folder_Cp1252File_DecodesPunctuation()
    {
        _folder.WriteBytes("ds/uc/UC1.txt", [(byte)'a', 0x93, (byte)'b', 0x94]);

        Assert.Equal("a\u201cb\u201d", Load("""{ "reader": "folder", "path": "uc" }""").Sources[0].Text);
    }

    [Fact]
    public void Set_KindAndLanguage_ComeFromTheManifest()
    {
        _folder.Write("ds/a/x.txt", "x");
        var manifest = """
            { "name": "f", "folder": "ds", "languages": ["en", "it"],
              "artifactSets": { "s": { "kind": "UseCase", "language": "en", "from": [ { "reader": "folder", "path": "a" } ] },
                                "g": { "kind": "Source", "language": "it", "from": [ { "reader": "folder", "path": "a" } ] } },
              "tasks": [ { "id": "t", "sources": "s", "targets": "g", "intermediates": ["s"] } ] }
            """;

        var task = Fixture.Load(_folder, manifest);

        Assert.Equal((ArtifactKind.UseCase, "en"), (task.Sources[0].Kind, task.Sources[0].Language));
        Assert.Equal((ArtifactKind.Source, "it"), (task.Targets[0].Kind, task.Targets[0].Language));
        Assert.Equal(["en", "it"], task.Languages);
        Assert.Equal(0, task.Gold.Count);
        Assert.Single(task.Intermediates);
    }

    private Comet.Core.Tasks.TraceTask Load(string sourceReader) =>
        Fixture.Load(_folder, Fixture.Manifest(sourceReader, sourceReader, NoGold));
}
