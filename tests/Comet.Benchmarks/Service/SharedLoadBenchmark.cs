using System.Diagnostics;
using System.Globalization;
using Comet.Core.Tasks;
using Comet.Loading.Catalog;

namespace Comet.Benchmarks.Service;

/// <summary>
/// <c>service-load --postgres CONN [--server DIR] [--dataset CCHIT] [--rates 100,200,400] [--seconds 10] [--phases load,runs,migrate]</c>:
/// a shared deployment on loopback, every process on this machine, in a fresh schema of the given
/// PostgreSQL server (dropped afterwards). Three phases:
/// <list type="bullet">
/// <item>load: two API processes and one worker; the dataset uploaded and one run completed; then, at each
/// offered rate, the same open-loop load (<see cref="OpenLoopLoad"/>: latency from the scheduled send
/// time, half feedback posts, half link reads) sent to one API process, then spread over two.</item>
/// <item>runs: two runs of the dataset queued at once, executed by one worker, then by two.</item>
/// <item>migrate: an SQLite deployment with one completed run of the dataset moved over with
/// `migrate-storage` into another fresh schema.</item>
/// </list>
/// Every timing is printed with the load average (/proc/loadavg) beside it.
/// </summary>
internal static class SharedLoadBenchmark
{
    private sealed record Options(string Server, string Postgres, string Dataset, int[] Rates, int Seconds, string[] Phases);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Parse(args);
        var task = DatasetCatalog.Default.Load(options.Dataset);
        Console.WriteLine($"## service-load on PostgreSQL: {options.Dataset}, {task.Sources.Count} x {task.Targets.Count} = {task.CandidateCount} links per run, " +
                          $"{Environment.ProcessorCount} cores, client, service processes and PostgreSQL on this one machine; load average {LoadAverage.Now()}");
        using var schema = new PostgresSchema(options.Postgres);
        var settings = new Dictionary<string, string>
        {
            ["Storage"] = "Postgres",
            ["PostgresConnection"] = schema.ConnectionString,
            ["PollMilliseconds"] = "200",
        };
        var data = ServerUnderTest.NewDataFolder();
        try
        {
            var key = await ServerUnderTest.CreateKeyAsync(options.Server, data, settings);
            Task<ServerUnderTest> Start(string role) => ServerUnderTest.StartAsync(options.Server, data, key, settings, "--role", role);
            using var api1 = await Start("api");
            using var api2 = await Start("api");
            using var worker1 = await Start("worker");
            using var client1 = Client(api1);
            using var client2 = Client(api2);
            await ServiceLoadBenchmark.UploadAsync(client1, task);
            var clock = Stopwatch.StartNew();
            var runId = await ServiceLoadBenchmark.StartRunAsync(client1);
            var first = await ServiceLoadBenchmark.WaitUntilAsync(client2, runId, r => (bool)r["isFinal"]!, TimeSpan.FromMinutes(20));
            Console.WriteLine($"first run (one worker, nothing else running): {first["status"]} in {clock.Elapsed.TotalSeconds:0.0} s, load average {LoadAverage.Now()}; " +
                              $"stages (s): {first["summary"]?["stageSeconds"]?.ToJsonString()}");

            if (options.Phases.Contains("load"))
            {
                await LoadPhaseAsync(options, task, runId, client1, client2);
            }

            if (options.Phases.Contains("runs"))
            {
                await RunsPhaseAsync(client1, client2, () => Start("worker"));
            }
        }
        finally
        {
            DeleteQuietly(data);
        }

        if (options.Phases.Contains("migrate"))
        {
            await MigratePhaseAsync(options, task);
        }

