using System.Text;
using Comet.Core;
using Comet.Core.Artifacts;
using Comet.Loading.Files.Walking;
using Comet.Loading.Projects;
using Comet.Loading.Readers.Documents;
using Comet.Loading.Tests.Support;

namespace Comet.Loading.Tests.Projects;

public sealed class ProjectFolderLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public ProjectFolderLoaderTests()
    {
        _folder.Write("docs/REQ-01.txt", "Members can borrow books.");
        _folder.Write("src/billing/InvoiceService.java", "class InvoiceService {}");
        _folder.Write("src/README.md", "Billing module.");
        _folder.Write("tests/billing/InvoiceServiceTest.java", "class InvoiceServiceTest {}");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_ProjectFolders_GivesRelativePathIdsAndInferredKinds()
    {
        var task = Load(withTests: true);

        Assert.Equal("project", task.Id);
        Assert.Equal(["REQ-01.txt"], task.Sources.Ids);
        Assert.Equal(["README.md", "billing/InvoiceService.java"], task.Targets.Ids);
        Assert.Equal(ArtifactKind.Requirement, task.Sources[0].Kind);
        Assert.Equal((ArtifactKind.Design, ArtifactKind.Source), (task.Targets[0].Kind, task.Targets[1].Kind));
        var tests = Assert.Single(task.Intermediates);
        Assert.Equal(("tests", ArtifactKind.Test), (tests.Name, tests[0].Kind));
        Assert.Equal(0, task.Gold.Count);
    }

    [Fact]
    public void Load_WithoutTests_HasNoIntermediates()
    {
        Assert.Empty(Load(withTests: false).Intermediates);
    }

    [Fact]
    public void Load_Languages_FirstForSourcesLastForTargets()
    {
        var task = ProjectFolderLoader.Load(Dir("docs"), Dir("src"), null, ["en", "it"]);

        Assert.Equal(("en", "it"), (task.Sources[0].Language, task.Targets[0].Language));
        Assert.Equal(["en", "it"], task.Languages);
    }

    [Fact]
    public void Load_BuildAndToolFoldersAndBinaryFiles_AreSkipped()
    {
        _folder.Write("src/bin/Debug/App.txt", "build output");
        _folder.Write("src/obj/project.assets.json", "{}");
        _folder.Write("src/.git/config", "[core]");
        _folder.Write("src/node_modules/x/index.js", "module.exports = 1;");
        _folder.WriteBytes("src/logo.dat", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D]);

        Assert.Equal(["README.md", "billing/InvoiceService.java"], Load(withTests: false).Targets.Ids);
    }

    [Fact]
    public void Load_EncodedFiles_AreDecoded()
    {
        _folder.WriteBytes("docs/REQ-02.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Prestito libri")]);
        _folder.WriteBytes("docs/REQ-03.txt", TextDecoderCp1252("citt\u00e0 \u201cok\u201d"));

        var sources = Load(withTests: false).Sources;

        Assert.Equal("Prestito libri", sources.Find("REQ-02.txt")!.Text);
        Assert.Equal("citt\u00e0 \u201cok\u201d", sources.Find("REQ-03.txt")!.Text);
    }

    [Fact]
    public void Load_MissingFolder_NamesIt()
    {
        var missing = Dir("nowhere");

        var error = Assert.Throws<CometInputException>(() => ProjectFolderLoader.Load(missing, Dir("src"), null, ["en"]));

        Assert.Equal($"sources folder not found: {missing}", error.Message);
    }

    [Fact]
    public void Load_MissingTestsFolder_NamesIt()
    {
        var error = Assert.Throws<CometInputException>(() => ProjectFolderLoader.Load(Dir("docs"), Dir("src"), Dir("nope"), ["en"]));

        Assert.Equal($"tests folder not found: {Dir("nope")}", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void Load_EmptyFile_IsSkippedAndRecorded(string content)
    {
        var path = _folder.Write("src/Empty.java", content);

        var load = ProjectFolderLoader.LoadWithSkips(Dir("docs"), Dir("src"), null, ["en"], WalkOptions.Default);

        Assert.DoesNotContain("Empty.java", load.Task.Targets.Ids);
        Assert.Equal(new SkippedFile(path, SkipReason.Empty, content.Length == 0 ? "0 bytes" : "white space only"), Assert.Single(load.Skipped));
    }

    [Fact]
    public void Load_BrokenUtf16_IsSkippedAsUndecodable()
    {
        // A UTF-16 BOM followed by a lone high surrogate cannot be decoded.
        var path = _folder.WriteBytes("docs/REQ-09.txt", [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]);

        var load = ProjectFolderLoader.LoadWithSkips(Dir("docs"), Dir("src"), null, ["en"], WalkOptions.Default);

        Assert.Equal(["REQ-01.txt"], load.Task.Sources.Ids);
        var skipped = Assert.Single(load.Skipped);
        Assert.Equal((path, SkipReason.Undecodable), (skipped.Path, skipped.Reason));
    }

    [Fact]
    public void Load_NulByteAfterTheFirst8K_IsSkippedAsBinary()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('a', 20_000));
        bytes[15_000] = 0;
        var path = _folder.WriteBytes("src/blob.txt", bytes);

        var load = ProjectFolderLoader.LoadWithSkips(Dir("docs"), Dir("src"), null, ["en"], WalkOptions.Default);

        Assert.Equal(new SkippedFile(path, SkipReason.Binary, "NUL byte after the first 8 KB"), Assert.Single(load.Skipped));
    }

    [Theory]
    [InlineData("static/jquery.min.js", SkipReason.Generated, "minified (name)")]
    [InlineData("static/bootstrap-min.css", SkipReason.Generated, "minified (name)")]
    [InlineData("static/bootstrap.css.map", SkipReason.Generated, "source map")]
    [InlineData("vendor/mathjax/LICENSE", SkipReason.Licence, "licence text")]
    [InlineData("COPYING.txt", SkipReason.Licence, "licence text")]
    [InlineData("LICENSE-MIT", SkipReason.Licence, "licence text")]
    public void Load_MinifiedSourceMapsAndLicences_AreSkippedByName(string relative, SkipReason reason, string why)
    {
        var path = _folder.Write("src/" + relative, "function a(){return 1}");

        var load = ProjectFolderLoader.LoadWithSkips(Dir("docs"), Dir("src"), null, ["en"], WalkOptions.Default);

        Assert.Equal(["README.md", "billing/InvoiceService.java"], load.Task.Targets.Ids);
        Assert.Equal(new SkippedFile(path, reason, why), Assert.Single(load.Skipped));
    }

    [Fact]
    public void Load_BundleOnOneLongLine_IsSkippedAsGenerated()
    {
        // A bundle whose name says nothing: 12,000 characters on one line after a short banner.
        var text = "/*! bundle v1 */\n" + string.Concat(Enumerable.Repeat("var a=function(b){return b+1};", 400));
        var path = _folder.Write("src/web/app.bundle.js", text);

        var load = ProjectFolderLoader.LoadWithSkips(Dir("docs"), Dir("src"), null, ["en"], WalkOptions.Default);

        var skipped = Assert.Single(load.Skipped);
        Assert.Equal((path, SkipReason.Generated), (skipped.Path, skipped.Reason));
        Assert.Equal("a line of 12,000 characters, 6,008 on average", skipped.Detail);
    }

    [Fact]
    public void Load_LongProseLinesAndNamesLikeLicences_AreKept()
    {
        // An unwrapped requirement paragraph of 6,000 characters between short lines stays a requirement;
        // so do files that only start like a licence's name.
        var paragraph = string.Concat(Enumerable.Repeat("The member shall borrow books. ", 200));
        _folder.Write("docs/REQ-02.md", "# Borrowing\n\n" + paragraph + "\n" + string.Concat(Enumerable.Repeat("- short line\n", 20)));
        _folder.Write("src/billing/LicenseService.java", "class LicenseService {}");
        _folder.Write("src/billing/notices.py", "def notices(): pass");
        _folder.Write("src/billing/license.py", "def check_license(): pass");

        var load = ProjectFolderLoader.LoadWithSkips(Dir("docs"), Dir("src"), null, ["en"], WalkOptions.Default);

        Assert.Equal(["REQ-01.txt", "REQ-02.md"], load.Task.Sources.Ids);
        Assert.Contains("billing/LicenseService.java", load.Task.Targets.Ids);
        Assert.Contains("billing/notices.py", load.Task.Targets.Ids);
        Assert.Contains("billing/license.py", load.Task.Targets.Ids);
        Assert.Empty(load.Skipped);
    }

    [Fact]
    public void Load_RequirementToolDocuments_AreTracedAsTheirItems()
    {
        _folder.Write("docs/spec/system_requirements.md", string.Join('\n',
            "# System requirements",
            "## Borrowing",
            "`req~borrow-book~1`",
            "",
            "Members can borrow a book.",
            "",
            "Needs: dsn",
            "",
            "## Returning",
            "`req~return-book~2`",
            "",
            "Members can return a book.",
            "Rationale: fines need the date."));
        _folder.Write("docs/billing.sdoc", string.Join('\n',
            "[DOCUMENT]",
            "TITLE: Billing",
            "",
            "[REQUIREMENT]",
            "UID: BILL-1",
            "TITLE: Invoice",
            "STATEMENT: The system shall send an invoice.",
            "RELATIONS:",
            "- TYPE: Parent",
            "  VALUE: req~borrow-book~1"));

        var load = ProjectFolderLoader.LoadWithSkips(Dir("docs"), Dir("src"), null, ["en"], WalkOptions.Default);

        var sources = load.Task.Sources;
        Assert.Equal(["BILL-1", "REQ-01.txt", "req~borrow-book~1", "req~return-book~2"], sources.Ids);
        Assert.Equal("Borrowing\n\nMembers can borrow a book.", sources.Find("req~borrow-book~1")!.Text.ReplaceLineEndings("\n"));
        Assert.Equal("Returning\n\nMembers can return a book.\nRationale: fines need the date.", sources.Find("req~return-book~2")!.Text.ReplaceLineEndings("\n"));
        Assert.Equal("Invoice\nThe system shall send an invoice.", sources.Find("BILL-1")!.Text.ReplaceLineEndings("\n"));
        Assert.Equal(("spec/system_requirements.md", ArtifactKind.Requirement), (sources.Find("req~borrow-book~1")!.OriginPath, sources.Find("req~borrow-book~1")!.Kind));
        Assert.Equal(
            [new ItemDocument(ProjectFolderRole.Sources, "billing.sdoc", RequirementFormat.StrictDoc, 1), new ItemDocument(ProjectFolderRole.Sources, "spec/system_requirements.md", RequirementFormat.OpenFastTrace, 2)],
            load.ItemDocuments.OrderBy(d => d.Path, StringComparer.Ordinal));
        Assert.Empty(load.Skipped);
    }

    [Fact]
    public void Load_TrlcRecords_AreTracedUnderPackageAndName()
    {
        // LOBSTER's markers name a record "package.Name" ("lobster-trace: UseCases.Output_File").
        _folder.Write("docs/usecases.trlc", string.Join('\n',
            "package UseCases",
            "import req",
            "section \"Output\" {",
            "  req.System_Requirement Output_File {",
            "    description = \"If an output file is given, write there.\"",
            "    parent = Other_Record",
            "  }",
            "}"));

        var load = ProjectFolderLoader.LoadWithSkips(Dir("docs"), Dir("src"), null, ["en"], WalkOptions.Default);

        var record = load.Task.Sources.Find("UseCases.Output_File");
        Assert.Equal(("If an output file is given, write there.", "usecases.trlc"), (record!.Text, record.OriginPath));
        Assert.Equal(new ItemDocument(ProjectFolderRole.Sources, "usecases.trlc", RequirementFormat.Trlc, 1), Assert.Single(load.ItemDocuments));
        Assert.Equal("TRLC", RequirementDocument.Name(RequirementFormat.Trlc));
    }

    [Fact]
    public void Load_ItemWithAnIdSeenBefore_IsSkippedAndTheFirstKept()
    {
        _folder.Write("docs/a.md", "## First\n`req~login~1`\nUsers log in.");
        var second = _folder.Write("docs/b.md", "## Second\n`req~login~1`\nUsers log in twice.");

        var load = ProjectFolderLoader.LoadWithSkips(Dir("docs"), Dir("src"), null, ["en"], WalkOptions.Default);

        Assert.Equal("First\nUsers log in.", load.Task.Sources.Find("req~login~1")!.Text.ReplaceLineEndings("\n"));
        Assert.Equal((second + "#req~login~1", SkipReason.DuplicateId), (Assert.Single(load.Skipped).Path, load.Skipped[0].Reason));
    }

    [Fact]
    public void Load_MarkdownThatOnlyMentionsAnItemId_StaysOneDocument()
    {
        // An id in running text or a code span inside a sentence is a reference, not an item.
        _folder.Write("docs/notes.md", "# Notes\nSee `req~login~1` for the login rules.\n");

        var load = ProjectFolderLoader.LoadWithSkips(Dir("docs"), Dir("src"), null, ["en"], WalkOptions.Default);

        Assert.Contains("notes.md", load.Task.Sources.Ids);
        Assert.Empty(load.ItemDocuments);
    }

    [Fact]
    public void Load_FolderEmptiedByAnInclude_SaysTheGlobsApplyToEveryFolder()
    {
        var options = new WalkOptions { Include = ["*.java"] };

        var error = Assert.Throws<CometInputException>(() => ProjectFolderLoader.LoadWithSkips(Dir("docs"), Dir("src"), null, ["en"], options));

        Assert.Equal(
            $"sources folder contains no text files: {Dir("docs")} (--include/--exclude left out 1 file here: --include applies to every folder; "
            + "choose this folder's own files with --sources-include, e.g. --sources-include '*.md')",
            error.Message);
    }

    [Fact]
    public void Load_OneFolderForRequirementsAndCode_EachRoleKeepsItsOwnIncludedFiles()
    {
        // LOBSTER's layout: requirements (.trlc) beside the code (.py) in one folder.
        _folder.Write("repo/tool/requirements.trlc", "package Tool\nreq.Requirement Output { description = \"Write the report.\" }\n");
        _folder.Write("repo/tool/report.py", "def write_report(path):\n    pass\n");
        _folder.Write("repo/tool/notes.txt", "Neither folder's files.");
        var walk = new ProjectWalk
        {
            Common = new WalkOptions { Include = ["*.txt"] },
            FolderInclude = new Dictionary<ProjectFolderRole, IReadOnlyList<string>>
            {
                [ProjectFolderRole.Sources] = ["*.trlc"],
                [ProjectFolderRole.Targets] = ["*.py"],
            },
        };

        var load = ProjectFolderLoader.LoadWithSkips(Dir("repo"), Dir("repo"), null, ["en"], walk);

        Assert.Equal(["Tool.Output"], load.Task.Sources.Ids);
        Assert.Equal(["tool/report.py"], load.Task.Targets.Ids);
    }

    [Fact]
    public void Load_FolderEmptiedByItsOwnInclude_NamesThatOption()
    {
        var walk = new ProjectWalk { FolderInclude = new Dictionary<ProjectFolderRole, IReadOnlyList<string>> { [ProjectFolderRole.Targets] = ["*.cs"] } };

        var error = Assert.Throws<CometInputException>(() => ProjectFolderLoader.LoadWithSkips(Dir("docs"), Dir("src"), null, ["en"], walk));

        Assert.StartsWith($"targets folder contains no text files: {Dir("src")} (--targets-include and --exclude left out ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderWithoutTextFiles_Throws()
    {
        _folder.CreateFolder("blank");

        var error = Assert.Throws<CometInputException>(() => ProjectFolderLoader.Load(Dir("docs"), Dir("blank"), null, ["en"]));

        Assert.Equal($"targets folder contains no text files: {Dir("blank")}", error.Message);
    }

    private static byte[] TextDecoderCp1252(string text) => Comet.Loading.Text.TextDecoder.Windows1252.GetBytes(text);

    private string Dir(string name) => Path.Combine(_folder.Root, name);

    private Comet.Core.Tasks.TraceTask Load(bool withTests) =>
        ProjectFolderLoader.Load(Dir("docs"), Dir("src"), withTests ? Dir("tests") : null, ["en"]);
}
