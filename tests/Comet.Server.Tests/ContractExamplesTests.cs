using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

/// <summary>
/// The service against the example JSON in jenkins-plugin/contract, which the Java client's tests read
/// too (ContractExamplesTest): the request examples must be accepted as they are, and every real answer
/// must have the shape of its example (same field names at every level, same kinds of values; null
/// matches any kind). A renamed or removed field on either side breaks a test on that side.
/// </summary>
public abstract class ContractExamplesContract(CometServerFactory server)
{
    // The examples' project id; the factory gives this class its own database.
    private const string Project = "demo";

    // Objects whose keys are data (stage names, measure names, field names), compared by value kind only.
    private static readonly HashSet<string> DataKeyed = new(StringComparer.Ordinal) { "stageSeconds", "measures", "errors" };

    [BackendFact]
    public async Task Examples_WholeClientFlow_RequestsAreAcceptedAndAnswersHaveTheExamplesShape()
    {
        using var client = server.ClientWithKey(server.CreateKey("*", "admin"));
        SameShape("health.json", await client.GetOkAsync("/health"));
        SameShape("project.json", await Post(client, "/projects", Example("create-project-request.json"), HttpStatusCode.Created));
        SameShape("version.json", await Post(client, $"/projects/{Project}/artifacts", Example("upload-request.json"), HttpStatusCode.Created));

        var queued = await Post(client, $"/projects/{Project}/runs", Example("start-run-request.json"), HttpStatusCode.Accepted);
        SameShape("run-queued.json", queued);
        var first = (long)queued["id"]!;
        SameShape("run-completed.json", await TestRuns.WaitAsync(client, Project, first));
        SameShape("links-page.json", await client.GetOkAsync($"/projects/{Project}/runs/{first}/links?limit=2"));
        SameShape("gaps.json", await client.GetOkAsync($"/projects/{Project}/runs/{first}/gaps"));

        // The example names run 1; this database's first run may have another id.
        var feedback = Example("feedback-request.json");
        feedback["runId"] = first;
        SameShape("feedback.json", await Post(client, $"/projects/{Project}/feedback", feedback, HttpStatusCode.Created));

        var second = await TestRuns.CompleteAsync(client, Project);
        var source = Uri.EscapeDataString((string)feedback["source"]!);
        var target = Uri.EscapeDataString((string)feedback["target"]!);
        SameShape("explanation.json", await client.GetOkAsync($"/projects/{Project}/runs/{second}/links/explanation?source={source}&target={target}"));
        var diff = await client.GetOkAsync($"/projects/{Project}/runs/{second}/diff?base={first}");
        Assert.NotEmpty(diff["appeared"]!.AsArray()); // the Likert 5 made the only link probably linked, so entries are compared too
        SameShape("diff.json", diff);

        using var missing = await client.GetAsync($"/projects/{Project}/runs/999999/diff");
        SameShape("problem.json", await missing.ExpectProblemAsync(HttpStatusCode.NotFound));
        using var invalid = await client.PostRawAsync($"/projects/{Project}/feedback", """{"source":"x"}""");
        SameShape("validation-problem.json", await invalid.ExpectProblemAsync(HttpStatusCode.BadRequest));
    }

    private static async Task<JsonNode> Post(HttpClient client, string path, JsonNode body, HttpStatusCode status)
    {
        using var response = await client.PostRawAsync(path, body.ToJsonString());
        return (await response.ExpectAsync(status))!;
    }

    private static void SameShape(string example, JsonNode? actual)
    {
        Assert.NotNull(actual);
        Compare(Example(example), actual, example);
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string where)
    {
        if (expected is null || actual is null)
        {
            return;
        }

        switch (expected)
        {
            case JsonObject expectedObject:
                var actualObject = Assert.IsType<JsonObject>(actual, exactMatch: false);
                var name = where[(where.LastIndexOf('.') + 1)..];
                if (!DataKeyed.Contains(name))
                {
                    Assert.True(
                        Names(expectedObject).SetEquals(Names(actualObject)),
                        $"{where}: the example has fields [{string.Join(", ", Names(expectedObject).Order())}], the service sent [{string.Join(", ", Names(actualObject).Order())}]");
                }

                foreach (var (field, value) in expectedObject)
                {
                    Compare(value, actualObject[field], $"{where}.{field}");
                }

                break;
            case JsonArray expectedArray:
                var actualArray = Assert.IsType<JsonArray>(actual, exactMatch: false);
                if (expectedArray.Count > 0 && actualArray.Count > 0)
                {
                    Compare(expectedArray[0], actualArray[0], where + "[0]");
                }

                break;
            default:
                Assert.True(Kind(expected) == Kind(actual), $"{where}: the example has a {Kind(expected)}, the service sent a {Kind(actual)}");
                break;
        }
    }

    private static HashSet<string> Names(JsonObject node) => [.. node.Select(p => p.Key)];

    private static string Kind(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        var kind => kind.ToString().ToLowerInvariant(),
    };

    private static JsonNode Example(string name)
    {
        var path = Path.Combine(ContractFolder(), name);
        Assert.True(File.Exists(path), $"contract example missing: {path}");
        return JsonNode.Parse(File.ReadAllText(path))!;
    }

    internal static string ContractFolder() => Path.Combine(RepoPaths.Root, "jenkins-plugin", "contract");
}

public sealed class ContractExamplesTests(CometServerFactory server) : ContractExamplesContract(server), IClassFixture<CometServerFactory>;

public sealed class ContractExamplesOnPostgresTests(PostgresServerFactory server) : ContractExamplesContract(server), IClassFixture<PostgresServerFactory>, IPostgresTests;
