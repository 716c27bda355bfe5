using System.Net;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

/// <summary>The contract of these endpoints, run on SQLite (<see cref="ProjectEndpointTests"/>) and PostgreSQL (<see cref="ProjectEndpointOnPostgresTests"/>).</summary>
public abstract class ProjectEndpointContract(CometServerFactory server)
{
    [BackendFact]
    public async Task Create_NewId_Returns201WithDefaultSettings()
    {
        using var client = server.ClientWithKey(server.CreateKey("p-create", "admin"));
        using var response = await client.PostJsonAsync("/projects", new { id = "p-create", name = "Create me" });
        var project = await response.ExpectAsync(HttpStatusCode.Created);

        Assert.Equal("/projects/p-create", response.Headers.Location?.ToString());
        Assert.Equal("Create me", (string?)project!["name"]);
        Assert.Equal(["biterm", "lsi", "js", "bm25", "embedding"], project["settings"]!["measures"]!.AsArray().Select(m => (string?)m));
        Assert.Equal("hbn", (string?)project["settings"]!["model"]);
        Assert.Equal(0.7, (double)project["settings"]!["thresholds"]!["probablyLinked"]!, 12);
        Assert.Equal(0, (int)project["latestVersion"]!);
    }

    [BackendFact]
    public async Task Create_TakenId_Returns409Problem()
    {
        using var client = await server.NewProjectAsync("p-taken");
        using var response = await client.PostJsonAsync("/projects", new { id = "p-taken" });
        await response.ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [BackendFact]
    public async Task Create_InvalidFields_Returns400WithEveryFieldError()
    {
        using var client = server.ClientWithKey(server.CreateKey("*", "admin"));
        using var response = await client.PostJsonAsync("/projects", new
        {
            id = "Bad Id!",
            settings = new { measures = new[] { "nope" }, model = "oracle", languages = new[] { "xx" }, thresholds = new { probablyLinked = 0.3, unsure = 0.5 } },
        });
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        var fields = problem["errors"]!.AsObject().Select(e => e.Key).ToHashSet();
        Assert.Equal(["id", "settings.languages[0]", "settings.measures[0]", "settings.model", "settings.thresholds"], fields.Order(StringComparer.Ordinal));
    }

    [BackendFact]
    public async Task Create_AdminKeyOfAnotherProject_Returns403()
    {
        using var client = server.ClientWithKey(server.CreateKey("p-mine", "admin"));
        using var response = await client.PostJsonAsync("/projects", new { id = "p-not-mine" });
        await response.ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [BackendFact]
    public async Task List_ProjectKey_SeesOnlyItsProject()
    {
        using var own = await server.NewProjectAsync("p-list-a");
        using var other = await server.NewProjectAsync("p-list-b");
        var seen = await own.GetOkAsync("/projects");
        Assert.Equal(["p-list-a"], seen.AsArray().Select(p => (string?)p!["id"]));

        using var operatorClient = server.ClientWithKey(server.CreateKey("*", "read"));
        var all = (await operatorClient.GetOkAsync("/projects")).AsArray().Select(p => (string?)p!["id"]).ToList();
        Assert.Contains("p-list-a", all);
        Assert.Contains("p-list-b", all);
    }

    [BackendFact]
    public async Task Get_ExistingProject_ReturnsItsSettings()
    {
        using var client = await server.NewProjectAsync("p-get", new { languages = new[] { "en", "it" } });
        var project = await client.GetOkAsync("/projects/p-get");
        Assert.Equal(["en", "it"], project["settings"]!["languages"]!.AsArray().Select(l => (string?)l));
    }

    [BackendFact]
    public async Task Get_UnknownProjectWithOperatorKey_Returns404Problem()
    {
        using var client = server.ClientWithKey(server.CreateKey("*", "read"));
        using var response = await client.GetAsync("/projects/p-missing");
        await response.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [BackendFact]
    public async Task UpdateSettings_SomeFields_ChangesThoseAndKeepsTheRest()
    {
        using var client = await server.NewProjectAsync("p-settings");
        using var response = await client.PutJsonAsync("/projects/p-settings/settings", new { thresholds = new { probablyLinked = 0.8, unsure = 0.5 } });
        var project = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0.8, (double)project!["settings"]!["thresholds"]!["probablyLinked"]!, 12);
        Assert.Equal("biterm", (string?)project["settings"]!["measures"]![0]);
    }

    [BackendFact]
    public async Task UpdateSettings_UnknownMeasure_Returns400AndKeepsSettings()
    {
        using var client = await server.NewProjectAsync("p-settings-bad");
        using var response = await client.PutJsonAsync("/projects/p-settings-bad/settings", new { measures = new[] { "vsm", "magic" } });
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["measures[1]"]);
        Assert.Equal(["biterm", "lsi", "js", "bm25", "embedding"], (await client.GetOkAsync("/projects/p-settings-bad"))["settings"]!["measures"]!.AsArray().Select(m => (string?)m));
    }
}

public sealed class ProjectEndpointTests(CometServerFactory server) : ProjectEndpointContract(server), IClassFixture<CometServerFactory>;

public sealed class ProjectEndpointOnPostgresTests(PostgresServerFactory server) : ProjectEndpointContract(server), IClassFixture<PostgresServerFactory>, IPostgresTests;
