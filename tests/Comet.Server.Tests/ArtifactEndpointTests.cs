using System.Net;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

/// <summary>The contract of these endpoints, run on SQLite (<see cref="ArtifactEndpointTests"/>) and PostgreSQL (<see cref="ArtifactEndpointOnPostgresTests"/>).</summary>
public abstract class ArtifactEndpointContract(CometServerFactory server)
{
    [BackendFact]
    public async Task Upload_FirstBatch_CreatesVersionOneWithEverythingAdded()
    {
        using var client = await server.NewProjectAsync("a-first");
        using var response = await client.PostJsonAsync("/projects/a-first/artifacts", Fixtures.Upload());
        var version = await response.ExpectAsync(HttpStatusCode.Created);

        Assert.Equal(1, (int)version!["version"]!);
        Assert.Equal(14, (int)version["added"]!);
        Assert.Equal(6, (int)version["counts"]!["source"]!);
        Assert.Equal(8, (int)version["counts"]!["target"]!);
    }

    [BackendFact]
    public async Task Upload_SameBatchAgain_RecognisesEveryArtifactAsUnchanged()
    {
        using var client = await server.NewProjectAsync("a-same");
        await client.PostOkAsync("/projects/a-same/artifacts", Fixtures.Upload());
        var second = await client.PostOkAsync("/projects/a-same/artifacts", Fixtures.Upload());

        Assert.Equal(2, (int)second["version"]!);
        Assert.Equal(14, (int)second["unchanged"]!);
        Assert.Equal(0, (int)second["added"]! + (int)second["changed"]! + (int)second["removed"]!);
    }

    [BackendFact]
    public async Task Upload_OneRoleChanged_CountsChangesAndKeepsOtherRoles()
    {
        using var client = await server.NewProjectAsync("a-change");
        await client.PostOkAsync("/projects/a-change/artifacts", Fixtures.Upload());
        var targets = new
        {
            artifacts = new object[]
            {
                new { role = "target", id = "auth/LoginService.java", text = "class LoginService { /* rewritten */ }" },
                new { role = "target", id = "report/MonthlyReportPrinter.java", text = Fixtures.Code[1].Text },
                new { role = "target", id = "new/Added.java", text = "class Added {}" },
            },
        };
        var version = await client.PostOkAsync("/projects/a-change/artifacts", targets);

        Assert.Equal((1, 1, 1, 6), ((int)version["added"]!, (int)version["changed"]!, (int)version["unchanged"]!, (int)version["removed"]!));
        Assert.Equal(6, (int)version["counts"]!["source"]!); // sources were not in the upload: kept
        Assert.Equal(3, (int)version["counts"]!["target"]!);
    }

    [BackendFact]
    public async Task Upload_InvalidArtifacts_Returns400NamingEachField()
    {
        using var client = await server.NewProjectAsync("a-invalid");
        var body = """
            {"artifacts":[
              {"id":"R1","text":"no role"},
              {"role":"source","id":"","text":"empty id"},
              {"role":"source","id":"R3","text":"bad language","language":"klingon"},
              {"role":"source","id":"R4"},
              {"role":"target","id":"T1","text":"x"},
              {"role":"target","id":"T1","text":"duplicate"},
              {"role":"target","id":"bad\u0001id","text":"control character"}
            ]}
            """;
        using var response = await client.PostRawAsync("/projects/a-invalid/artifacts", body);
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        var fields = problem["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Equal(
            ["artifacts[0].role", "artifacts[1].id", "artifacts[2].language", "artifacts[3].text", "artifacts[5].id", "artifacts[6].id"],
            fields.Order(StringComparer.Ordinal));
        Assert.Equal(0, (int)(await client.GetOkAsync("/projects/a-invalid"))["latestVersion"]!);
    }

