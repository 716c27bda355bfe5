using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Comet.BrowserTests.Support;

namespace Comet.BrowserTests.Review;

/// <summary>
/// Once per test run: the service on loopback with a temporary data folder, an admin key, the tiny
/// project uploaded and one completed run, and one headless Chromium.
/// </summary>
public sealed class ReviewFixture : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private readonly ServiceProcess _service = new();

    public BrowserSession Browser { get; private set; } = null!;

    /// <summary>The reviewer's key: write on the tiny project only, so the page opens that project whatever else the service holds.</summary>
    public string Key { get; private set; } = null!;

    public long RunId { get; private set; }

    /// <summary>A client of the service with an operator's key (admin on every project) in its X-Api-Key header.</summary>
    public HttpClient Api { get; private set; } = null!;

    public string PageUrl => new Uri(_service.BaseAddress, "review").AbsoluteUri;

    public async Task InitializeAsync()
    {
        Browser = await BrowserSession.StartAsync(1400, 900);
        var operatorKey = _service.CreateKey("*", "admin");
        Key = _service.CreateKey(ReviewProject.Id, "write");
        await _service.StartAsync(Limit);
        Api = new HttpClient { BaseAddress = _service.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Api.DefaultRequestHeaders.Add("X-Api-Key", operatorKey);

        await ExpectAsync(await Api.PostAsJsonAsync("projects", new { id = ReviewProject.Id, name = "Review demo" }));
        await ExpectAsync(await Api.PostAsJsonAsync($"projects/{ReviewProject.Id}/artifacts", ReviewProject.Upload()));
        RunId = await CompleteRunAsync(ReviewProject.Id, Limit);
    }

    /// <summary>A new key made with the keys command while the service runs (e.g. one that opens a single project).</summary>
    public string CreateKey(string project, string scope) => _service.CreateKey(project, scope);

    /// <summary>Starts a run of the project's latest version and waits, bounded, until it has completed.</summary>
    public async Task<long> CompleteRunAsync(string project, TimeSpan limit)
    {
        var run = await ExpectAsync(await Api.PostAsJsonAsync($"projects/{project}/runs", new { }));
        var id = (long)run["id"]!;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            run = await GetAsync($"projects/{project}/runs/{id}");
            if ((bool)run["isFinal"]!)
            {
                Assert.True((string?)run["status"] == "completed", $"run ended as {run["status"]}: {run["error"]}");
                return id;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"run {id} of {project} did not finish within {limit.TotalSeconds} s");
    }

    public async Task<JsonNode> PostAsync(string path, object body) => await ExpectAsync(await Api.PostAsJsonAsync(path, body));

    public async Task<JsonNode> GetAsync(string path) => await ExpectAsync(await Api.GetAsync(new Uri(path, UriKind.Relative)));

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        Dispose();
    }

    public void Dispose()
    {
        Api?.Dispose();
        _service.Dispose();
    }

    private async Task<JsonNode> ExpectAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}\n{_service.Log}");
            return JsonNode.Parse(text)!;
        }
    }
}

/// <summary>The review tests share one service and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class ReviewCollection : ICollectionFixture<ReviewFixture>
{
    public const string Name = "review";
}
