using System.Diagnostics;
using System.Globalization;

namespace Comet.Benchmarks.VectorSearch;

/// <summary>Invariant-culture output lines and a stopwatch helper for the benchmark.</summary>
internal static class Report
{
    public static void Section(string title) => Console.WriteLine($"{Environment.NewLine}== {title} ==");

    public static void Line(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    public static (T Result, TimeSpan Elapsed) Time<T>(Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        return (result, clock.Elapsed);
    }

    /// <summary>"1.23e9"-style rate, readable across the many orders of magnitude here.</summary>
    public static string Rate(double perSecond) => perSecond.ToString("0.00e0", CultureInfo.InvariantCulture);
}