        return 0;
    }

    // The same offered rates against one API process and against two: 1 then 2 at each rate, so that a
    // drift of the machine's load hits both alike.
    private static async Task LoadPhaseAsync(Options options, TraceTask task, long runId, HttpClient client1, HttpClient client2)
    {
        var sources = task.Sources.Select(a => a.Id).ToArray();
        var targets = task.Targets.Select(a => a.Id).ToArray();
        // Both API processes answer a few seconds of the load first, so that neither table row pays for
        // JIT compilation or cold connection pools.
        var warmUp = await OpenLoopLoad.RunAsync(options.Rates.Min(), TimeSpan.FromSeconds(3),
            k => ServiceLoadBenchmark.SendAsync(k % 2 == 0 ? client1 : client2, k, runId, sources, targets));
        Console.WriteLine();
        Console.WriteLine($"warm-up (not counted): {warmUp.Count} requests over both API processes, {warmUp.Count(s => !s.Ok)} errors");
        Console.WriteLine($"### API processes at the same offered rates: open loop, {options.Seconds} s each, latency from the scheduled send time");
        Console.WriteLine("| API processes | offered per s | requests | answered per s | errors | p50 ms | p99 ms | max ms | load average at start | at end |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var rate in options.Rates)
        {
            foreach (var clients in new[] { new[] { client1 }, new[] { client1, client2 } })
            {
                var before = LoadAverage.Now();
                var samples = await OpenLoopLoad.RunAsync(rate, TimeSpan.FromSeconds(options.Seconds),
                    k => ServiceLoadBenchmark.SendAsync(clients[k % clients.Length], k, runId, sources, targets));
                var errors = samples.Count(s => !s.Ok);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {clients.Length} | {rate} | {samples.Count} | {OpenLoopLoad.Throughput(samples):0.0} | {errors} | {OpenLoopLoad.Percentiles(samples)} | {before} | {LoadAverage.Now()} |"));
            }
        }
    }

    // Two runs queued at once; each run's time counts from the queueing of both.
    private static async Task RunsPhaseAsync(HttpClient client1, HttpClient client2, Func<Task<ServerUnderTest>> startWorker)
    {
        Console.WriteLine();
        Console.WriteLine("### Two runs of the dataset queued at once");
        Console.WriteLine("| workers | first run done s | second run done s | load average at start | at end |");
        Console.WriteLine("|---:|---:|---:|---|---|");
        await TwoRunsAsync(1, client1, client2);
        using var worker2 = await startWorker();
        await TwoRunsAsync(2, client1, client2);
    }

    private static async Task TwoRunsAsync(int workers, HttpClient client1, HttpClient client2)
    {
        var before = LoadAverage.Now();
        var clock = Stopwatch.StartNew();
        var a = await ServiceLoadBenchmark.StartRunAsync(client1);
        var b = await ServiceLoadBenchmark.StartRunAsync(client2);
        var done = await Task.WhenAll(new[] { (client1, a), (client2, b) }.Select(async r =>
        {
            var run = await ServiceLoadBenchmark.WaitUntilAsync(r.Item1, r.Item2, x => (bool)x["isFinal"]!, TimeSpan.FromMinutes(30));
            if ((string?)run["status"] != "completed")
            {
                throw new InvalidOperationException($"run {r.Item2} ended {run["status"]}: {run["error"]}");
            }

            return clock.Elapsed.TotalSeconds;
        }));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {workers} | {done.Min():0.0} | {done.Max():0.0} | {before} | {LoadAverage.Now()} |"));
    }

    // An embedded (SQLite) deployment with one completed run, stopped, then moved into a fresh schema.
    private static async Task MigratePhaseAsync(Options options, TraceTask task)
    {
        var data = ServerUnderTest.NewDataFolder();
        try
        {
            var none = new Dictionary<string, string>();
            var key = await ServerUnderTest.CreateKeyAsync(options.Server, data, none);
            using (var server = await ServerUnderTest.StartAsync(options.Server, data, key, none))
            {
                using var client = Client(server);
                await ServiceLoadBenchmark.UploadAsync(client, task);
                var run = await ServiceLoadBenchmark.WaitUntilAsync(client, await ServiceLoadBenchmark.StartRunAsync(client), r => (bool)r["isFinal"]!, TimeSpan.FromMinutes(20));
                Console.WriteLine();
                Console.WriteLine($"### migrate-storage: an SQLite deployment with one {run["status"]} run of {run["summary"]?["links"]} links");
            }

            using var target = new PostgresSchema(options.Postgres);
            var before = LoadAverage.Now();
            var clock = Stopwatch.StartNew();
            var (exit, output, error) = await ServerUnderTest.RunCommandAsync(options.Server, data, none,
                "migrate-storage", "--from", "sqlite:" + data, "--to", "postgres:" + target.ConnectionString);
            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine(output.TrimEnd());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"migrate-storage exit {exit} in {seconds:0.0} s (process start to exit, verification included); load average at start {before}, at end {LoadAverage.Now()}"));
            if (exit != 0)
            {
                Console.WriteLine(error);
            }
        }
        finally
        {
            DeleteQuietly(data);
        }
    }

    private static HttpClient Client(ServerUnderTest server)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Api-Key", server.Key);
        return client;
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean up with the temp folder
        }
        catch (UnauthorizedAccessException)
        {
            // idem
        }
    }

    private static Options Parse(string[] args)
    {
        var options = new Options(ServiceLoadBenchmark.DefaultServerFolder(), string.Empty, "CCHIT", [100, 200, 400], 10, ["load", "runs", "migrate"]);
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--postgres" => options with { Postgres = value },
                "--server" => options with { Server = value },
                "--dataset" => options with { Dataset = value },
                "--rates" => options with { Rates = [.. value.Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture))] },
                "--seconds" => options with { Seconds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--phases" => options with { Phases = value.Split(',') },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options.Postgres.Length > 0 ? options : throw new ArgumentException("--postgres needs an Npgsql connection string");
    }
}
