using Comet.Benchmarks.RealRepos;
using Comet.Core.Links;

namespace Comet.Evaluation.Tests.RealRepos;

/// <summary>
/// The real-repos benchmark's marker scan: the gold links come from the markers, and nothing of them (or
/// of any requirement id) may reach the copy comet traces, or the benchmark would measure id matching.
/// </summary>
public sealed class MarkerScanTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "comet-marker-scan-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void StrictDocMarkers_GiveGoldAndAreRemovedWithStrayIds()
    {
        var checkout = Path.Combine(_root, "checkout");
        Write(checkout, "strictdoc/core/grammar.py", "\"\"\"\n@relation(SDOC-SRS-10, SDOC-SRS-101, scope=file)\n\"\"\"\n# see SDOC-SRS-10 for why\ndef edit_grammar(): pass\n");
        Write(checkout, "strictdoc/core/other.py", "# @relation(REQ-1, scope=line)\nx = 1\n");
        Write(checkout, "strictdoc/assets/mathjax/tex.js", "// @relation(SDOC-SRS-10, scope=file)\n");
        Write(checkout, "strictdoc/readme.txt", "@relation(SDOC-SRS-10, scope=file)\n");
        var stripped = Path.Combine(_root, "stripped");

        var scan = MarkerScan.Run(RepoCatalog.StrictDoc, checkout, new HashSet<string>(["SDOC-SRS-10", "SDOC-SRS-101", "SDOC-SRS-1"]), stripped);

        Assert.Equal(["strictdoc/core/grammar.py", "strictdoc/core/other.py"], scan.CodeFiles);
        Assert.Equal(
            new[] { new TraceLink("SDOC-SRS-10", "strictdoc/core/grammar.py"), new TraceLink("SDOC-SRS-101", "strictdoc/core/grammar.py") }.ToHashSet(),
            scan.Gold.Links.ToHashSet());
        Assert.Equal(2, scan.Markers);
        Assert.Equal(["REQ-1"], scan.UnknownIds);
        Assert.Equal(1, scan.StrayIds);
        var text = File.ReadAllText(Path.Combine(stripped, "strictdoc/core/grammar.py"));
        Assert.DoesNotContain("SDOC", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@relation", text, StringComparison.Ordinal);
        Assert.Contains("def edit_grammar(): pass", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LobsterMarkers_CommaListsAndTestDataFolders()
    {
        var checkout = Path.Combine(_root, "checkout");
        Write(checkout, "tests_system/lobster_json/test_files.py", "    # lobster-trace: UseCases.Input_Files, json_req.Dir\n    def test(self): pass\n");
        Write(checkout, "tests_system/lobster_python/data/example.py", "# lobster-trace: UseCases.Input_Files\n");
        Write(checkout, "lobster/tool.py", "LOBSTER_TRACE_PREFIX = \"# lobster-trace: \"\n");
        var stripped = Path.Combine(_root, "stripped");

        var scan = MarkerScan.Run(RepoCatalog.Lobster, checkout, new HashSet<string>(["UseCases.Input_Files", "json_req.Dir"]), stripped);

        Assert.Equal(["lobster/tool.py", "tests_system/lobster_json/test_files.py"], scan.CodeFiles);
        Assert.Equal(2, scan.Gold.Count);
        Assert.All(scan.Gold.Links, l => Assert.Equal("tests_system/lobster_json/test_files.py", l.TargetId));
        Assert.Equal("    # \n    def test(self): pass\n", File.ReadAllText(Path.Combine(stripped, "tests_system/lobster_json/test_files.py")));
    }

    [Theory]
    [InlineData("// [impl->dsn~cli.help~1]", "dsn~cli.help~1")]
    [InlineData("// [utest -> dsn~cli.help~1]", "dsn~cli.help~1")]
    [InlineData("// [impl~help-impl~1->dsn~cli.help~1>>utest]", "dsn~cli.help~1")]
    public void OpenFastTraceMarkers_NameTheCoveredItem(string line, string id)
    {
        var match = RepoCatalog.OpenFastTrace.Marker.Match(line);

        Assert.True(match.Success);
        Assert.Equal([id], MarkerScan.Ids(match.Groups["ids"].Value));
        Assert.Equal("// ", RepoCatalog.OpenFastTrace.Marker.Replace(line, string.Empty));
    }

    [Theory]
    [InlineData("sql-statement-builder", "doc")]
    [InlineData("project-keeper", "doc/requirements")]
    [InlineData("exasol-testcontainers", "doc")]
    [InlineData("test-db-builder-java", "doc")]
    public void ExasolRepositories_AreReadAsOpenFastTraceWithTheirOwnSpecFolder(string name, string folder)
    {
        var spec = RepoCatalog.Find(name);

        Assert.Equal("https://github.com/exasol/" + name, spec.Url);
        Assert.Same(RepoCatalog.OpenFastTrace.Marker, spec.Marker);
        Assert.Equal(RepoCatalog.OpenFastTrace.CodeExtensions, spec.CodeExtensions);
        Assert.StartsWith(folder.Replace('/', Path.DirectorySeparatorChar) + "/**/*.md: OpenFastTrace items", spec.Requirements.Describe, StringComparison.Ordinal);
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