    [BackendTheory]
    [InlineData("report\u202Etxt.exe", "a-rtl")] // shows as "reportexe.txt"
    [InlineData("../R1", "a-dots")]
    [InlineData("auth/../R1", "a-dots-inner")]
    public async Task Upload_IdWithDirectionOverrideOrDotDotSegment_Returns400(string id, string project)
    {
        using var client = await server.NewProjectAsync(project);
        using var response = await client.PostJsonAsync($"/projects/{project}/artifacts", new { artifacts = new[] { new { role = "source", id, text = "login" } } });
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("artifacts[0].id", problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [BackendFact]
    public async Task Upload_EmptyBatch_Returns400()
    {
        using var client = await server.NewProjectAsync("a-empty");
        using var response = await client.PostJsonAsync("/projects/a-empty/artifacts", new { artifacts = Array.Empty<object>() });
        await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    [BackendFact]
    public async Task List_RoleFilterAndPaging_ReturnsThatPageWithoutText()
    {
        using var client = await server.NewProjectAsync("a-list");
        await client.PostOkAsync("/projects/a-list/artifacts", Fixtures.Upload());
        var page = await client.GetOkAsync("/projects/a-list/artifacts?role=target&offset=2&limit=3");

        Assert.Equal(8, (int)page["total"]!);
        var items = page["items"]!.AsArray();
        Assert.Equal(3, items.Count);
        Assert.All(items, a => Assert.Equal("target", (string?)a!["role"]));
        Assert.All(items, a => Assert.Null(a!["text"]));
        Assert.Equal(64, ((string?)items[0]!["hash"])!.Length);
    }

    [BackendFact]
    public async Task List_UnknownVersion_Returns404()
    {
        using var client = await server.NewProjectAsync("a-noversion");
        using var response = await client.GetAsync("/projects/a-noversion/artifacts?version=3");
        await response.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [BackendFact]
    public async Task Text_KnownArtifact_ReturnsItsText()
    {
        using var client = await server.NewProjectAsync("a-text");
        await client.PostOkAsync("/projects/a-text/artifacts", Fixtures.Upload());
        var artifact = await client.GetOkAsync("/projects/a-text/artifacts/text?role=target&id=" + Uri.EscapeDataString("auth/LoginService.java"));
        Assert.Equal(Fixtures.Code[0].Text, (string?)artifact["text"]);
        Assert.Equal("source", (string?)artifact["kind"]); // a .java target is source code
    }

    [BackendFact]
    public async Task Text_UnknownArtifactOrBadRole_Returns404Or400()
    {
        using var client = await server.NewProjectAsync("a-text-missing");
        await client.PostOkAsync("/projects/a-text-missing/artifacts", Fixtures.Minimal());
        using var missing = await client.GetAsync("/projects/a-text-missing/artifacts/text?role=source&id=R9");
        await missing.ExpectProblemAsync(HttpStatusCode.NotFound);
        using var badRole = await client.GetAsync("/projects/a-text-missing/artifacts/text?role=sauce&id=R1");
        await badRole.ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    [BackendFact]
    public async Task Versions_AfterTwoUploads_ListsBothInOrder()
    {
        using var client = await server.NewProjectAsync("a-versions");
        await client.PostOkAsync("/projects/a-versions/artifacts", Fixtures.Minimal("first"));
        await client.PostOkAsync("/projects/a-versions/artifacts", Fixtures.Minimal("second"));
        var versions = (await client.GetOkAsync("/projects/a-versions/versions")).AsArray();

        Assert.Equal([1, 2], versions.Select(v => (int)v!["version"]!));
        Assert.Equal(1, (int)versions[1]!["changed"]!);
        Assert.Equal(1, (int)versions[1]!["unchanged"]!);
    }
}

public sealed class ArtifactEndpointTests(CometServerFactory server) : ArtifactEndpointContract(server), IClassFixture<CometServerFactory>;

public sealed class ArtifactEndpointOnPostgresTests(PostgresServerFactory server) : ArtifactEndpointContract(server), IClassFixture<PostgresServerFactory>, IPostgresTests;
