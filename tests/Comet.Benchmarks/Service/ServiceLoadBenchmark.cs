using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Comet.Core;
using Comet.Core.Tasks;
using Comet.Loading.Catalog;

namespace Comet.Benchmarks.Service;

/// <summary>
/// <c>service-load [--server DIR] [--dataset CCHIT] [--rate 200] [--seconds 30] [--history N]</c>: the built REST
/// service on 127.0.0.1 with the dataset uploaded as a project and one completed run, then an open-loop
/// load (<see cref="OpenLoopLoad"/>) of half feedback posts, half link reads (links of one source, 20
/// per page), (a) idle and (b) while a second run of the same project stores its links; the window of
/// (b) opens when that run reaches its store stage, and (c) while a third run, of a version whose targets all
/// changed, encodes them (the embedding is among a new project's measures). Prints p50/p99/max per kind, the time the run spent
/// storing, and `uptime` before each phase (client and server share the machine). With --history N it
/// instead times the scoring step at 1,000 and N feedback rows (<see cref="FeedbackHistorySection"/>).
/// With --postgres CONN it measures a shared deployment instead (<see cref="SharedLoadBenchmark"/>).
/// </summary>
internal static class ServiceLoadBenchmark
{
    internal const string Project = "load";

    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        if (args.Contains("--postgres"))
        {
            return await SharedLoadBenchmark.RunAsync(args); // the shared deployment: API nodes and workers on PostgreSQL
        }

