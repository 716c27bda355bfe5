using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Comet.Server.Hosting;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

/// <summary>Bad input of every kind: the answer is always a 4xx problem (or a success for a mutation that stayed valid), never a 500.</summary>
public abstract class FuzzContract(CometServerFactory server)
{
    private const int Rounds = 400;

    [BackendFact]
    public async Task Fuzz_MutatedBodies_NeverAnswer5xxAndTheServerStaysUp()
    {
        var (client, runId) = await TestRuns.ProjectWithRunAsync(server, "fuzz");
        using (client)
        {
            var valid = new (HttpMethod Method, string Path, object Body)[]
            {
                (HttpMethod.Post, "/projects", new { id = "fuzz-new", name = "n", settings = new { measures = new[] { "vsm" }, languages = new[] { "en" }, thresholds = new { probablyLinked = 0.7, unsure = 0.4 } } }),
                (HttpMethod.Put, "/projects/fuzz/settings", new { measures = new[] { "vsm" }, model = "interim-z-logistic", languages = new[] { "en" } }),
                (HttpMethod.Post, "/projects/fuzz/artifacts", Fixtures.Minimal()),
                (HttpMethod.Post, "/projects/fuzz/runs", new { version = 1 }),
                (HttpMethod.Post, "/projects/fuzz/feedback", new { source = "R1", target = "util/Clock.java", verdict = "likert", likert = 3, author = "fuzzer", comment = "c", runId }),
            };
            var mutator = new JsonMutator(seed: 20240611);
            var statuses = new Dictionary<int, int>();
            for (var round = 0; round < Rounds; round++)
            {
                var (method, path, body) = valid[round % valid.Length];
                using var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(mutator.Mutate(JsonSerializer.Serialize(body, CometJson.Options))) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue(round % 17 == 0 ? "text/plain" : "application/json");
                using var response = await client.SendAsync(request);
                await AssertNoServerErrorAsync(response, $"{method} {path} (round {round})");
                statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
            }

            Assert.True(statuses.Where(s => s.Key >= 400).Sum(s => s.Value) > Rounds / 2, "most mutations should be refused: " + string.Join(", ", statuses));
            await client.GetOkAsync("/health");
        }
    }

    [BackendFact]
    public async Task Fuzz_BadQueriesAndUnknownIds_NeverAnswer5xx()
    {
        var (client, runId) = await TestRuns.ProjectWithRunAsync(server, "fuzz-query");
        using (client)
        {
            var mutator = new JsonMutator(seed: 7);
            var templates = new[]
            {
                "/projects/fuzz-query/runs/{run}/links?limit={v}&offset={v}&bucket={v}&source={v}&target={v}",
                "/projects/fuzz-query/runs/{run}/links/explanation?source={v}&target={v}",
                "/projects/fuzz-query/runs/{run}/gaps?role={v}",
                "/projects/fuzz-query/runs/{run}/diff?base={v}&limit={v}",
                "/projects/fuzz-query/runs/{v}",
                "/projects/fuzz-query/artifacts?version={v}&role={v}&offset={v}&limit={v}",
                "/projects/fuzz-query/artifacts/text?role={v}&id={v}&version={v}",
                "/projects/fuzz-query/feedback?source={v}&target={v}&offset={v}&limit={v}",
                "/projects/fuzz-query/feedback/{v}",
                "/projects/{v}/runs",
            };
            for (var round = 0; round < 200; round++)
            {
                var template = templates[round % templates.Length].Replace("{run}", round % 3 == 0 ? "424242" : runId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
                var path = string.Join(string.Empty, template.Split("{v}").Select((part, i) => i == 0 ? part : mutator.RandomQueryValue() + part));
                using var response = await client.GetAsync(path);
                await AssertNoServerErrorAsync(response, path);
            }

            await client.GetOkAsync("/health");
        }
    }

    [BackendFact]
    public async Task HugeBody_OverDefaultLimit_Returns413Problem()
    {
        using var client = await server.NewProjectAsync("fuzz-huge");
        using var content = new ByteArrayContent(new byte[17 << 20]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/projects/fuzz-huge/artifacts", content);
        await response.ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    private static async Task AssertNoServerErrorAsync(HttpResponseMessage response, string what)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status < 500, $"{what} answered {status}: {body}");
        if (status >= 400)
        {
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{what} answered {status} without a problem body: {body}");
        }
    }
}

public sealed class FuzzTests(CometServerFactory server) : FuzzContract(server), IClassFixture<CometServerFactory>;

public sealed class FuzzOnPostgresTests(PostgresServerFactory server) : FuzzContract(server), IClassFixture<PostgresServerFactory>, IPostgresTests;
