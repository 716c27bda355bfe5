using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Comet.Server.Tests.Support;

/// <summary>Small helpers so that tests read as requests and expectations.</summary>
public static class HttpExtensions
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body);

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string path, string body, string contentType = "application/json") =>
        client.PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string path, object body) =>
        client.PutAsJsonAsync(path, body);

    /// <summary>Asserts the status and returns the JSON body (null for an empty body).</summary>
    public static async Task<JsonNode?> ExpectAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status} {status}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    /// <summary>Asserts an RFC 7807 answer with this status and returns it.</summary>
    public static async Task<JsonNode> ExpectProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.ExpectAsync(status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(body);
        Assert.Equal((int)status, (int)body["status"]!);
        return body;
    }

    public static async Task<JsonNode> GetOkAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (await response.ExpectAsync(HttpStatusCode.OK))!;
    }

    public static async Task<JsonNode> PostOkAsync(this HttpClient client, string path, object body, HttpStatusCode status = HttpStatusCode.Created)
    {
        using var response = await client.PostJsonAsync(path, body);
        return (await response.ExpectAsync(status))!;
    }
}
