using System.Diagnostics;
using System.Globalization;

namespace Comet.Server.Tests.Support;

/// <summary>
/// Closed-loop load: <c>workers</c> clients each send one request after the other for a fixed time.
/// Reports requests per second, p50/p99 latency and errors (any non-success answer or exception).
/// </summary>
public static class LoadRunner
{
    public sealed record Result(string Name, int Requests, int Errors, double Seconds, double P50Ms, double P99Ms)
    {
        public double PerSecond => Requests / Seconds;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"| {Name} | {Requests} | {PerSecond:0} | {P50Ms:0.00} | {P99Ms:0.00} | {Errors} |");
    }

    /// <param name="send">One request by worker w, iteration i; returns true on success.</param>
    public static async Task<Result> RunAsync(string name, int workers, TimeSpan duration, Func<int, int, Task<bool>> send)
    {
        var latencies = new List<double>[workers];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = [];
            for (var i = 0; clock.Elapsed < duration; i++)
            {
                var start = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await send(w, i);
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }

                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Result(name, all.Length, errors, seconds, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    // Nearest-rank percentile of sorted values.
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