        var (serverFolder, datasetId, rate, seconds, history) = Parse(args);
        var task = DatasetCatalog.Default.Load(datasetId);
        using var server = await ServerUnderTest.StartAsync(serverFolder);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 })
        {
            BaseAddress = server.Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        client.DefaultRequestHeaders.Add("X-Api-Key", server.Key);

        await UploadAsync(client, task);
        var readRun = await StartRunAsync(client);
        var first = await WaitUntilAsync(client, readRun, run => (bool)run["isFinal"]!, TimeSpan.FromMinutes(10));
        Console.WriteLine($"## service-load: {datasetId}, {task.Sources.Count} x {task.Targets.Count} = {task.Sources.Count * task.Targets.Count} links per run, " +
                          $"{rate} requests/s for {seconds} s (open loop, half feedback posts, half link reads), {Environment.ProcessorCount} cores");
        Console.WriteLine($"first run: {first["status"]}, stages (s): {first["summary"]?["stageSeconds"]?.ToJsonString()}");
        Console.WriteLine();

        var sources = task.Sources.Select(a => a.Id).ToArray();
        var targets = task.Targets.Select(a => a.Id).ToArray();
        if (history > 0)
        {
            await FeedbackHistorySection.RunAsync(client, Project, Path.Combine(server.DataFolder, "comet.db"), sources, targets, history);
            return 0;
        }

        Func<int, Task<(string, bool)>> request = k => SendAsync(client, k, readRun, sources, targets);
        var duration = TimeSpan.FromSeconds(seconds);

        var rows = new List<string>();
        var idleLoad = Uptime();
        var idle = await OpenLoopLoad.RunAsync(rate, duration, request);
        rows.AddRange(Rows("(a) idle", idle, idleLoad));

        var storing = await StartRunAsync(client);
        await WaitUntilAsync(client, storing, run => (string?)run["stage"] == "store" || (bool)run["isFinal"]!, TimeSpan.FromMinutes(10));
        var busyLoad = Uptime();
        var clock = Stopwatch.StartNew();
        var watcher = WaitUntilAsync(client, storing, run => (bool)run["isFinal"]!, TimeSpan.FromMinutes(10))
            .ContinueWith(t => (Run: t.Result, EndMs: clock.Elapsed.TotalMilliseconds), TaskScheduler.Default);
        var busy = await OpenLoopLoad.RunAsync(rate, duration, request);
        var (second, storeEndMs) = await watcher;
        rows.AddRange(Rows("(b) whole window, run storing from its start", busy, busyLoad));
        rows.AddRange(Rows($"(b) due while the run was storing (first {storeEndMs / 1000:0.0} s)", busy.Where(s => s.DueMs <= storeEndMs), busyLoad));

        // (c) While a run encodes (the default measures include the embedding): a new version whose target texts all
        // changed, so its run encodes every one of them again, as a first run on a new server does.
        await UploadAsync(client, task, targetSuffix: " (revised)");
        var encoding = await StartRunAsync(client);
        await WaitUntilAsync(client, encoding, run => IsEncoding(run) || (bool)run["isFinal"]!, TimeSpan.FromMinutes(10));
        var encodingLoad = Uptime();
        clock.Restart();
        var encodeWatcher = WaitUntilAsync(client, encoding, run => !IsEncoding(run), TimeSpan.FromMinutes(30))
            .ContinueWith(t => clock.Elapsed.TotalMilliseconds, TaskScheduler.Default);
        var encodingSamples = await OpenLoopLoad.RunAsync(rate, duration, request);
        var encodeEndMs = await encodeWatcher;
        rows.AddRange(Rows($"(c) due while the run was encoding (first {Math.Min(encodeEndMs, duration.TotalMilliseconds) / 1000:0.0} s)", encodingSamples.Where(s => s.DueMs <= encodeEndMs), encodingLoad));
        var third = await WaitUntilAsync(client, encoding, run => (bool)run["isFinal"]!, TimeSpan.FromMinutes(30));

        Console.WriteLine("| phase | requests | errors | p50 ms | p99 ms | max ms | load average (uptime) at the start |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        rows.ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine($"second run: {second["status"]}, {second["summary"]?["links"]} links, stages (s): {second["summary"]?["stageSeconds"]?.ToJsonString()}");
        Console.WriteLine($"third run (every target re-encoded): {third["status"]}, stages (s): {third["summary"]?["stageSeconds"]?.ToJsonString()}");
        Console.WriteLine($"uptime at the end: {Uptime()}");
        Console.WriteLine($"(a) worst latency per second, ms: {Timeline(idle)}");
        Console.WriteLine($"(b) worst latency per second, ms: {Timeline(busy)}");
        Console.WriteLine($"(c) worst latency per second, ms: {Timeline(encodingSamples)}");
        return 0;
    }

    private static IEnumerable<string> Rows(string phase, IEnumerable<OpenLoopLoad.Sample> samples, string load)
    {
        foreach (var group in samples.GroupBy(s => s.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var errors = group.Count(s => !s.Ok);
            yield return $"| {phase}: {group.Key} | {group.Count()} | {errors} | {OpenLoopLoad.Percentiles(group)} | {load} |";
        }
    }

    // Where in the window the slow requests were: one number per second of due time.
    private static string Timeline(IEnumerable<OpenLoopLoad.Sample> samples) => string.Join(' ',
        samples.GroupBy(s => (int)(s.DueMs / 1000)).OrderBy(g => g.Key).Select(g => g.Max(s => s.LatencyMs).ToString("0", CultureInfo.InvariantCulture)));

    internal static async Task<(string, bool)> SendAsync(HttpClient client, int k, long runId, string[] sources, string[] targets)
    {
        // Deterministic per k, spread over the sources and targets.
        var source = sources[(int)((uint)(k * 2654435761u) % (uint)sources.Length)];
        if (k % 2 == 0)
        {
            var target = targets[(int)((uint)(k * 40503u + 17) % (uint)targets.Length)];
            using var response = await client.PostAsJsonAsync($"projects/{Project}/feedback",
                new { source, target, verdict = k % 4 == 0 ? "confirm" : "reject", author = $"reviewer{k % 7}" });
            return ("feedback post", response.StatusCode == HttpStatusCode.Created);
        }

        using var read = await client.GetAsync($"projects/{Project}/runs/{runId}/links?source={Uri.EscapeDataString(source)}&limit=20");
        return ("link read", read.StatusCode == HttpStatusCode.OK);
    }

    private static bool IsEncoding(JsonNode run) => ((string?)run["stage"])?.StartsWith("encoding chunks", StringComparison.Ordinal) == true;

    /// <summary>Creates the project on the first upload; <paramref name="targetSuffix"/> changes every target's text (a new version to encode).</summary>
    internal static async Task UploadAsync(HttpClient client, TraceTask task, string? targetSuffix = null)
    {
        if (targetSuffix is null)
        {
            (await client.PostAsJsonAsync("projects", new { id = Project })).EnsureSuccessStatusCode();
        }

        var artifacts = task.Sources.Select(a => new { role = "source", id = a.Id, text = a.Text })
            .Concat(task.Targets.Select(a => new { role = "target", id = a.Id, text = a.Text + targetSuffix }));
        using var response = await client.PostAsJsonAsync($"projects/{Project}/artifacts", new { artifacts });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"upload failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    internal static async Task<long> StartRunAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync($"projects/{Project}/runs", new { });
        response.EnsureSuccessStatusCode();
        return (long)(await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!;
    }

    internal static async Task<JsonNode> WaitUntilAsync(HttpClient client, long runId, Func<JsonNode, bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var run = (await client.GetFromJsonAsync<JsonNode>($"projects/{Project}/runs/{runId}"))!;
            if (condition(run))
            {
                return run;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"run {runId} did not get there in {timeout}");
    }

    private static string Uptime()
    {
        try
        {
            using var uptime = Process.Start(new ProcessStartInfo("uptime") { RedirectStandardOutput = true, UseShellExecute = false })!;
            var text = uptime.StandardOutput.ReadToEnd().Trim();
            uptime.WaitForExit();
            var at = text.IndexOf("load average", StringComparison.Ordinal);
            return at >= 0 ? text[at..] : text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "(no uptime command)";
        }
    }

    private static (string Server, string Dataset, int Rate, int Seconds, int History) Parse(string[] args)
    {
        var server = DefaultServerFolder();
        var dataset = "CCHIT";
        int rate = 200, seconds = 30, history = 0;
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--server": server = value; break;
                case "--dataset": dataset = value; break;
                case "--rate": rate = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--history": history = int.Parse(value, CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return (server, dataset, rate, seconds, history);
    }

    /// <summary>The Release build of the service in this repository.</summary>
    internal static string DefaultServerFolder() => Path.Combine(RepoRoot.FindAbove(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory(), "src", "Comet.Server", "bin", "Release", "net10.0");
}
