using System.Net;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

/// <summary>Run on SQLite (<see cref="ZipUploadTests"/>) and PostgreSQL (<see cref="ZipUploadOnPostgresTests"/>).</summary>
public abstract class ZipUploadContract(CometServerFactory server)
{
    [BackendFact]
    public async Task Zip_FoldersUnderOneRoot_CreatesArtifactsAndSkipsHiddenFiles()
    {
        using var client = await server.NewProjectAsync("z-folders");
        using var body = ZipBuilder.Build(
            ZipBuilder.Text("demo/sources/UC1.txt", "The user logs in."),
            ZipBuilder.Text("demo/targets/auth/Login.java", "class Login {}"),
            ZipBuilder.Text("demo/tests/LoginTest.java", "class LoginTest {}"),
            ZipBuilder.Text("demo/sources/.DS_Store", "junk"),
            ZipBuilder.Text("demo/README.md", "not an artifact"));
        using var response = await client.PostAsync("/projects/z-folders/artifacts/zip", body);
        var version = await response.ExpectAsync(HttpStatusCode.Created);

        Assert.Equal((1, 1, 1), ((int)version!["counts"]!["source"]!, (int)version["counts"]!["target"]!, (int)version["counts"]!["intermediate"]!));
        Assert.Equal(2, version["skipped"]!.AsArray().Count);
        var login = await client.GetOkAsync("/projects/z-folders/artifacts/text?role=target&id=auth/Login.java");
        Assert.Equal("class Login {}", (string?)login["text"]);
        Assert.Equal("demo/targets/auth/Login.java", (string?)login["path"]);
        Assert.Equal("test", (string?)(await client.GetOkAsync("/projects/z-folders/artifacts?role=intermediate"))["items"]![0]!["kind"]);
    }

    [BackendFact]
    public async Task Zip_MinifiedBundlesSourceMapsAndLicences_AreSkippedWithTheReason()
    {
        using var client = await server.NewProjectAsync("z-generated");
        var minified = "var a=1;" + new string('x', 6_000);
        using var body = ZipBuilder.Build(
            ZipBuilder.Text("sources/UC1.txt", "The user logs in."),
            ZipBuilder.Text("targets/auth/Login.java", "class Login {}"),
            ZipBuilder.Text("targets/static/jquery.min.js", "function(){}"),
            ZipBuilder.Text("targets/static/app.js.map", "{\"version\":3}"),
            ZipBuilder.Text("targets/static/bundle.js", minified),
            ZipBuilder.Text("targets/LICENSE", "Permission is hereby granted"),
            ZipBuilder.Text("targets/license.py", "def license(): pass"));
        using var response = await client.PostAsync("/projects/z-generated/artifacts/zip", body);
        var version = await response.ExpectAsync(HttpStatusCode.Created);

        Assert.Equal(2, (int)version!["counts"]!["target"]!);
        Assert.Equal(
            [
                "targets/LICENSE: licence text",
                "targets/static/app.js.map: source map",
                "targets/static/bundle.js: minified or generated (a line of 6,008 characters, 6,008 on average)",
                "targets/static/jquery.min.js: minified (name)",
            ],
            version["skipped"]!.AsArray().Select(s => (string?)s).Order(StringComparer.Ordinal));
    }

    [BackendTheory]
    [InlineData("../evil.txt")]
    [InlineData("sources/../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("sources\\..\\evil.txt")]
    [InlineData("C:/Windows/evil.txt")]
    [InlineData("sources/./R1.txt")]
    public async Task Zip_UnsafeEntryName_Returns400AndStoresNothing(string name)
    {
        var project = "z-unsafe-" + Math.Abs(name.GetHashCode(StringComparison.Ordinal));
        using var client = await server.NewProjectAsync(project);
        using var body = ZipBuilder.Build(ZipBuilder.Text("sources/R1.txt", "fine"), ZipBuilder.Text(name, "evil"));
        using var response = await client.PostAsync($"/projects/{project}/artifacts/zip", body);
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("unsafe entry name", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(0, (int)(await client.GetOkAsync($"/projects/{project}"))["latestVersion"]!);
    }

    [BackendTheory]
    [InlineData(50)] // declared size beyond the per-file limit
    [InlineData(2)] // under the per-file limit, but compressed far more than any text
    public async Task Zip_Bomb_Returns413(int megabytes)
    {
        var project = "z-bomb-" + megabytes;
        using var client = await server.NewProjectAsync(project);
        using var body = ZipBuilder.Build(("sources/bomb.txt", new byte[megabytes << 20]));
        using var response = await client.PostAsync($"/projects/{project}/artifacts/zip", body);
        var problem = await response.ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("bomb.txt", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [BackendFact]
    public async Task Zip_NotAZip_Returns400()
    {
        using var client = await server.NewProjectAsync("z-garbage");
        using var body = new ByteArrayContent("PK this is not really a zip"u8.ToArray());
        using var response = await client.PostAsync("/projects/z-garbage/artifacts/zip", body);
        await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    [BackendFact]
    public async Task Zip_BinaryFile_IsSkippedWithReason()
    {
        using var client = await server.NewProjectAsync("z-binary");
        using var body = ZipBuilder.Build(
            ZipBuilder.Text("sources/R1.txt", "text"),
            ZipBuilder.Text("targets/A.java", "class A {}"),
            ("targets/logo.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]));
        using var response = await client.PostAsync("/projects/z-binary/artifacts/zip", body);
        var version = await response.ExpectAsync(HttpStatusCode.Created);
        Assert.Contains("targets/logo.png: not text", (string?)version!["skipped"]![0], StringComparison.Ordinal);
    }

    [BackendFact]
    public async Task Zip_ManySmallRepetitiveEntries_Returns413ForTheWholeArchiveRatio()
    {
        const string project = "z-many";
        using var client = await server.NewProjectAsync(project);
        var entries = Enumerable.Range(0, 300).Select(i => ZipBuilder.Text($"sources/r{i}.txt", new string('a', 8192))).ToArray();
        using var body = ZipBuilder.Build(entries);
        using var response = await client.PostAsync($"/projects/{project}/artifacts/zip", body);
        var problem = await response.ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("in all", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(0, (int)(await client.GetOkAsync($"/projects/{project}"))["latestVersion"]!);
    }

    [BackendFact]
    public async Task Zip_HeaderUnderstatesTheSize_Returns400InsteadOfTruncating()
    {
        const string project = "z-lying";
        using var client = await server.NewProjectAsync(project);
        using var honest = ZipBuilder.Build(ZipBuilder.Text("sources/a.txt", string.Concat(Enumerable.Repeat("login form ", 500))), ZipBuilder.Text("targets/b.txt", "class Login"));
        var bytes = await honest.ReadAsByteArrayAsync();
        ZipBuilder.SetUncompressedSize(bytes, "sources/a.txt", 100);
        using var body = new ByteArrayContent(bytes);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/zip");
        using var response = await client.PostAsync($"/projects/{project}/artifacts/zip", body);
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("the header says 100 bytes", (string?)problem["detail"], StringComparison.Ordinal);
    }
}

public sealed class ZipUploadTests(CometServerFactory server) : ZipUploadContract(server), IClassFixture<CometServerFactory>;

public sealed class ZipUploadOnPostgresTests(PostgresServerFactory server) : ZipUploadContract(server), IClassFixture<PostgresServerFactory>, IPostgresTests;
