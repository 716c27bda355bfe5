using System.Net;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

/// <summary>The contract of these endpoints, run on SQLite (<see cref="FeedbackEndpointTests"/>) and PostgreSQL (<see cref="FeedbackEndpointOnPostgresTests"/>).</summary>
public abstract class FeedbackEndpointContract(CometServerFactory server)
{
    [BackendFact]
    public async Task Add_Confirm_Returns201WithAuthorTimeAndLocation()
    {
        using var client = await ProjectAsync("f-confirm");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        using var response = await client.PostJsonAsync("/projects/f-confirm/feedback",
            new { source = "R1", target = "auth/LoginService.java", verdict = "confirm", author = "ana", comment = "checked the code" });
        var answer = await response.ExpectAsync(HttpStatusCode.Created);

        Assert.Equal($"/projects/f-confirm/feedback/{answer!["id"]}", response.Headers.Location?.ToString());
        Assert.Equal(("confirm", "ana", "checked the code"), ((string?)answer["verdict"], (string?)answer["author"], (string?)answer["comment"]));
        Assert.InRange(DateTimeOffset.Parse((string)answer["recordedAt"]!, System.Globalization.CultureInfo.InvariantCulture), before, DateTimeOffset.UtcNow.AddSeconds(1));
        var stored = await client.GetOkAsync($"/projects/f-confirm/feedback/{answer["id"]}");
        Assert.Equal("ana", (string?)stored["author"]);
    }

    [BackendFact]
    public async Task Add_Likert_StoresTheRating()
    {
        using var client = await ProjectAsync("f-likert");
        var answer = await client.PostOkAsync("/projects/f-likert/feedback", new { source = "R2", target = "util/Clock.java", verdict = "likert", likert = 2, author = "bo" });
        Assert.Equal(2, (int)answer["likert"]!);
    }

    [BackendTheory]
    [InlineData("""{"source":"R1","target":"util/Clock.java","verdict":"likert","author":"a"}""", "likert")]
    [InlineData("""{"source":"R1","target":"util/Clock.java","verdict":"likert","likert":6,"author":"a"}""", "likert")]
    [InlineData("""{"source":"R1","target":"util/Clock.java","verdict":"confirm","likert":4,"author":"a"}""", "likert")]
    [InlineData("""{"source":"R1","target":"util/Clock.java","author":"a"}""", "verdict")]
    [InlineData("""{"source":"R1","target":"util/Clock.java","verdict":"confirm"}""", "author")]
    [InlineData("""{"source":"R1","target":"util/Clock.java","verdict":"confirm","author":"   "}""", "author")]
    [InlineData("""{"source":"R99","target":"util/Clock.java","verdict":"confirm","author":"a"}""", "source")]
    [InlineData("""{"source":"R1","target":"R2","verdict":"reject","author":"a"}""", "target")]
    [InlineData("""{"source":"R1","target":"util/Clock.java","verdict":"reject","author":"a","runId":424242}""", "runId")]
    public async Task Add_InvalidField_Returns400NamingIt(string body, string field)
    {
        var project = $"f-invalid-{field.ToLowerInvariant()}{body.Length}";
        using var client = await ProjectAsync(project);
        using var response = await client.PostRawAsync($"/projects/{project}/feedback", body);
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]![field]);
    }

    [BackendTheory]
    [InlineData("""{"source":"R1","target":"util/Clock.java","verdict":"maybe","author":"a"}""")]
    [InlineData("""{"source":"R1","target":"util/Clock.java","verdict":1,"author":"a"}""")]
    [InlineData("""{"source":["R1"],"target":"util/Clock.java","verdict":"confirm","author":"a"}""")]
    [InlineData("""{"source":"R1","target":"util/Clock.java","verdict":"confirm","author":"a","extra":true}""")]
    [InlineData("""{"source":"R1","target":"util/Clock.java","verdict":"likert","likert":"4","author":"a"}""")]
    public async Task Add_WrongJsonType_Returns400Problem(string body)
    {
        using var client = await ProjectAsync("f-type-" + (uint)body.GetHashCode(StringComparison.Ordinal));
        using var response = await client.PostRawAsync($"/projects/f-type-{(uint)body.GetHashCode(StringComparison.Ordinal)}/feedback", body);
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("JSON", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [BackendFact]
    public async Task History_TwoAnswersOnOneLink_KeepsBothOldestFirst()
    {
        using var client = await ProjectAsync("f-history");
        await client.PostOkAsync("/projects/f-history/feedback", new { source = "R1", target = "util/Clock.java", verdict = "confirm", author = "ana" });
        await client.PostOkAsync("/projects/f-history/feedback", new { source = "R1", target = "util/Clock.java", verdict = "reject", author = "bo" });
        await client.PostOkAsync("/projects/f-history/feedback", new { source = "R2", target = "util/Clock.java", verdict = "reject", author = "bo" });

        var history = await client.GetOkAsync("/projects/f-history/feedback?source=R1&target=util/Clock.java");
        Assert.Equal(2, (int)history["total"]!);
        Assert.Equal(["confirm", "reject"], history["items"]!.AsArray().Select(f => (string?)f!["verdict"]));
        Assert.Equal(3, (int)(await client.GetOkAsync("/projects/f-history/feedback"))["total"]!);
    }

    [BackendFact]
    public async Task Get_UnknownId_Returns404Problem()
    {
        using var client = await ProjectAsync("f-unknown");
        using var response = await client.GetAsync("/projects/f-unknown/feedback/987654");
        await response.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<HttpClient> ProjectAsync(string id)
    {
        var client = await server.NewProjectAsync(id);
        await client.PostOkAsync($"/projects/{id}/artifacts", Fixtures.Upload());
        return client;
    }
}

public sealed class FeedbackEndpointTests(CometServerFactory server) : FeedbackEndpointContract(server), IClassFixture<CometServerFactory>;

public sealed class FeedbackEndpointOnPostgresTests(PostgresServerFactory server) : FeedbackEndpointContract(server), IClassFixture<PostgresServerFactory>, IPostgresTests;
