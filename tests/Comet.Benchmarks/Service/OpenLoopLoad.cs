using System.Diagnostics;
using System.Globalization;

namespace Comet.Benchmarks.Service;

/// <summary>
/// An open-loop load: request k is due at start + k / rate whatever happened to the earlier ones, and
/// its latency counts from that due time, not from when it was actually sent. A closed loop (send the
/// next when the last is answered) slows down with the server and so hides its stalls; here a stall
/// shows up in every request that fell due during it (also when the generator itself was late).
/// </summary>
internal static class OpenLoopLoad
{
    /// <summary>One answered (or failed) request.</summary>
    /// <param name="DueMs">When it was due, in ms since the start.</param>
    internal sealed record Sample(string Kind, double DueMs, double LatencyMs, bool Ok);

    /// <param name="send">Request number k; returns its kind (for grouping) and whether it succeeded.</param>
    public static async Task<IReadOnlyList<Sample>> RunAsync(double perSecond, TimeSpan duration, Func<int, Task<(string Kind, bool Ok)>> send)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var inFlight = new List<Task<Sample>>(total);
        var clock = Stopwatch.StartNew();
        for (var k = 0; k < total; k++)
        {
            var due = k * 1000.0 / perSecond;
            var wait = due - clock.Elapsed.TotalMilliseconds;
            if (wait > 1)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(wait - 0.5));
            }

            while (clock.Elapsed.TotalMilliseconds < due)
            {
                Thread.SpinWait(50);
            }

            inFlight.Add(SendAsync(k, due, clock, send));
        }

        return await Task.WhenAll(inFlight);
    }

    /// <summary>Answered (successful) requests per second, over the time from the first due time until the last answer.</summary>
    public static double Throughput(IReadOnlyCollection<Sample> samples)
    {
        var end = samples.Count == 0 ? 0 : samples.Max(s => s.DueMs + s.LatencyMs);
        return end <= 0 ? 0 : samples.Count(s => s.Ok) * 1000.0 / end;
    }

    public static string Percentiles(IEnumerable<Sample> samples)
    {
        var sorted = samples.Select(s => s.LatencyMs).Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture, $"{Percentile(sorted, 0.50):0.0} | {Percentile(sorted, 0.99):0.0} | {(sorted.Length == 0 ? double.NaN : sorted[^1]):0.0}");
    }

    private static async Task<Sample> SendAsync(int k, double due, Stopwatch clock, Func<int, Task<(string Kind, bool Ok)>> send)
    {
        await Task.Yield(); // the scheduling loop goes on at once
        string kind;
        bool ok;
        try
        {
            (kind, ok) = await send(k);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            (kind, ok) = ("error", false);
        }

        return new Sample(kind, due, clock.Elapsed.TotalMilliseconds - due, ok);
    }

    // Nearest-rank percentile of sorted values.
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
